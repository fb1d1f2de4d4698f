"""The PyInstaller spec (packaging/coachdesk.spec) keeps every Qt module the app imports.

The spec trims Qt by excluding PySide6 modules; excluding one the app imports would build a
bundle that fails at run time, which only the frozen ``--self-test`` (not the test suite)
would notice. So: read the spec's literal lists without running it, and compare them with the
``PySide6`` imports under src/coachdesk.
"""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "coachdesk.spec"
SRC = ROOT / "src" / "coachdesk"

_FROM_MODULE = re.compile(r"^\s*from\s+PySide6\.(Qt\w+)\s+import\b", re.M)
_IMPORT_MODULE = re.compile(r"^\s*import\s+PySide6\.(Qt\w+)", re.M)
_FROM_PACKAGE = re.compile(r"^\s*from\s+PySide6\s+import\s+\(?([\w\s,]+)\)?", re.M)


def imported_qt_modules() -> set[str]:
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        found.update(_FROM_MODULE.findall(text))
        found.update(_IMPORT_MODULE.findall(text))
        for names in _FROM_PACKAGE.findall(text):
            found.update(n.split(" as ")[0].strip() for n in names.split(",") if n.strip())
    return found


def spec_assignments() -> dict[str, ast.expr]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    return {
        target.id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def literal_list(name: str) -> list[str]:
    value = spec_assignments()[name]
    if isinstance(value, ast.BinOp):  # EXCLUDES = QT_EXCLUDES + [...]: the literal part
        value = value.right
    result = ast.literal_eval(value)
    assert isinstance(result, list) and all(isinstance(x, str) for x in result)
    return result


def test_the_scan_finds_the_app_s_qt_imports() -> None:
    # Guards the regular expressions: the GUI certainly imports these.
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported_qt_modules()


def test_every_imported_qt_module_is_kept() -> None:
    kept = set(literal_list("QT_MODULES_KEPT"))
    missing = imported_qt_modules() - kept
    assert not missing, f"add {sorted(missing)} to QT_MODULES_KEPT in packaging/coachdesk.spec"


def test_no_imported_qt_module_is_excluded() -> None:
    imported = imported_qt_modules()
    excluded = set(literal_list("QT_MODULES_EXCLUDED"))
    other = {name.removeprefix("PySide6.") for name in literal_list("EXCLUDES")}
    assert not imported & excluded, f"the spec excludes {sorted(imported & excluded)}"
    assert not imported & other, f"the spec excludes {sorted(imported & other)}"
    assert "PySide6" not in literal_list("EXCLUDES")


def test_kept_and_excluded_qt_modules_do_not_overlap() -> None:
    kept = set(literal_list("QT_MODULES_KEPT"))
    excluded = literal_list("QT_MODULES_EXCLUDED")
    assert not kept & set(excluded)
    assert len(excluded) == len(set(excluded))


def test_the_app_s_dependencies_are_not_excluded() -> None:
    excludes = set(literal_list("EXCLUDES"))
    with (ROOT / "pyproject.toml").open("rb") as f:
        dependencies = tomllib.load(f)["project"]["dependencies"]
    modules = {"PySide6", "sqlcipher3", "cryptography", "reportlab", "pypdf", "platformdirs"}
    modules |= {"uharfbuzz", "bidi"}  # the report's shaping and bidi (python-bidi)
    assert len(dependencies) >= len(modules) - 1  # PySide6 comes as -Essentials and -Pdf
    assert not modules & excludes
    assert "coachdesk" not in excludes


def test_entry_script_runs_the_console_script() -> None:
    with (ROOT / "pyproject.toml").open("rb") as f:
        target = tomllib.load(f)["project"]["scripts"]["coachdesk"]
    module, function = target.split(":")
    entry = (ROOT / "packaging" / "entry.py").read_text(encoding="utf-8")
    assert f"from {module} import {function}" in entry
    assert f"sys.exit({function}())" in entry


def test_build_script_pins_pyinstaller() -> None:
    """The spec's Qt plugin filter wraps a PyInstaller helper: builds use a known release."""
    build = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    assert re.search(r'^PYINSTALLER="pyinstaller==[\d.]+"$', build, re.M)
    assert re.search(r'^HOOKS_CONTRIB="pyinstaller-hooks-contrib==[\d.]+"$', build, re.M)
    assert "packaging/coachdesk.spec" in build


def test_the_report_engine_s_compiled_modules_are_bundled() -> None:
    """HarfBuzz and python-bidi are compiled extensions the report's text engine needs."""
    assert {"uharfbuzz._harfbuzz", "bidi.bidi"} <= set(literal_list("HIDDEN_IMPORTS"))
