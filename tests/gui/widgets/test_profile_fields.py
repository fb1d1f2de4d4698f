"""The coach profile's fields (gui/widgets/profile_fields.py): they give back what they show,
the preview follows them, a logo is read on the worker and described, a bad file is said
plainly, and the first run's copy has no logo row."""

from __future__ import annotations

import io

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coachdesk.domain import CoachProfile
from coachdesk.gui.tasks import Tasks
from coachdesk.gui.widgets.letterhead import load_logo
from coachdesk.gui.widgets.profile_fields import ProfileFields, grow_to_fit

TIMEOUT = 15_000


def png(size: tuple[int, int] = (120, 40)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def tasks():
    tasks = Tasks()
    yield tasks
    tasks.shutdown()


def test_the_fields_give_back_what_they_show_and_the_preview_follows(qtbot, tasks):
    fields = ProfileFields(tasks)
    qtbot.addWidget(fields)
    profile = CoachProfile("Laura Bianchi", "PCC", "Bianchi Coaching\nMilano", png())
    with qtbot.waitSignal(fields.changed):
        fields.set_profile(profile, load_logo(profile.logo or b""))
    assert fields.profile() == profile
    assert fields.preview.name == "Laura Bianchi"
    assert fields.preview.lines == ["Bianchi Coaching", "Milano"]
    assert fields.logo_status.text() == "PNG, 120 × 40 pixels, 1 KB"
    assert fields.remove_logo.isEnabled()
    fields.remove_logo.click()
    assert fields.profile().logo is None and fields.logo_status.text() == "No logo"
    assert not fields.remove_logo.isEnabled() and fields.preview.logo is None


def test_a_logo_file_is_read_on_the_worker_and_shown(qtbot, tasks, tmp_path):
    fields = ProfileFields(tasks)
    qtbot.addWidget(fields)
    path = tmp_path / "logo.png"
    path.write_bytes(png())
    fields.load_logo_file(path)
    assert not fields.choose_logo.isEnabled()  # until the worker answers
    qtbot.waitUntil(lambda: fields.logo is not None, timeout=TIMEOUT)
    assert fields.choose_logo.isEnabled() and fields.preview.logo is not None


def test_a_file_that_is_no_image_is_refused_with_a_sentence(qtbot, tasks, tmp_path):
    fields = ProfileFields(tasks)
    qtbot.addWidget(fields)
    path = tmp_path / "logo.png"
    path.write_bytes(b"not an image")
    with qtbot.waitSignal(fields.problem, timeout=TIMEOUT) as problem:
        fields.load_logo_file(path)
    assert problem.args[0] and fields.logo is None
    assert fields.choose_logo.isEnabled()


def test_without_logo_the_logo_row_is_not_shown(qtbot, tasks):
    fields = ProfileFields(tasks, with_logo=False)
    qtbot.addWidget(fields)
    fields.show()
    assert not fields.choose_logo.isVisible() and not fields.logo_status.isVisible()
    assert fields.name.isVisible() and fields.preview.isVisible()


def test_grow_to_fit_makes_a_window_tall_enough_and_never_shrinks_it(qtbot, tasks):
    window = QWidget()
    qtbot.addWidget(window)
    fields = ProfileFields(tasks)
    QVBoxLayout(window).addWidget(fields)
    window.resize(500, 50)
    window.show()
    qtbot.waitExposed(window)
    grow_to_fit(window)
    tall = window.height()
    assert tall > 50
    fields.letterhead.setPlainText("\n".join(["line"] * 10))
    grow_to_fit(window)
    assert window.height() > tall  # the preview grew with the lines
    window.resize(500, 2000)
    grow_to_fit(window)
    assert window.height() == 2000
