"""The coach profile (spec §3): name, credentials, letterhead lines and an optional logo,
printed on every report and agreement document.

Each function takes the open :class:`Database` and runs as one transaction. A profile that
is set has a name; a logo is a PNG or JPEG of at most 1 MB that decodes (domain.logo).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from coachdesk.domain import CoachProfile
from coachdesk.domain.logo import MAX_LOGO_BYTES, logo_kind, logo_problem
from coachdesk.errors import InvalidInput
from coachdesk.storage import people_repo
from coachdesk.storage.connection import Database


def get_profile(db: Database) -> CoachProfile:
    """The vault's coach profile (all empty in a vault where nobody has set it yet)."""
    with db.transaction():
        return people_repo.coach(db)


def has_name(db: Database) -> bool:
    """Whether the coach has given their name: reports need it for the letterhead."""
    return bool(get_profile(db).name)


def normalised(profile: CoachProfile) -> CoachProfile:
    """Surrounding spaces off the name and credentials; letterhead lines with their trailing
    spaces and the blank lines before and after them taken off, line ends made ``\\n``."""
    lines = [line.rstrip() for line in profile.letterhead.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return replace(
        profile,
        name=profile.name.strip(),
        credentials=profile.credentials.strip(),
        letterhead="\n".join(lines),
    )


def check_logo(data: bytes) -> None:
    """Refuse (``InvalidInput``) what cannot be the coach's logo."""
    problem = logo_problem(data)
    if problem is not None:
        raise InvalidInput(problem)


def check_profile(profile: CoachProfile) -> None:
    """Refuse (``InvalidInput``) a profile that cannot be saved: it needs a name."""
    if not profile.name.strip():
        raise InvalidInput("the coach's name cannot be empty")
    if any("\x00" in text for text in (profile.name, profile.credentials, profile.letterhead)):
        raise InvalidInput("the coach profile cannot contain a NUL character")
    if profile.logo is not None:
        check_logo(profile.logo)


def save_profile(db: Database, profile: CoachProfile) -> CoachProfile:
    """Check and store the whole profile (the logo as given: ``None`` removes it)."""
    profile = normalised(profile)
    check_profile(profile)
    with db.transaction():
        people_repo.set_coach(db, profile)
    return profile


def update_profile(
    db: Database,
    *,
    name: str | None = None,
    credentials: str | None = None,
    letterhead: str | None = None,
    logo: bytes | None = None,
    remove_logo: bool = False,
) -> CoachProfile:
    """Change the given parts of the profile and keep the others; one transaction."""
    with db.transaction():
        current = people_repo.coach(db)
        changed = CoachProfile(
            name=current.name if name is None else name,
            credentials=current.credentials if credentials is None else credentials,
            letterhead=current.letterhead if letterhead is None else letterhead,
            logo=None if remove_logo else (current.logo if logo is None else logo),
        )
        changed = normalised(changed)
        check_profile(changed)
        people_repo.set_coach(db, changed)
    return changed


def read_logo_file(path: Path) -> bytes:
    """The bytes of an image file chosen as the logo, checked; a file over 1 MB is refused
    before it is read."""
    try:
        if path.is_dir():
            raise InvalidInput("that is a folder, not a file")
        if path.stat().st_size > MAX_LOGO_BYTES:
            raise InvalidInput("the logo is larger than 1 MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput("the logo file does not exist") from None
    except PermissionError:
        raise InvalidInput("the logo file cannot be read (permission denied)") from None
    except OSError:
        raise InvalidInput("the logo file cannot be read") from None
    check_logo(data)
    return data


@dataclass(frozen=True)
class LogoInfo:
    kind: str  # "PNG" or "JPEG"
    width: int
    height: int
    size: int  # bytes


def logo_info(data: bytes) -> LogoInfo:
    """What a stored logo is, for showing it: its kind, pixel size and file size."""
    import io

    from PIL import Image

    kind = (logo_kind(data) or "").upper()
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
    return LogoInfo(kind, width, height, len(data))


def profile_lines(profile: CoachProfile) -> list[str]:
    """The profile as plain text lines ``field: value``, one per letterhead line."""
    lines = [f"name: {profile.name}".rstrip(), f"credentials: {profile.credentials}".rstrip()]
    letterhead = profile.letterhead.splitlines() or [""]
    lines += [f"letterhead: {line}".rstrip() for line in letterhead]
    if profile.logo is None:
        lines.append("logo: none")
    else:
        info = logo_info(profile.logo)
        lines.append(f"logo: {info.kind}, {info.width} x {info.height} pixels, {info.size} bytes")
    return lines
