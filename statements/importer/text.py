"""Reading press files and cutting press text into title, paragraphs and summary."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from ..sentences import sentence_ends
from .result import UnreadableText

SUMMARY_LIMIT = 300
MAX_TEXT_BYTES = 1024 * 1024  # a press text is a few KB; longer files are refused before any work
READ_LIMIT = 100_000  # characters of body read for quotes and routes (the body itself is kept whole)
BULLET = r"(?:[-*•]|\d{1,2}[.)])"  # a list item's marker: "-", "*", "•", "1." or "1)"

_CAPTION_LABEL = re.compile(r"\b(?:Photo|Picture|Pic|Image|Credit|Caption)s?\s?:", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*" + BULLET + r"\s+")
_CAPTION_START = re.compile(r"^(?:\*?_?)(?:Photo|Picture|Pic|Image|Caption)s?\s?:", re.IGNORECASE)
_MD_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*$")


def read_press_file(path: Path) -> str:
    """Decode a press file: UTF-8 (with or without BOM), else Windows-1252.

    Raises UnreadableText for an empty, binary or over-long file (its size is checked before it is read).
    """
    try:
        if Path(path).stat().st_size > MAX_TEXT_BYTES:
            raise UnreadableText(too_long())
        with Path(path).open("rb") as handle:
            raw = handle.read(MAX_TEXT_BYTES + 1)  # a file still growing is cut here
    except OSError as exc:
        raise UnreadableText(f"cannot read file: {exc.strerror or exc}") from exc
    if len(raw) > MAX_TEXT_BYTES:
        raise UnreadableText(too_long())
    if not raw.strip():
        raise UnreadableText("file is empty")
    if b"\x00" in raw[:4096]:
        raise UnreadableText("file looks binary (contains NUL bytes), not press text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise UnreadableText("file is neither UTF-8 nor Windows-1252 text") from exc
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if control > max(3, len(text) // 100):
        raise UnreadableText("file looks binary (control characters), not press text")
    return text


def too_long() -> str:
    return f"the text is longer than {MAX_TEXT_BYTES // 1024 // 1024} MB: not one press statement"


def check_length(text: str) -> None:
    """Refuse text over the limit before any work (a character is at least one byte in UTF-8)."""
    if len(text) > MAX_TEXT_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        raise UnreadableText(too_long())


def normalise(text: str) -> str:
    """Unify line endings and odd spaces; keep every character that carries meaning."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ").replace("\t", " ")
    return "\n".join(line.rstrip() for line in text.split("\n"))


def strip_markup(line: str) -> str:
    """A heading or emphasised line without its Markdown marks."""
    line = re.sub(r"^#{1,6}\s*", "", line.strip())
    line = re.sub(r"^(\*\*|__)(.*)\1$", r"\2", line)
    return line.strip().strip("*_").strip()


def is_caption(paragraph: str) -> bool:
    """A photo caption or credit line ("Eastern Daily Press: X. Photo : Y (Image: ...)")."""
    one_line = " ".join(paragraph.split())
    if _MD_IMAGE.match(one_line):
        return True
    if _CAPTION_START.match(one_line) and len(one_line) < 250:
        return True
    if all(_LIST_ITEM.match(line) for line in paragraph.strip().split("\n")):
        return False  # "- **Footage or photos:** upload to …": a list of items is never a caption
    labels = _CAPTION_LABEL.findall(one_line)
    if not labels or len(one_line) > 400:
        return False
    # A real paragraph that merely mentions "Image:" ends in a sentence; a caption ends in a credit.
    tail = one_line[one_line.rfind(labels[-1][-1]) :] if labels else ""
    return len(labels) >= 2 or len(tail.split()) <= 8


_LINE_END = re.compile(r"[.!?:][\"'”’)]?\s*$")


def _unjoined(block: str) -> list[str]:
    """Paragraphs written one per line with no blank line between them, split apart.

    Hard-wrapped text (lines under ~80 characters ending mid-sentence) is left as one paragraph.
    """
    lines = [line for line in block.split("\n") if line.strip()]
    if len(lines) < 2 or max(len(line) for line in lines) <= 100:
        return [block]
    ended = sum(1 for line in lines if _LINE_END.search(line))
    return lines if ended >= 0.6 * len(lines) else [block]


_ITEM = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s")
_HEAD = re.compile(r"^\s*(?:[-*•+]\s|\d{1,2}[.)]\s|#|\||>|!\[)")
_LABEL_LINE = re.compile(r"^\s*\**[A-Z][\w'’&/() -]{0,40}\**:\**(?:\s|$)")
# "Rescue Service said: …" after "…, X Council and Y Fire and": an attribution's said-verb, not a label
_SAID_LABEL = re.compile(r"^\s*[A-Z][\w'’& -]{0,40}\s(?:said|says|added|adds|explained|warned|told\s+\w+):")
_WRAP_MIN = 50  # hard wrapping is at least this wide
_OPEN_END = re.compile(r"(?:^|\s)[^\s@/]*[a-z,]$")  # a line ending mid-sentence: a word (not an address) or a comma
# A phone number opening a line after a line ending in a lower-case word (mid-sentence, not a name or an address
# line): wrappers and writers keep its digit groups together ("… a line for reporting hate incidents on" / "0800
# 138 1625."), so the whole number is the word that would not have fitted
_LOWER_END = re.compile(r"(?:^|\s)[a-z][^\s@/]*$")
# The rest of an attribution split after a comma or a lower-case word ("Superintendent Neil Ferris," / "Ashlow
# Police's commander …, said:"): a line going on, within one sentence, to a said-verb that ends it or opens the quote
_SAID_AHEAD = re.compile(
    r"^[^.!?:;\"“”‘’]{0,160}\b(?:said|says|added|adds|explained|warned|stated|commented|told\s+[A-Za-z]+)"
    r"\s*(?::|[\"“‘']|$)"
)
_PHONE_FIRST = re.compile(r"^(?:\+44[^\S\n]?(?:\(0\)[^\S\n]?)?\d{2,5}|0\d{2,5}|116)(?:[^\S\n]\d{2,6}){1,3}\S*")


def unwrap(paragraph: str) -> str:
    """A hard-wrapped paragraph with its prose lines joined into one line.

    A break is a wrap when the next line's first word would not have fitted on the line (the wrap width being
    the longest line; after a line ending in a lower-case word, a phone number opening the next line is one
    word: it is kept whole) and the next line goes on the sentence: it starts in lower case or a digit, or the
    line ends in a lower-case word or a comma. A line opening a list item, heading, table row, blockquote or
    "Label: value" is never joined (an attribution, "Rescue Service said:", is no label), nor is a line after a
    lead-in (":"). An attribution split mid-sentence (after a comma or a lower-case word) is joined whatever the
    width: the next line goes on to its said-verb ("Superintendent Neil Ferris," / "Ashlow Police's commander,
    said:"; "Inspector Dawn Hurst, of" / "Dunmoor Constabulary's Ellerby team, said:"). An indented line after a list
    item is that item's wrapped continuation. Contact blocks, sign-offs and one-item-a-line lists stay as they are.
    """
    lines = paragraph.split("\n")
    width = max(len(line) for line in lines)
    if len(lines) < 2:
        return paragraph
    out = [lines[0]]
    for previous, line in itertools.pairwise(lines):
        before, text, last = out[-1], line.strip(), previous.rstrip()
        if width < _WRAP_MIN:  # too narrow to be wrapping; only an attribution split mid-sentence is one line
            said = bool(text) and bool(_OPEN_END.search(last)) and bool(_SAID_AHEAD.match(text))
            out[-1:] = [before.rstrip() + " " + text] if said else [before, line]
            continue
        item = bool(_ITEM.match(before))
        label = _LABEL_LINE.match(line) and not _SAID_LABEL.match(line)
        if not text or _HEAD.match(line) or label or last.endswith(":") or _HEAD.match(before):
            # ("* Treatment: Brantwick Recovery Hub," / "0114 496 0371": an item's number wrapped to the margin; "- To
            # request a check, call Morrow Fire and Rescue" / "Service on 0118 …": an item full to the width goes on)
            full = (
                bool(text) and len(last) + 1 + len(text.split()[0]) > width and not last.endswith((".", "!", "?", ":"))
            )
            margin = (last.endswith(",") and bool(_PHONE_FIRST.match(text))) or (full and not label)
            joined = item and (line[:1] == " " or margin) and bool(text) and not _HEAD.match(line)
        elif item:
            joined = line[:1] == " "
        else:
            phone = _PHONE_FIRST.match(text) if _LOWER_END.search(last) else None
            fills = len(last) + 1 + len(phone.group(0) if phone else text.split()[0]) > width
            goes_on = text[0].islower() or text[0].isdigit() or bool(_OPEN_END.search(last))
            joined = (fills and goes_on) or (bool(_OPEN_END.search(last)) and bool(_SAID_AHEAD.match(text)))
        if joined:
            out[-1] = before.rstrip() + " " + text
        else:
            out.append(line)
    return "\n".join(out)


@dataclass
class Layout:
    title: str
    paragraphs: list[str]  # body paragraphs, captions removed, in order
    captions: list[str]  # the removed caption lines (still useful to learn names and roles)


def layout(text: str) -> Layout:
    """Split normalised text into the title (first non-blank line) and the body paragraphs."""
    lines = text.split("\n")
    index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if index is None:
        raise UnreadableText("no text in file")
    title = strip_markup(lines[index])
    if not re.search(r"[^\W\d_]", title):
        raise UnreadableText("no title: the first line has no words")
    if len(title) > 300:
        raise UnreadableText("no title: the first line is a whole paragraph (over 300 characters)")
    blocks = re.split(r"\n\s*\n", "\n".join(lines[index + 1 :]))
    paragraphs: list[str] = []
    captions: list[str] = []
    for block in (piece for b in blocks for piece in _unjoined(b.strip("\n"))):
        if not block.strip() or re.fullmatch(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*", block):
            continue
        (captions if is_caption(block) else paragraphs).append(block.strip())
    return Layout(title=title, paragraphs=paragraphs, captions=captions)


def _is_prose(paragraph: str) -> bool:
    plain = strip_markup(paragraph)
    return (
        len(plain.split()) >= 8
        and not plain.startswith(("-", "*", "|", ">"))
        and not re.match(r"^(?:Q|A|Question|Answer)\s*[:.]", plain)
        and bool(re.search(r"[.!?]", plain))
    )


def summarise(paragraphs: list[str], limit: int = SUMMARY_LIMIT) -> str:
    """The first prose paragraph, cut at a sentence boundary near ``limit`` characters."""
    first = next((p for p in paragraphs[:50] if _is_prose(p)), paragraphs[0] if paragraphs else "")
    plain = " ".join(strip_markup(first).split())
    if len(plain) <= limit:
        return plain
    cut = 0
    for end in sentence_ends(plain, 0, limit + 1):
        if end > limit:
            break
        cut = end
    if cut:
        return plain[:cut]
    space = plain.rfind(" ", 0, limit - 1)
    return plain[: space if space > 0 else limit - 1].rstrip(",;: ") + "…"
