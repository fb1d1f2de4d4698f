"""``coachdesk bench``: build a synthetic practice in a throwaway vault, then measure it
(spec §10).

The build runs here; each measurement runs in a fresh child process of the same program
(``coachdesk bench --child …``), so caches start cold and the peak memory reported is the
app's own, not the generator's. The passphrase of the throwaway vault reaches the children
on their standard input. The folder is removed at the end unless ``keep`` is set.
"""

from __future__ import annotations

import json
import os
import platform
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coachdesk.bench.queries import query_mix
from coachdesk.bench.synthetic import Synthetic, generate, iter_tables
from coachdesk.errors import CoachDeskError
from coachdesk.services import vault as vault_service
from coachdesk.storage import bulk_repo

PLAIN_COPY = "baseline-plain.db"
FACTS = "facts.json"
CHILD_TIMEOUT_S = 1800
# The wall-clock time a child was started, for "the unlock dialog within 0.5 s of launch".
SPAWNED_ENV = "COACHDESK_BENCH_SPAWNED"

# Spec §10's targets, for the printed table (lower is better for every one).
TARGETS: dict[str, float] = {
    "unlock_ms": 150,
    "search_p95_ms": 15,
    "open_engagement_ms": 100,
    "report_ms": 1000,
    "rss_mb": 250,
    "gui_max_stall_ms": 50,
    "gui_first_dialog_ms": 500,
}


def _build(folder: Path, passphrase: str, data: Synthetic) -> None:
    vault, _code = vault_service.create_vault(folder, passphrase)
    try:
        bulk_repo.fill(vault.db, "Synthetic Coach", iter_tables(data))
        # The baseline: the same database without encryption.
        bulk_repo.export_plain(vault.db, folder / PLAIN_COPY)
    finally:
        vault.close()


def child_command(kind: str, folder: Path) -> list[str]:
    """This program again, as a measuring child (source, wheel or frozen alike)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "bench", "--child", kind, "--folder", str(folder)]
    if kind == "gui":
        # Not through the command parser: it imports every command's code (reports, PDF,
        # backups), which `coachdesk` starting its window does not.
        return [sys.executable, "-m", "coachdesk.bench.gui_child", "--folder", str(folder)]
    return [sys.executable, "-m", "coachdesk", "bench", "--child", kind, "--folder", str(folder)]


def _run_child(kind: str, folder: Path, passphrase: str) -> dict[str, Any]:
    env = dict(os.environ)
    if kind == "gui":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env[SPAWNED_ENV] = repr(time.time())
    proc = subprocess.run(
        child_command(kind, folder),
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    if proc.returncode != 0:
        detail = proc.stderr.strip().splitlines()[-1:] or ["no message"]
        raise CoachDeskError(f"the benchmark's {kind} measurement failed: {detail[0]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def run(
    n_items: int, *, keep: Path | None = None, progress: Callable[[str], None] | None = None
) -> dict[str, Any]:
    say = progress or (lambda _text: None)
    folder = keep or Path(tempfile.mkdtemp(prefix="coachdesk-bench-")) / "vault"
    passphrase = secrets.token_urlsafe(24)
    if keep is not None:
        # A kept vault is only useful with its passphrase; it holds synthetic data only, so
        # it is shown (on standard error, never written to a file).
        sys.stderr.write(f"passphrase of the kept synthetic vault: {passphrase}\n")
    try:
        say(f"generating {n_items} note items")
        started = time.perf_counter()
        data = generate(n_items)
        say(f"writing the encrypted vault in {folder}")
        _build(folder, passphrase, data)
        build_s = time.perf_counter() - started
        facts = {"largest_engagement": data.largest_engagement, "query": query_mix()[6]}
        (folder / FACTS).write_text(json.dumps(facts), encoding="utf-8")
        results: dict[str, Any] = {
            "items": data.items,
            "engagements": data.engagements,
            "sessions": data.sessions,
            "build_s": build_s,
            "db_mb": (folder / vault_service.VAULT_DB).stat().st_size / (1024 * 1024),
        }
        del data
        for kind in ("core", "baseline", "gui"):
            say(f"measuring: {kind}")
            results.update(_run_child(kind, folder, passphrase))
        peaks = [results.get("rss_core_mb"), results.get("rss_gui_mb")]
        known = [p for p in peaks if p is not None]
        results["rss_mb"] = max(known) if known else None
        results["search_vs_baseline"] = results["search_p95_ms"] / max(
            results["baseline_search_p95_ms"], 1e-9
        )
        results["machine"] = {
            "system": platform.system(),
            "machine": platform.machine(),
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
        }
        return results
    finally:
        if keep is None:
            shutil.rmtree(folder.parent, ignore_errors=True)


# Figures that count the practice rather than measure it: their growth is the scale factor.
SIZE_FIGURES = ("items", "engagements", "sessions", "search_samples")


def growth(smaller: dict[str, Any], larger: dict[str, Any]) -> dict[str, float]:
    """Per measured figure, how many times larger it is at the larger scale (1.0: the same
    cost however large the practice). Figures missing or zero at either scale are left out."""
    out: dict[str, float] = {}
    for key, small in smaller.items():
        big = larger.get(key)
        if key in SIZE_FIGURES or isinstance(small, bool) or isinstance(big, bool):
            continue
        if isinstance(small, int | float) and isinstance(big, int | float) and small > 0:
            out[key] = big / small
    return out


def run_scales(
    sizes: list[int], *, progress: Callable[[str], None] | None = None
) -> dict[str, Any]:
    """:func:`run` at each size (each practice built once), and each figure's growth from the
    smallest to the largest size."""
    say = progress or (lambda _text: None)
    results = []
    for n in sizes:
        say(f"scale {n} note items")
        results.append(run(n, progress=progress))
    return {
        "scales": results,
        "growth": growth(results[0], results[-1]),
        "growth_from_to": [sizes[0], sizes[-1]],
    }


def child(kind: str, folder: Path, passphrase: str, launched: float) -> dict[str, Any]:
    """One measuring child (see :func:`run`)."""
    from coachdesk.bench import measure

    facts = json.loads((folder / FACTS).read_text(encoding="utf-8"))
    if kind == "core":
        return measure.core(folder, passphrase, facts["largest_engagement"])
    if kind == "baseline":
        return measure.baseline(folder / PLAIN_COPY)
    if kind == "gui":
        from coachdesk.gui import stall_probe

        result = stall_probe.measure(
            folder, passphrase, facts["largest_engagement"], facts["query"], launched
        )
        result["rss_gui_mb"] = measure.peak_rss_mb()
        return result
    raise CoachDeskError(f"unknown benchmark part {kind!r}")
