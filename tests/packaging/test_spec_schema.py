"""The frozen build carries what import needs to validate a document: the published schema
(a file of resources/, which the spec bundles whole) and jsonschema with the meta-schemas it
reads from jsonschema_specifications' data files. Read from the spec without running it, as
tests/packaging/test_spec.py does."""

from __future__ import annotations

import ast
import importlib.resources
import tomllib
from pathlib import Path

from test_spec import ROOT, SPEC, literal_list, spec_assignments

from coachdesk.interchange.schema import SCHEMA_FILE


def test_jsonschema_is_a_hidden_import_of_the_bundle() -> None:
    assert {"jsonschema", "jsonschema_specifications"} <= set(literal_list("HIDDEN_IMPORTS"))


def test_the_meta_schemas_of_jsonschema_specifications_are_collected_as_data() -> None:
    value = spec_assignments()["SCHEMA_DATA"]
    assert isinstance(value, ast.Call) and ast.unparse(value) == (
        "collect_data_files('jsonschema_specifications')"
    )
    analysis = SPEC.read_text(encoding="utf-8")
    assert "datas=_resource_files() + _compiled_translations() + SCHEMA_DATA," in analysis
    # They are data files indeed: without them the validator cannot be built.
    files = importlib.resources.files("jsonschema_specifications") / "schemas"
    assert any(p.name.endswith(".json") for p in (files / "draft202012").iterdir())


def test_the_schema_travels_with_resources_in_the_wheel_and_the_bundle() -> None:
    shipped = ROOT / "resources" / Path(*SCHEMA_FILE)
    assert shipped.is_file() and shipped.suffix == ".json"
    with (ROOT / "pyproject.toml").open("rb") as f:
        force = tomllib.load(f)["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert force["resources"] == "coachdesk/_resources"
    # The spec bundles every file of resources/ but Linguist sources and replaced .qm.
    assert "RESOURCES.rglob" in SPEC.read_text(encoding="utf-8")
