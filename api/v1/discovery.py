"""Finding wording: search, quotes, reporting routes and topics. Search goes through the index, which
re-checks every hit against the database for this viewer, so nothing unseen leaks into results or facets."""

from __future__ import annotations

from typing import Any

from flask import Response, current_app, url_for
from flask_smorest import Blueprint

from index import SearchIndex, SearchQuery
from statements import Role

from .auth import current_viewer, require, services
from .cors import public_read
from .readcache import answer, json_body
from .responses import finish_read, json_response, pagination_headers
from .schemas.discovery import (
    QuoteArgs,
    QuoteResultsSchema,
    RouteArgs,
    RouteListSchema,
    SearchArgs,
    SearchResultsSchema,
    TopicListSchema,
)
from .schemas.versions import RouteSchema
from .schemas.writes import RouteCreateSchema, RoutePatchSchema

blp = Blueprint("discovery", __name__, url_prefix="/api/v1", description="Search, quotes, reporting routes, topics")

SEARCH_RESULTS = SearchResultsSchema()
QUOTE_RESULTS = QuoteResultsSchema()
ROUTES = RouteSchema(many=True)


def search_index() -> SearchIndex:
    return current_app.extensions["pressline.search"]


@blp.route("/search", methods=["GET"])
@public_read
@blp.arguments(SearchArgs, location="query")
@blp.response(200, SearchResultsSchema, description="Best match first, with highlights, facets and a suggestion")
def search(args: dict[str, Any]) -> Response:
    viewer = current_viewer()
    page, per_page = args["page"], args["per_page"]
    query = SearchQuery(
        text=args["q"], topic=args.get("topic"), kind=args.get("kind"), audience=args.get("audience"),
        since=args.get("since"), until=args.get("until"), order=args["order"],
        offset=(page - 1) * per_page, limit=per_page,
    )  # fmt: skip
    found = search_index().search(query, viewer)
    body = SEARCH_RESULTS.dump(
        {
            "results": found.hits,
            "total": found.total,
            "page": page,
            "per_page": per_page,
            "facets": {"topic": dict(found.facets.get("topic", {})), "kind": dict(found.facets.get("kind", {}))},
            "suggestion": found.suggestion,
            "rebuilding": found.rebuilding,
            "message": found.message,
        }
    )
    return finish_read(json_response(body, headers=pagination_headers(found.total, page, per_page)), viewer)


@blp.route("/quotes", methods=["GET"])
@public_read
@blp.arguments(QuoteArgs, location="query")
@blp.response(200, QuoteResultsSchema, description="Attributed quotes from current versions, best match first")
def quotes(args: dict[str, Any]) -> Response:
    viewer = current_viewer()
    hits = search_index().quotes(args["q"], viewer, args["limit"])
    return finish_read(json_response(QUOTE_RESULTS.dump({"results": hits})), viewer)


@blp.route("/reporting-routes", methods=["GET"])
@public_read
@blp.arguments(RouteArgs, location="query")
@blp.response(200, RouteListSchema, description="Where to report or get help, emergency first (retired ones never)")
def reporting_routes(args: dict[str, Any]) -> Response:
    topic, retired = args.get("topic"), args["retired"]

    def build():
        return json_body({"items": ROUTES.dump(services().routes.list(topic, retired=retired))}), None, {}

    return answer(("routes", topic, retired), build)


@blp.route("/reporting-routes/<string(maxlength=100):route_id>", methods=["GET"])
@public_read
@blp.response(200, RouteSchema)
@blp.alt_response(404, response="NOT_FOUND")
def reporting_route(route_id: str) -> Response:
    return answer(
        ("route", route_id), lambda: (json_body(RouteSchema().dump(services().routes.get(route_id))), None, {})
    )


@blp.route("/reporting-routes", methods=["POST"])
@require(Role.admin)
@blp.arguments(RouteCreateSchema)
@blp.response(201, RouteSchema, description="The new route, with its Location")
@blp.alt_response(401, response="UNAUTHORIZED")
@blp.alt_response(403, response="FORBIDDEN")
@blp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def create_route(data: dict[str, Any]) -> Response:
    route = services().routes.save(data, current_viewer())
    _registry_changed()
    location = url_for("discovery.reporting_route", route_id=route.id)
    return json_response(RouteSchema().dump(route), 201, {"Location": location})


@blp.route("/reporting-routes/<string(maxlength=100):route_id>", methods=["PATCH"])
@require(Role.admin)
@blp.arguments(RoutePatchSchema)
@blp.response(200, RouteSchema)
@blp.alt_response(401, response="UNAUTHORIZED")
@blp.alt_response(403, response="FORBIDDEN")
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def edit_route(data: dict[str, Any], route_id: str) -> Response:
    retired = data.pop("retired", None)
    route = services().routes.save(data, current_viewer(), route_id) if data or retired is None else None
    if retired is not None:
        route = services().routes.retire(route_id, current_viewer(), retired)
    _registry_changed()
    return json_response(RouteSchema().dump(route))


def _registry_changed() -> None:
    """Registry saves are not workflow events: clear this process's read cache ourselves."""
    current_app.extensions["pressline.readcache"].on_change()


@blp.route("/topics", methods=["GET"])
@public_read
@blp.response(200, TopicListSchema, description="Topics with the number of statements you may see in each")
def topics() -> Response:
    viewer = current_viewer()

    def build():
        counts = services().catalogue.topics(viewer)  # outsiders never see a topic only a draft uses
        return json_body({"items": [{"slug": t.slug, "name": t.name, "count": t.count} for t in counts]}), None, {}

    return answer(("topics",), build)
