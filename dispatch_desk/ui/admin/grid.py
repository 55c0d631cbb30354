"""Importing grid cells (网格) from a GeoJSON file, for an administrator.

The file is first tried on the central service (`POST /api/v1/admin/grid?dry_run=1`), which checks it
as a whole with `domain.grid_import` and answers what it would do or every reason to refuse it; only a
file without a problem can then be imported, and its cells reach every desk through the feed. Offline,
nothing is tried or imported.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.wire import GridImportResult, GridProblem
from dispatch_desk.ui.admin.common import AdminDialog
from dispatch_desk.ui.context import AppContext

MAX_FILE_BYTES = 32 * 1024 * 1024


class GridImportDialog(AdminDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("gridImportDialog")
        self.content: bytes | None = None
        self.tried: GridImportResult | None = None
        self.path: Path | None = None
        self.intro = QLabel(self, wordWrap=True)
        self.file_label = QLabel(self, objectName="gridFile")
        self.choose = QPushButton(self, objectName="gridChoose")
        self.choose.clicked.connect(self._choose_asked)
        self.summary = self.notice  # what the file does, or why it is refused
        self.problems = QPlainTextEdit(self, objectName="gridProblems", readOnly=True)
        self.import_button = QPushButton(self, objectName="gridImport")
        self.import_button.clicked.connect(self.import_file)
        self.close_button = QPushButton(self, objectName="gridClose")
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.file_label, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.show_busy()
        self.resize(820, 520)

    def _choose_asked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("A grid file"), folder,
                                                self.tr("GeoJSON (*.geojson *.json)"))
        if chosen:
            self.try_file(Path(chosen))

    def try_file(self, path: Path) -> None:
        """Read `path` and ask the central service what importing it would do."""
        self.tried, self.content, self.path = None, None, path
        self.file_label.setText(str(path))
        self.problems.clear()
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                self.summary.setText(self.tr("The file is larger than 32 MB: import it in parts."))
                self.show_busy()
                return
            content = path.read_bytes()
        except OSError as exc:
            self.summary.setText(self.tr("The file cannot be read: %1").replace("%1", exc.strerror or str(exc)))
            self.show_busy()
            return
        self.content = content
        self._send(content, dry_run=True)

    def import_file(self) -> None:
        if self.content is not None and self.tried is not None and not self.tried.problems:
            self._send(self.content, dry_run=False)

    def _send(self, content: bytes, dry_run: bool) -> None:
        self.ask(lambda engine: engine.admin_grid(content, dry_run), lambda result: self._show(result, dry_run),
                 self.tr("Checking the file on the central service…") if dry_run else self.tr("Importing…"))

    def _show(self, result: GridImportResult, dry_run: bool) -> str:
        """What the answer says, for the summary; the problems go in the box below it."""
        if dry_run:
            self.tried = result
        counts = (self.tr("%1 cells: %2 new, %3 replacing a known one, %4 as they are.")
                  .replace("%1", f"{result.cells:,}").replace("%2", f"{result.new:,}")
                  .replace("%3", f"{result.changed:,}").replace("%4", f"{result.unchanged:,}"))
        if result.problems:
            lines = [self.problem_words(p) for p in result.problems]
            if result.more:
                lines.append(self.tr("… and %1 more.").replace("%1", str(result.more)))
            self.problems.setPlainText("\n".join(lines))
            return self.tr("The file is refused; nothing would be written. Mend these and try again:")
        if result.imported:
            self.tried = None
            return self.tr("Imported. %1 Every desk gets them with its next sync.").replace("%1", counts)
        return counts + (" " + self.tr("Nothing to import.") if not (result.new or result.changed) else "")

    def problem_words(self, p: GridProblem) -> str:
        """One reason to refuse the file, in the officer's words (the service's English for any other)."""
        words = {
            "not_collection": self.tr("The file is not a GeoJSON FeatureCollection."),
            "empty": self.tr("The file has no cells."),
            "too_many": self.tr("One import takes 20,000 cells at most."),
            "not_feature": self.tr("Not a GeoJSON Feature."),
            "no_properties": self.tr("No properties."),
            "bad_code": self.tr("No code of 1 to 64 letters, digits, '.', '_' or '-'."),
            "no_name": self.tr("%1: no name of 1 to 60 characters."),
            "no_street": self.tr("%1: no street."),
            "not_polygon": self.tr("%1: the geometry is not a Polygon."),
            "short_ring": self.tr("%1: a ring needs at least four positions."),
            "bad_position": self.tr("%1: a position is not [lon, lat] in numbers."),
            "out_of_range": self.tr("%1: a position lies outside longitude −180…180 or latitude −90…90."),
            "not_closed": self.tr("%1: a ring is not closed (its first and last positions differ)."),
            "invalid_shape": self.tr("%1: the outline crosses itself or has no area."),
            "duplicate": self.tr("%1: the code is already used by another cell of the file."),
            "unknown_street": self.tr("%1: there is no street %2."),
            "outside": self.tr("%1: the cell lies outside its street %2."),
            "overlap": self.tr("%1 and %2 overlap: the same ground cannot be two cells of one street."),
        }.get(p.kind)
        if words is None:
            return p.text
        text = words.replace("%1", p.code).replace("%2", p.other)
        return self.tr("Feature %1: %2").replace("%1", str(p.feature)).replace("%2", text) if p.feature else text

    def show_busy(self) -> None:
        tried = self.tried
        self.choose.setEnabled(not self.busy)
        self.import_button.setEnabled(not self.busy and tried is not None and not tried.problems
                                      and bool(tried.new or tried.changed))
        self.problems.setVisible(bool(self.problems.toPlainText()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import grid cells"))
        self.intro.setText(self.tr("A GeoJSON FeatureCollection: one Polygon per cell, with the properties code, "
                                   "name and street (a street's code), and name_en and team if you have them. A "
                                   "cell of a known code is replaced. The whole file is checked first: closed "
                                   "rings, every cell inside its street, no two cells of one street overlapping."))
        self.choose.setText(self.tr("Choose a file…"))
        self.import_button.setText(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
