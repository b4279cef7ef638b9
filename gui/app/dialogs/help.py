"""Help → User guide (F1) and Glossary: pages shipped in resources/help/, in the interface language, offline.

Each page is a Markdown file per language (``guide_ja.md``, ``glossary_en.md``…) rendered by a
QTextBrowser; a language without its own file falls back to English. Nothing is fetched: links to
other sites are not followed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from engine.resources import resources_dir
from gui.text.i18n import QT_TR_NOOP, current_language, tr

from ..screen import fit_to_screen

__all__ = ["PAGES", "HelpDialog", "page_path"]

#: the pages, in the order of their tabs: file stem → tab title
PAGES = {"guide": QT_TR_NOOP("User guide"), "glossary": QT_TR_NOOP("Glossary")}


def page_path(page: str, lang: str) -> Path:
    """The shipped file of ``page`` in ``lang``, else its English one."""
    folder = resources_dir() / "help"
    path = folder / f"{page}_{lang}.md"
    return path if path.is_file() else folder / f"{page}_en.md"


class HelpDialog(QDialog):
    """The user guide and the glossary, a tab each; :meth:`show_page` brings one to the front."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(tr("ScalePlan help"))
        self.lang = lang or current_language()
        self.tabs = QTabWidget()
        self.browsers: dict[str, QTextBrowser] = {}
        for page, title in PAGES.items():
            browser = QTextBrowser()
            browser.setObjectName(f"help.{page}")
            browser.setOpenLinks(False)  # offline: no link leaves the dialog
            browser.setMarkdown(page_path(page, self.lang).read_text(encoding="utf-8"))
            self.browsers[page] = browser
            self.tabs.addTab(browser, tr(title))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(760, 640), centre=False)

    def show_page(self, page: str) -> None:
        """Bring ``page`` ('guide' or 'glossary') to the front, scrolled to its top."""
        browser = self.browsers[page]
        self.tabs.setCurrentWidget(browser)
        browser.verticalScrollBar().setValue(0)

    def page(self) -> str:
        """The page in front."""
        return next(p for p, b in self.browsers.items() if b is self.tabs.currentWidget())
