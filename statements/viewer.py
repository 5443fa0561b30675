"""Who is asking: the viewer decides which audiences and which statuses are visible."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Role(IntEnum):
    partner = 0
    editor = 1
    approver = 2
    admin = 3


AUDIENCES = ("public", "partners", "internal")


@dataclass(frozen=True)
class Viewer:
    """A caller. ``kind`` is anonymous, partner, bot or staff; staff carry a role and a name."""

    kind: str
    name: str | None = None
    role: Role | None = None

    @classmethod
    def anonymous(cls) -> Viewer:
        return cls("anonymous")

    @classmethod
    def partner(cls, name: str) -> Viewer:
        return cls("partner", name, Role.partner)

    @classmethod
    def bot(cls, name: str = "chat bot") -> Viewer:
        return cls("bot", name)

    @classmethod
    def staff(cls, name: str, role: Role | str) -> Viewer:
        role = Role[role] if isinstance(role, str) else role
        if role is Role.partner:
            return cls.partner(name)
        return cls("staff", name, role)

    @property
    def is_staff(self) -> bool:
        return self.kind == "staff"

    @property
    def audiences(self) -> tuple[str, ...]:
        if self.kind == "anonymous":
            return ("public",)
        if self.kind == "partner":
            return ("public", "partners")
        return AUDIENCES

    def has_role(self, role: Role) -> bool:
        return self.is_staff and self.role is not None and self.role >= role
