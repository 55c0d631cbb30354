"""Fill a .ts file's unfinished translations from a table of {source or (source, comment): text}.

    python scripts/fill_translations.py resources/translations/command_zh_CN.ts table.py

`table.py` defines ZH. Messages whose source the table does not know stay unfinished (and are listed).
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET


def fill(ts: str, table: dict) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        comment = message.findtext("comment")
        text = table.get((source, comment)) if comment else None
        text = text or table.get(source)
        translation = message.find("translation")
        if text is None:
            missing.append(source)
            continue
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    left = fill(sys.argv[1], runpy.run_path(sys.argv[2])["ZH"])
    print("\n".join(f"untranslated: {s!r}" for s in left) or "all translated")
