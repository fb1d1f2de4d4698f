"""The one place that finds bundled files (fonts, translations, icons).

Three layouts, tried in order:

- the frozen application (PyInstaller): ``<bundle>/resources``;
- an installed wheel: ``coachdesk/_resources`` inside the package;
- a source checkout: ``resources/`` at the project's root.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from coachdesk.errors import CoachDeskError


class ResourceMissing(CoachDeskError):
    pass


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent
    found = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        found.append(Path(bundle) / "resources")
    found.append(here / "_resources")
    found.append(here.parent.parent / "resources")
    return found


@cache
def root() -> Path:
    """The folder holding ``fonts/``, ``i18n/``, ``icons/`` and ``linux/``."""
    for folder in _candidates():
        if (folder / "fonts").is_dir():
            return folder
    raise ResourceMissing("CoachDesk's resource files (fonts, icons) are missing: reinstall")


def path(*parts: str) -> Path:
    """A bundled file; ``ResourceMissing`` when it is absent."""
    target = root().joinpath(*parts)
    if not target.exists():
        raise ResourceMissing(f"a bundled file is missing: {'/'.join(parts)}; reinstall")
    return target
