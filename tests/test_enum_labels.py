"""Every member of the domain's closed lists has its own Dutch label, also where two lists
share a stored value (CaseStatus.OPEN and StepStatus.OPEN are both "open")."""

from __future__ import annotations

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
    Step,
    StepStatus,
)


def labelled_enums() -> list[type[LabelledEnum]]:
    return [
        value
        for value in vars(enums).values()
        if isinstance(value, type) and issubclass(value, LabelledEnum) and value is not LabelledEnum
    ]


def test_every_member_is_labelled_exactly_once() -> None:
    written = [(type(member), member.value) for member, _ in enums._LABEL_PAIRS]
    assert len(written) == len(set(written))
    expected = {(cls, member.value) for cls in labelled_enums() for member in cls}
    assert set(written) == expected


def test_members_with_the_same_value_keep_their_own_label() -> None:
    assert CaseStatus.OPEN.label == "Open"
    assert StepStatus.OPEN.label == "Nog open"
    assert Step.CONSULTATION.label == "Collegiale consultatie"
    assert EntryKind.CONSULTATION.label == "Consultatie"
    assert ClientTalk.NOT_HELD.label == "Geen gesprek met de cliënt"
    assert ChildTalk.NOT_HELD.label == "Niet met het kind gesproken"
    assert PersonRole.OTHER.label == "Andere betrokkene"
    assert CloseReason.OTHER.label == "Andere reden"
    assert ContactRole.OTHER.label == "Andere contactpersoon"
    assert ConsulteeKind.VEILIG_THUIS.label == "Veilig Thuis (adviesvraag)"
    assert ContactRole.VEILIG_THUIS.label == "Veilig Thuis"
