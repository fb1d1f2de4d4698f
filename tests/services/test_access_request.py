"""An access request holds only what is about its coachee (spec §8, issue 14 point 1).

Generated practices with a team: a manager, several agents each with their engagement,
agreed items, exceptions, ratings and measurements; team reports and single reports
written through the real services. For each agent X, no id, hash, name, title or text of
any other coachee's engagement may appear anywhere in X's export (searched in its JSON
text), while X's own facts of the team reports are there."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from coachdesk.domain import text_sha256
from coachdesk.services import interchange, reports, team_reports
from coachdesk.storage import ledger_repo

BASE = dt.date(2025, 1, 6)
MANAGER = "mgr-paola"
CATEGORIES = ["goals", "progress", "summaries", "notes"]


def _day(offset: int) -> str:
    return (BASE + dt.timedelta(days=offset)).isoformat()


@st.composite
def agents(draw: Any, prefix: str) -> dict[str, Any]:
    """One agent's person and engagement. Every id and text carries ``prefix`` (unique to
    the agent, and no prefix of another), so any trace of it in another export is found."""
    P = prefix
    sessions = []
    for j in range(draw(st.integers(1, 3))):
        items = []
        for k in range(draw(st.integers(1, 3))):
            state = draw(st.sampled_from(["private", "agreed", "exception"]))
            sharing: dict[str, Any] = {}
            if state == "agreed":
                sharing[MANAGER] = {"state": "agreed", "on": _day(30 * j), "how": "in session"}
            elif state == "exception":
                sharing[MANAGER] = {
                    "state": "exception",
                    "on": _day(30 * j),
                    "justification": f"Why{P}j{j}{k}",
                }
            items.append(
                {
                    "id": f"{P}i{j}{k}",
                    "kind": draw(st.sampled_from(["summary", "observation", "insight"])),
                    "text": f"Text{P}w{j}{k} said",
                    "sharing": sharing,
                }
            )
        sessions.append(
            {
                "id": f"{P}s{j}",
                "date": f"{_day(30 * j + draw(st.integers(0, 20)))}T{9 + j:02d}:00",
                "duration_min": 60,
                "kind": draw(st.sampled_from(["coaching", "training", "check_in"])),
                "status": draw(st.sampled_from(["held", "planned", "cancelled"])),
                "items": items,
            }
        )
    measurements = [
        {"date": _day(d), "value": v}
        for d, v in draw(
            st.lists(
                st.tuples(st.integers(0, 300), st.integers(100, 999)),
                max_size=3,
                unique_by=lambda t: t[0],
            )
        )
    ]
    permitted = ["attendance", *draw(st.lists(st.sampled_from(CATEGORIES), unique=True))]
    return {
        "person": {"id": f"{P}p", "name": f"Name{P}n Agent", "title": f"Title{P}t"},
        "engagement": {
            "id": f"{P}e",
            "coachee": f"{P}p",
            "organisation": "org",
            "title": f"Eng{P}t",
            "start": _day(0),
            "language": draw(st.sampled_from(["en", "it"])),
            "stakeholders": [{"person": MANAGER, "role": "cs_manager"}],
            "agreements": [
                {
                    "version": 1,
                    "agreed_on": _day(0),
                    "permits": {
                        "cs_manager": sorted(permitted),
                        "coachee": ["attendance", *CATEGORIES],
                    },
                }
            ],
            "goals": [
                {
                    "id": f"{P}g",
                    "title": f"Goal{P}t",
                    "status": "active",
                    "share_with": [MANAGER, f"{P}p"],
                    "grow": {"goal": f"Grow{P}g"},
                    "ratings": [{"date": _day(draw(st.integers(0, 300))), "value": 5}],
                    "kpis": [
                        {
                            "id": f"{P}k",
                            "name": f"Kpi{P}n",
                            "unit": "s",
                            "better": "lower",
                            "baseline": 420,
                            "target": 360,
                            "measurements": measurements,
                        }
                    ],
                }
            ],
            "actions": [
                {
                    "id": f"{P}a",
                    "text": f"Act{P}x",
                    "owner": f"{P}p",
                    "due": _day(100),
                    "status": "open",
                }
            ],
            "sessions": sessions,
        },
    }


@st.composite
def practices(draw: Any) -> tuple[dict[str, Any], list[str], list[tuple[str, str, int]]]:
    """A document, its agents' prefixes, and the reports to write: (kind, agent prefix or
    "", report date offset)."""
    n = draw(st.integers(2, 4))
    prefixes = [f"Q{i}Z" for i in range(n)]
    team = [draw(agents(p)) for p in prefixes]
    doc = {
        "format": "coachdesk-data/1",
        "coach": {"name": "Laura Bianchi"},
        "organisations": [{"id": "org", "name": "ACME S.p.A."}],
        "people": [
            {"id": MANAGER, "name": "Paola Manager", "organisation": "org"},
            *(a["person"] | {"organisation": "org"} for a in team),
        ],
        "engagements": [a["engagement"] for a in team],
    }
    days = st.integers(60, 330)
    jobs = [("team", "", draw(days)) for _ in range(draw(st.integers(1, 3)))]
    jobs += [
        ("single", draw(st.sampled_from(prefixes)), draw(days))
        for _ in range(draw(st.integers(1, 3)))
    ]
    return doc, prefixes, jobs


def _secrets_of(prefix: str, doc: dict[str, Any], ledger: list[Any]) -> set[str]:
    """Every id, hash, name, title and text of the agent ``prefix``'s engagement."""
    out = {prefix}  # every id, name, title and text of theirs carries it
    (engagement,) = [e for e in doc["engagements"] if e["id"] == f"{prefix}e"]
    for s in engagement["sessions"]:
        out.update(text_sha256(i["text"]) for i in s["items"])
    for entry in ledger:
        theirs = [
            f for f in entry.facts if (f.engagement_id or entry.engagement_id) == engagement["id"]
        ]
        out.update(f.sha256 for f in theirs)
        if theirs:  # the file of a report that carried their facts
            out.update({entry.file_sha256, entry.content_sha256})
    return out


class _Rollback(Exception):
    pass


@settings(max_examples=12)
@given(case=practices())
def test_an_agent_s_access_request_holds_nothing_of_another_coachee(vault, tmp_path, case):
    doc, prefixes, jobs = case
    exports: dict[str, str] = {}
    out = Path(tmp_path)
    try:
        with vault.db.transaction():
            interchange.import_bytes(vault, json.dumps(doc).encode("utf-8"))
            for n, (kind, prefix, offset) in enumerate(jobs):
                day = BASE + dt.timedelta(days=offset)
                if kind == "team":
                    request = team_reports.TeamReportRequest(MANAGER, day)
                    rendered = team_reports.render_team(vault.db, request)
                    team_reports.save_team(vault, rendered, out / f"{n}.pdf")
                else:
                    request = reports.ReportRequest(f"{prefix}e", MANAGER, day)
                    reports.save(vault, reports.render(vault, request), out / f"{n}.pdf")
            ledger = ledger_repo.entries(vault.db)
            for prefix in prefixes:
                exports[prefix] = json.dumps(
                    interchange.export_document(vault, f"{prefix}p"), ensure_ascii=False
                )
            raise _Rollback
    except _Rollback:
        pass
    team_entries = [e for e in ledger if e.kind == "team-report"]
    assert team_entries
    for x in prefixes:
        text = exports[x]
        for other in prefixes:
            if other == x:
                continue
            leaked = sorted(s for s in _secrets_of(other, doc, ledger) if s in text)
            assert not leaked, (x, other, leaked)
        # X's own part of every team report that carried it is there, facts and all.
        mine = json.loads(text).get("ledger", [])
        for entry in team_entries:
            own = [f for f in entry.facts if f.engagement_id == f"{x}e"]
            if own:
                (shown,) = [e for e in mine if e["id"] == entry.id]
                assert [f["id"] for f in shown["facts"]] == [f.id for f in own]
                assert shown["partial"] is True and shown["file_sha256"] is None
