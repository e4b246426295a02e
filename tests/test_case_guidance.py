"""Guidance that knows the case: no "ask Veilig Thuis" task when step 2 already holds an
adviesvraag (saying when), and the age-alone warning for step 3 (kept in the dossier, on both
stores: tests/stores/test_case_guidance.py)."""

from __future__ import annotations

import pytest

from app.domain.case_guidance import (
    age_only_warning,
    gives_only_age,
)
from app.domain.enums import ChildTalk, ClientTalk
from tests.entry_values import conversation


@pytest.mark.parametrize(
    "reason",
    ["Te jong", "te klein", "Baby", "baby van 3 maanden", "Kind is 2 jaar.", "3", "nog te jong"],
)
def test_a_reason_that_gives_only_the_age(reason: str) -> None:
    assert gives_only_age(reason)


@pytest.mark.parametrize(
    "reason",
    [
        "",
        "Moeder weigerde dat ik het kind zag",
        "Kind was niet aanwezig",
        "Te jong, en vader was erbij: niet veilig om alleen te praten",
        "Ernstige verstandelijke beperking, communiceert niet verbaal",
    ],
)
def test_a_real_reason_is_no_age_only_reason(reason: str) -> None:
    assert not gives_only_age(reason)


def test_the_warning_is_for_a_conversation_not_held_with_the_child() -> None:
    age_only = conversation(
        client_talk=ClientTalk.HELD, child_talk=ChildTalk.NOT_HELD, child_reason="te jong"
    )
    warning = age_only_warning(age_only)
    assert warning is not None and "leeftijd alleen is geen reden" in warning.format()
    assert age_only_warning(conversation(child_talk=ChildTalk.ALONE)) is None
