"""Guidance that knows the case: what a kader asks to do, weighed against what the case already
holds, and the meldcode's warnings about what was recorded.

- A weging's answer may ask to consult Veilig Thuis first (the doctors' and youth health
  kaders do). When step 2 of this round already holds an adviesvraag, that is not shown as a
  task again; the guidance says when it was asked.
- Step 3: the meldcode asks to talk with the child itself; age alone is no reason not to. A
  reason that gives nothing but the age is kept as written and gets that warning, in the
  window and in the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.entries import Consultation, Conversation, Entry
from app.domain.enums import ChildTalk
from app.framework.terms import Action
from app.i18n import QT_TRANSLATE_NOOP, Message

CTX = "afwegingskader"


@dataclass(frozen=True)
class GuidanceContext:
    """What of the case the guidance takes into account."""

    advice_requested_on: date | None = None  # the latest adviesvraag to VT in this round


def guidance_context(
    consultations: Iterable[Entry[Consultation]], round_start: datetime | None = None
) -> GuidanceContext:
    """From the case's consultations (withdrawn ones left out by the caller): the latest
    adviesvraag to Veilig Thuis recorded in the current round (from `round_start`)."""
    days = [
        entry.value.held_on or entry.created_at.astimezone().date()
        for entry in consultations
        if entry.value.is_advice_request
        and (round_start is None or entry.created_at >= round_start)
    ]
    return GuidanceContext(advice_requested_on=max(days, default=None))


@dataclass(frozen=True)
class ActionsInContext:
    to_do: tuple[Action, ...]
    done: tuple[Message, ...]  # what the case already did of the kader's actions


def actions_in_context(actions: Sequence[Action], context: GuidanceContext) -> ActionsInContext:
    to_do: list[Action] = []
    done: list[Message] = []
    for action in actions:
        if action is Action.ASK_VEILIG_THUIS_ADVICE and context.advice_requested_on is not None:
            done.append(
                Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "afwegingskader",
                        "Veilig Thuis is al om advies gevraagd: op {day} (stap 2, consultatie).",
                    ),
                    {"day": context.advice_requested_on.strftime("%d-%m-%Y")},
                )
            )
        else:
            to_do.append(action)
    return ActionsInContext(tuple(to_do), tuple(done))


# -- step 3: age alone is no reason ----------------------------------------------------------

_AGE_WORDS = frozenset(
    {
        "jong",
        "jonge",
        "klein",
        "kleine",
        "baby",
        "babys",
        "baby's",
        "peuter",
        "zuigeling",
        "pasgeboren",
        "pasgeborene",
        "leeftijd",
        "jaar",
        "jaren",
        "jr",
        "maand",
        "maanden",
        "mnd",
        "week",
        "weken",
        "oud",
    }
)
# Words that say nothing themselves: a reason made of these and age words gives only the age.
_FILLER = frozenset(
    {
        "te",
        "nog",
        "erg",
        "heel",
        "zeer",
        "veel",
        "pas",
        "maar",
        "is",
        "was",
        "het",
        "de",
        "een",
        "kind",
        "kindje",
        "hij",
        "zij",
        "ze",
        "omdat",
        "want",
        "vanwege",
        "door",
        "van",
        "voor",
        "om",
        "mee",
        "praten",
        "spreken",
        "gesprek",
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "anderhalf",
        "half",
        "en",
        "ca",
        "circa",
        "ongeveer",
    }
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


def gives_only_age(reason: str) -> bool:
    """True when a reason for not talking with the child names nothing but the child's age
    ("te jong", "baby", "2 jaar", "3")."""
    words = [w.casefold() for w in _WORD.findall(reason)]
    if not words:
        return False
    said_age = False
    for word in words:
        if word.isdigit() or word in _AGE_WORDS:
            said_age = True
        elif word not in _FILLER:
            return False
    return said_age


def age_only_warning(conversation: Conversation) -> Message | None:
    """The meldcode's warning for a conversation whose reason for not talking with the child
    is the age alone; None otherwise. The reason itself is kept as written."""
    if conversation.child_talk != ChildTalk.NOT_HELD or not gives_only_age(
        conversation.child_reason
    ):
        return None
    return Message(
        CTX,
        QT_TRANSLATE_NOOP(
            "afwegingskader",
            "Let op: de leeftijd alleen is geen reden om niet met het kind te praten. Ook met "
            "een jong kind kunt u op zijn niveau in gesprek gaan (spelend, met tekeningen) of "
            "het kind observeren. Leg vast waarom een gesprek echt niet kon.",
        ),
    )
