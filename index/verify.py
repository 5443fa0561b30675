"""Comparing the index with the database: which statements drifted."""

from __future__ import annotations

from statements import Catalogue

from .schema import STATEMENT


def indexed_versions(snapshot) -> dict[str, set[int]]:
    """Slug -> version numbers of the statement documents the live index holds."""
    found: dict[str, set[int]] = {}
    if snapshot is None:
        return found
    for leaf in snapshot.leaves:
        statements = leaf.facts.get("doctype", STATEMENT) - leaf.deleted
        for docnum in statements:
            row = leaf.reader.stored_fields(docnum)
            found.setdefault(row["slug"], set()).add(row["version"])
    return found


def drifted(snapshot, catalogue: Catalogue) -> list[str]:
    """Slugs whose indexed versions are not exactly ``catalogue.indexable(slug)``, in slug order."""
    indexed = indexed_versions(snapshot)
    slugs = set(catalogue.all_slugs()) | set(indexed)
    out = []
    for slug in sorted(slugs):
        expected = {view.version for view in catalogue.indexable(slug)}
        if indexed.get(slug, set()) != expected:
            out.append(slug)
    return out
