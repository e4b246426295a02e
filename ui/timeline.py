"""The signal log as a timeline: newest first, facts and interpretation kept visibly apart.

A corrected signal shows its current version with a mark; every earlier version is one click
away in the history dialog, with who changed it, when and why. User text is shown as plain
text, never as rich text.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import Signal as CaseSignal
from app.domain.models import SignalVersion
from ui.signs_dialog import cited_lines
from ui.text import date_text, label_text, moment_text, time_text
from ui.widgets.card import Card, Edge
from ui.widgets.card_column import CardColumn
from ui.widgets.labels import wrapped
from ui.widgets.tones import Look, Tone

BADGE_STYLE = Look(Tone.WARNING, "border: 1px solid; padding: 1px 6px;")


def small_heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    return label


def bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class VersionView(QWidget):
    """What one version of a signal says: when, source, form, by whom, facts, interpretation."""

    def __init__(self, version: SignalVersion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        when = date_text(version.observed_on)
        if version.observed_time is not None:
            when += " " + time_text(version.observed_time)
        self.when = bold(QLabel(when))
        self.kind = wrapped(f"{label_text(version.source)} · {label_text(version.form)}")
        self.observed_by = wrapped(
            self.tr("Waargenomen door: {name}").format(name=version.observed_by)
        )
        self.facts = wrapped(version.facts)
        self.facts.setObjectName("facts")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.when)
        top.addWidget(self.kind, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.observed_by)
        layout.addWidget(small_heading(self.tr("Feiten")))
        layout.addWidget(self.facts)
        self.interpretation: QLabel | None = None
        if version.interpretation:
            # Apart from the facts by a bar in the palette's own accent colour.
            box = Card(fill=QPalette.ColorRole.AlternateBase, edge=Edge.BAR)
            box.setObjectName("interpretation")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(10, 6, 6, 6)
            inner.addWidget(small_heading(self.tr("Interpretatie")))
            self.interpretation = wrapped(version.interpretation)
            self.interpretation.setObjectName("interpretationText")
            inner.addWidget(self.interpretation)
            layout.addWidget(box)
        self.signs: QLabel | None = None
        if version.signs:
            layout.addWidget(small_heading(self.tr("Herkend uit de signalenlijst")))
            self.signs = wrapped("\n".join(cited_lines(version.signs)))
            self.signs.setObjectName("citedSigns")
            layout.addWidget(self.signs)


class SignalCard(Card):
    correct_requested = Signal(int)  # signal id
    history_requested = Signal(int)

    def __init__(self, signal: CaseSignal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signal_id = signal.id
        current = signal.current
        self.view = VersionView(current)
        recorded = self.tr("Vastgelegd op {moment} door {name}").format(
            moment=moment_text(signal.versions[0].recorded_at),
            name=signal.versions[0].recorded_by_name,
        )
        footer = QHBoxLayout()
        footer.addWidget(wrapped(recorded), 1)
        self.corrected_mark: QLabel | None = None
        self.history_button: QPushButton | None = None
        if signal.is_corrected:
            self.corrected_mark = QLabel(self.tr("gecorrigeerd"))
            self.corrected_mark.setObjectName("correctedMark")
            BADGE_STYLE.on(self.corrected_mark)
            self.history_button = QPushButton(
                self.tr("Geschiedenis ({count} versies)…").format(count=len(signal.versions))
            )
            self.history_button.clicked.connect(lambda: self.history_requested.emit(signal.id))
            footer.addWidget(self.corrected_mark)
            footer.addWidget(self.history_button)
        self.correct_button = QPushButton(self.tr("Corrigeren…"))
        self.correct_button.clicked.connect(lambda: self.correct_requested.emit(signal.id))
        footer.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(footer)


class Timeline(CardColumn):
    """The signals of one case, as the store orders them (newest observation first)."""

    correct_requested = Signal(int)
    history_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "Timeline",
                "Nog geen signalen. Leg vast wat u hebt gezien of gehoord, met datum en bron.",
            ),
            parent,
        )
        self._correctable = True

    @property
    def cards(self) -> list[SignalCard]:
        """The cards built so far (see `pending`)."""
        return [card for card in self._cards if isinstance(card, SignalCard)]

    def set_signals(self, signals: list[CaseSignal]) -> None:
        self.fill([(signal, partial(self._card, signal)) for signal in signals])

    def show_signal(self, signal_id: int) -> bool:
        """Bring its card into view (once built: see `show_card`)."""
        return self.show_card(lambda key: isinstance(key, CaseSignal) and key.id == signal_id)

    def set_correctable(self, correctable: bool) -> None:
        """Whether the cards offer a correction (not in a closed case), those built later too."""
        self._correctable = correctable
        for card in self.cards:
            card.correct_button.setVisible(correctable)

    def _card(self, signal: CaseSignal) -> SignalCard:
        card = SignalCard(signal)
        card.correct_button.setVisible(self._correctable)
        card.correct_requested.connect(self.correct_requested)
        card.history_requested.connect(self.history_requested)
        return card


class VersionsDialog(QDialog):
    """Every version of something recorded, oldest first, each in its own frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(640, 560)
        self.intro = wrapped()
        self.version_frames: list[Card] = []
        self._body = QVBoxLayout()
        body = QWidget()
        body.setLayout(self._body)
        self._body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Not a Tab stop of its own: focus goes to what it holds, and it scrolls to follow.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)
        buttons = QDialogButtonBox()
        buttons.addButton(
            QCoreApplication.translate("HistoryDialog", "Sluiten"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def add_version(self, title: str, reason: str, reason_name: str, view: QWidget) -> None:
        """One version: who recorded it and when (`title`), why (`reason`), what it said."""
        frame = Card()
        layout = QVBoxLayout(frame)
        layout.addWidget(bold(wrapped(title)))
        if reason:
            label = wrapped(reason)
            label.setObjectName(reason_name)
            Look(Tone.WARNING, "border: 1px solid; padding: 4px 6px;").on(label)
            layout.addWidget(label)
        layout.addWidget(view)
        self._body.insertWidget(len(self.version_frames), frame)
        self.version_frames.append(frame)


class HistoryDialog(VersionsDialog):
    """Every version of one signal, oldest first, with who recorded it, when, and why."""

    def __init__(self, signal: CaseSignal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Geschiedenis van het signaal"))
        self.intro.setText(
            self.tr(
                "Een signaal wordt nooit overschreven. Hieronder staan alle versies, de oudste "
                "eerst."
            )
        )
        for version in signal.versions:
            title = self.tr("Versie {number}, vastgelegd op {moment} door {name}").format(
                number=version.version,
                moment=moment_text(version.recorded_at),
                name=version.recorded_by_name,
            )
            reason = ""
            if version.correction_reason:
                reason = self.tr("Reden van de correctie: {reason}").format(
                    reason=version.correction_reason
                )
            self.add_version(title, reason, "correctionReason", VersionView(version))
