"""Wegingen in both stores: stored with their kader and version, never erased, step 4 done."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.case_documents.dossier_builder import dossier_content_for_case
from app.domain.enums import ChangeKind, EntryKind, Step, StepStatus
from app.domain.weighing import RecordedAssessment
from app.errors import AssessmentNotCorrectable, EntryWithdrawn, ValidationError
from app.framework.library import FrameworkLibrary, load_library
from app.framework.loader import framework_folder
from app.framework.terms import Entry, QuestionRole, ReportDecision
from app.store.assessments import AssessmentAlreadyComplete, StoredAnswersKept
from app.timeutil import clock_at
from app.vault.audit import AuditEvent
from app.vault.vault import Vault
from tests.entry_values import (
    HELP_STARTED_PATH,
    NO_SUSPICION_PATH,
    REPORT_PATH,
    case_with_signal,
    consultation,
    conversation,
    decision,
    signal,
    walked,
    weging,
)
from tests.stores.conftest import Backend


def moment(days: int) -> datetime:
    return datetime(2024, 5, 1, 10, 0, tzinfo=UTC) + timedelta(days=days)


def case_in_step_four(vault: Vault) -> int:
    with clock_at(moment(0)):
        case_id = case_with_signal(vault)
        vault.entries.add(case_id, consultation(held_on=moment(0).date()))
        vault.entries.add(case_id, conversation(held_on=moment(0).date()))
    assert vault.steps.progress(case_id).current_step is Step.WEIGHING
    return case_id


def test_a_weging_keeps_its_kader_answers_reasons_and_the_words_of_the_time(
    backend: Backend,
) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    entry = vault.assessments.record(case_id, walked(REPORT_PATH))
    stored = vault.entries.get_as(entry.id, RecordedAssessment)
    value = stored.value
    assert (value.framework_id, value.framework_version) == ("algemeen", "1.0")
    assert value.framework_title == "Afwegingskader volgens het algemene model"
    assert value.start is Entry.CHECK
    assert [(a.question.id, a.answer_id, a.reason) for a in value.answers] == [
        ("suspicion", "yes", "Reden 1: eigen afweging."),
        ("unsafety", "yes", "Reden 2: eigen afweging."),
    ]
    assert value.answers[1].question.text.startswith("Schat ik in dat er sprake is van acute")
    assert value.answers[1].answer_label == "Ja"
    assert value.outcome is not None and value.outcome.id == "report_unsafety"
    assert value.outcome.reports_to_veilig_thuis and "Melden bij Veilig Thuis" in value.outcome.text
    assert value.waiting_at is None
    assert stored.current.recorded_by_name == "Anna de Vries"
    assert stored.step is Step.WEIGHING
    assert value.record() == walked(REPORT_PATH).record()
    (row,) = [
        e
        for e in vault.audit.entries(case_id=case_id)
        if (e.object_type, e.object_id) == ("entry", entry.id)
    ]
    assert row.event == AuditEvent.CREATE and row.detail.startswith("kind=assessment;")


def test_a_new_weging_never_erases_an_older_one_and_none_is_corrected(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    first = vault.assessments.record(case_id, walked(NO_SUSPICION_PATH))
    second = vault.assessments.record(case_id, walked(REPORT_PATH))
    assert [e.id for e in vault.assessments.for_case(case_id)] == [first.id, second.id]
    newest = vault.assessments.newest(case_id)
    assert newest is not None and newest.id == second.id
    with pytest.raises(AssessmentNotCorrectable):
        vault.entries.correct(first.id, weging(REPORT_PATH), "Toch anders beoordeeld")
    assert vault.entries.get(first.id).versions == first.versions
    vault.entries.withdraw(first.id, "Bij de verkeerde casus gewogen")
    assert [e.id for e in vault.assessments.for_case(case_id)] == [second.id]
    everything = vault.assessments.for_case(case_id, include_withdrawn=True)
    assert [e.id for e in everything] == [first.id, second.id]


def test_a_weging_without_an_answer_or_reason_is_refused(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    with pytest.raises(ValidationError) as raised:
        vault.assessments.record(case_id, walked(()))
    assert set(raised.value.field_errors) == {"answers"}
    good = weging()
    bad = replace(good, answers=(replace(good.answers[0], reason=" "), good.answers[1]))
    with pytest.raises(ValidationError) as raised:
        vault.entries.add(case_id, bad)
    assert set(raised.value.field_errors) == {"answers.0.reason"}


def test_step_four_is_done_from_the_moment_a_weging_is_settled(backend: Backend) -> None:
    vault = backend.store
    case_id = case_in_step_four(vault)
    with clock_at(moment(1)):
        started = vault.assessments.record(case_id, walked(HELP_STARTED_PATH[:2]))
    # Answered halfway: not settled, step 4 is still to do.
    assert vault.steps.progress(case_id).current_step is Step.WEIGHING
    with clock_at(moment(2)):
        vault.assessments.continue_open(started.id, walked(HELP_STARTED_PATH))
    progress = vault.steps.progress(case_id)
    # Help has started; the last question waits for the end of the agreed term.
    assert progress.state(Step.WEIGHING).status is StepStatus.DONE
    assert progress.state(Step.WEIGHING).done_at == moment(2)
    assert progress.current_step is Step.DECISION
    assert vault.assessments.completed_weighings([case_id]) == {case_id: [moment(2)]}


def test_a_withdrawn_weging_no_longer_counts_and_a_new_round_asks_for_a_new_one(
    backend: Backend,
) -> None:
    vault = backend.store
    case_id = case_in_step_four(vault)
    with clock_at(moment(1)):
        first = vault.assessments.record(case_id, walked(REPORT_PATH))
    assert vault.steps.progress(case_id).current_step is Step.DECISION
    with clock_at(moment(2)):
        vault.entries.withdraw(first.id, "Verkeerde casus")
    assert vault.steps.progress(case_id).current_step is Step.WEIGHING
    assert vault.assessments.completed_weighings(None) == {}
    with clock_at(moment(3)):
        vault.assessments.record(case_id, walked(REPORT_PATH))
        vault.entries.add(case_id, decision(decided_on=moment(3).date()))
    with clock_at(moment(4)):
        vault.signals.add(case_id, signal("Nieuw signaal na de melding.", moment(4).date()))
    with clock_at(moment(5)):
        vault.entries.add(case_id, consultation(held_on=moment(5).date()))
        vault.entries.add(case_id, conversation(held_on=moment(5).date()))
    again = vault.steps.progress(case_id)
    assert again.round == 2 and again.current_step is Step.WEIGHING
    with clock_at(moment(6)):
        vault.assessments.record(case_id, walked((("new_signals", "yes"),), start=Entry.FOLLOW_UP))
    assert vault.steps.progress(case_id).current_step is Step.DECISION


def test_an_open_weging_is_continued_without_touching_its_answers(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    entry = vault.assessments.record(case_id, walked(HELP_STARTED_PATH))
    waiting = entry.value.waiting_at
    assert waiting is not None and waiting.role is QuestionRole.HELP_EFFECTIVE
    assert entry.value.waits_for_help_term and entry.value.settled

    changed = walked((("suspicion", "yes"), ("unsafety", "yes")))
    with pytest.raises(StoredAnswersKept):
        vault.assessments.continue_open(entry.id, changed)
    done = walked((*HELP_STARTED_PATH, ("help_effective", "yes")))
    continued = vault.assessments.continue_open(entry.id, done)
    assert [v.change for v in continued.versions] == [ChangeKind.CREATED, ChangeKind.CONTINUED]
    assert continued.versions[0].value == entry.value
    assert continued.value.outcome is not None
    assert continued.value.outcome.id == "help_and_monitor"
    with pytest.raises(AssessmentAlreadyComplete):
        vault.assessments.continue_open(entry.id, done)
    vault.entries.withdraw(entry.id, "Dubbel")
    with pytest.raises(EntryWithdrawn):
        vault.assessments.continue_open(entry.id, done)


def test_a_weging_under_another_groups_kader_says_so_and_keeps_it_when_continued(
    backend: Backend,
) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    own = "Artsen (huisarts, medisch specialist en andere artsen)"
    entry = vault.assessments.record(
        case_id, walked(HELP_STARTED_PATH), instead_of_group=f" {own} "
    )
    assert entry.value.instead_of_group == own
    done = walked((*HELP_STARTED_PATH, ("help_effective", "yes")))
    continued = vault.assessments.continue_open(entry.id, done)
    assert continued.value.instead_of_group == own

    dossier = dossier_content_for_case(vault, case_id)
    assert dossier.assessments[0].kader_name == (
        "Afwegingskader volgens het algemene model (gekozen in plaats van het kader van de eigen "
        f"beroepsgroep: {own})"
    )
    under_own = vault.assessments.record(case_id, walked(REPORT_PATH))
    assert under_own.value.instead_of_group == ""


def test_a_weging_reads_the_same_when_its_kader_version_is_gone(
    backend: Backend, tmp_path: Path
) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    entry = vault.assessments.record(case_id, walked(REPORT_PATH))
    shipped = vault.assessments.view(entry, load_library())
    assert shipped.live is not None and shipped.notice is None
    assert shipped.live.outcome is not None and shipped.live.outcome.id == "report_unsafety"

    # A later release ships only version 2.0 of the general kader, with other wording.
    folder = tmp_path / "kaders"
    folder.mkdir()
    shutil.copy(framework_folder() / "kader.schema.json", folder)
    text = (framework_folder() / "algemeen.toml").read_text(encoding="utf-8")
    text = text.replace('version = "1.0"', 'version = "2.0"', 1)
    text = text.replace("Schat ik in dat er sprake is van", "Is er naar mijn oordeel", 1)
    (folder / "algemeen.toml").write_text(text, encoding="utf-8")
    later = vault.assessments.view(entry, load_library(folder))
    assert later.live is None and later.notice is not None
    assert "versie 1.0" in later.notice.format()
    recorded = later.recorded
    assert recorded.answers[1].question.text.startswith("Schat ik in dat er sprake is van")
    assert [a.reason for a in recorded.answers] == [a.reason for a in entry.value.answers]
    assert recorded.outcome is not None and "Melden bij Veilig Thuis" in recorded.outcome.text
    assert later.assessed_by == "Anna de Vries"

    empty = vault.assessments.view(entry, FrameworkLibrary([]))
    assert empty.live is None and empty.notice is not None


def test_entry_kind_and_timeline(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    entry = vault.assessments.record(case_id, walked())
    assert entry.kind is EntryKind.ASSESSMENT
    (item,) = [i for i in vault.steps.timeline(case_id) if i.entry is not None]
    assert item.step is Step.WEIGHING and item.entry.id == entry.id


def test_a_stored_weging_whose_kader_file_changed_shows_both_outcomes(
    backend: Backend, tmp_path: Path
) -> None:
    """Its answers are replayed under its own version; a different end is shown, not hidden."""
    vault = backend.store
    case_id = case_with_signal(vault)
    entry = vault.assessments.record(case_id, walked(REPORT_PATH))
    same = vault.assessments.view(entry, load_library())
    assert same.difference is None and same.notice is None

    # Version 1.0 edited in place (what the pinned checksums forbid): the outcome of a yes at
    # question 2 no longer weighs the help with Veilig Thuis.
    folder = tmp_path / "kaders"
    folder.mkdir()
    shutil.copy(framework_folder() / "kader.schema.json", folder)
    text = (framework_folder() / "algemeen.toml").read_text(encoding="utf-8")
    edited = text.replace('report = "yes_weigh_help_with_veilig_thuis"', 'report = "yes"', 1)
    assert edited != text
    (folder / "algemeen.toml").write_text(edited, encoding="utf-8")
    changed = vault.assessments.view(entry, load_library(folder))
    assert changed.live is not None and changed.difference is not None
    assert changed.notice is not None and "andere uitkomst" in changed.notice.format()
    assert changed.difference.stored is not None
    assert changed.difference.stored.id == "report_unsafety"
    assert changed.difference.replayed is not None
    assert changed.difference.replayed.report is ReportDecision.YES
    # What is shown is what was stored.
    assert changed.shown.outcome == entry.value.outcome


def test_a_stored_weging_whose_answers_no_longer_fit_its_kader_says_so(
    backend: Backend, tmp_path: Path
) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    entry = vault.assessments.record(case_id, walked(REPORT_PATH))
    folder = tmp_path / "kaders"
    folder.mkdir()
    shutil.copy(framework_folder() / "kader.schema.json", folder)
    text = (framework_folder() / "algemeen.toml").read_text(encoding="utf-8")
    # The question a stored answer was given at is renamed.
    edited = text.replace('id = "unsafety"', 'id = "onveiligheid"', 1)
    edited = edited.replace('next = "unsafety"', 'next = "onveiligheid"')
    assert edited != text
    (folder / "algemeen.toml").write_text(edited, encoding="utf-8")
    changed = vault.assessments.view(entry, load_library(folder))
    assert changed.live is None and changed.notice is not None
    assert "passen niet meer" in changed.notice.format()
    assert changed.shown.outcome == entry.value.outcome
