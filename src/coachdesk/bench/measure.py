"""The measurements of ``coachdesk bench`` that need no window, run in a fresh process so
caches start cold and the peak memory is the app's own, not the generator's.

Every figure is in milliseconds of wall time (``time.perf_counter``). Where a step is
repeated, the figure is the median of the repetitions; each repetition opens a new
connection, so SQLCipher's page cache starts empty every time.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coachdesk.bench.queries import query_mix
from coachdesk.bench.synthetic import REPORT_ENGAGEMENT, REPORT_SPONSOR
from coachdesk.security import keyfile
from coachdesk.services import board, cadence, navigation, practice, reports, retention
from coachdesk.services.vault import VAULT_DB, VAULT_KEYS
from coachdesk.storage import connection
from coachdesk.storage.connection import Database

REPEATS = 5
SEARCH_ROUNDS = 5
# A fixed day, so the report and the board cover the same sessions in every run.
TODAY = dt.date(2026, 11, 24)


def _ms[T](fn: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000.0, result


def peak_rss_mb() -> float | None:
    """Peak resident memory of this process, or ``None`` where the platform does not say.

    On Linux this is ``VmHWM``: ``getrusage`` would report the parent's peak instead, as
    Linux carries the largest size seen across ``fork`` and ``exec``.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # macOS reports bytes, other systems KiB.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def percentile(samples: list[float], fraction: float) -> float:
    """The nearest-rank percentile."""
    ordered = sorted(samples)
    rank = max(1, round(fraction * len(ordered) + 0.5))
    return ordered[min(rank, len(ordered)) - 1]


def search_times(db: Database, queries: list[str]) -> tuple[list[float], int]:
    """One untimed pass to warm the cache as a coach's first searches would, then timed
    rounds of the whole mix, each query asking for the first page of newest matches."""
    for q in queries:
        practice.search(db, q)
    samples: list[float] = []
    hits = 0
    for _ in range(SEARCH_ROUNDS):
        for q in queries:
            elapsed, found = _ms(lambda q=q: practice.search(db, q))  # type: ignore[misc]
            samples.append(elapsed)
            hits += len(found)
    return samples, hits


def core(folder: Path, passphrase: str, largest: str) -> dict[str, Any]:
    keys = keyfile.read(folder / VAULT_KEYS)
    kdf_ms, key = _ms(lambda: keyfile.unwrap(keys, keyfile.PASSPHRASE, passphrase))

    def unlock() -> Database:
        # What unlocking does after the key derivation: open and check the database, then
        # read what the window shows first: the organisations, the first page of each
        # one's engagements and of people, who is due for coaching, and the retention
        # notice (gui.models.navigation and gui.controllers ask for the same).
        db = connection.open_database(folder / VAULT_DB, key)
        for org in navigation.organisations(db):
            navigation.engagements(db, org.id)
        navigation.people(db)
        cadence.all_due(db, TODAY)
        retention.retention_notice(db, TODAY)
        return db

    unlock_samples: list[float] = []
    open_samples: list[float] = []
    board_samples: list[float] = []
    for _ in range(REPEATS):
        elapsed, db = _ms(unlock)
        unlock_samples.append(elapsed)
        try:
            open_samples.append(_ms(lambda db=db: practice.engagement_page(db, largest))[0])  # type: ignore[misc]
            board_samples.append(_ms(lambda db=db: board.board(db, largest, TODAY))[0])  # type: ignore[misc]
        finally:
            db.close()

    db = connection.open_database(folder / VAULT_DB, key)
    try:
        request = reports.ReportRequest(REPORT_ENGAGEMENT, REPORT_SPONSOR, TODAY)
        report_samples = []
        for _ in range(3):
            elapsed, rendered = _ms(lambda: reports.render_from(db, request))
            report_samples.append(elapsed)
        sessions_in_report = len(rendered.disclosure.included.attendance or ())
        samples, hits = search_times(db, query_mix())
    finally:
        db.close()
    return {
        "kdf_ms": kdf_ms,
        "unlock_ms": statistics.median(unlock_samples),
        "search_p50_ms": percentile(samples, 0.50),
        "search_p95_ms": percentile(samples, 0.95),
        "search_max_ms": max(samples),
        "search_samples": len(samples),
        "search_hits": hits,
        "open_engagement_ms": statistics.median(open_samples),
        "board_ms": statistics.median(board_samples),
        "report_ms": statistics.median(report_samples),
        "report_first_ms": report_samples[0],
        "report_sessions": sessions_in_report,
        "rss_core_mb": peak_rss_mb(),
    }


def baseline(plain: Path) -> dict[str, Any]:
    """The same query mix on the unencrypted copy, through the same search code."""
    from sqlcipher3 import dbapi2 as sqlcipher

    db = Database(sqlcipher.connect(str(plain), isolation_level=None))
    try:
        connection.apply_pragmas(db)
        samples, hits = search_times(db, query_mix())
    finally:
        db.close()
    return {
        "baseline_search_p50_ms": percentile(samples, 0.50),
        "baseline_search_p95_ms": percentile(samples, 0.95),
        "baseline_search_hits": hits,
    }
