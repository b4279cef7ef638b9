"""Languages: every string a user sees goes through Qt's translation system (``tr``).

Sources: resources/i18n/scaleplan_<lang>.ts (Qt Linguist XML, refreshed from the code with
`make ts`); the compiled .qm files are built by `make setup` (pyside6-lrelease) and shipped in the
bundle, never edited by hand. English is the source language. The language follows the system locale
unless the user picks one (View → Language, remembered) or passes --lang.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from gui.text import i18n as text_i18n
from gui.text.i18n import QT_TR_NOOP, current_language, tr

__all__ = ["LANGUAGES", "QT_TR_NOOP", "current_language", "preferred_language", "set_language", "tr"]

LANGUAGES = {"en": "English", "ja": "日本語"}
_state: dict[str, list[QTranslator]] = {"translators": []}


def _qt_translate(text: str) -> str:
    return QCoreApplication.translate("", text)


def system_language() -> str:
    return "ja" if QLocale.system().name().lower().startswith("ja") else "en"


def preferred_language() -> str:
    """The language the user chose last time, else the system's."""
    chosen = QSettings().value("language", "")
    return chosen if chosen in LANGUAGES else system_language()


def qm_path(lang: str) -> Path:
    from engine.resources import resources_dir

    return resources_dir() / "i18n" / f"scaleplan_{lang}.qm"


def set_language(lang: str) -> str:
    """Install the translators for ``lang`` ('en' or 'ja') and return the language in effect (English
    when the translation file is missing — that is reported by the smoke test, not here)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language() needs the QApplication (gui.app.start.make_app)")
    for t in _state["translators"]:
        app.removeTranslator(t)
    _state["translators"] = []
    lang = lang if lang in LANGUAGES else "en"
    if lang != "en":
        ours = QTranslator(app)
        if not ours.load(str(qm_path(lang))):
            lang = "en"
        else:
            qt_base = QTranslator(app)  # Qt's own dialogs (Save/Discard/Cancel, file dialogs)
            if qt_base.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt_base)
                _state["translators"].append(qt_base)
            app.installTranslator(ours)
            _state["translators"].append(ours)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English,
                               QLocale.Country.Japan if lang == "ja" else QLocale.Country.UnitedStates))
    text_i18n.install(lang, _qt_translate)
    return lang
