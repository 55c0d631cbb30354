"""Photos of an incident: a thumbnail strip, and adding photos to the cache by content hash.

A photo is stored once in the cache under its SHA-256 and named by that hash in the mutation's
args (`photos`); uploading it is the sync engine's job. The strip shows the photos named by any
action of the incident's timeline.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from dispatch_desk.ui.tasks import run_in_background, worker_store

THUMB = QSize(96, 72)
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1  # str: sha256 of the photo


def can_store_photos(store: Any) -> bool:
    return hasattr(store, "put_attachment") and hasattr(store, "attachment")


def store_photo(store: Any, path: Path) -> str:
    """Put one image file into the cache; returns its SHA-256 (the same file twice is stored once)."""
    data = Path(path).read_bytes()
    mime = mimetypes.guess_type(str(path))[0] or "application/octet-stream"
    sha = store.put_attachment(data, mime)
    expected = hashlib.sha256(data).hexdigest()
    if sha != expected:  # the contract is content addressing; anything else would break dedup on upload
        raise ValueError(f"attachment stored under {sha}, expected {expected}")
    return sha


def photos_of(actions: Iterable[Any]) -> list[str]:
    """Every photo hash named by the timeline, oldest first, each once."""
    seen: dict[str, None] = {}
    for action in actions:
        for sha in (action.data or {}).get("photos", ()) or ():
            if isinstance(sha, str):
                seen.setdefault(sha, None)
    return list(seen)


class PhotoStrip(QListWidget):
    """A horizontal row of thumbnails; a photo not yet in the cache shows as a placeholder."""

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoStrip")
        self._store = store
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(THUMB)
        self.setFixedHeight(THUMB.height() + 28)
        self.setMovement(QListWidget.Movement.Static)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._placeholder = QPixmap(THUMB)
        self._placeholder.fill(Qt.GlobalColor.lightGray)

    def set_photos(self, hashes: list[str]) -> None:
        self.clear()
        for sha in hashes:
            pixmap = QPixmap()
            data = self._store.attachment(sha) if can_store_photos(self._store) else None
            if not data or not pixmap.loadFromData(data):
                pixmap = self._placeholder
            item = QListWidgetItem(QIcon(pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                                        Qt.TransformationMode.SmoothTransformation)), "")
            item.setData(PHOTO_ROLE, sha)
            item.setToolTip(sha[:12] if data else self.tr("Not downloaded yet: %1").replace("%1", sha[:12]))
            self.addItem(item)
        self.setVisible(bool(hashes))

    def hashes(self) -> list[str]:
        return [self.item(i).data(PHOTO_ROLE) for i in range(self.count())]


class PhotoPicker(QWidget):
    """Photos to attach to an action: an "Add photos…" button and the strip of those chosen."""

    changed = Signal()
    busy_changed = Signal(bool)  # photos are being stored; the dialog holds its OK meanwhile

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._pending = 0
        self.strip = PhotoStrip(store, self)
        self.strip.setVisible(False)
        self.add_button = QPushButton(self.tr("Add photos…"), self, objectName="addPhotos")
        self.add_button.setEnabled(can_store_photos(store))
        if not can_store_photos(store):
            self.add_button.setToolTip(self.tr("This cache cannot keep photos"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.strip, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.add_button.clicked.connect(self._choose)
        self._hashes: list[str] = []

    def _choose(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "", self.tr("Images (*.jpg *.jpeg *.png *.webp)"))
        self.add_files([Path(f) for f in files])

    def add_files(self, paths: list[Path]) -> None:
        """Store the photos in the cache on a worker: a photo is megabytes written durably, and the
        sync engine may be writing a page; the dialog waits (busy) rather than the whole window."""
        if not paths:
            return
        path = Path(self._store.path)
        self._pending += 1
        self.add_button.setEnabled(False)
        self.busy_changed.emit(True)
        run_in_background(lambda: [store_photo(worker_store(path), p) for p in paths], self._stored,
                          self._failed)

    def busy(self) -> bool:
        return self._pending > 0

    def _stored(self, hashes: list[str]) -> None:
        for sha in hashes:
            if sha not in self._hashes:
                self._hashes.append(sha)
        self.strip.set_photos(self._hashes)
        self._finished()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.add_button.setToolTip(self.tr("The photos could not be kept: %1").replace("%1", str(exc)))
        self._finished()

    def _finished(self) -> None:
        self._pending -= 1
        if not self._pending:
            self.add_button.setEnabled(True)
            self.busy_changed.emit(False)

    def hashes(self) -> list[str]:
        return list(self._hashes)
