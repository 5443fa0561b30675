"""The help answer: the grammar in one place, for every face."""

from __future__ import annotations

from .answers import Answer, HelpItem
from .commands import Command

USAGE = (
    HelpItem("lines QUERY", "Approved wording, best match first (e.g. `lines grooming`)."),
    HelpItem("quote QUERY", "Approved quotes with who said them (e.g. `quote chief constable`)."),
    HelpItem("report TOPIC", "Where to report or get help, emergency first (e.g. `report fraud`)."),
    HelpItem("latest [TOPIC]", "The newest published wording, optionally for one topic."),
    HelpItem("enquiry NAME, OUTLET: QUESTION [by 16:00]", "Log a media enquiry and see suggested lines."),
    HelpItem("send SLUG", "Approvers: email a release to its media lists, or its embargoed advance copy (asks first)."),
    HelpItem("help", "This list."),
)


def help_answer(command: Command, notice: str | None = None, suggestion: str | None = None) -> Answer:
    return Answer("help", "Pressline: approved wording on demand", command, list(USAGE), notice, suggestion)


def topics_answer(command: Command, names: dict[str, str], notice: str) -> Answer:
    items = [HelpItem(f"{command.verb} {slug}", name) for slug, name in names.items()]
    return Answer("help", "Topics you can ask about", command, items, notice=notice)
