"""``coachdesk bench`` (spec §10): it runs, end to end, and reports every figure. No timing
is asserted here; the figures themselves are read in docs/performance.md."""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
import unicodedata

from coachdesk.bench.queries import query_mix
from coachdesk.bench.synthetic import REPORT_ENGAGEMENT, generate

SPEC_KEYS = {
    "items",
    "kdf_ms",
    "unlock_ms",
    "search_p50_ms",
    "search_p95_ms",
    "baseline_search_p95_ms",
    "open_engagement_ms",
    "report_ms",
    "rss_mb",
    "board_ms",
    "gui_max_stall_ms",
}


def test_bench_json_has_every_figure_of_the_spec(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "coachdesk", "bench", "--items", "400", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    figures = json.loads(proc.stdout)
    assert figures.keys() >= SPEC_KEYS
    assert figures["items"] == 400
    for key in SPEC_KEYS - {"items"}:
        assert isinstance(figures[key], float) and figures[key] >= 0, key
    # The measurements did real work: searches found notes, the report had its 50 sessions,
    # the window showed search results.
    assert figures["search_hits"] > 0
    assert figures["search_hits"] == figures["baseline_search_hits"]
    assert figures["report_sessions"] == 50
    assert figures["gui_search_results"] > 0
    # The throwaway vault is gone.
    assert not list(tmp_path.glob("coachdesk-bench-*"))


def test_the_query_mix_covers_what_spec_10_asks_for():
    queries = query_mix()
    assert len(queries) >= 50 and len(set(queries)) == len(queries)
    assert query_mix() == queries  # fixed from run to run
    assert sum(" " in q for q in queries) >= 4  # two-word queries
    accentless = [q for q in queries if q.isascii() and q not in ("zyzzogeton", "qwertyuiop")]
    assert "perche" in accentless  # an Italian word typed without its accent


def test_synthetic_text_follows_zipf_and_is_deterministic():
    data = generate(3000, seed=7)
    assert data.items == 3000
    assert generate(3000, seed=7).rows["items"] == data.rows["items"]
    words = collections.Counter(
        w.strip(".").lower() for row in data.rows["items"] for w in row[4].split()
    )
    ranked = [n for _, n in words.most_common()]
    # Zipf: frequency falls roughly as 1/rank, and there is a long tail of rare words.
    assert ranked[0] > 5 * ranked[9] > 0
    assert len(words) > 1000
    assert sum(1 for n in ranked if n <= 2) > 100
    # Italian with its accents, and English.
    text = " ".join(row[4] for row in data.rows["items"])
    assert "perché" in text and "the" in text.split()
    assert any(unicodedata.normalize("NFD", c) != c for c in text)
    sessions = [r for r in data.rows["sessions"] if r[1] == REPORT_ENGAGEMENT]
    assert len(sessions) == 50


def test_a_kept_vault_opens_with_the_passphrase_it_was_given(tmp_path):
    from coachdesk.services import vault as vault_service

    kept = tmp_path / "kept"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "coachdesk", "bench", "--items", "300", "--json",
         "--keep", str(kept)],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stderr.splitlines() if x.startswith("passphrase of the kept"))
    passphrase = line.rsplit(": ", 1)[1]
    with vault_service.open_vault(kept, passphrase) as vault:
        assert vault.db.one("SELECT count(*) FROM items")[0] == 300


def test_growth_is_each_figure_at_the_larger_scale_over_the_smaller():
    from coachdesk.bench.runner import growth

    small = {"items": 100, "unlock_ms": 10.0, "rss_mb": 100.0, "gui_search_results": 0, "x": None}
    large = {"items": 1000, "unlock_ms": 25.0, "rss_mb": 150.0, "gui_search_results": 5, "x": 1}
    assert growth(small, large) == {"unlock_ms": 2.5, "rss_mb": 1.5}


def test_scales_builds_each_size_and_prints_every_figure_s_growth(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "coachdesk", "bench", "--scales", "200,400", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    scaled = json.loads(proc.stdout)
    assert [r["items"] for r in scaled["scales"]] == [200, 400]
    assert scaled["growth_from_to"] == [200, 400]
    for key in SPEC_KEYS - {"items"}:
        small, large = (r[key] for r in scaled["scales"])
        if small > 0:
            assert scaled["growth"][key] == large / small, key
    assert not list(tmp_path.glob("coachdesk-bench-*"))


def test_scales_refuses_sizes_that_do_not_grow():
    for bad in ("400,200", "400", "100,400", "a,b"):
        proc = subprocess.run(
            [sys.executable, "-m", "coachdesk", "bench", "--scales", bad],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 2 and "--scales" in proc.stderr, bad
