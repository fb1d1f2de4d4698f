"""PyInstaller's entry script: the frozen ``coachdesk`` runs the console script's ``main``.

Kept apart from ``src/`` so that the spec has a plain file to start from; it must stay as small
as this, because everything it imports is found by PyInstaller's analysis, not by hooks.
"""

import sys

from coachdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
