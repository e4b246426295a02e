"""Wegingen (assessments with the afwegingskader) in the case: stored, continued, shown.

A weging is a step entry of kind ASSESSMENT (see `app.domain.weighing`), so it has who and
when, an audit row and withdrawal like every entry. It is append-only in a stronger sense
than other entries: it is never corrected. A weging answered differently is a new weging, and
the earlier one stays in the file. An open weging (help started, the last question waits for
the end of the agreed term) is continued with a new version that only adds answers.

This store is also the vault's weighing source for the step rules: step 4 is done from the
moment a weging was settled (see `RecordedAssessment.settled`).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime

from app.domain.entries import Entry
from app.domain.entry_validation import validate_assessment
from app.domain.enums import ChangeKind, EntryKind
from app.domain.weighing import (
    RecordedAssessment,
    RecordedOutcome,
    RecordedQuestion,
    recorded_from,
    with_replayed_details,
)
from app.errors import EntryWithdrawn, NotAllowed
from app.framework.assessment import Assessment, AssessmentError
from app.framework.library import FrameworkLibrary, FrameworkUnavailable
from app.framework.model import Outcome, Question
from app.framework.terms import CTX, QuestionRole
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.store.base import Session, case_scope, parse_moment
from app.store.entries import EntryStore, entry_payload
from app.timeutil import now_iso


class AssessmentAlreadyComplete(NotAllowed):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "afwegingskader",
                    "Deze weging is al afgerond. Wilt u anders antwoorden, begin dan een nieuwe "
                    "weging; deze blijft in het dossier staan.",
                ),
            )
        )


class StoredAnswersKept(NotAllowed):
    """Continuing an open weging may add answers, never change or drop one."""

    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "afwegingskader",
                    "De opgeslagen antwoorden van deze weging blijven zoals ze zijn. Wilt u een "
                    "eerder antwoord anders geven, begin dan een nieuwe weging.",
                ),
            )
        )


@dataclass(frozen=True)
class ReplayDifference:
    """A stored weging whose answers, replayed under its own kader version, no longer end
    where it was stored: the kader file changed after it was made. Both sides are shown."""

    stored: RecordedOutcome | None
    stored_waiting: RecordedQuestion | None
    replayed: Outcome | None
    replayed_waiting: Question | None


def replay_difference(recorded: RecordedAssessment, live: Assessment) -> ReplayDifference | None:
    """None when the replay ends where the weging was stored, with the same decisions."""
    stored, replayed = recorded.outcome, live.outcome
    if stored is not None and replayed is not None:
        same = (stored.id, stored.report, stored.report_to, stored.help, stored.norm) == (
            replayed.id,
            replayed.report,
            replayed.report_to,
            replayed.help,
            replayed.norm,
        )
    elif stored is None and replayed is None:
        waiting, now = recorded.waiting_at, live.current_question
        same = (waiting.id if waiting else None) == (now.id if now else None)
    else:
        same = False
    if same:
        return None
    return ReplayDifference(stored, recorded.waiting_at, replayed, live.current_question)


@dataclass(frozen=True)
class StoredAssessmentView:
    """A stored weging as the file shows it: the words of the time, who and when.

    `live` is the weging replayed under exactly its own kader version, for its guidance and
    actions and to continue an open one; None when that version is no longer shipped (or the
    file no longer fits), and then `notice` says so. The questions, answers and reasons shown
    always come from the stored words (`shown`), so they read the same whatever was installed
    since.
    """

    entry: Entry[RecordedAssessment]
    live: Assessment | None
    notice: Message | None
    # Set when the replay ends elsewhere than the stored weging (the notice then says so).
    difference: ReplayDifference | None = None

    @property
    def recorded(self) -> RecordedAssessment:
        return self.entry.value

    @property
    def shown(self) -> RecordedAssessment:
        """The stored words; an older weging gets the kader's date and the outcome's next
        actions from its replay (when there is one), as it did not keep them itself."""
        if self.live is None or self.difference is not None:
            return self.recorded
        return with_replayed_details(self.recorded, self.live)

    @property
    def assessed_by(self) -> str:
        return self.entry.versions[0].recorded_by_name

    @property
    def assessed_at(self) -> datetime:
        """When the weging reached where it stands now (its newest version)."""
        return self.entry.current.recorded_at


def stored_view(
    entry: Entry[RecordedAssessment], library: FrameworkLibrary
) -> StoredAssessmentView:
    """The weging with its replay under its own kader version, or a notice that it is gone.

    The replay is compared with what was stored: a difference (the kader file changed after
    the weging was made) is shown with both outcomes, never hidden behind either.
    """
    recorded = entry.value
    try:
        live = library.replay(recorded.record())
    except FrameworkUnavailable:
        return StoredAssessmentView(entry, None, _kader_gone(recorded))
    except AssessmentError:
        return StoredAssessmentView(entry, None, _answers_no_longer_fit(recorded))
    difference = replay_difference(recorded, live)
    if difference is not None:
        return StoredAssessmentView(entry, live, _replay_differs(recorded), difference)
    return StoredAssessmentView(entry, live, None)


class AssessmentStore:
    def __init__(self, session: Session, entries: EntryStore) -> None:
        self._s = session
        self._entries = entries

    # -- writing -------------------------------------------------------------------------

    def record(
        self, case_id: int, assessment: Assessment, *, instead_of_group: str = ""
    ) -> Entry[RecordedAssessment]:
        """Store a weging, finished or open; an earlier weging of the case stays as it is.

        `instead_of_group`: the user's own profession group, when the weging is made under
        another group's kader.
        """
        return self._entries.add(case_id, recorded_from(assessment, instead_of_group.strip()))

    def continue_open(self, entry_id: int, assessment: Assessment) -> Entry[RecordedAssessment]:
        """Store further answers of an open weging (the stored ones are kept as they were)."""
        value = validate_assessment(recorded_from(assessment))
        with self._s.db.transaction():
            entry = self._entries.get_as(entry_id, RecordedAssessment)
            if entry.withdrawn:
                raise EntryWithdrawn()
            stored = entry.value
            if stored.is_complete:
                raise AssessmentAlreadyComplete()
            same_kader = (value.framework_id, value.framework_version, value.start) == (
                stored.framework_id,
                stored.framework_version,
                stored.start,
            )
            count = len(stored.answers)
            if not same_kader or value.answers[:count] != stored.answers:
                raise StoredAnswersKept()
            if len(value.answers) == count:
                return entry
            continued = replace(value, instead_of_group=stored.instead_of_group)
            self._entries.append_version(entry, continued, ChangeKind.CONTINUED, None, now_iso())
        return self._entries.get_as(entry_id, RecordedAssessment)

    # -- reading -------------------------------------------------------------------------

    def for_case(
        self, case_id: int, *, include_withdrawn: bool = False
    ) -> list[Entry[RecordedAssessment]]:
        """The case's wegingen, oldest first."""
        return self._entries.of_kind(
            case_id, RecordedAssessment, include_withdrawn=include_withdrawn
        )

    def newest(self, case_id: int) -> Entry[RecordedAssessment] | None:
        found = self.for_case(case_id)
        return found[-1] if found else None

    def view(
        self, entry: Entry[RecordedAssessment], library: FrameworkLibrary
    ) -> StoredAssessmentView:
        return stored_view(entry, library)

    def completed_weighings(self, case_ids: Collection[int] | None) -> dict[int, list[datetime]]:
        """Per case, when each weging that still counts was first settled (None: all cases).

        Settled: a version with an outcome, or one waiting at the question whether help works.
        The payloads are opened here (the server keeps them sealed)."""
        scope, params = case_scope(self._s.db.dialect, case_ids)
        sealer = self._s.sealer
        settled: dict[int, tuple[int, datetime | None, bool]] = {}
        for row in self._s.db.execute(
            f"WITH {scope} SELECT e.id, e.case_id, v.change, v.recorded_at, v.id, v.payload"
            f" FROM scope {self._s.db.dialect.join_in_order()} case_entries e"
            " ON e.case_id = scope.id"
            " JOIN case_entry_versions v ON v.entry_id = e.id"
            " WHERE e.kind = ? ORDER BY e.id, v.version",
            [*params, EntryKind.ASSESSMENT.value],
        ):
            entry_id = int(row[0])
            case_id, first, ended = settled.get(entry_id, (int(row[1]), None, False))
            # A withdrawal is final: nothing is written to an entry after it.
            ended = ended or row[2] in (ChangeKind.WITHDRAWN.value, ChangeKind.LAPSED.value)
            payload = json.loads(entry_payload(sealer, int(row[4]), row[5]))
            waiting = (payload.get("waiting_at") or {}).get("role")
            if first is None and (
                payload.get("outcome") is not None or waiting == QuestionRole.HELP_EFFECTIVE.value
            ):
                first = parse_moment(row[3])
            settled[entry_id] = (case_id, first, ended)
        found: dict[int, list[datetime]] = {}
        for case_id, first, ended in sorted(
            settled.values(), key=lambda s: (s[1] is None, s[1] or datetime.min)
        ):
            if first is not None and not ended:
                found.setdefault(case_id, []).append(first)
        return found


def _kader_gone(recorded: RecordedAssessment) -> Message:
    return Message(
        CTX,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Deze weging is gemaakt met afwegingskader '{kader}' versie {version}, dat niet meer "
            "in dit programma zit. U ziet de vragen, antwoorden en redenen zoals ze toen zijn "
            "vastgelegd.",
        ),
        {"kader": recorded.framework_title, "version": recorded.framework_version},
    )


def _answers_no_longer_fit(recorded: RecordedAssessment) -> Message:
    return Message(
        CTX,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Let op: de vastgelegde antwoorden passen niet meer bij afwegingskader '{kader}' "
            "versie {version} zoals het nu in dit programma zit; het kaderbestand is na deze "
            "weging veranderd. U ziet de vragen, antwoorden, redenen en uitkomst zoals ze toen "
            "zijn vastgelegd. Meld dit aan de beheerder.",
        ),
        {"kader": recorded.framework_title, "version": recorded.framework_version},
    )


def _replay_differs(recorded: RecordedAssessment) -> Message:
    return Message(
        CTX,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Let op: opnieuw doorlopen onder afwegingskader '{kader}' versie {version} leiden "
            "dezelfde antwoorden nu tot een andere uitkomst dan vastgelegd; het kaderbestand is "
            "na deze weging veranderd. Hieronder staat de vastgelegde uitkomst; beide staan "
            "hier genoemd. Meld dit aan de beheerder.",
        ),
        {"kader": recorded.framework_title, "version": recorded.framework_version},
    )
