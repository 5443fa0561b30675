"""The chat core on a real database and a real search index in a temp dir."""

from __future__ import annotations

import pytest

from bots.chat import ChatCore
from index import SearchIndex


@pytest.fixture
def search(services, tmp_path):
    index = SearchIndex(tmp_path / "index", services.catalogue, services.changes, services.clock)
    services.workflow.subscribe(index.on_change)
    yield index
    index.close()


@pytest.fixture
def core(services, search) -> ChatCore:
    return ChatCore(services, search)
