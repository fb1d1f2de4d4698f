"""The error hierarchy: raised low, turned into an exit code or a dialog at the edge.

Messages are written for the coach and never carry note text, names or secrets.
"""

from __future__ import annotations

from dataclasses import dataclass


class CoachDeskError(Exception):
    """Base of every expected failure; ``exit_code`` follows spec §9."""

    exit_code = 1


class UsageError(CoachDeskError):
    exit_code = 2


class WrongPassphrase(CoachDeskError):
    exit_code = 3

    def __init__(self, message: str = "wrong passphrase") -> None:
        super().__init__(message)


class WrongRecoveryCode(WrongPassphrase):
    def __init__(self, message: str = "wrong recovery code") -> None:
        super().__init__(message)


class VaultMissing(CoachDeskError):
    exit_code = 4


class VaultDamaged(CoachDeskError):
    exit_code = 4


class VaultReadOnly(CoachDeskError):
    """The vault's folder (or disk) cannot be written: it can be read, not changed.

    Exit code 4 like a damaged vault: the vault cannot be used as asked where it is, and
    trying again will not help until it is copied somewhere writable.
    """

    exit_code = 4

    def __init__(
        self,
        message: str = "the vault's folder is read-only: the vault can be read and exported, "
        "not changed",
    ) -> None:
        super().__init__(message)


class VaultInUse(CoachDeskError):
    exit_code = 5

    def __init__(
        self, message: str = "the vault is open in another CoachDesk window or process"
    ) -> None:
        super().__init__(message)


class DiskFull(CoachDeskError):
    exit_code = 1

    def __init__(
        self, message: str = "the disk is full; nothing was changed, free some space and retry"
    ) -> None:
        super().__init__(message)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located by a JSON-style path."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InvalidInput(CoachDeskError):
    """Input that was refused as a whole; nothing was written."""

    exit_code = 6

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UnprintableText(InvalidInput):
    """A report would hold a character no bundled font can print: it is refused (exit 6)
    rather than printed as an empty box. ``where`` names the item by kind and id, never by
    its text."""

    def __init__(self, where: str, codepoint: int) -> None:
        self.where = where
        self.codepoint = codepoint
        super().__init__(f"{where} holds a character no bundled font can print: U+{codepoint:04X}")
