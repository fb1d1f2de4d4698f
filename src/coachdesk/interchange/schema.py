"""The published schema of ``coachdesk-data/1`` and what it says of a document, by JSON path.

The schema is ``resources/schema/coachdesk-data-1.schema.json`` (JSON Schema 2020-12; a copy
is published as ``docs/coachdesk-data-1.schema.json``). :func:`schema_problems` validates a
decoded document against it with ``jsonschema`` and turns each error into the reader's own
wording: ``engagements[0].goals[0].ratings[0].value: rating 11 outside 1–10``. The words come
from the schema itself (the ``title`` of the failing subschema: ``rating``, ``session kind``),
so a field added to the schema is reported without a change here.

Import leaves out two parts of the schema (:func:`_for_import`): the conditional rules of a
sharing state and of a reflection (``if``/``then``/``else``), which
:mod:`coachdesk.interchange.reader` checks and words more precisely, and the ledger's entries,
which an export writes and import does not read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from coachdesk import resources

SCHEMA_FILE = ("schema", "coachdesk-data-1.schema.json")

JsonPath = tuple[str | int, ...]

# A subschema's title names the thing in messages; these titles read better with other words.
_ENUM_WORD = {"stakeholder role": "role"}
_TYPE_NOUN = {
    "person id": "a person id",
    "list of categories": "a list of categories",
    "logo": "base64 text",
}
_JSON_TYPE_NOUN = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "array": "a list",
    "object": "an object",
    "boolean": "true or false",
}
# When one value breaks several keywords, the first of these says it best (a date that is
# not YYYY-MM-DD also fails its "format": "date").
_RANK = {"type": 0, "const": 1, "enum": 1, "minimum": 2, "maximum": 2, "pattern": 2, "format": 3}
# Keywords the reader checks in its own words (see the module's docstring).
_CONDITIONAL = ("if", "then", "else")


@cache
def schema() -> dict[str, Any]:
    """The schema as shipped with the program."""
    loaded: dict[str, Any] = json.loads(resources.path(*SCHEMA_FILE).read_text(encoding="utf-8"))
    return loaded


@cache
def _validator() -> Any:
    # Imported here: jsonschema takes ~0.1 s to import, which only an import should pay.
    from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]

    # Formats are checked where the reader always checked them: calendar dates.
    checker = FormatChecker(formats=("date",))
    checked = _for_import(schema(), schema()["$defs"])
    del checked["properties"]["ledger"]["items"]  # read-only: import does not read the entries
    return Draft202012Validator(checked, format_checker=checker)


def _for_import(node: Any, defs: dict[str, Any], *, names: bool = False) -> Any:
    """The schema as import evaluates it, faster and with the same results:

    - each ``{"$ref": "#/$defs/x", ...}`` is replaced by the definition itself (its sibling
      keywords are annotations: descriptions and defaults), which ``jsonschema`` would
      otherwise resolve at every use; the schema has no recursive definition, so this ends;
    - the conditional rules (``if``/``then``/``else``) are left out: the reader checks them
      in its own words (the tests hold the two to the same verdicts).

    ``names``: ``node`` maps names to subschemas (``properties``, ``$defs``), not keywords.
    """
    if isinstance(node, list):
        return [_for_import(v, defs) for v in node]
    if not isinstance(node, dict):
        return node
    if names:
        return {k: _for_import(v, defs) for k, v in node.items()}
    out = {
        k: _for_import(v, defs, names=k in ("properties", "$defs"))
        for k, v in node.items()
        if k not in _CONDITIONAL
    }
    if "allOf" in out:
        out["allOf"] = [branch for branch in out["allOf"] if branch]
        if not out["allOf"]:
            del out["allOf"]
    ref = out.pop("$ref", None)
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return _for_import(defs[ref.removeprefix("#/$defs/")], defs) | out
    if ref is not None:
        out["$ref"] = ref
    return out


def schema_problems(doc: Any) -> Iterator[tuple[JsonPath, str]]:
    """Where ``doc`` breaks the schema, with a message: at most one per path, in the order
    ``jsonschema`` finds them (not the document's)."""
    best: dict[JsonPath, tuple[int, str]] = {}
    for error in _validator().iter_errors(doc):
        path: JsonPath = tuple(error.absolute_path)
        rank = _RANK.get(error.validator, 4)
        for where, message in _translate(error, path):
            if where not in best or rank < best[where][0]:
                best[where] = (rank, message)
    for where, (_, message) in best.items():
        yield where, message


def _translate(error: Any, path: JsonPath) -> list[tuple[JsonPath, str]]:
    keyword: str = error.validator
    sub: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    title: str = sub.get("title", "")
    value: Any = error.instance
    if keyword == "required":
        return [((*path, k), "missing required field") for k in error.validator_value
                if isinstance(value, dict) and k not in value]  # fmt: skip
    if keyword == "additionalProperties" and isinstance(value, dict):
        known = sub.get("properties", {})
        return [((*path, k), "unknown field") for k in value if k not in known]
    if keyword == "type":
        return [(path, _type_message(title, sub.get("type"), value))]
    if keyword == "const":
        return [(path, f"unknown {title or 'value'} {show(value)}: expected {quote(sub['const'])}")]
    if keyword == "enum":
        word = _ENUM_WORD.get(title, title or "value")
        if "propertyNames" in error.absolute_schema_path:  # a key of the object is wrong
            return [((*path, value), f"unknown {word} {quote(value)}")]
        if not isinstance(value, str):
            return [(path, f"expected {article(word)} {word}, found {kind_of(value)}")]
        if title == "stakeholder role" and value == "coachee":
            return [(path, "the coachee is not a stakeholder role")]
        return [(path, f"unknown {word} {quote(value)}")]
    if keyword in ("minimum", "maximum"):
        low, high = sub.get("minimum"), sub.get("maximum")
        return [(path, f"{title or 'value'} {_number(value)} outside {low}–{high}")]
    if keyword == "pattern" and isinstance(value, str):
        return [(path, _pattern_message(title, value))]
    if keyword == "format":
        return [(path, f"bad date {show(value)}: no such day")]
    return [(path, str(error.message))]  # a keyword this module does not know yet


def _type_message(title: str, expected: str | Sequence[str] | None, value: Any) -> str:
    if title in ("date", "date and time"):
        return f"bad date {show(value)}: expected {_DATE_SHAPE[title]}"
    if title == "SHA-256":
        return "expected 64 lower-case hex digits"
    types = [expected] if isinstance(expected, str) else [t for t in expected or () if t != "null"]
    noun = _TYPE_NOUN.get(title) or _JSON_TYPE_NOUN.get(types[0] if types else "", "a value")
    found = str(value) if "integer" in types and isinstance(value, float) else kind_of(value)
    return f"expected {noun}, found {found}"


_DATE_SHAPE = {"date": "YYYY-MM-DD", "date and time": "YYYY-MM-DDTHH:MM"}


def _pattern_message(title: str, value: str) -> str:
    if "\x00" in value:
        return "contains a NUL character"
    if title in _DATE_SHAPE:
        return f"bad date {quote(value)}: expected {_DATE_SHAPE[title]}"
    if title == "SHA-256":
        return "expected 64 lower-case hex digits"
    if title == "id":
        return "an id must not be empty"
    return "must not be empty"


def _number(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


# -- words shared with the reader --------------------------------------------------------------


def path_text(path: JsonPath) -> str:
    """``("engagements", 0, "sharing", "marco")`` as ``engagements[0].sharing.marco``; a key
    that is not a plain word is quoted: ``sharing["Zoë B"]``."""
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
        elif re.fullmatch(r"[A-Za-z0-9_\-]+", step):
            out += f".{step}" if out else step
        else:
            out += f"[{json.dumps(step, ensure_ascii=False)}]"
    return out


def article(word: str) -> str:
    return "an" if word[:1] in ("a", "e", "i", "o", "u") else "a"


def kind_of(value: Any) -> str:
    """What a JSON value is, in words: never the value itself (it may be note text)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    return "an object"


def quote(value: str) -> str:
    """Quote an id or keyword for a message; long values are shortened."""
    shown = value if len(value) <= 40 else value[:37] + "…"
    return json.dumps(shown, ensure_ascii=False)


def show(value: Any) -> str:
    return quote(value) if isinstance(value, str) else kind_of(value)
