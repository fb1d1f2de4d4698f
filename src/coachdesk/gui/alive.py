"""Callbacks that outlive their widget do nothing.

A non-modal dialog can be closed (and deleted) while work it asked for is still on the
database thread; the result then arrives for a widget that no longer exists. Wrapping the
callback in :func:`while_alive` drops it instead of touching a deleted object.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject


def while_alive[T](owner: QObject, callback: Callable[[T], None]) -> Callable[[T], None]:
    """``callback``, called only while ``owner`` (a dialog) has not been deleted."""

    def call(value: T) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call
