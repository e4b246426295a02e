"""The practice's own windows under the Praktijk menu: details, jaaroverzicht, registratielijst.

The details (the practice's name and its Veilig Thuis region) are kept in the vault, shared by
every computer of the practice (`app.practice_profile`): the melding names the practice and is
addressed to the region's organisation unless the melder chooses another. The jaaroverzicht
holds counts only; the registratielijst names professionals and VT's references and is saved
encrypted only. Printing and saving either are logged by the core.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.case_documents.exports import (
    DocumentFormat,
    annual_overview,
    export_annual_overview,
    export_registration_list,
    record_annual_overview_printed,
    record_registration_list_printed,
    registration_list,
    save_annual_overview_unencrypted,
)
from app.export.exporter import Progress
from app.export.veilig_thuis import VeiligThuisList
from app.practice_profile import PracticeProfile, practice_profile, save_practice_profile
from app.timeutil import today
from app.vault.vault import Vault
from ui.edit_dialog import EditDialog
from ui.report.organisations import chosen_organisation, organisation_combo
from ui.report.registration_list_dialog import RegistrationListDialog
from ui.widgets.fields import ErrorField
from ui.widgets.labels import wrapped
from ui.workers import while_open

if TYPE_CHECKING:
    from ui.report.annual_dialog import AnnualOverviewDialog


class PracticeDetailsDialog(EditDialog):
    def __init__(
        self, vault: Vault, listing: VeiligThuisList, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.listing = listing
        self.setWindowTitle(self.tr("Praktijkgegevens"))
        stored = practice_profile(vault)
        self.name = QLineEdit(stored.name)
        self.organisation = organisation_combo(listing, stored.region_id)
        fields = {
            "name": ErrorField(
                self.name, self.tr("Staat als praktijk van de melder in een melding.")
            ),
            "region_id": ErrorField(
                self.organisation,
                self.tr(
                    "Een melding gaat naar deze organisatie, tenzij u bij de melding een andere "
                    "kiest. Bellen gaat altijd via {national}."
                ).format(national=listing.national_phone),
            ),
        }
        form = QFormLayout()
        form.addRow(self.tr("Naam van de praktijk:"), fields["name"])
        form.addRow(self.tr("Veilig Thuis van uw regio:"), fields["region_id"])
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Deze gegevens gelden voor de hele praktijk: ze staan op de praktijkserver "
                    "en iedereen die zich aanmeldt, ziet dezelfde."
                )
                if vault.on_server
                else self.tr(
                    "Deze gegevens gelden voor de hele praktijk: ze staan in de kluis en iedereen "
                    "die de kluis opent, ziet dezelfde."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.finish_setup(fields)

    def value(self) -> PracticeProfile:
        organisation = chosen_organisation(self.listing, self.organisation)
        return PracticeProfile(self.name.text(), organisation.id if organisation else "")

    def save(self) -> bool:
        save_practice_profile(self.vault, self.value(), self.listing)
        return True


def annual_overview_dialog(vault: Vault, parent: QWidget | None = None) -> AnnualOverviewDialog:
    from ui.report.annual_dialog import AnnualOverviewDialog  # the PDF stack: when asked

    """Every year with something to count, and this year even when there is nothing yet."""
    years = sorted({*vault.annual.years(), today().year})

    def export(year: int, passphrase: str, folder: Path, progress: Progress) -> Path:
        return export_annual_overview(vault, year, passphrase, folder, progress=progress)

    def save_plain(year: int, form: DocumentFormat, folder: Path) -> Path:
        return save_annual_overview_unencrypted(vault, year, form, folder)

    dialog = AnnualOverviewDialog(
        [vault.annual.annual_figures(year) for year in years],
        lambda year: annual_overview(vault, year),
        parent,
        export=while_open(vault, export),
        save_plain=while_open(vault, save_plain),
    )
    dialog.printed.connect(lambda year: record_annual_overview_printed(vault, year))
    return dialog


def registration_list_dialog(vault: Vault, parent: QWidget | None = None) -> RegistrationListDialog:
    def export(
        first: date,
        last: date,
        form: DocumentFormat,
        passphrase: str,
        folder: Path,
        progress: Progress,
    ) -> Path:
        return export_registration_list(
            vault, first, last, form, passphrase, folder, progress=progress
        )

    dialog = RegistrationListDialog(
        vault.registrations.between,
        lambda first, last: registration_list(vault, first, last),
        parent,
        export=while_open(vault, export),
    )
    dialog.printed.connect(lambda first, last: record_registration_list_printed(vault, first, last))
    return dialog
