"""The benchmark's GUI child, started as ``python -m coachdesk.bench.gui_child --folder DIR``.

It imports what ``coachdesk --vault DIR`` imports before its unlock dialog (the command line's
shared code and the window's composition root) and nothing more, so ``gui_first_dialog_ms``
counts the interpreter's start and the app's own imports as a coach's launch does. The
passphrase of the synthetic vault comes on standard input, the launch time in
``COACHDESK_BENCH_SPAWNED``; one JSON object goes to standard output.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import coachdesk.cli  # noqa: F401 - the real launch imports it before the window
from coachdesk.gui import stall_probe

SPAWNED_ENV = "COACHDESK_BENCH_SPAWNED"


def main(argv: list[str]) -> int:
    launched = float(os.environ.get(SPAWNED_ENV, time.time()))
    if len(argv) != 2 or argv[0] != "--folder":
        print("usage: python -m coachdesk.bench.gui_child --folder DIR", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    passphrase = sys.stdin.readline().rstrip("\n")
    facts = json.loads((folder / "facts.json").read_text(encoding="utf-8"))
    result = stall_probe.measure(
        folder, passphrase, facts["largest_engagement"], facts["query"], launched
    )
    from coachdesk.bench.measure import peak_rss_mb

    result["rss_gui_mb"] = peak_rss_mb()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
