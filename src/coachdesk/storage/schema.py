"""The vault's schema and its migrations, keyed by ``PRAGMA user_version``.

``MIGRATIONS[n]`` takes a vault from version ``n`` to ``n + 1``. A new schema change is a
new entry at the end, with a test that migrates a fixture of the older version.
"""

from __future__ import annotations

# "CDK1" as a big-endian integer: marks a SQLite file as a CoachDesk vault.
APPLICATION_ID = 0x43444B31
# PRAGMA takes no parameters; the literal is checked against APPLICATION_ID by a test.
SET_APPLICATION_ID = "PRAGMA application_id = 1128549169"

SCHEMA_V1 = """
CREATE TABLE coach (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    credentials TEXT NOT NULL DEFAULT '',
    letterhead TEXT NOT NULL DEFAULT ''
);
INSERT INTO coach (id) VALUES (1);

CREATE TABLE organisations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT ''
);

CREATE TABLE engagements (
    id TEXT PRIMARY KEY,
    coachee_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    retention_months INTEGER NOT NULL DEFAULT 24
);
CREATE INDEX engagements_coachee ON engagements(coachee_id);

CREATE TABLE stakeholders (
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (engagement_id, person_id)
);
CREATE INDEX stakeholders_person ON stakeholders(person_id);

CREATE TABLE agreements (
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    agreed_on TEXT NOT NULL,
    cadence TEXT NOT NULL DEFAULT '',
    exceptions TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (engagement_id, version)
);

CREATE TABLE agreement_permits (
    engagement_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    role TEXT NOT NULL,
    category TEXT NOT NULL,
    PRIMARY KEY (engagement_id, version, role, category),
    FOREIGN KEY (engagement_id, version)
        REFERENCES agreements(engagement_id, version) ON DELETE CASCADE
);

CREATE TABLE goals (
    id TEXT PRIMARY KEY,
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active',
    grow_goal TEXT NOT NULL DEFAULT '',
    grow_reality TEXT NOT NULL DEFAULT '',
    grow_options TEXT NOT NULL DEFAULT '',
    grow_will TEXT NOT NULL DEFAULT '',
    start TEXT,
    "end" TEXT
);
CREATE INDEX goals_engagement ON goals(engagement_id, position);

CREATE TABLE goal_shares (
    goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (goal_id, person_id)
);

CREATE TABLE ratings (
    goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 10),
    PRIMARY KEY (goal_id, position)
);

CREATE TABLE kpis (
    id TEXT PRIMARY KEY,
    goal_id TEXT NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    better TEXT NOT NULL DEFAULT 'higher',
    baseline REAL,
    target REAL
);
CREATE INDEX kpis_goal ON kpis(goal_id, position);

CREATE TABLE measurements (
    kpi_id TEXT NOT NULL REFERENCES kpis(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (kpi_id, position)
);

CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    owner_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    due TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    goal_id TEXT REFERENCES goals(id) ON DELETE SET NULL
);
CREATE INDEX actions_engagement ON actions(engagement_id, position);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    engagement_id TEXT NOT NULL REFERENCES engagements(id) ON DELETE CASCADE,
    start TEXT NOT NULL,
    duration_min INTEGER NOT NULL DEFAULT 60,
    kind TEXT NOT NULL DEFAULT 'coaching',
    status TEXT NOT NULL DEFAULT 'planned',
    topic TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_engagement ON sessions(engagement_id, start);

CREATE TABLE items (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX items_session ON items(session_id, position);

CREATE TABLE sharing (
    item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    on_date TEXT,
    how TEXT NOT NULL DEFAULT '',
    justification TEXT NOT NULL DEFAULT '',
    text_sha256 TEXT,
    PRIMARY KEY (item_id, person_id),
    CHECK (state <> 'exception' OR length(trim(justification)) > 0),
    CHECK (state <> 'agreed' OR text_sha256 IS NOT NULL)
);
CREATE INDEX sharing_person ON sharing(person_id);

-- Reflections are the coach's own thinking: the database itself refuses to share them.
CREATE TRIGGER sharing_no_reflection BEFORE INSERT ON sharing
WHEN (SELECT kind FROM items WHERE id = NEW.item_id) = 'reflection' AND NEW.state <> 'private'
BEGIN SELECT RAISE(ABORT, 'a reflection cannot be shared'); END;
CREATE TRIGGER sharing_no_reflection_update BEFORE UPDATE ON sharing
WHEN (SELECT kind FROM items WHERE id = NEW.item_id) = 'reflection' AND NEW.state <> 'private'
BEGIN SELECT RAISE(ABORT, 'a reflection cannot be shared'); END;

-- Full-text index over note text; unicode61 with diacritics removed so "perche" finds
-- "perché". External content: the text is stored once, in items.
CREATE VIRTUAL TABLE items_fts USING fts5(
    text, content='items', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE TRIGGER items_ai AFTER INSERT ON items BEGIN
    INSERT INTO items_fts(rowid, text) VALUES (NEW.rowid, NEW.text);
END;
CREATE TRIGGER items_ad AFTER DELETE ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, text) VALUES ('delete', OLD.rowid, OLD.text);
END;
CREATE TRIGGER items_au AFTER UPDATE OF text ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, text) VALUES ('delete', OLD.rowid, OLD.text);
    INSERT INTO items_fts(rowid, text) VALUES (NEW.rowid, NEW.text);
END;

-- The disclosure ledger: append-only. Facts hold ids and hashes, never text.
CREATE TABLE ledger (
    id INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    engagement_id TEXT,
    recipient_id TEXT NOT NULL,
    role TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    report_date TEXT NOT NULL,
    language TEXT NOT NULL,
    agreement_version INTEGER,
    facts TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    password_protected INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ledger_engagement ON ledger(engagement_id);
CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
BEGIN SELECT RAISE(ABORT, 'the disclosure ledger is append-only'); END;
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
BEGIN SELECT RAISE(ABORT, 'the disclosure ledger is append-only'); END;

PRAGMA user_version = 1;
"""

# Item rowids order the full-text index by time: the session's start in minutes since 1970,
# shifted left by ITEM_SEQUENCE_BITS, plus a sequence number within that minute. FTS5 then
# yields the newest matches first by walking its rowids backwards and stops after a page of
# results, instead of sorting every match (spec §10). storage.session_repo keeps it so.
ITEM_SEQUENCE_BITS = 20

SCHEMA_V2 = """
DROP TRIGGER items_au;
UPDATE items SET rowid = renumbered.new_rowid
FROM (
    SELECT i.rowid AS old_rowid,
           (unixepoch(s.start) / 60) * 1048576
           + row_number() OVER (
               PARTITION BY unixepoch(s.start) / 60 ORDER BY s.id, i.position, i.rowid
           ) - 1 AS new_rowid
    FROM items i JOIN sessions s ON s.id = i.session_id
) AS renumbered
WHERE items.rowid = renumbered.old_rowid;
CREATE TRIGGER items_au AFTER UPDATE OF rowid, text ON items BEGIN
    INSERT INTO items_fts(items_fts, rowid, text) VALUES ('delete', OLD.rowid, OLD.text);
    INSERT INTO items_fts(rowid, text) VALUES (NEW.rowid, NEW.text);
END;
INSERT INTO items_fts(items_fts) VALUES ('rebuild');
PRAGMA user_version = 2;
"""

# Version 3 (spec §3, §1 "show later what was shared"):
# - an ``exception`` binds to the SHA-256 of the text it disclosed, like ``agreed``; an edit
#   voids it. Exceptions recorded before bind to their item's text as it stands now.
# - ``ledger_files`` keeps, per ledger entry, the very bytes handed over (compressed), so the
#   coach can always show what was sent. It is not append-only: erasing a coachee removes the
#   copies about them while their ledger rows (hashes only) stay.
# ``coachdesk_sha256`` is registered on every connection by storage.connection.
SCHEMA_V3 = """
UPDATE sharing SET text_sha256 = (
    SELECT coachdesk_sha256(i.text) FROM items i WHERE i.id = sharing.item_id
) WHERE state = 'exception';
CREATE TABLE ledger_files (
    ledger_id INTEGER PRIMARY KEY REFERENCES ledger(id),
    compression TEXT NOT NULL,
    data BLOB NOT NULL
);
PRAGMA user_version = 3;
"""

# Version 4 (spec §3): the coach profile's optional logo, the PNG or JPEG bytes as chosen
# (services.profile checks the kind and the 1 MB ceiling; the column refuses anything larger).
SCHEMA_V4 = """
ALTER TABLE coach ADD COLUMN logo BLOB CHECK (logo IS NULL OR length(logo) <= 1048576);
PRAGMA user_version = 4;
"""

# Version 5 (spec §3, §4 `plan`, §5 the coaching log): a person's e-mail, an engagement's
# billing and coaching cadence, a session's format, and the action plan's sharing: an action
# may serve a KPI and is shared per recipient like a goal. Defaults keep older vaults valid.
SCHEMA_V5 = """
ALTER TABLE people ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE engagements ADD COLUMN billing TEXT NOT NULL DEFAULT 'paid'
    CHECK (billing IN ('paid', 'pro_bono'));
ALTER TABLE engagements ADD COLUMN cadence_days INTEGER
    CHECK (cadence_days IS NULL OR cadence_days > 0);
ALTER TABLE sessions ADD COLUMN format TEXT NOT NULL DEFAULT 'individual'
    CHECK (format IN ('individual', 'group'));
ALTER TABLE actions ADD COLUMN kpi_id TEXT REFERENCES kpis(id) ON DELETE SET NULL;
CREATE TABLE action_shares (
    action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, person_id)
);
CREATE INDEX action_shares_person ON action_shares(person_id);
PRAGMA user_version = 5;
"""

# Version 6 (spec §10, the same costs at 1 000 000 items): the navigation lists people and
# engagements a page at a time in name order, which needs the order in the database:
# ``people.sort_key`` is the name as matched and sorted (domain.names.name_key, registered on
# every connection as ``coachdesk_name_key``), kept by triggers on every write. Indexes let
# the pages, the cadence, retention and an organisation's engagements read only their rows.
SCHEMA_V6 = """
ALTER TABLE people ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
UPDATE people SET sort_key = coachdesk_name_key(name);
CREATE TRIGGER people_sort_key_ai AFTER INSERT ON people BEGIN
    UPDATE people SET sort_key = coachdesk_name_key(NEW.name) WHERE id = NEW.id;
END;
CREATE TRIGGER people_sort_key_au AFTER UPDATE OF name ON people BEGIN
    UPDATE people SET sort_key = coachdesk_name_key(NEW.name) WHERE id = NEW.id;
END;
CREATE INDEX people_sort ON people(sort_key, id);
CREATE INDEX engagements_organisation ON engagements(organisation_id);
CREATE INDEX engagements_cadence ON engagements(cadence_days) WHERE cadence_days IS NOT NULL;
CREATE INDEX engagements_end ON engagements("end") WHERE "end" IS NOT NULL;
PRAGMA user_version = 6;
"""

# The tables every vault of the current version has; a file without them is not a vault.
REQUIRED_TABLES = frozenset(
    {
        "coach",
        "organisations",
        "people",
        "engagements",
        "stakeholders",
        "agreements",
        "agreement_permits",
        "goals",
        "goal_shares",
        "ratings",
        "kpis",
        "measurements",
        "actions",
        "sessions",
        "items",
        "sharing",
        "items_fts",
        "ledger",
        "ledger_files",
        "action_shares",
    }
)

# MIGRATIONS[n] upgrades user_version n to n + 1. Version 0 is an empty database.
MIGRATIONS: tuple[str, ...] = (
    SCHEMA_V1,
    SCHEMA_V2,
    SCHEMA_V3,
    SCHEMA_V4,
    SCHEMA_V5,
    SCHEMA_V6,
)
CURRENT_VERSION = len(MIGRATIONS)
