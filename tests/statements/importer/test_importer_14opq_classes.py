"""The 14o, 14p, 14q, 14u and 14v fix rounds (the fifth session; the later rounds are in
test_importer_14w_to_15f_classes.py). Routes: a helpline "open day and night" keeps its number;
"keep 999 for emergencies" offers 999; a Q&A's "Who do I contact if it happens to me?" is asking for help; a media
library is the media's; a label naming advice over a Markdown link is an advice page; a report to read is a
document. Quotes: "After the decision she said:"; a District Judge's title; "who leads the X team for Y"; a boater
described. The texts are invented, each with a negative where the rule must not fire. (14o's hard-wrapped
attributions are in test_importer_hard_wrapped.py.)"""

from __future__ import annotations

_SCAMS = """\
Warning after scam calls to older residents in Kelby

Older people in Kelby have been called by fraudsters claiming to be from their bank.

"""


def test_a_helpline_open_day_and_night_is_a_route(run):
    got = run(
        _SCAMS + "The Silver Line, a free, confidential helpline for older people, is open day and night, on "
        "0800 4 70 80 90.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0800 4 70 80 90"]


def test_a_college_open_day_to_book_is_still_business(run):
    got = run(_SCAMS + "Kelby College is holding an open day on Saturday; to book a place, call 0161 496 0123.\n")
    assert got.reporting_routes == []


def test_its_after_a_body_whose_name_has_two_kind_words_names_the_whole_body(run):
    got = run(
        _SCAMS + "The lunch club is run by the Victoria Road Islamic Centre Trust. Its chair, Tariq Hussain, said: "
        '"Please tell your parents and grandparents never to give their bank details over the phone."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Tariq Hussain", "chair, Victoria Road Islamic Centre Trust")]


def test_a_centre_named_before_another_capitalised_word_that_is_no_kind_stays_the_centre(run):
    got = run(
        _SCAMS + "The lunch club meets at the Kelby Community Centre. Its manager, Ruth Gale, said: "
        '"Please tell your parents and grandparents never to give their bank details over the phone."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Ruth Gale", "manager, Kelby Community Centre")]


def test_keep_999_for_emergencies_offers_999(run):
    got = run(_SCAMS + "Please keep 999 for life-threatening emergencies such as chest pain or severe bleeding.\n")
    assert [r.phone for r in got.reporting_routes] == ["999"]


def test_999_used_for_emergencies_in_the_narrative_is_not_offered(run):
    got = run(_SCAMS + "The man used 999 for emergencies that did not exist, the court heard.\n")
    assert got.reporting_routes == []


_EVICTION = """\
Landlord fined for illegal eviction in Oakby

A landlord who changed the locks while his tenants were out has been fined £4,000.

"""


def test_the_answer_to_who_do_i_contact_if_it_happens_to_me_is_a_route(run):
    got = run(
        _EVICTION + "**Who do I contact if it happens to me?**\nCall the council's housing options team on "
        "0121 496 0640.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0121 496 0640"]


def test_the_answer_to_who_do_i_contact_about_my_rent_account_is_not(run):
    got = run(
        _EVICTION + "**Who do I contact about my rent account?**\nCall the council's rents team on 0121 496 0641.\n"
    )
    assert got.reporting_routes == []


def test_a_media_library_link_is_for_journalists(run):
    got = run(
        _SCAMS + "Footage of the arrests is available to download from the force's media library at "
        "www.kelby.police.uk/media.\n"
    )
    assert got.reporting_routes == []


def test_footage_the_reader_has_is_still_asked_for(run):
    got = run(_SCAMS + "Anyone with footage of the callers should upload it at www.kelby.police.uk/upload.\n")
    assert [r.url for r in got.reporting_routes] == ["www.kelby.police.uk/upload"]


_HEATERS = """\
Fire at market stall

A stall at the Christmas market caught fire on Saturday.

## Help and safety

"""


def test_a_label_naming_advice_over_a_markdown_link_is_an_advice_page(run):
    got = run(
        _HEATERS + "- **Winter heating advice:** [kelby-fire.gov.uk/winter](https://www.kelby-fire.gov.uk/winter)\n"
    )
    assert got.reporting_routes == []


def test_a_label_naming_confidential_advice_over_a_markdown_link_is_help(run):
    got = run(_HEATERS + "- Confidential advice about drugs at any time: [FRANK](https://www.talktofrank.com)\n")
    assert [r.url for r in got.reporting_routes] == ["https://www.talktofrank.com"]


def test_a_report_to_read_is_a_document(run):
    got = run(_SCAMS + "Read the force's annual rural crime report at www.kelby.police.uk/rural2026.\n")
    assert got.reporting_routes == []


def test_a_crime_to_report_is_still_reported(run):
    got = run(_SCAMS + "Report rural crime to the force at www.kelby.police.uk/rural.\n")
    assert [r.url for r in got.reporting_routes] == ["www.kelby.police.uk/rural"]


def test_names_reporting_act_reads_a_report_that_is_a_document_as_no_act():
    from statements.importer.route_model import ContactContext, names_reporting_act

    document = ContactContext("www.x.gov.uk/r", "url", "Read the force's annual rural crime report at ", ".")
    act = ContactContext("www.x.gov.uk/r", "url", "You can report it at ", ".")
    assert (names_reporting_act(document), names_reporting_act(act)) == (False, True)


_HEARING = """\
Nightclub loses its licence after spiking reports

Inspector Joanne Pike told the licensing hearing that officers had found no drugs policy at the club.

"""


def test_a_pronoun_after_a_short_opening_phrase_without_a_comma_speaks(run):
    got = run(
        _HEARING + "After the decision she said: 'Spiking is a crime. Anyone who thinks they have been spiked "
        "should tell staff.'\n"
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Joanne Pike", "Inspector")]


def test_a_district_judge_is_a_title_not_part_of_the_name(run):
    got = run(_HEARING + 'District Judge Ellen Marsh told him: "You knew what you were doing."\n')
    assert [(q.speaker, q.role) for q in got.quotes] == [("Ellen Marsh", "District Judge")]


def test_who_leads_a_team_for_a_named_body_gives_the_team_and_the_body(run):
    got = run(
        _HEARING + "Inspector Dawn Okeke, who leads the neighbourhood team for Upton Fell Police, said: "
        '"Please talk to your children."\n'
    )
    assert [q.role for q in got.quotes] == ["Inspector, neighbourhood team for Upton Fell Police"]


def test_who_leads_an_operation_for_a_named_body_gives_the_body_alone(run):
    got = run(
        _HEARING + "Inspector Dawn Okeke, who leads the operation for Upton Fell Police, said: "
        '"Please talk to your children."\n'
    )
    assert [q.role for q in got.quotes] == ["Inspector, Upton Fell Police"]


def test_a_boater_described_in_reported_speech_speaks_the_quote_after_it(run):
    got = run(
        _HEARING + "The boater who found the swan said she had heard two cracks on Sunday evening.\n\n"
        "\u201cHe was trying to lift his head,\u201d she said.\n"
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [(None, "boater who found the swan")]


def test_a_label_naming_live_updates_is_an_information_page(run):
    got = run(_HEATERS + "* Gritting routes and live updates: www.kelby.gov.uk/gritting\n")
    assert got.reporting_routes == []


def test_a_label_naming_reports_and_updates_is_still_a_route(run):
    got = run(_HEATERS + "* Report a fallen tree and get updates: www.kelby.gov.uk/trees\n")
    assert [r.url for r in got.reporting_routes] == ["www.kelby.gov.uk/trees"]


def test_a_spokesperson_for_a_body_named_at_length_still_speaks(run):
    got = run(
        _HEARING + "A spokesperson for the National Farmers' Union's Harrowdale branch said: "
        '"Fuel theft hits every farm business hard."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [
        (None, "spokesperson for the National Farmers' Union's Harrowdale branch")
    ]


# 14u and 14v (the fifth session's second working check)
_COURT = """\
Man jailed for threatening a witness

A man who threatened a witness outside Northmoor Crown Court has been jailed for a year.

"""


def test_volunteers_who_give_the_service_do_not_make_it_volunteering(run):
    got = run(
        _COURT + "The Witness Service, whose trained volunteers work at every criminal court, can also support you "
        "before and on the day of the trial; call 0191 498 0640.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0191 498 0640"]


def test_a_line_where_a_volunteer_will_ring_someone_is_a_route(run):
    got = run(
        _COURT + "If you are worried about an older person living alone, call the Good Neighbours check-in line on "
        "0114 496 0381 and a volunteer will ring or visit them.\n"
    )
    assert [r.phone for r in got.reporting_routes] == ["0114 496 0381"]


def test_volunteering_offered_to_the_reader_is_still_business(run):
    got = run(_COURT + "To volunteer with the Witness Service at the court, call 0191 498 0641.\n")
    assert got.reporting_routes == []


def test_victims_who_want_support_name_a_reporting_act():
    from statements.importer.route_model import ContactContext, names_reporting_act

    left = "Victims who want information and support about an offender's release can call the scheme on "
    assert names_reporting_act(ContactContext("0161 496 0744", "phone", left, "."))


def test_scam_emails_that_can_be_sent_to_an_address_make_it_a_route(run):
    got = run(_SCAMS + "Scam e-mails can be sent to report@phishing.gov.uk.\n")
    assert [r.email for r in got.reporting_routes] == ["report@phishing.gov.uk"]


def test_a_link_the_scammers_sent_is_still_theirs(run):
    got = run(_SCAMS + "The scammers sent a link to www.fake-refund.co.uk in the message.\n")
    assert got.reporting_routes == []


def test_a_company_speaking_in_a_statement_is_the_speaker(run):
    got = run(
        _SCAMS + 'Eastwold Power Networks said in a statement: "We are sorry for the disruption. We have 300 engineers '
        'in the field."\n'
    )
    assert [(q.speaker, q.role) for q in got.quotes] == [("Eastwold Power Networks", "statement")]


def test_a_quoted_sentence_whose_speaker_is_not_found_is_reported_not_dropped_unseen(run):
    got = run(_SCAMS + 'On the door was a sign that said: "We are sorry for the disruption. We are closed today."\n')
    assert got.quotes == []
    assert any(note.startswith("quoted words nobody") and "We are sorry" in note for note in got.notes)


def test_a_short_quoted_name_with_no_speaker_makes_no_note(run):
    got = run(_SCAMS + 'The callers said they were from the "Fraud Prevention Unit" of the bank.\n')
    assert not any(note.startswith("quoted words") for note in got.notes)
