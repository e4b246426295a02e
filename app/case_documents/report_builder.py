"""A melding to Veilig Thuis drafted from the case, for the composer to complete and edit.

Filled in from the vault: the melder (the user, with the practice's name from the vault's
settings), the people involved, the signals as they stand now (oldest first), the steps taken
(consultations, conversations, the help agreed in the decisions), the newest finished weging
with its kader and version, and whether the client was told, from the decision to report.

Left for the melder, because only they can say it: the current safety of everyone involved,
what they ask of Veilig Thuis, the client's reaction, and (when the client was not told) which
of the accepted reasons applied. `validate_report` names each of those fields until filled.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from app.case_documents.step_records import assessment_record, steps_taken
from app.domain.entries import Decision, Entry
from app.domain.models import Signal
from app.export.report_content import (
    ClientInformed,
    ClientNotInformed,
    ReportContent,
    Reporter,
    Safety,
    select_for_report,
)
from app.practice_profile import PRACTICE_NAME_SETTING
from app.timeutil import today
from app.vault.vault import Vault


def reporter_for(vault: Vault) -> Reporter:
    """The user who is working, as the melder."""
    user = vault.user
    return Reporter(
        name=user.display_name,
        role=user.role,
        practice=vault.settings.get(PRACTICE_NAME_SETTING),
        phone=user.phone,
    )


def report_content_for_case(
    vault: Vault,
    case_id: int,
    *,
    reporter: Reporter | None = None,
    made_on: date | None = None,
    keep_person_ids: Collection[int] | None = None,
    keep_signal_ids: Collection[int] | None = None,
) -> ReportContent:
    """The case as a melding; people and signals not kept are counted as left out.

    `keep_person_ids` / `keep_signal_ids`: the ones to include (None: all of them).
    """
    vault.cases.get(case_id)
    persons = vault.persons.for_case(case_id)
    signals = sorted(vault.signals.for_case(case_id), key=_observed)
    kept_persons, kept_signals, left_out = select_for_report(
        persons,
        signals,
        [p.id for p in persons] if keep_person_ids is None else keep_person_ids,
        [s.id for s in signals] if keep_signal_ids is None else keep_signal_ids,
    )
    taken = steps_taken(vault, case_id, history=False)
    finished = [e for e in vault.assessments.for_case(case_id) if e.value.is_complete]
    return ReportContent(
        made_on=made_on or today(),
        reporter=reporter or reporter_for(vault),
        persons=kept_persons,
        signals=kept_signals,
        safety=Safety(""),
        client=_client(taken.decisions),
        request_to_vt="",
        consultations=taken.consultations,
        conversations=taken.conversations,
        help_offered=taken.help_offered,
        assessment=assessment_record(finished[-1], history=False) if finished else None,
        left_out=left_out,
    )


def _observed(signal: Signal) -> tuple[date, str, int]:
    current = signal.current
    moment = current.observed_time.isoformat() if current.observed_time else ""
    return current.observed_on, moment, signal.id


def _client(
    decisions: tuple[Entry[Decision], ...],
) -> ClientInformed | ClientNotInformed | None:
    """Whether the client was told, from the newest decision to report (None: not said)."""
    reporting = [d.value for d in decisions if d.value.report_to_vt]
    if not reporting or reporting[-1].client_informed is None:
        return None
    decision = reporting[-1]
    if decision.client_informed:
        return ClientInformed(informed_on=None, reaction=decision.client_informed_note)
    # Which accepted reason applied is the melder's choice in the composer.
    return ClientNotInformed(reason=None, explanation=decision.client_informed_note)
