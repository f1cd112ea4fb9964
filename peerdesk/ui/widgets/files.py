"""File choosers in one place, so tests monkeypatch a single function."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
    """Ask where to save; None when the mentor cancels."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return Path(name) if name else None
