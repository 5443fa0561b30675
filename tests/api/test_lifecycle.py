"""An app gives back what it opened: ``close_app`` (a worker exiting, a test done) closes its connections."""

from __future__ import annotations

from api import close_app, create_app


def test_closing_an_app_closes_its_database_connections(app_config):
    app = create_app(app_config)
    assert app.test_client().get("/api/v1/statements").status_code == 200
    engines = {app.extensions["pressline"].db.read_engine, app.extensions["pressline"].db.write_engine}
    pools = [engine.pool for engine in engines]
    assert sum(pool.checkedin() for pool in pools) >= 1  # a read left a pooled connection open
    close_app(app)
    assert sum(pool.checkedin() for pool in pools) == 0
