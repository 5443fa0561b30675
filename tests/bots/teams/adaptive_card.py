"""A compact validator for the subset of Adaptive Card 1.4 Pressline sends (test helper).

Transcribed from the official schema, microsoft/AdaptiveCards ``schemas/1.4.0/adaptive-card.json``: each
element type with its allowed properties (the schema sets ``additionalProperties: false`` everywhere), the
required ones, and the enums we use. Anything outside the subset is reported, so a card that validates here
validates against the full schema too.
"""

from __future__ import annotations

import re
from typing import Any

COLORS = {"default", "dark", "light", "accent", "good", "warning", "attention"}
CONTAINER_STYLES = {"default", "emphasis", "good", "attention", "warning", "accent"}
FONT_SIZES = {"default", "small", "medium", "large", "extraLarge"}
FONT_WEIGHTS = {"default", "lighter", "bolder"}
SPACINGS = {"default", "none", "small", "medium", "large", "extraLarge", "padding"}
ELEMENT_COMMON = {"type", "fallback", "height", "separator", "spacing", "id", "isVisible", "requires"}

CARD_PROPERTIES = {
    "type",
    "version",
    "refresh",
    "body",
    "actions",
    "selectAction",
    "fallbackText",
    "backgroundImage",
    "minHeight",
    "speak",
    "lang",
    "verticalContentAlignment",
    "$schema",
}
ELEMENTS = {
    "TextBlock": (
        ELEMENT_COMMON
        | {"text", "color", "fontType", "horizontalAlignment", "isSubtle", "maxLines", "size", "weight", "wrap"},
        {"text"},
    ),
    "FactSet": (ELEMENT_COMMON | {"facts"}, {"facts"}),
    "Container": (
        ELEMENT_COMMON
        | {"items", "selectAction", "style", "verticalContentAlignment", "bleed", "backgroundImage", "minHeight"},
        {"items"},
    ),
    "ActionSet": (ELEMENT_COMMON | {"actions"}, {"actions"}),
}
OPEN_URL = {"type", "url", "title", "iconUrl", "style", "fallback", "requires"}


def validate_envelope(message: Any) -> list[str]:
    """Problems with a Teams message carrying one Adaptive Card ([] when it is well formed)."""
    errors: list[str] = []
    if not isinstance(message, dict) or message.get("type") != "message":
        return ["envelope: type must be 'message'"]
    if "text" in message and not isinstance(message["text"], str):
        errors.append("envelope: text must be a string")
    attachments = message.get("attachments")
    if not isinstance(attachments, list) or len(attachments) != 1:
        return [*errors, "envelope: exactly one attachment expected"]
    attachment = attachments[0]
    if attachment.get("contentType") != "application/vnd.microsoft.card.adaptive":
        errors.append("attachment: contentType must be application/vnd.microsoft.card.adaptive")
    return errors + validate_card(attachment.get("content"))


def validate_card(card: Any) -> list[str]:
    errors: list[str] = []
    if not isinstance(card, dict):
        return ["card: not an object"]
    _extra(card, CARD_PROPERTIES, "card", errors)
    if card.get("type") != "AdaptiveCard":
        errors.append("card: type must be AdaptiveCard")
    if card.get("version") != "1.4":
        errors.append("card: version must be '1.4'")
    if card.get("$schema") != "http://adaptivecards.io/schemas/adaptive-card.json":
        errors.append("card: $schema must be the adaptivecards.io schema")
    if "fallbackText" in card and not isinstance(card["fallbackText"], str):
        errors.append("card: fallbackText must be a string")
    body = card.get("body")
    if not isinstance(body, list) or not body:
        errors.append("card: body must be a non-empty array")
    else:
        for index, element in enumerate(body):
            _element(element, f"body[{index}]", errors)
    for index, action in enumerate(card.get("actions") or []):
        _action(action, f"actions[{index}]", errors)
    return errors


def _element(element: Any, where: str, errors: list[str]) -> None:
    if not isinstance(element, dict) or element.get("type") not in ELEMENTS:
        errors.append(f"{where}: unknown element {element!r:.80}")
        return
    allowed, required = ELEMENTS[element["type"]]
    _extra(element, allowed, where, errors)
    for name in required - element.keys():
        errors.append(f"{where}: missing {name}")
    _enum(element, "spacing", SPACINGS, where, errors)
    _bool(element, "separator", where, errors)
    kind = element["type"]
    if kind == "TextBlock":
        if not isinstance(element.get("text"), str) or not element["text"]:
            errors.append(f"{where}: text must be a non-empty string")
        _enum(element, "color", COLORS, where, errors)
        _enum(element, "size", FONT_SIZES, where, errors)
        _enum(element, "weight", FONT_WEIGHTS, where, errors)
        _bool(element, "wrap", where, errors)
        _bool(element, "isSubtle", where, errors)
    elif kind == "FactSet":
        for index, fact in enumerate(element.get("facts") or []):
            if not isinstance(fact, dict) or set(fact) - {"type", "title", "value"}:
                errors.append(f"{where}.facts[{index}]: only title and value allowed")
            elif not (isinstance(fact.get("title"), str) and isinstance(fact.get("value"), str)):
                errors.append(f"{where}.facts[{index}]: title and value must be strings")
    elif kind == "Container":
        _enum(element, "style", CONTAINER_STYLES, where, errors)
        for index, item in enumerate(element.get("items") or []):
            _element(item, f"{where}.items[{index}]", errors)
    elif kind == "ActionSet":
        for index, action in enumerate(element.get("actions") or []):
            _action(action, f"{where}.actions[{index}]", errors)


def _action(action: Any, where: str, errors: list[str]) -> None:
    """Only Action.OpenUrl: outgoing-webhook cards may use no other action."""
    if not isinstance(action, dict) or action.get("type") != "Action.OpenUrl":
        errors.append(f"{where}: only Action.OpenUrl is allowed, got {action!r:.80}")
        return
    _extra(action, OPEN_URL, where, errors)
    url = action.get("url")
    if not isinstance(url, str) or not url.startswith(("https://", "http://", "tel:")):
        errors.append(f"{where}: url must be an http(s) or tel: URL, got {url!r}")
    if not isinstance(action.get("title"), str) or not action["title"]:
        errors.append(f"{where}: title must be a non-empty string")


def _extra(node: dict, allowed: set[str], where: str, errors: list[str]) -> None:
    for name in sorted(set(node) - allowed):
        errors.append(f"{where}: property {name!r} is not in the 1.4 schema")


def _enum(node: dict, name: str, values: set[str], where: str, errors: list[str]) -> None:
    if name in node and node[name] not in values:
        errors.append(f"{where}: {name} {node[name]!r} not one of {sorted(values)}")


def _bool(node: dict, name: str, where: str, errors: list[str]) -> None:
    if name in node and not isinstance(node[name], bool):
        errors.append(f"{where}: {name} must be a boolean")


def shown(markdown: str) -> str:
    """What Teams displays for a card text: CommonMark backslash escapes removed."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)
