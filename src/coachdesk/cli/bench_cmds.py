"""``coachdesk bench``: the performance figures of spec §10."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from typing import Any

from coachdesk.cli import common
from coachdesk.errors import UsageError

DEFAULT_ITEMS = 100_000
MIN_ITEMS = 200


def register(sub: Any) -> None:
    p = sub.add_parser(
        "bench",
        help="measure speed and memory on a synthetic practice in a throwaway vault",
        description="Build a synthetic practice of N note items in a temporary encrypted "
        "vault, measure unlocking, search, the engagement page, the disclosure board, a "
        "50-session report, memory and the window's responsiveness, then delete it.",
    )
    p.add_argument(
        "--items",
        type=int,
        default=DEFAULT_ITEMS,
        metavar="N",
        help=f"note items to generate (default {DEFAULT_ITEMS})",
    )
    p.add_argument(
        "--scales",
        type=_sizes,
        metavar="N,M",
        help="build a practice of each size (e.g. 20000,200000), measure each, and print "
        "every figure's growth from the smallest to the largest",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--keep",
        type=common.path_arg,
        metavar="DIR",
        help="build the synthetic vault in DIR (new) and keep it",
    )
    # A measuring child process of the benchmark itself; not for people.
    p.add_argument("--child", choices=("core", "baseline", "gui"), help=argparse.SUPPRESS)
    p.add_argument("--folder", type=common.path_arg, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    from coachdesk.bench import runner

    if args.child:
        launched = float(os.environ.get(runner.SPAWNED_ENV, time.time()))
        passphrase = sys.stdin.readline().rstrip("\n")
        result = runner.child(args.child, args.folder, passphrase, launched)
        print(json.dumps(result))
        return 0
    progress = None if args.json else (lambda text: print(f"… {text}", file=sys.stderr))
    if args.scales:
        if args.keep is not None:
            raise UsageError("--keep keeps one vault; it cannot go with --scales")
        scaled = runner.run_scales(args.scales, progress=progress)
        if args.json:
            print(json.dumps(scaled, indent=2))
        else:
            _print_scales(scaled)
        return 0
    if args.items < MIN_ITEMS:
        raise UsageError(f"--items must be at least {MIN_ITEMS}")
    if args.keep is not None and args.keep.exists():
        raise UsageError(f"{args.keep} already exists; --keep needs a new folder")
    results = runner.run(args.items, keep=args.keep, progress=progress)
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        _print_table(results, runner.TARGETS)
    return 0


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError("give sizes as numbers separated by commas") from None
    if len(sizes) < 2 or any(n < MIN_ITEMS for n in sizes) or sizes != sorted(set(sizes)):
        raise argparse.ArgumentTypeError(
            f"give two or more increasing sizes of at least {MIN_ITEMS}, e.g. 20000,200000"
        )
    return sizes


def _print_scales(scaled: dict[str, Any]) -> None:
    results: list[dict[str, Any]] = scaled["scales"]
    growth: dict[str, float] = scaled["growth"]
    first, last = scaled["growth_from_to"]
    header = "".join(f"{r['items']:>14}" for r in results)
    print(f"{'figure':26}{header}{'growth':>10}")
    for key in results[0]:
        values = [r.get(key) for r in results]
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            continue
        cells = "".join(f"{v:>14.1f}" for v in values)
        ratio = f"{growth[key]:>9.2f}x" if key in growth else ""
        print(f"{key:26}{cells}{ratio}")
    print(f"growth: the figure at {last} items over the figure at {first}")


def _print_table(results: dict[str, Any], targets: dict[str, float]) -> None:
    for key, value in results.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items())
        elif isinstance(value, float):
            value = f"{value:.1f}" if math.isfinite(value) else str(value)
        target = targets.get(key)
        verdict = ""
        if target is not None and isinstance(results[key], int | float):
            verdict = f"  (target < {target:g}: {'met' if results[key] < target else 'MISSED'})"
        print(f"{key:26} {value}{verdict}")
