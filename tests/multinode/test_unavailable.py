"""The database going away surfaces as ``Unavailable`` (one plain sentence in every face), and service comes
back by itself when the database does: no restart, no stale pooled connection."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from statements import open_services
from statements.errors import Unavailable
from tests.conftest import ANON, EDITOR, PG_URL

from .proxy import Proxy, free_port


def _through(port: int) -> str:
    url = make_url(PG_URL).set(host="127.0.0.1", port=port)
    return url.render_as_string(hide_password=False)


@pytest.fixture
def proxy(database_url):
    upstream = make_url(database_url)
    proxy = Proxy((upstream.host or "127.0.0.1", upstream.port or 5432)).start()
    yield proxy
    proxy.stop()


@pytest.mark.parametrize("call", ["ping", "read", "write", "changes"])
@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="PostgreSQL lane")
def test_a_postgresql_server_that_is_not_there_is_unavailable(call, database_url):
    services = open_services(_through(free_port()))
    with pytest.raises(Unavailable):
        _use(services, call)
    services.db.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="PostgreSQL lane")
def test_service_resumes_by_itself_when_postgresql_comes_back(services, proxy, workflow):
    workflow.published(title="Grooming warning")
    node = open_services(_through(proxy.port), services.clock)
    assert node.catalogue.list(ANON).total == 1  # a pooled connection now exists
    proxy.stop()  # the server goes away: pooled connections die, new ones are refused
    for call in ("read", "write", "changes", "ping"):
        with pytest.raises(Unavailable):
            _use(node, call)
    proxy.start()
    assert node.catalogue.list(ANON).total == 1
    assert _use(node, "write").status == "draft"
    node.db.dispose()


@pytest.mark.postgres
@pytest.mark.skipif(not PG_URL, reason="PostgreSQL lane")
def test_a_connection_cut_mid_transaction_is_unavailable_not_a_crash(services, proxy):
    node = open_services(_through(proxy.port), services.clock)
    with pytest.raises(Unavailable), node.db.reading() as session:
        session.execute(text("SELECT 1"))
        proxy.stop()
        session.execute(text("SELECT 1"))
    proxy.start()
    node.db.ping()
    node.db.dispose()


@pytest.mark.sqlite_only
def test_a_sqlite_database_that_cannot_be_opened_is_unavailable(tmp_path):
    services = open_services(f"sqlite:///{tmp_path / 'gone' / 'pressline.db'}")
    for call in ("ping", "read", "write"):
        with pytest.raises(Unavailable):
            _use(services, call)
    services.db.dispose()


def _use(services, call: str):
    if call == "ping":
        return services.db.ping()
    if call == "read":
        return services.catalogue.list(ANON)
    if call == "changes":
        return services.changes.since(0)
    return services.workflow.create_draft({"title": "Written while down?", "body": "Words."}, EDITOR)
