"""The handleiding in the program: chapters on the left, the chapter on the right, a search.

F1 anywhere opens the chapter about the window in front: `HelpKeys` watches the whole
application (a dialog blocks the main window's own shortcuts) and `topic_for` finds the chapter
from the focused widget and its parents.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.paths import resources_dir
from ui.help.guide import CONTEXT, SECTIONS, Section
from ui.widgets.labels import resize_within_screen

PICTURE_WIDTH = 560
FIRST_SECTION = SECTIONS[0].key
KEYS = frozenset(section.key for section in SECTIONS)

# The chapter for a window or panel, by class name; the first name found on the way from the
# focused widget up to its window (each class and its bases) decides.
TOPICS: dict[str, str] = {
    "SetupWizard": "start",
    "UnlockWindow": "wachtzin-kwijt",
    "RecoveryDialog": "wachtzin-kwijt",
    "NewPassphraseDialog": "wachtzin-kwijt",
    "TodayPanel": "vandaag",
    "CaseView": "stappen",
    "SignalDialog": "signalen",
    "KindCheckDialog": "signalen",
    "PersonDialog": "signalen",
    "ConsultationDialog": "consultatie",
    "ConversationDialog": "gesprek",
    "AssessmentDialog": "weging",
    "DecisionDialog": "beslissen",
    "ReportComposerDialog": "melding",
    "PassphraseDialog": "melding",
    "RegistrationDialog": "vervolg",
    "FeedbackDialog": "vervolg",
    "PlanCheckDialog": "vervolg",
    "CheckResultDialog": "vervolg",
    "RescheduleDialog": "vervolg",
    "DossierDialog": "dossier",
    "AnnualOverviewDialog": "praktijk",
    "RegistrationListDialog": "praktijk",
    "UsersDialog": "praktijk",
    "AccessLogDialog": "praktijk",
    # Sharing a case is told under "Collega's en rollen", in the practice's chapter.
    "ShareCaseDialog": "praktijk",
    "SignsDialog": "signalen",
    "AboutDialog": "start",
    "PracticeDetailsDialog": "praktijk",
    "BackupDialog": "reservekopie",
    "RestoreDialog": "reservekopie",
    "MainWindow": "start",
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def section_by_key(key: str) -> Section:
    return next((s for s in SECTIONS if s.key == key), SECTIONS[0])


def section_html(section: Section) -> str:
    """The chapter as HTML for QTextBrowser; consecutive list items make one list."""
    parts = [f"<h1>{html.escape(tr(section.title))}</h1>"]
    in_list = False
    for block in section.blocks:
        if block.kind != "i" and in_list:
            parts.append("</ul>")
            in_list = False
        text = tr(block.text)
        if block.kind == "p":
            parts.append(f"<p>{text}</p>")
        elif block.kind == "h":
            parts.append(f"<h2>{html.escape(text)}</h2>")
        elif block.kind == "i":
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{text}</li>")
        elif block.kind == "img":
            source = (resources_dir() / "handleiding" / block.picture).as_uri()
            parts.append(
                f'<p><img src="{source}" width="{PICTURE_WIDTH}"><br><i>{html.escape(text)}</i></p>'
            )
    if in_list:
        parts.append("</ul>")
    return "\n".join(parts)


def section_text(section: Section) -> str:
    """The chapter's words without markup, in the user's language: what search looks in."""
    texts = [tr(section.title), *(tr(block.text) for block in section.blocks)]
    return html.unescape(re.sub(r"<[^>]+>", "", " ".join(texts)))


def topic_for(widget: QWidget | None) -> str:
    while widget is not None:
        for cls in type(widget).__mro__:
            if cls.__name__ in TOPICS:
                return TOPICS[cls.__name__]
        widget = widget.parentWidget()
    return FIRST_SECTION


class HelpWindow(QDialog):
    """Non-modal: it stays open beside the work; over a modal dialog it is that dialog's child,
    so it still takes input."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding – Meldcode Werkplek"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.setModal(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken in de handleiding"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken in de handleiding"))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.find_next)
        search_label = QLabel(self.tr("&Zoeken:"))
        search_label.setBuddy(self.search)
        self.chapters = QListWidget()
        self.chapters.setAccessibleName(self.tr("Hoofdstukken"))
        # Long chapter titles wrap rather than hide behind a sideways scroll bar.
        self.chapters.setWordWrap(True)
        self.chapters.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for section in SECTIONS:
            item = QListWidgetItem(tr(section.title))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            self.chapters.addItem(item)
        self.chapters.currentItemChanged.connect(self._chapter_chosen)
        self.no_match = QLabel(self.tr("Niets gevonden."))
        self.no_match.setVisible(False)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Tekst van de handleiding"))
        self.browser.setOpenExternalLinks(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.chapters, 1)
        left_layout.addWidget(self.no_match)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        resize_within_screen(self, 1000, 720)
        self.show_section(FIRST_SECTION)

    @property
    def current_key(self) -> str:
        item = self.chapters.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def show_section(self, key: str) -> None:
        key = key if key in KEYS else FIRST_SECTION
        for row in range(self.chapters.count()):
            item = self.chapters.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setHidden(False)
                self.chapters.setCurrentItem(item)
                break
        self._render(key)

    def _chapter_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self._render(str(item.data(Qt.ItemDataRole.UserRole)))

    def _render(self, key: str) -> None:
        self.browser.setHtml(section_html(section_by_key(key)))
        if self.search.text().strip():
            self.find_next()

    def _filter(self, text: str) -> None:
        """Only the chapters that hold every word searched for stay in the list."""
        words = text.casefold().split()
        first_visible = None
        for row in range(self.chapters.count()):
            item = self.chapters.item(row)
            haystack = section_text(section_by_key(item.data(Qt.ItemDataRole.UserRole)))
            match = all(word in haystack.casefold() for word in words)
            item.setHidden(not match)
            if match and first_visible is None:
                first_visible = item
        self.no_match.setVisible(first_visible is None)
        current = self.chapters.currentItem()
        if first_visible is not None and (current is None or current.isHidden()):
            self.chapters.setCurrentItem(first_visible)
        elif current is not None:
            self._render(self.current_key)

    def find_next(self) -> bool:
        """Select the next place of the first word searched for, from the top again at the end."""
        words = self.search.text().split()
        if not words:
            return False
        if self.browser.find(words[0]):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(words[0], QTextDocument.FindFlag(0))


def open_help(key: str | None = None, near: QWidget | None = None) -> HelpWindow:
    """Show the handleiding at chapter `key` (by default: about the window in front)."""
    anchor = near or QApplication.activeModalWidget() or QApplication.activeWindow()
    chosen = key or topic_for(QApplication.focusWidget() or anchor)
    existing = next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow) and w.isVisible()),
        None,
    )
    # Under a modal dialog only that dialog's children take input, so a window opened
    # elsewhere would be shown but dead; open a new one there instead.
    if existing is not None and (
        QApplication.activeModalWidget() is None or existing.parentWidget() is anchor
    ):
        window = existing
    else:
        window = HelpWindow(anchor)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show_section(chosen)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
