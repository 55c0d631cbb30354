"""Regenerate every UI area's translation sources (resources/translations/<area>_<lang>.ts).

    .venv/bin/python scripts/update_translations.py [TABLE.py ...]

Runs pyside6-lupdate over each area's files, so that every string the code passes to ``tr`` or
``translate`` has its message; English messages are filled with their source text; Chinese ones are
filled from the tables given (Python files defining ``ZH = {source or (source, comment): text}``) and
the rest are listed as untranslated. Existing translations are kept.
"""

from __future__ import annotations

import re
import runpy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dispatch_desk.ui.build import _tool  # noqa: E402  (the PySide6 tools of this environment)

UI = "dispatch_desk/ui"
# Which files each area's .ts covers. A new UI file joins the area of its package.
AREAS = {
    "charts": [f"{UI}/charts/*.py"],
    "map": [f"{UI}/map/*.py"],
    "lead": [f"{UI}/assess/*.py", f"{UI}/wall/*.py"],  # the leader's pages and the wall display
    "admin": [f"{UI}/admin/*.py"],  # the administrator's screens: open data, operations and maintenance
    "queue": [f"{UI}/common/*.py", f"{UI}/incident/*.py", f"{UI}/queue/*.py"],
    "reports": [f"{UI}/command/{name}.py" for name in ("exports", "lifecycle", "reports", "situation_text")],
    "command": [f"{UI}/command/*.py"],
    "shell": [f"{UI}/shell/*.py", f"{UI}/duty/*.py", f"{UI}/*.py", "ui/*.ui"],  # the frame and its duty panel
}


def area_files(area: str) -> list[str]:
    files = sorted({str(p.relative_to(ROOT)) for pattern in AREAS[area] for p in ROOT.glob(pattern)})
    if area == "command":  # the report files have their own area
        reports = set(area_files("reports"))
        files = [f for f in files if f not in reports]
    return files


def files_outside_every_area() -> list[str]:
    """UI files that translate texts but belong to no area: their messages would be dropped as obsolete."""
    covered = {f for area in AREAS for f in area_files(area)}
    generated = ROOT / UI / "forms"  # compiled from ui/*.ui, which the shell area reads
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / UI).rglob("*.py")
                  if str(p.relative_to(ROOT)) not in covered and generated not in p.parents
                  and re.search(r"\btr\(|\btranslate\(", p.read_text(encoding="utf-8")))


def _finish(message: ET.Element, texts: list[str]) -> None:
    """Give a message its text (a plural message: its forms, one text serving all) and mark it finished."""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        for text in texts:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = texts[0]
    translation.attrib.pop("type", None)


def fill_english(ts: Path) -> None:
    """English messages read as their source; a plural "(s)" becomes a singular and a plural form."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        plural = re.sub(r"([^aeiou])y\(s\)", r"\1ies", source).replace("(es)", "es").replace("(s)", "s")
        _finish(message, [re.sub(r"\((?:s|es)\)", "", source), plural] if message.get("numerus") == "yes" else [source])
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def update(tables: list[Path], out: Path = ROOT / "resources" / "translations") -> list[str]:
    """Update the .ts files in out; returns the Chinese messages still untranslated, as "area: source"."""
    zh: dict = {}
    for table in tables:
        zh.update(runpy.run_path(str(table))["ZH"])
    left = []
    for area in AREAS:
        targets = [out / f"{area}_zh_CN.ts", out / f"{area}_en.ts"]
        lupdate = [_tool("pyside6-lupdate"), *area_files(area), "-no-obsolete", "-silent", "-ts", *map(str, targets)]
        subprocess.run(lupdate, cwd=ROOT, check=True)
        fill_english(targets[1])
        left += [f"{area}: {source}" for source in fill_unfinished(targets[0], zh)]
        subprocess.run(lupdate, cwd=ROOT, check=True)  # back to lupdate's own layout, so diffs stay small
    return left


def fill_unfinished(ts: Path, zh: dict) -> list[str]:
    """Fill the unfinished Chinese messages the tables know; existing translations stay. Returns the rest."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        text = zh.get((source, message.findtext("comment"))) or zh.get(source)
        if text is None:
            missing.append(source)
            continue
        _finish(message, [text])
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    import fcntl
    import tempfile

    # Several people may run this at once in one checkout: one at a time rewrites the files.
    with open(Path(tempfile.gettempdir()) / "dispatch-desk-translations.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        untranslated = update([Path(p) for p in sys.argv[1:]])
    print("\n".join(f"untranslated: {s}" for s in untranslated) or "all translated")
