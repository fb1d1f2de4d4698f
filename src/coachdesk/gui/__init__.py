"""The desktop app (PySide6). Importing it first applies :func:`keep_none_alive`."""

from __future__ import annotations

import sys


def keep_none_alive() -> None:
    """Work around PySide6 6.12 on Python 3.11: every call of a Qt function that returns
    nothing drops one reference to ``None`` it never took. Python 3.12 made ``None`` immortal,
    so there it is harmless; on 3.11 the count would reach zero after some thousands of calls
    and the interpreter would abort ("deallocating None"). Give ``None`` a reference count no
    session can use up, as 3.12 does. tests/gui/test_models.py checks it."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    # ob_refcnt is the first field of every CPython object; id() is the object's address.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < 1 << 40:
        refcount.value += 1 << 60


keep_none_alive()
