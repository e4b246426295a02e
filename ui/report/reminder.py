"""Before a melding leaves: 112 first in acute danger, and Veilig Thuis wants a call first.

Plain words, large and impossible to scroll past; the export waits for an explicit tick. The
numbers come from the Veilig Thuis list (resources/veilig_thuis), not from this code.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from app.export.veilig_thuis import Region, VeiligThuisList
from ui.widgets.labels import wrapped
from ui.widgets.tones import Look, Tone

ACUTE_STYLE = Look(Tone.URGENT, "border: 2px solid; padding: 10px;")
CALL_STYLE = Look(Tone.WARNING, "border: 2px solid; padding: 10px;")
PLAIN_STYLE = "padding: 4px 10px;"


def _large(label: QLabel, scale: float = 1.25) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class ReminderPanel(QWidget):
    acknowledged = Signal(bool)

    def __init__(
        self,
        listing: VeiligThuisList,
        organisation: Region | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.listing = listing
        self.heading = _large(wrapped(self.tr("Voordat u de melding verstuurt")), 1.4)
        self.acute = _large(
            wrapped(
                self.tr("Is er nu acuut gevaar? Bel dan eerst {acute}.").format(
                    acute=listing.acute_phone
                )
            )
        )
        ACUTE_STYLE.on(self.acute)
        self.call_first = _large(
            wrapped(
                self.tr(
                    "Bel Veilig Thuis op {national} voordat u iets op schrift stuurt: Veilig "
                    "Thuis wil een melding het liefst eerst telefonisch bespreken. Het nummer "
                    "is gratis en dag en nacht bereikbaar; u komt bij de Veilig Thuis-organisatie "
                    "van de regio."
                ).format(national=listing.national_phone)
            ),
            1.1,
        )
        CALL_STYLE.on(self.call_first)
        self.written = wrapped()
        self.written.setStyleSheet(PLAIN_STYLE)
        self.passphrase_note = wrapped(
            self.tr(
                "Het bestand is versleuteld. De wachtzin ziet u één keer na het exporteren; "
                "die geeft u telefonisch door, nooit in hetzelfde bericht als het bestand."
            )
        )
        self.passphrase_note.setStyleSheet(PLAIN_STYLE)
        self.confirm = QCheckBox(
            self.tr(
                "Gelezen: bij acuut gevaar bel ik {acute}, en ik bel Veilig Thuis ({national}) "
                "voordat ik de melding op schrift stuur."
            ).format(acute=listing.acute_phone, national=listing.national_phone)
        )
        self.confirm.toggled.connect(self.acknowledged)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.acute)
        layout.addWidget(self.call_first)
        layout.addWidget(self.written)
        layout.addWidget(self.passphrase_note)
        layout.addWidget(self.confirm)
        self.set_organisation(organisation)

    def set_organisation(self, organisation: Region | None) -> None:
        name = organisation.organisation if organisation else self.tr("Veilig Thuis in uw regio")
        self.written.setText(
            self.tr(
                "Daarna gaat de schriftelijke melding via het beveiligde formulier van "
                "{organisation}, of via een beveiligd kanaal dat uw praktijk al gebruikt."
            ).format(organisation=name)
        )

    @property
    def is_acknowledged(self) -> bool:
        return self.confirm.isChecked()
