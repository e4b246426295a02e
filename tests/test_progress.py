"""Where a case stands in the steps: the derivation rules (the same through both stores:
tests/stores/test_progress.py)."""

from datetime import UTC, date, datetime, timedelta

from app.domain.enums import CasePhase, Step, StepStatus
from app.domain.progress import CaseFacts, CaseProgress, Mark, Milestone, derive_progress

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)  # midday: the same date in most time zones


def at(days: float) -> datetime:
    return T0 + timedelta(days=days)


def derive(
    *milestones: Milestone,
    kindcheck_required: bool = False,
    weighing: bool = False,
    closed: bool = False,
) -> CaseProgress:
    return derive_progress(
        CaseFacts(1, T0, closed, kindcheck_required, weighing, tuple(milestones))
    )


def statuses(progress: CaseProgress) -> list[StepStatus]:
    return [s.status for s in progress.steps]


SIGNAL = Mark.SIGNAL
OPEN, CUR, DONE, SKIP = StepStatus.OPEN, StepStatus.CURRENT, StepStatus.DONE, StepStatus.SKIPPED
NA = StepStatus.UNAVAILABLE


def record(days: float, step: Step) -> Milestone:
    return Milestone(at(days), Mark.RECORD, step)


def decided(days: float, reported: bool = True, helped: bool = True) -> Milestone:
    return Milestone(at(days), Mark.DECISION, reported=reported, helped=helped)


def test_a_new_case_is_in_step_one_since_it_was_opened() -> None:
    progress = derive()
    assert progress.phase is CasePhase.STEPS and progress.current_step is Step.SIGNALS
    assert progress.current_since == T0
    assert statuses(progress) == [CUR, OPEN, OPEN, NA, OPEN]
    assert "eerste signaal" in str(progress.state(Step.SIGNALS).hint)


def test_a_signal_completes_step_one_and_step_two_becomes_current() -> None:
    progress = derive(Milestone(at(2), SIGNAL))
    assert statuses(progress) == [DONE, CUR, OPEN, NA, OPEN]
    assert progress.state(Step.SIGNALS).done_at == at(2)
    assert progress.current_since == at(2)


def test_an_adult_client_needs_the_kindcheck_before_step_one_is_done() -> None:
    without = derive(Milestone(at(1), SIGNAL), kindcheck_required=True)
    assert without.current_step is Step.SIGNALS and not without.kindcheck_done
    assert "kindcheck" in str(without.state(Step.SIGNALS).hint)
    done = derive(
        Milestone(at(1), SIGNAL), Milestone(at(3), Mark.KINDCHECK), kindcheck_required=True
    )
    assert done.state(Step.SIGNALS).done_at == at(3) and done.kindcheck_done
    assert done.current_step is Step.CONSULTATION and done.current_since == at(3)


def test_weighing_is_never_claimed_without_the_afwegingskader() -> None:
    milestones = (
        Milestone(at(1), SIGNAL),
        record(2, Step.CONSULTATION),
        record(3, Step.CONVERSATION),
    )
    unavailable = derive(*milestones)
    assert statuses(unavailable) == [DONE, DONE, DONE, NA, CUR]
    assert unavailable.state(Step.WEIGHING).done_at is None
    assert "nog niet" in str(unavailable.state(Step.WEIGHING).hint)
    assert unavailable.current_since == at(3)
    available = derive(*milestones, weighing=True)
    assert statuses(available) == [DONE, DONE, DONE, CUR, OPEN]
    weighed = derive(*milestones, record(4, Step.WEIGHING), weighing=True)
    assert statuses(weighed) == [DONE, DONE, DONE, DONE, CUR] and weighed.current_since == at(4)


def test_skipped_steps_count_as_passed_and_order_is_free() -> None:
    progress = derive(
        Milestone(at(1), SIGNAL),
        record(2, Step.CONVERSATION),
        Milestone(at(3), Mark.SKIP, Step.WEIGHING),
        weighing=True,
    )
    assert statuses(progress) == [DONE, CUR, DONE, SKIP, OPEN]
    assert progress.current_since == at(1)
    skipped = derive(Milestone(at(1), SIGNAL), Milestone(at(2), Mark.SKIP, Step.CONSULTATION))
    assert statuses(skipped) == [DONE, SKIP, CUR, NA, OPEN]


def test_a_decision_moves_the_case_to_follow_up_and_closing_ends_it() -> None:
    milestones = (Milestone(at(1), SIGNAL), decided(5))
    progress = derive(*milestones)
    assert progress.phase is CasePhase.FOLLOW_UP and progress.current_step is None
    assert statuses(progress) == [DONE, OPEN, OPEN, NA, DONE]
    closed = derive(*milestones, closed=True)
    assert closed.phase is CasePhase.CLOSED and closed.current_step is None


def test_new_signals_after_a_decision_go_back_into_step_one() -> None:
    first_round = (
        Milestone(at(1), SIGNAL),
        record(2, Step.CONSULTATION),
        record(3, Step.CONVERSATION),
        decided(4),
    )
    revisited = derive(*first_round, Milestone(at(10), SIGNAL))
    assert revisited.round == 2 and revisited.revisited
    assert revisited.phase is CasePhase.STEPS
    assert statuses(revisited) == [CUR, OPEN, OPEN, NA, OPEN]
    assert revisited.current_since == at(10)
    assert "nieuwe signalen" in str(revisited.state(Step.SIGNALS).hint).lower()
    moved_on = derive(*first_round, Milestone(at(10), SIGNAL), record(12, Step.CONSULTATION))
    assert statuses(moved_on) == [DONE, DONE, CUR, NA, OPEN]
    assert moved_on.current_since == at(12)
    assert moved_on.round_of(at(3)) == 1 and moved_on.round_of(at(11)) == 2
    decided_again = derive(
        *first_round, Milestone(at(10), SIGNAL), record(12, Step.CONSULTATION), decided(14)
    )
    assert decided_again.phase is CasePhase.FOLLOW_UP and decided_again.round == 2


def test_radar_new_worries_after_a_report_ask_for_a_new_report() -> None:
    reported = (Milestone(at(1), SIGNAL), decided(4, reported=True))
    assert not derive(*reported).radar
    assert derive(*reported, Milestone(at(9), SIGNAL)).radar
    unsafe_check = derive(*reported, Milestone(at(90), Mark.UNSAFE_FINDING))
    assert unsafe_check.radar and unsafe_check.phase is CasePhase.FOLLOW_UP
    reported_again = derive(*reported, Milestone(at(9), SIGNAL), decided(11, reported=True))
    assert not reported_again.radar


def test_new_worries_while_help_runs_ask_to_reconsider_a_report() -> None:
    helped = (Milestone(at(1), SIGNAL), decided(4, reported=False, helped=True))
    progress = derive(*helped, Milestone(at(100), Mark.UNSAFE_FINDING))
    assert progress.help_not_safe and not progress.radar
    neither = (Milestone(at(1), SIGNAL), decided(4, reported=False, helped=False))
    later = derive(*neither, Milestone(at(9), SIGNAL))
    assert not later.help_not_safe and not later.radar


def test_days_in_the_current_step() -> None:
    progress = derive(Milestone(at(1), SIGNAL))
    assert progress.days_in_current_step(date(2024, 3, 22)) == 20
