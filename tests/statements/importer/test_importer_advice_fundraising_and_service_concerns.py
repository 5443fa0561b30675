"""Three kinds of business beside words of harm (issue 17, the blind holdout 12zv and the 12t fundraising page):
a body's advice on a topic ("X has advice on buying safely at …"), money raised by someone ("raising money for a
replacement at …") and a concern about the service itself ("To raise a concern about the pharmacy service itself,
contact PALS …") are not reporting routes; reporting and help beside them still are. The texts are invented."""

from __future__ import annotations

from extracted_views import contacts


def _text(paragraph: str) -> str:
    return (
        "Warning over counterfeit chargers\n\n"
        "Trading standards officers in Ashmere have seized 300 counterfeit phone chargers that could catch fire.\n\n"
        f"{paragraph}\n"
    )


def test_a_bodys_advice_on_a_topic_is_not_a_route(run):
    got = run(_text("Charge Safe UK has advice on buying chargers safely at www.chargesafe.example.org.uk."))
    assert contacts(got) == []


def test_a_page_for_reporting_unsafe_goods_is_still_a_route(run):
    got = run(
        _text("If you have bought an unsafe charger, report it to trading standards at www.ashmere.gov.uk/unsafe.")
    )
    assert contacts(got) == ["www.ashmere.gov.uk/unsafe"]


def test_a_page_raising_money_is_not_a_route(run):
    got = run(_text("The shop owner is raising money for new stock at fund.example.org/ashmere-stock."))
    assert contacts(got) == []


def test_a_concern_about_the_service_itself_is_not_a_route(run):
    got = run(_text("To raise a concern about the trading standards service itself, contact 01632 960 410."))
    assert contacts(got) == []


def test_a_concern_about_a_product_is_still_a_route(run):
    got = run(_text("To raise a concern about a charger you have bought, call trading standards on 01632 960 411."))
    assert contacts(got) == ["01632 960 411"]
