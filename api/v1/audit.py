"""The audit trail: every transition and key change, newest first. Staff only."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from flask import Response
from flask_smorest import Blueprint

from statements import Role

from .auth import current_viewer, require, services
from .responses import json_response, page_envelope, pagination_headers
from .schemas.discovery import AuditArgs, AuditEventSchema, AuditPageSchema

blp = Blueprint("audit", __name__, url_prefix="/api/v1", description="Who did what, when, to which version")

EVENTS = AuditEventSchema(many=True)


@blp.route("/audit", methods=["GET"])
@require(Role.editor)
@blp.arguments(AuditArgs, location="query")
@blp.response(200, AuditPageSchema)
@blp.alt_response(401, response="UNAUTHORIZED")
@blp.alt_response(403, response="FORBIDDEN")
def audit(args: dict[str, Any]) -> Response:
    page, per_page = args["page"], args["per_page"]
    events, total = services().catalogue.audit(current_viewer(), args.get("slug"), (page - 1) * per_page, per_page)
    body = page_envelope(EVENTS.dump([asdict(e) for e in events]), total, page, per_page)
    return json_response(body, headers=pagination_headers(total, page, per_page))
