"""The whole file (dossier) of one case, from the vault, for printing or a request to see it.

Everything that still counts is in it: the people involved, every signal with every version
(who recorded or corrected it, when and why), each step entry with its dates and authors and
every later change to it, with the text it had before each change, all wegingen with all
answers and reasons, the decisions, the meldingen with VT's feedback, the follow-up checks,
and the case's audit trail with the names of the users. What was withdrawn (recorded in the
wrong case, by mistake) is left out of the sections, since it may concern someone else; the
audit trail still shows that it happened. Parts named in `withheld` are replaced by a notice
before the document is built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Set

from app.case_documents.step_records import (
    V,
    assessment_record,
    consultation_record,
    conversation_record,
    decision_record,
    earlier_versions,
    follow_up_record,
    kindcheck_record,
    report_record,
    skipped_step_record,
    steps_taken,
)
from app.domain.entries import Consultation, Conversation, Decision, Entry, KindCheck, StepSkip
from app.export.dossier import DossierContent, DossierSection, EarlierVersion, PartRef
from app.timeutil import utc_now
from app.vault.vault import Vault


def _earlier(
    section: DossierSection, entries: Iterable[Entry[V]], record: Callable[[Entry[V]], object]
) -> dict[PartRef, tuple[EarlierVersion, ...]]:
    found = {}
    for entry in entries:
        versions = earlier_versions(entry, record)
        if versions:
            found[PartRef(section, entry.id)] = tuple(
                EarlierVersion(number, written, shape)
                for number, (written, shape) in enumerate(versions, start=1)
            )
    return found


def earlier_texts(vault: Vault, case_id: int) -> dict[PartRef, tuple[EarlierVersion, ...]]:
    """What each changed step entry said before, in its section's shape."""
    entries = vault.entries
    contacts = {c.id: c for c in vault.contacts.find(include_archived=True)}
    return {
        **_earlier(
            DossierSection.KINDCHECKS,
            entries.of_kind(case_id, KindCheck),
            lambda e: kindcheck_record(e, history=False),
        ),
        **_earlier(
            DossierSection.CONSULTATIONS,
            entries.of_kind(case_id, Consultation),
            lambda e: consultation_record(e, contacts, history=False),
        ),
        **_earlier(
            DossierSection.CONVERSATIONS,
            entries.of_kind(case_id, Conversation),
            lambda e: conversation_record(e, history=False),
        ),
        **_earlier(
            DossierSection.SKIPPED_STEPS,
            entries.of_kind(case_id, StepSkip),
            lambda e: skipped_step_record(e, history=False),
        ),
        **_earlier(
            DossierSection.DECISIONS,
            entries.of_kind(case_id, Decision),
            lambda e: decision_record(e, history=False),
        ),
        **_earlier(
            DossierSection.FOLLOW_UPS,
            vault.follow_ups.for_case(case_id),
            follow_up_record,
        ),
    }


def dossier_content_for_case(
    vault: Vault, case_id: int, *, withheld: Set[PartRef] = frozenset()
) -> DossierContent:
    case = vault.cases.get(case_id)
    entries = vault.entries
    taken = steps_taken(vault, case_id, history=True)
    signals = sorted(vault.signals.for_case(case_id), key=lambda s: (s.created_at, s.id))
    return DossierContent(
        case=case,
        printed_at=utc_now(),
        printed_by=vault.user.display_name,
        persons=tuple(vault.persons.for_case(case_id)),
        signals=tuple(signals),
        kindchecks=tuple(
            kindcheck_record(e, history=True) for e in entries.of_kind(case_id, KindCheck)
        ),
        consultations=taken.consultations,
        conversations=taken.conversations,
        skipped_steps=tuple(
            skipped_step_record(e, history=True) for e in entries.of_kind(case_id, StepSkip)
        ),
        help_offered=taken.help_offered,
        assessments=tuple(
            assessment_record(e, history=True) for e in vault.assessments.for_case(case_id)
        ),
        decisions=tuple(decision_record(d, history=True) for d in taken.decisions),
        reports=tuple(report_record(r, history=True) for r in vault.reports.for_case(case_id)),
        follow_ups=tuple(follow_up_record(c) for c in vault.follow_ups.for_case(case_id)),
        audit=tuple(vault.audit.entries(case_id=case_id)),
        user_names={user.id: user.display_name for user in vault.users()},
        withheld=frozenset(withheld),
        earlier=earlier_texts(vault, case_id),
    )
