"""A short first-use tour after setup: where the steps are, Vandaag, locking. Skippable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.help.window import open_help


class FirstUseTour(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welkom bij Meldcode Werkplek"))
        self.pages = QStackedWidget()
        for title, text in self._texts():
            page = QWidget()
            layout = QVBoxLayout(page)
            heading = QLabel(f"<h2>{title}</h2>")
            body = QLabel(text)
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(heading)
            layout.addWidget(body)
            layout.addStretch(1)
            self.pages.addWidget(page)
        self.position = QLabel()
        self.skip_button = QPushButton(self.tr("&Overslaan"))
        self.skip_button.setAccessibleName(self.tr("Rondleiding overslaan"))
        self.skip_button.clicked.connect(self.reject)
        self.guide_button = QPushButton(self.tr("&Handleiding openen"))
        self.guide_button.clicked.connect(self._open_guide)
        self.back_button = QPushButton(self.tr("&Vorige"))
        self.back_button.clicked.connect(lambda: self._go(-1))
        self.next_button = QPushButton(self.tr("V&olgende"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.position)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.guide_button)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self._show(0)

    def _texts(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("De vijf stappen"),
                self.tr(
                    "Kies links een casus, of maak er een met <b>Bestand &gt; Nieuwe casus</b> "
                    "(Ctrl+N). Bovenaan de casus staan de vijf stappen van de meldcode; een stap "
                    "met een vinkje is gedaan. In stap 1 legt u signalen vast als feiten met een "
                    "datum."
                ),
            ),
            (
                self.tr("Vandaag"),
                self.tr(
                    "<b>Vandaag</b> toont wat uw aandacht vraagt: geplande controles, casussen "
                    "die stilstaan en bewaarde concepten. U vindt het onder <b>Beeld</b> en "
                    "bovenaan de lijst met casussen."
                ),
            ),
            (
                self.tr("Vergrendelen"),
                self.tr(
                    "Loopt u weg van de computer, vergrendel dan met <b>Ctrl+L</b>. Na een paar "
                    "minuten zonder gebruik vergrendelt het programma zichzelf. De handleiding "
                    "opent u altijd met <b>F1</b>."
                ),
            ),
        ]

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        last = index == self.pages.count() - 1
        self.position.setText(
            self.tr("{number} van {total}").format(number=index + 1, total=self.pages.count())
        )
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(self.tr("&Klaar") if last else self.tr("V&olgende"))

    def _go(self, step: int) -> None:
        self._show(max(0, min(self.pages.count() - 1, self.page + step)))

    def _next(self) -> None:
        if self.page == self.pages.count() - 1:
            self.accept()
        else:
            self._go(1)

    def _open_guide(self) -> None:
        parent = self.parentWidget()
        self.accept()
        open_help("start", near=parent)
