"""The app factory: settings, services built once, then the API, console and bot routes mounted."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

from flask import Flask

from index import SearchIndex
from index.lines import line_finder
from index.synonyms import Synonyms
from statements import open_services
from statements.clock import utcnow
from statements.views import VersionView

from .config import checks_config, load_settings, office_zone, secret_key

MAX_BODY = 1024 * 1024  # bytes; larger request bodies get 413


def console_link(public_url: str | None) -> Callable[[VersionView], str | None]:
    """Chat answers link to the statement's console page when ``PRESSLINE_PUBLIC_URL`` says where it is served."""
    base = (public_url or "").strip().rstrip("/")
    if not base.startswith(("https://", "http://")):
        return lambda view: None
    return lambda view: f"{base}/console/s/{quote(view.slug, safe='')}"


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    settings = load_settings(config)
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY
    app.config.update({key: value for key, value in settings.items() if key.isupper()})
    app.config["SECRET_KEY"] = secret_key(settings)
    clock = settings.get("CLOCK") or utcnow
    services = open_services(
        settings["DATABASE_URL"], clock=clock, checks_config=checks_config(settings), zone=office_zone(settings)
    )
    synonyms = Synonyms.load(settings.get("SYNONYMS_FILE"))  # the defaults plus the office's own groups
    search = SearchIndex(settings["INDEX_DIR"], services.catalogue, services.changes, clock, synonyms=synonyms)
    services.workflow.subscribe(search.on_change)
    services.enquiries.use_search(line_finder(search))
    services.checks.warm_up()
    app.extensions["pressline"] = services
    app.extensions["pressline.search"] = search
    if settings.get("FOLLOW_CHANGES"):  # serving processes (api/wsgi.py) follow other nodes' writes
        from index.follower import start_follower

        app.extensions["pressline.follower"] = start_follower(search, float(settings.get("FOLLOW_INTERVAL", 0.5)))

    from . import health, release, sizes, unsubscribe, v1

    sizes.init_app(app)
    release.init_app(services, settings)
    health.init_app(app, services, search)
    unsubscribe.init_app(app, services)
    v1.init_app(app, settings)

    from bots import init_app as init_bots
    from console import init_app as init_console

    init_console(app, services, search)
    init_bots(app, services, search, settings, link=console_link(settings.get("PUBLIC_URL")))
    release.start(services)  # after the faces registered their sinks
    hops = int(settings.get("PROXY_COUNT") or 0)
    if hops:  # behind reverse proxies: client address (rate limits) and https (secure cookies) from X-Forwarded-*
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]  # Flask's documented way to wrap the WSGI app
            app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops
        )
    return app


def close_app(app: Flask) -> None:
    """Stop what :func:`create_app` started: the change follower, the index's open files and the database
    connections (a worker exiting, a test done with its app). Safe to call twice."""
    follower = app.extensions.get("pressline.follower")
    if follower is not None:
        follower.stop()
    app.extensions["pressline.search"].close()
    app.extensions["pressline"].db.dispose()
