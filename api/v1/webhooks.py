"""Partner webhook subscriptions: register, list, read, delete, resume, and read the delivery log.

Any key may subscribe; a subscription receives exactly what its key may read. Admins see every subscription.
"""

from __future__ import annotations

from typing import Any

from flask import Response, url_for
from flask_smorest import Blueprint

from statements import Role

from .auth import current_key_hash, current_viewer, require, services
from .responses import json_response
from .schemas.webhooks import (
    DeliveryArgs,
    DeliveryListSchema,
    SubscriptionCreatedSchema,
    SubscriptionCreateSchema,
    SubscriptionListSchema,
    SubscriptionSchema,
)

blp = Blueprint("webhooks", __name__, url_prefix="/api/v1", description="Signed webhooks on release events")

SUB = "<string(maxlength=40):ident>"


def _subs():
    return services().release.subscriptions


@blp.route("/webhooks", methods=["POST"])
@require(Role.partner)
@blp.arguments(SubscriptionCreateSchema)
@blp.response(201, SubscriptionCreatedSchema, description="The subscription and its signing secret (shown once)")
@blp.alt_response(401, response="UNAUTHORIZED")
@blp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def create(data: dict[str, Any]) -> Response:
    view, secret = _subs().create(current_key_hash() or "", data["url"], data["topics"], data["kinds"])
    body = {**SubscriptionSchema().dump(view), "secret": secret}
    response = json_response(body, 201)
    response.headers["Location"] = url_for("webhooks.get", ident=view.id)
    response.headers["Cache-Control"] = "no-store"
    return response


@blp.route("/webhooks", methods=["GET"])
@require(Role.partner)
@blp.response(200, SubscriptionListSchema, description="Your subscriptions (admins: everyone's)")
@blp.alt_response(401, response="UNAUTHORIZED")
def list_subscriptions() -> Response:
    items = _subs().owned(current_key_hash() or "", current_viewer())
    return json_response({"items": SubscriptionSchema(many=True).dump(items)})


@blp.route(f"/webhooks/{SUB}", methods=["GET"])
@require(Role.partner)
@blp.response(200, SubscriptionSchema)
@blp.alt_response(404, response="NOT_FOUND")
def get(ident: str) -> Response:
    return json_response(SubscriptionSchema().dump(_subs().get(current_key_hash(), current_viewer(), ident)))


@blp.route(f"/webhooks/{SUB}", methods=["DELETE"])
@require(Role.partner)
@blp.response(204, description="Deleted: nothing more is sent")
@blp.alt_response(404, response="NOT_FOUND")
def delete(ident: str) -> Response:
    _subs().delete(current_key_hash(), current_viewer(), ident)
    return Response(status=204)


@blp.route(f"/webhooks/{SUB}/resume", methods=["POST"])
@require(Role.partner)
@blp.response(200, SubscriptionSchema, description="Active again; waiting deliveries are tried at once")
@blp.alt_response(404, response="NOT_FOUND")
@blp.alt_response(422, response="UNPROCESSABLE_ENTITY")
def resume(ident: str) -> Response:
    return json_response(SubscriptionSchema().dump(_subs().resume(current_key_hash(), current_viewer(), ident)))


@blp.route(f"/webhooks/{SUB}/deliveries", methods=["GET"])
@require(Role.partner)
@blp.arguments(DeliveryArgs, location="query")
@blp.response(200, DeliveryListSchema, description="Newest first, with every attempt")
@blp.alt_response(404, response="NOT_FOUND")
def deliveries(args: dict[str, Any], ident: str) -> Response:
    items = _subs().deliveries(current_key_hash(), current_viewer(), ident, args["limit"])
    return json_response({"items": DeliveryListSchema().dump({"items": items})["items"]})
