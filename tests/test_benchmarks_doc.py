"""docs/benchmarks.md holds current figures only: each area's section says how and where they were measured."""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"


def sections() -> dict[str, str]:
    parts = re.split(r"^## (.+)$", DOC.read_text(), flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_area_gives_its_command_and_machine():
    found = sections()
    assert found
    for area, text in found.items():
        assert "**Command**" in text and "**Machine**" in text, area


def test_no_area_keeps_dated_reruns_as_sub_sections():
    assert not re.search(r"^### ", DOC.read_text(), flags=re.MULTILINE)
