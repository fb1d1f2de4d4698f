"""The wheel carries its resources: built, installed in a fresh virtual environment, and
self-tested there (fonts, translations and icons found inside the installed package)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_installed_wheel_passes_its_self_test(tmp_path):
    uv = shutil.which("uv")
    assert uv, "uv runs the test suite, so it is on PATH"
    dist = tmp_path / "dist"
    subprocess.run(
        [uv, "build", "--wheel", "--out-dir", str(dist), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = dist.glob("coachdesk-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([uv, "venv", "--quiet", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # The locked versions of the dependencies, as a user of this release would get them.
    pins = tmp_path / "requirements.txt"
    subprocess.run(
        [uv, "export", "--locked", "--no-dev", "--no-hashes", "--no-emit-project",
         "--output-file", str(pins), "--directory", str(ROOT), "--quiet"],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(python), "-r", str(pins), str(wheel)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    program = venv / ("Scripts/coachdesk.exe" if os.name == "nt" else "bin/coachdesk")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    r = subprocess.run(
        [str(program), "--self-test"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.splitlines()[-1] == "self-test passed"
    # The resources came from the installed package, not from this checkout.
    fonts_line = next(line for line in r.stdout.splitlines() if line.startswith("ok   fonts"))
    assert str(venv) in fonts_line and "_resources" in fonts_line
    assert "window: Italian translation loaded" in r.stdout
    # The demo documents and the interchange schema travel in the wheel too.
    assert "ok   interchange: coachdesk-data/1 schema loaded" in r.stdout
