"""The assessment page's exports, read back with the tools a recipient would use: the workbook with
openpyxl, the CSV with the csv module, the PDF report with Qt's own PDF reader."""

from __future__ import annotations

import csv
import unicodedata

import openpyxl
import pytest
from PySide6.QtPdf import QPdfDocument

from dispatch_desk.domain import assessment as a
from dispatch_desk.ui.shell import i18n
from tests.ui.test_assessment_page import OCTOBER, PLAN, _page, build_cache, chinese  # noqa: F401 (fixture)


@pytest.fixture
def page(qtbot, tmp_path, chinese):  # noqa: F811 (the fixture of the page's tests)
    i18n.install("zh_CN")  # the exports are in the officer's language
    store, _ = build_cache(tmp_path)
    try:
        page, _ctx = _page(qtbot, store)
        yield page
    finally:
        store.close()
        i18n.install("en")  # as the other tests that switch leave it: the source texts


def test_the_workbook_holds_the_city_and_every_kind_of_unit_as_numbers(page, tmp_path):
    path = tmp_path / page.export_name("xlsx")
    assert path.name == "考核评价_2026-10.xlsx"
    page.export_to(path, "xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["全市", "委办局", "区", "街道"]
    city = book["全市"]
    assert city["A1"].value.startswith("考核评价 · 2026年10月")
    reported = next(row for row in city.iter_rows(min_row=4, values_only=True) if row[0] == "上报")
    assert reported[1] == len(PLAN)
    agencies = book["委办局"]
    headers = [c.value for c in agencies[3]]
    name = page.unit_name("WATER")
    water = next(r for r in range(4, agencies.max_row + 1) if agencies.cell(r, 3).value == name)
    on_time = agencies.cell(water, headers.index("按时签收率") + 1)
    expected = page.result.figures[a.UnitKind.AGENCY]["WATER"].rates["accept_on_time"]
    assert on_time.value == pytest.approx(expected) and on_time.number_format == "0.0%"
    assert agencies.cell(water, headers.index("已签收") + 1).value == 3
    ranked = [agencies.cell(r, 3).value for r in range(4, agencies.max_row + 1)]
    assert len(ranked) == len(page.result.ranked[a.UnitKind.AGENCY])
    assert not list(tmp_path.glob("*.part"))


def test_the_csv_holds_the_units_on_screen_with_plain_numbers(page, tmp_path):
    page.show_units(a.UnitKind.STREET)
    path = tmp_path / page.export_name("csv")
    page.export_to(path, "csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the mark spreadsheet programs need for Chinese
    with path.open(encoding="utf-8-sig", newline="") as f:
        title, source, headers, *rows = list(csv.reader(f))
    assert title[0].endswith("街道") and source[0] == page.source.text()
    streets = page.result.ranked[a.UnitKind.STREET]
    assert len(rows) == len(streets) and [r[0] for r in rows] == [str(x.position) for x in streets]
    volume = headers.index("上报")
    assert sum(int(r[volume]) for r in rows) == len(PLAN)
    rate = float(rows[0][headers.index("结案率")])
    assert 0 <= rate <= 100


def test_the_pdf_report_is_a_readable_document_with_the_ranking(page, tmp_path):
    path = tmp_path / "report.pdf"
    page.export_to(path, "pdf")
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() >= 1
    # NFKC: the CJK font shares a glyph between 月 and the radical ⽉, which the PDF's text layer may name
    text = unicodedata.normalize("NFKC", document.getAllText(0).text())
    for word in ("考核评价", "2026年10月", page.unit_name("WATER"), "综合得分"):
        assert word in text, word
    document.close()


def test_an_export_that_cannot_be_written_says_so_and_leaves_nothing(page, tmp_path):
    for fmt in ("xlsx", "csv", "pdf"):
        target = tmp_path / "missing" / f"out.{fmt}"
        with pytest.raises(OSError):
            page.export_to(target, fmt)
        assert not (tmp_path / "missing").exists()
