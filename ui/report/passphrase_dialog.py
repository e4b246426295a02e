"""The passphrase of an exported file, shown once: large, in parts to read out on the phone.

The program does not keep it: not in the vault, not in a file or log, and not in this dialog
once it closes (its labels are emptied and its reference dropped). The text cannot be
selected; 'Kopiëren' puts it on the clipboard through a `ClipboardGuard`, which takes it off
again after 30 seconds, or when this dialog goes, unless the user copied something else since.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.export.phone_passphrase import PhonePassphrase, reading_aloud
from ui.report.clipboard_guard import CLEAR_AFTER_MS, ClipboardGuard
from ui.report.forget import forget_contents
from ui.widgets import ask
from ui.widgets.labels import NOTICE_STYLE, WARNING_STYLE, wrapped

WORDS_PER_ROW = 4
COUNTDOWN_TICK_MS = 200
MS_PER_SECOND = 1000
PARTS_STYLE = (
    "QFrame#passphraseParts { background: palette(base); border: 1px solid palette(mid); }"
)


def _font(label: QLabel, scale: float, bold: bool = False, mono: bool = False) -> QLabel:
    """Large, and not selectable: only 'Kopiëren' (guarded) puts it on the clipboard."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    font = QFont("monospace") if mono else QFont(label.font())
    font.setStyleHint(QFont.StyleHint.Monospace if mono else QFont.StyleHint.AnyStyle)
    font.setPointSizeF(QFont().pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


class PassphraseDialog(QDialog):
    def __init__(
        self,
        passphrase: PhonePassphrase,
        file_name: str,
        parent: QWidget | None = None,
        *,
        intro: str = "",
        clear_after_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wachtzin van het bestand"))
        self._passphrase: PhonePassphrase | None = passphrase
        self.guard = ClipboardGuard(clear_after_ms)
        self.guard.changed.connect(self._show_clipboard_state)
        # Deleted without closing (its parent went first): the guard still clears.
        self.destroyed.connect(self.guard.release)

        self.intro = wrapped(
            intro
            or self.tr(
                "Het bestand {name} is versleuteld opgeslagen. Het opent alleen met deze "
                "wachtzin. Geef haar telefonisch door aan Veilig Thuis; stuur haar nooit mee "
                "met het bestand."
            ).format(name=file_name)
        )
        self.parts = QFrame()
        self.parts.setObjectName("passphraseParts")
        self.parts.setStyleSheet(PARTS_STYLE)
        grid = QGridLayout(self.parts)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(10)
        lines = reading_aloud(passphrase)
        *spoken, how_to_type = lines
        self.part_labels: list[QLabel] = []
        for index, line in enumerate(spoken):
            label = _font(QLabel(line), 1.7, bold=True)
            label.setAccessibleName(line)
            self.part_labels.append(label)
            if index < len(passphrase.words):
                grid.addWidget(label, index // WORDS_PER_ROW, index % WORDS_PER_ROW)
            else:
                grid.addWidget(label, index // WORDS_PER_ROW + 1, 0, 1, WORDS_PER_ROW)
        self.typed = _font(QLabel(passphrase.text), 1.25, mono=True)
        self.typed.setWordWrap(True)
        self.how_to_type = wrapped(how_to_type)

        self.copy_button = QPushButton(self.tr("Kopiëren"))
        self.copy_button.setToolTip(
            self.tr("Zet de wachtzin op het klembord; na korte tijd wordt dat weer leeggemaakt.")
        )
        self.copy_button.clicked.connect(self.copy)
        self.clipboard_state = wrapped()
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.clipboard_state, 1)
        self.seconds = max(1, round(clear_after_ms / MS_PER_SECOND))
        self._tick = QTimer(self)
        self._tick.setInterval(COUNTDOWN_TICK_MS)
        self._tick.timeout.connect(self._show_clipboard_state)

        self.not_kept = wrapped(
            self.tr(
                "Meldcode Werkplek bewaart deze wachtzin nergens: niet in de kluis, niet in een "
                "bestand en niet nadat u dit venster sluit. Houd het venster open tot u de "
                "wachtzin hebt doorgegeven. Kwijt? Exporteer dan opnieuw; dat geeft een nieuw "
                "bestand met een nieuwe wachtzin."
            )
        )
        WARNING_STYLE.on(self.not_kept)

        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.parts)
        layout.addWidget(wrapped(self.tr("Zo typt u haar in:")))
        layout.addWidget(self.typed)
        layout.addWidget(self.how_to_type)
        layout.addLayout(copy_row)
        layout.addWidget(self.not_kept)
        layout.addWidget(buttons)
        self.copy_button.setFocus()
        self.setMinimumWidth(640)
        self._show_clipboard_state()

    @property
    def passphrase_text(self) -> str:
        """What the dialog shows now (empty once it has closed)."""
        return self._passphrase.text if self._passphrase is not None else ""

    def copy(self) -> None:
        if self._passphrase is None:
            return
        self.guard.put(self._passphrase.text)
        self._tick.start()
        self._show_clipboard_state()

    def _show_clipboard_state(self) -> None:
        if self.guard.guarding:
            seconds = -(-self.guard.remaining_ms() // MS_PER_SECOND)
            self.clipboard_state.setText(
                self.tr("Op het klembord; dat wordt over {seconds} s leeggemaakt.").format(
                    seconds=seconds
                )
            )
            NOTICE_STYLE.on(self.clipboard_state)
            return
        self._tick.stop()
        self.clipboard_state.setStyleSheet("")
        self.clipboard_state.setText(
            self.tr(
                "Na kopiëren blijft de wachtzin {seconds} seconden op het klembord staan."
            ).format(seconds=self.seconds)
        )

    def reject(self) -> None:
        if not ask.ask(
            self,
            self.tr("Wachtzin sluiten"),
            self.tr(
                "Na het sluiten is de wachtzin niet meer te zien; het programma bewaart haar "
                "niet. Hebt u haar doorgegeven of bij de hand?"
            ),
            self.tr("Sluiten"),
            self.tr("Open laten"),
        ):
            return
        super().reject()

    def done(self, result: int) -> None:
        """Every way out (also locking, which skips the question): forget the passphrase."""
        self._tick.stop()
        self.guard.clear_if_ours()
        self._passphrase = None
        forget_contents(self)
        super().done(result)
