"""Dialogs about a case as a whole or one of its entries: withdrawing an entry, closing the case
with its reason, and opening a case for the children a kindcheck found."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.entries import Entry, EntryValue
from app.domain.enums import CloseReason
from app.domain.models import Case, CaseDraft
from app.vault.vault import Vault
from ui.edit_dialog import FormDialog
from ui.steps.entry_cards import entry_title
from ui.widgets.choices import enum_combo
from ui.widgets.fields import text_box


class WithdrawDialog(FormDialog):
    def __init__(
        self, vault: Vault, entry: Entry[EntryValue], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.entry = entry
        self.setWindowTitle(self.tr("Intrekken"))
        self.reason = text_box(80)
        self.add_row(self.tr("Reden:"), "change_reason", self.reason)
        self.save_button.setText(self.tr("Intrekken"))
        self.lay_out(
            self.tr(
                "U trekt '{title}' in, bijvoorbeeld omdat het bij de verkeerde casus staat. Het "
                "blijft met uw reden in de geschiedenis staan en telt niet meer mee."
            ).format(title=entry_title(entry)),
            600,
            340,
        )
        self.keep_drafts(vault.drafts, entry.case_id, f"withdraw-{entry.id}")

    def save(self) -> bool:
        self.vault.entries.withdraw(self.entry.id, self.reason.toPlainText())
        return True


class CloseCaseDialog(FormDialog):
    def __init__(
        self,
        vault: Vault,
        case_id: int,
        parent: QWidget | None = None,
        seen_version: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = case_id
        # The case as the user saw it when deciding to close it.
        self.seen_version = seen_version
        self.setWindowTitle(self.tr("Casus sluiten"))
        self.code = enum_combo(CloseReason, self.tr("Kies de reden…"))
        self.reason = text_box(80)
        self.add_row(self.tr("Reden:"), "close_code", self.code)
        self.add_row(
            self.tr("Toelichting:"),
            "close_reason",
            self.reason,
            self.tr("Verplicht bij 'Andere reden'; anders een aanvulling als u die hebt."),
        )
        self.save_button.setText(self.tr("Casus sluiten"))
        self.lay_out(
            self.tr(
                "Een gesloten casus blijft in de kluis en kan weer worden geopend. De reden van "
                "sluiten komt in het dossier."
            ),
            600,
            360,
        )
        self.keep_drafts(vault.drafts, case_id, "close-case")

    def save(self) -> bool:
        self.vault.cases.close(
            self.case_id,
            self.reason.toPlainText(),
            str(self.code.currentData() or ""),
            self.seen_version,
        )
        return True


class ChildrenCaseDialog(FormDialog):
    """A new case for the children a kindcheck found; both cases then show the link."""

    def __init__(
        self,
        vault: Vault,
        kindcheck: Entry[Any],
        suggested_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.kindcheck = kindcheck
        self.created_case: Case | None = None
        self.setWindowTitle(self.tr("Casus voor de kinderen"))
        self.title = QLineEdit(suggested_title)
        self.add_row(
            self.tr("Titel:"),
            "title",
            self.title,
            self.tr("Gebruik geen namen: de titel staat in de lijst van casussen."),
        )
        self.save_button.setText(self.tr("Casus openen"))
        self.lay_out(
            self.tr(
                "De kindcheck vond kinderen van wie de veiligheid in het geding is. Open voor "
                "hen een eigen casus: daarin legt u de signalen over de kinderen vast. De twee "
                "casussen worden aan elkaar gekoppeld."
            ),
            600,
            300,
        )

    def save(self) -> bool:
        self.created_case = self.vault.cases.create_for_children(
            self.kindcheck.id, CaseDraft(self.title.text())
        )
        return True
