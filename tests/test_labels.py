"""Every member of a closed list shows its own label, also where lists share a value."""

from __future__ import annotations

import pytest

from app.domain import enums
from app.domain.enums import (
    CaseStatus,
    ChildTalk,
    ClientTalk,
    CloseReason,
    ConsulteeKind,
    ContactRole,
    EntryKind,
    LabelledEnum,
    PersonRole,
    ReportChannel,
    Step,
    StepStatus,
    label_table,
)
from app.framework import terms
from app.framework.terms import FrameworkTerm, HelpDecision, Meaning, ReportDecision


def lists(module: object, base: type[LabelledEnum]) -> list[type[LabelledEnum]]:
    found = [getattr(module, name) for name in dir(module)]
    return [c for c in found if isinstance(c, type) and issubclass(c, base) and c is not base]


@pytest.mark.parametrize(
    ("member", "label"),
    [
        (ClientTalk.NOT_HELD, "Geen gesprek met de cliënt"),
        (ChildTalk.NOT_HELD, "Niet met het kind gesproken"),
        (ReportChannel.OTHER, "Anders"),
        (PersonRole.OTHER, "Andere betrokkene"),
        (ContactRole.OTHER, "Andere contactpersoon"),
        (ConsulteeKind.VEILIG_THUIS, "Veilig Thuis (adviesvraag)"),
        (ContactRole.VEILIG_THUIS, "Veilig Thuis"),
        (CaseStatus.OPEN, "Open"),
        (StepStatus.OPEN, "Nog open"),
        (Meaning.YES, "telt als ja"),
        (ReportDecision.YES, "Ja"),
        (Step.CONSULTATION, "Collegiale consultatie"),
        (EntryKind.CONSULTATION, "Consultatie"),
        (CloseReason.OTHER, "Andere reden"),
    ],
)
def test_lists_that_share_a_value_keep_their_own_labels(member: LabelledEnum, label: str) -> None:
    assert member == member.value  # still compares as the stored value
    assert member.label == label


def test_every_member_has_a_label_and_a_list_never_repeats_one() -> None:
    every = lists(enums, LabelledEnum) + lists(terms, FrameworkTerm)
    assert HelpDecision in every and ClientTalk in every
    for closed_list in every:
        labels = [member.label for member in closed_list]
        assert all(labels), closed_list
        assert len(set(labels)) == len(labels), closed_list


def test_a_member_cannot_be_labelled_twice() -> None:
    with pytest.raises(ValueError, match=r"PersonRole\.OTHER"):
        label_table([(PersonRole.OTHER, "een"), (PersonRole.OTHER, "twee")])
