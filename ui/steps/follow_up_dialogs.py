"""After the decision: what a planned check found, moving its date, planning another check."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QWidget

from app.domain.entries import Entry, EntryValue, FollowUp
from app.domain.enums import FollowUpCheck, FollowUpOutcome
from app.timeutil import today
from app.vault.vault import Vault
from ui.steps.entry_dialog import EntryDialog
from ui.steps.entry_text import check_title
from ui.text import date_text
from ui.widgets.choices import enum_combo
from ui.widgets.dates import date_edit, date_of
from ui.widgets.fields import text_box

DEFAULT_PLAN_DAYS = 30


class CheckResultDialog(EntryDialog):
    """Records the result of a planned check; a result already recorded is corrected instead."""

    form_name = "check-result"

    def __init__(
        self, vault: Vault, case_id: int, entry: Entry[FollowUp], parent: QWidget | None = None
    ) -> None:
        check = entry.value
        super().__init__(vault, case_id, entry, correcting=check.is_done, parent=parent)
        self.setWindowTitle(
            self.tr("Uitkomst corrigeren") if check.is_done else self.tr("Uitkomst vastleggen")
        )
        self.check = check
        self.done_on = date_edit(check.done_on)
        self.outcome = enum_combo(
            FollowUpOutcome, self.tr("Kies…"), check.outcome.value if check.outcome else ""
        )
        self.findings = text_box(100)
        self.findings.setPlainText(check.findings)
        self.add_row(self.tr("Datum van de controle:"), "done_on", self.done_on)
        self.add_row(self.tr("Is de situatie veilig?"), "outcome", self.outcome)
        self.add_row(self.tr("Wat u vond:"), "findings", self.findings)
        planned = date_text(check.due_on) if check.due_on else ""
        self.finish(
            self.tr("{check} (gepland op {day}). Leg vast wat u bij deze controle vond.").format(
                check=check_title(check), day=planned
            ),
            width=640,
            height=440,
        )

    def value(self) -> FollowUp:
        outcome = self.outcome.currentData()
        return replace(
            self.check,
            done_on=date_of(self.done_on),
            outcome=FollowUpOutcome(outcome) if outcome else None,
            findings=self.findings.toPlainText(),
        )

    def store(self, value: EntryValue) -> Entry[Any]:
        assert self.entry is not None and isinstance(value, FollowUp)
        if self.correcting:
            return super().store(value)
        return self.vault.follow_ups.record_result(
            self.entry.id, value.done_on, value.outcome, value.findings
        )


class RescheduleDialog(EntryDialog):
    """Moves a planned check to another date; planned dates may lie ahead."""

    form_name = "check-date"

    def __init__(
        self, vault: Vault, case_id: int, entry: Entry[FollowUp], parent: QWidget | None = None
    ) -> None:
        super().__init__(vault, case_id, entry, correcting=False, parent=parent)
        self.setWindowTitle(self.tr("Datum van de controle verzetten"))
        self.due_on = date_edit(entry.value.due_on)
        self.add_row(self.tr("Nieuwe datum:"), "due_on", self.due_on)
        self.add_row(
            self.tr("Reden:"),
            "change_reason",
            self.change_reason,
            self.tr("Waarom verzet u de controle? De eerdere datum blijft in de geschiedenis."),
        )
        self.finish(check_title(entry.value), width=600, height=340)

    def value(self) -> FollowUp:
        assert self.entry is not None
        return replace(self.entry.value, due_on=date_of(self.due_on))

    def store(self, value: EntryValue) -> Entry[Any]:
        assert self.entry is not None and isinstance(value, FollowUp)
        return self.vault.follow_ups.reschedule(
            self.entry.id, value.due_on, self.change_reason.toPlainText()
        )


class PlanCheckDialog(EntryDialog):
    """A check of one's own choosing, beside the ones a decision plans by itself."""

    form_name = "check-plan"

    def __init__(self, vault: Vault, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(vault, case_id, parent=parent)
        self.setWindowTitle(self.tr("Controle plannen"))
        self.due_on = date_edit(today() + timedelta(days=DEFAULT_PLAN_DAYS))
        self.description = text_box(70)
        self.add_row(self.tr("Gepland op:"), "due_on", self.due_on)
        self.add_row(self.tr("Wat u wilt nagaan:"), "description", self.description)
        self.finish(
            self.tr("De controle komt op Vandaag te staan zodra de datum er is."),
            width=600,
            height=360,
        )

    def value(self) -> FollowUp:
        return FollowUp(
            FollowUpCheck.OTHER, date_of(self.due_on), description=self.description.toPlainText()
        )
