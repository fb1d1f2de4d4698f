"""The desktop app (PySide6).

CoachDesk needs Python 3.12 or newer: PySide6 6.12 drops a reference to ``None``, ``True`` or
``False`` on some calls, which 3.12's immortal objects make harmless (on 3.11 the count ran
out and the interpreter aborted on quit).
"""
