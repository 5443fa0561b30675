"""Domain errors. Faces map each class to one answer (HTTP status, chat reply, CLI exit code).

PresslineError
├── NotFound            nothing there, or nothing this viewer may see (indistinguishable on purpose)
├── Gone                the statement was withdrawn: carries the date and reason, never the wording
├── Forbidden           the viewer's role may not do this
│   └── SelfApproval    the two-person rule: nobody approves a version they wrote or edited
├── Conflict
│   ├── StaleRevision   the caller edited from an older revision than the stored one
│   └── InvalidTransition  the lifecycle does not allow this step from the current status
├── ValidationFailed    bad input, with messages per field
│   └── ChecksBlocked   approval refused: the version has blocking findings and no override reason
└── Unavailable         the database cannot be reached
"""

from __future__ import annotations

from datetime import datetime


class PresslineError(Exception):
    """Base of every error the domain raises on purpose."""

    def __init__(self, message: str = "") -> None:
        super().__init__(message)
        self.message = message


class NotFound(PresslineError):
    def __init__(self, message: str = "No statement with that name.") -> None:
        super().__init__(message)


def withdrawal_notice(at: datetime, reason: str) -> str:
    """The one wording every face shows for withdrawn text (faces that localise the date build their own)."""
    return f"Withdrawn on {at.date().isoformat()}: {reason} — do not use."


class Gone(PresslineError):
    def __init__(self, slug: str, at: datetime, reason: str) -> None:
        super().__init__(withdrawal_notice(at, reason))
        self.slug = slug
        self.at = at
        self.reason = reason


class Forbidden(PresslineError):
    pass


class SelfApproval(Forbidden):
    def __init__(self) -> None:
        super().__init__("You wrote or edited this version; another approver must approve it (two-person rule).")


class Conflict(PresslineError):
    pass


class StaleRevision(Conflict):
    def __init__(self, current: int) -> None:
        super().__init__("The statement changed since you read it; reload it and apply your change again.")
        self.current = current


class InvalidTransition(Conflict):
    pass


class ValidationFailed(PresslineError):
    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in errors.items()))
        self.errors = errors


class ChecksBlocked(ValidationFailed):
    """Blocking check findings stop approval unless the approver gives ``override_reason``."""

    def __init__(self, version: int, findings: list) -> None:
        count = len(findings)
        first = findings[0].message if findings else ""
        super().__init__(
            {
                "override_reason": [
                    f"Version {version} has {count} blocking finding{'s' if count != 1 else ''}: {first} "
                    "Change the wording, or approve with a reason for overriding the checks."
                ]
            }
        )
        self.version = version
        self.findings = findings


class Unavailable(PresslineError):
    def __init__(self, message: str = "The statement service is unavailable, try again shortly.") -> None:
        super().__init__(message)
