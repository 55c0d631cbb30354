"""The build step: Designer forms compiled and committed up to date, translations complete and loadable."""

from __future__ import annotations

import runpy
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dispatch_desk.ui import build
from dispatch_desk.ui.shell import i18n
from dispatch_desk.ui.shell.paths import project_root, resource, resources_dir

ROOT = project_root()
TRANSLATIONS = sorted((resources_dir() / "translations").glob("*.ts"))


@pytest.mark.skipif(ROOT is None, reason="forms are compiled from a source checkout")
@pytest.mark.parametrize("source", sorted((ROOT or Path(".")).joinpath("ui").glob("*.ui")), ids=lambda p: p.name)
def test_committed_form_is_what_the_build_produces(source: Path):
    target = build.form_target(source, ROOT / "dispatch_desk" / "ui" / "forms")
    assert target.read_text(encoding="utf-8") == build.compile_form(source), (
        f"{target.name} is stale: run python -m dispatch_desk.ui.build and commit it"
    )


def test_build_does_nothing_when_nothing_changed():
    assert build.main([]) == 0
    assert build.build_forms(ROOT, check=True) == []
    assert build.build_translations(resources_dir() / "translations") == []


def test_check_mode_reports_a_stale_form(tmp_path: Path):
    (tmp_path / "ui").mkdir()
    shutil.copy(ROOT / "ui" / "login.ui", tmp_path / "ui" / "login.ui")
    assert [p.name for p in build.build_forms(tmp_path, check=True)] == ["login.ui"]
    build.build_forms(tmp_path)
    assert build.build_forms(tmp_path, check=True) == []
    generated = (tmp_path / "dispatch_desk" / "ui" / "forms" / "ui_login.py").read_text(encoding="utf-8")
    assert generated.startswith("# generated — do not edit")
    (tmp_path / "ui" / "login.ui").write_text(
        (tmp_path / "ui" / "login.ui").read_text(encoding="utf-8").replace("440", "460"), encoding="utf-8")
    assert [p.name for p in build.build_forms(tmp_path, check=True)] == ["login.ui"]


@pytest.mark.parametrize("ts", [p for p in TRANSLATIONS if p.stem.endswith("_zh_CN")], ids=lambda p: p.name)
def test_no_unfinished_chinese_translation(ts: Path):
    unfinished = []
    for message in ET.parse(ts).iter("message"):
        tr = message.find("translation")
        empty = not (tr.text or "").strip() and not any((f.text or "").strip() for f in tr.iter("numerusform"))
        if tr.get("type") == "unfinished" or (empty and tr.get("type") not in ("obsolete", "vanished")):
            unfinished.append(message.findtext("source"))
    assert unfinished == [], f"{ts.name}: untranslated: {unfinished[:10]}"


def test_every_string_the_ui_shows_has_its_chinese_translation(tmp_path: Path):
    """A string added to the code without a message in its area's .ts would show in English in the Chinese UI."""
    for ts in TRANSLATIONS:
        shutil.copy(ts, tmp_path / ts.name)
    script = runpy.run_path(str(ROOT / "scripts" / "update_translations.py"))
    assert script["update"]([], tmp_path) == []


def test_every_ui_file_that_translates_belongs_to_an_area():
    """lupdate runs per area with -no-obsolete: a file of no area would lose its translations on the next update."""
    script = runpy.run_path(str(ROOT / "scripts" / "update_translations.py"))
    assert script["files_outside_every_area"]() == []


def test_every_area_translation_compiles_and_loads(qapp, tmp_path: Path):
    for ts in TRANSLATIONS:
        shutil.copy(ts, tmp_path / ts.name)
    compiled = build.build_translations(tmp_path)
    assert {p.name for p in compiled} == {p.name for p in TRANSLATIONS}
    loaded = i18n.install("zh_CN")
    expected = {p.with_suffix(".qm").name for p in TRANSLATIONS if p.stem.endswith("_zh_CN")}
    assert expected <= set(loaded)
    assert "qtbase_zh_CN" in loaded  # Qt's own dialogs and buttons in Chinese too
    i18n.install("en")


def test_resources_are_found_through_the_one_locator(monkeypatch, tmp_path: Path):
    assert resource("themes", "light.qss").is_file()
    assert resource("icons", "app.svg").is_file()
    from dispatch_desk.ui.shell import paths

    (tmp_path / "themes").mkdir()
    monkeypatch.setenv("DISPATCH_DESK_RESOURCES", str(tmp_path))
    paths.resources_dir.cache_clear()
    try:
        assert paths.resources_dir() == tmp_path
    finally:
        monkeypatch.delenv("DISPATCH_DESK_RESOURCES")
        paths.resources_dir.cache_clear()
