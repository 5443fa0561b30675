"""What "no half-written version" means, checked straight in the database after a crash."""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import create_engine, text

WORKING = {"draft", "in_review", "approved", "rejected"}
STORED = WORKING | {"published", "withdrawn"}  # scheduled and superseded are worked out at read time
APPROVED = {"approved", "published", "withdrawn"}


def problems(url: str, quotes: int | None = None, routes: int | None = None) -> list[str]:
    """Every broken invariant, as a sentence. ``quotes``/``routes``: how many every version was written with."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = lambda sql: conn.execute(text(sql)).mappings().all()  # noqa: E731
            statements = rows("SELECT id, slug, revision FROM statements")
            versions = rows(
                "SELECT id, statement_id, number, status, approved_by, approved_at, publish_at FROM versions"
            )
            quote_rows = rows("SELECT version_id, position FROM quotes")
            route_rows = rows("SELECT version_id, position FROM version_routes")
            audit = rows("SELECT slug, action, at FROM audit_events WHERE slug IS NOT NULL")
            changes = rows("SELECT slug, action, at FROM change_log WHERE slug NOT LIKE 'route:%'")
    finally:
        engine.dispose()

    found: list[str] = []
    by_statement = defaultdict(list)
    for version in versions:
        by_statement[version["statement_id"]].append(version)
    positions = {"quotes": defaultdict(list), "routes": defaultdict(list)}
    for row in quote_rows:
        positions["quotes"][row["version_id"]].append(row["position"])
    for row in route_rows:
        positions["routes"][row["version_id"]].append(row["position"])
    writes = Counter(event["slug"] for event in audit)

    for statement in statements:
        slug, mine = statement["slug"], sorted(by_statement[statement["id"]], key=lambda v: v["number"])
        if [v["number"] for v in mine] != list(range(1, len(mine) + 1)):
            found.append(f"{slug}: version numbers {[v['number'] for v in mine]}")
        if any(v["status"] not in STORED for v in mine):
            found.append(f"{slug}: unknown statuses {[v['status'] for v in mine]}")
        if any(v["status"] in WORKING for v in mine[:-1]):
            found.append(f"{slug}: a working version that is not the newest")
        if statement["revision"] != writes[slug]:
            found.append(f"{slug}: revision {statement['revision']} but {writes[slug]} audited writes")
        for v in mine:
            if v["status"] in APPROVED and not (v["approved_by"] and v["approved_at"]):
                found.append(f"{slug} v{v['number']}: {v['status']} without an approval")
            if v["status"] == "published" and v["publish_at"] is None:
                found.append(f"{slug} v{v['number']}: {v['status']} without publish_at")
            for kind, expected in (("quotes", quotes), ("routes", routes)):
                held = sorted(positions[kind][v["id"]])
                if held != list(range(len(held))) or (expected is not None and len(held) != expected):
                    found.append(f"{slug} v{v['number']}: {kind} at positions {held}")
    if not statements and versions:
        found.append("versions without statements")
    logged = Counter((c["slug"], c["action"], str(c["at"])) for c in changes)
    audited = Counter((a["slug"], a["action"], str(a["at"])) for a in audit)
    if logged != audited:
        found.append(f"change log and audit differ: {sorted((logged - audited) | (audited - logged))[:5]}")
    return found
