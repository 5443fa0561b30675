"""``GET /api/v1/reference``: the API reference as plain HTML rendered from the OpenAPI document.

``/api/v1/docs`` is ReDoc, a script fetched from a CDN: on a locked-down network (common at police forces and
councils) it shows a blank page. This page needs nothing but the server: every operation with its
parameters, body and responses, and every schema with its fields, linked to each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import Flask, render_template
from flask.typing import ResponseReturnValue

METHODS = ("get", "post", "put", "patch", "delete")


@dataclass
class Field:
    name: str
    type: str
    ref: str | None  # the schema this field holds (or holds a list of), for a link
    required: bool
    description: str


@dataclass
class Operation:
    method: str
    path: str
    summary: str
    description: str
    parameters: list[Field] = field(default_factory=list)
    body: str | None = None
    responses: list[tuple[str, str, str | None]] = field(default_factory=list)  # code, description, schema

    @property
    def anchor(self) -> str:
        return f"{self.method}-{self.path.strip('/').replace('/', '-').replace('{', '').replace('}', '')}"


def _ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref") or node.get("items", {}).get("$ref")
    return ref.rsplit("/", 1)[-1] if ref else None


def _type(node: dict[str, Any]) -> str:
    if "$ref" in node:
        return _ref_name(node) or "object"
    if node.get("type") == "array":
        return f"list of {_type(node.get('items', {}))}"
    kind = node.get("type", "object")
    shown = f"{kind} ({node['format']})" if node.get("format") else kind
    if node.get("enum"):
        shown += ": " + ", ".join(str(v) for v in node["enum"])
    return shown + (" or null" if node.get("nullable") else "")


def _fields(schema: dict[str, Any]) -> list[Field]:
    required = set(schema.get("required", ()))
    return [
        Field(name, _type(node), _ref_name(node), name in required, node.get("description", ""))
        for name, node in schema.get("properties", {}).items()
    ]


def _body_schema(content: dict[str, Any]) -> str | None:
    for media in content.values():
        name = _ref_name(media.get("schema", {}))
        if name:
            return name
    return None


def operations(spec: dict[str, Any]) -> list[tuple[str, list[Operation]]]:
    """Operations grouped by tag, in the order the document lists them."""
    groups: dict[str, list[Operation]] = {}
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            entry = Operation(method.upper(), path, op.get("summary", ""), op.get("description", ""))
            for param in [*item.get("parameters", []), *op.get("parameters", [])]:
                schema = param.get("schema", {})
                entry.parameters.append(Field(f"{param['name']} ({param['in']})", _type(schema), _ref_name(schema),
                                              bool(param.get("required")), param.get("description", "")))  # fmt: skip
            entry.body = _body_schema(op.get("requestBody", {}).get("content", {}))
            for code, response in op.get("responses", {}).items():
                if "$ref" in response:
                    name = response["$ref"].rsplit("/", 1)[-1]
                    response = spec.get("components", {}).get("responses", {}).get(name, {})
                entry.responses.append((str(code), response.get("description", ""),
                                        _body_schema(response.get("content", {}))))  # fmt: skip
            groups.setdefault((op.get("tags") or ["other"])[0], []).append(entry)
    return list(groups.items())


def schemas(spec: dict[str, Any]) -> list[tuple[str, list[Field]]]:
    return [(name, _fields(schema)) for name, schema in sorted(spec.get("components", {}).get("schemas", {}).items())]


def init_app(app: Flask, path: str) -> None:
    def reference() -> ResponseReturnValue:
        spec = app.extensions["pressline.api"].spec.to_dict()
        info = spec.get("info", {})
        return render_template("api/reference.html", info=info, groups=operations(spec), schemas=schemas(spec))

    app.add_url_rule(path, "api_reference", reference, methods=["GET"])
