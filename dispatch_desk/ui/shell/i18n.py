"""Languages: every area's compiled translations and Qt's own, installed on the application.

Each area ships `resources/translations/<area>_<lang>.ts`; the build step compiles them to `.qm`
and `install()` loads every `*_<lang>.qm` found, so a new area needs no change here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dispatch_desk.ui.shell.paths import resource

LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []
_current = "zh_CN"


def data_text(zh: str, en: str = "") -> str:
    """A name or unit that comes from the data, in the installed language: the English text when the
    desk speaks English and the data has one, else the Chinese (records carry both as name/name_en)."""
    return en if _current == "en" and en else zh


def speaks_english() -> bool:
    """Whether the desk speaks English now (what it asks the central service's answers in)."""
    return _current == "en"


def language_name(code: str) -> str:
    # Each language is named in itself, so a user can find theirs in a language they cannot read.
    return {"zh_CN": "中文（简体）", "en": "English"}.get(code, code)


def resolve(preferred: str | None) -> str:
    """The officer's chosen language; Chinese when none was chosen, whatever the system's locale.

    The desk is made for Chinese operations centers, so a machine set up in English (a common
    default for installed images) must not greet its officers in English.
    """
    return preferred if preferred in LANGUAGES else "zh_CN"


def install(lang: str) -> list[str]:
    """Replace the installed translators with those of `lang`; returns the files loaded."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    loaded: list[str] = []
    folder = resource("translations")
    for qm in sorted(folder.glob(f"*_{lang}.qm")):
        tr = QTranslator(app)
        if tr.load(str(qm)):
            app.installTranslator(tr)
            _installed.append(tr)
            loaded.append(qm.name)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for base in ("qtbase", "qtmultimedia", "qtwebengine"):
        tr = QTranslator(app)
        if tr.load(f"{base}_{lang}", qt_dir):
            app.installTranslator(tr)
            _installed.append(tr)
            loaded.append(f"{base}_{lang}")
    QLocale.setDefault(QLocale(lang))
    global _current
    _current = lang
    return loaded
