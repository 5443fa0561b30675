"""The chat core shared by Slack and Teams: ``parse`` text into a :class:`Command`, ``ChatCore.answer`` it
with an :class:`Answer` (see :mod:`bots.chat.answers` for how to render one), and :func:`notice_for` turns a
committed workflow change into a neutral :class:`Notice` for the channel notifiers. No Slack or Teams here."""

from .answers import Answer, HelpItem, QuoteItem, RouteItem, StatementItem, Withdrawn, human_date
from .commands import Command, parse
from .core import ChatCore
from .notices import Notice, notice_for

__all__ = [
    "Answer", "ChatCore", "Command", "HelpItem", "Notice", "QuoteItem", "RouteItem", "StatementItem", "Withdrawn",
    "human_date", "notice_for", "parse",
]  # fmt: skip
