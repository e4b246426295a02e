"""Who may do what in a practice: the roles of its people and the practice's visibility rule.

A user holds one work role and, apart from it, may hold the beheerder right (managing users).
The rules that follow from these are applied by `app.vault.access.AccessPolicy`, the one place
the stores consult.
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP


class WorkRole(StrEnum):
    PROFESSIONAL = "hulpverlener"
    DESIGNATED_CONSULTEE = "aandachtsfunctionaris"
    PRACTICE_MANAGER = "praktijkmanager"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]

    @property
    def reads_cases(self) -> bool:
        """The practice manager keeps registrations and never needs a case's contents."""
        return self is not WorkRole.PRACTICE_MANAGER

    @classmethod
    def parse(cls, value: str) -> WorkRole | None:
        try:
            return cls(value)
        except ValueError:
            return None


_ROLE_LABELS = {
    WorkRole.PROFESSIONAL: QT_TRANSLATE_NOOP("labels", "Hulpverlener"),
    WorkRole.DESIGNATED_CONSULTEE: QT_TRANSLATE_NOOP("labels", "Aandachtsfunctionaris"),
    WorkRole.PRACTICE_MANAGER: QT_TRANSLATE_NOOP("labels", "Praktijkmanager"),
}
ADMIN_LABEL = QT_TRANSLATE_NOOP("labels", "Beheerder")


class CaseVisibility(StrEnum):
    """The practice setting: who sees which case."""

    OWN_AND_SHARED = "own_and_shared"
    ALL = "all"

    @property
    def label(self) -> str:
        return _VISIBILITY_LABELS[self]


_VISIBILITY_LABELS = {
    CaseVisibility.OWN_AND_SHARED: QT_TRANSLATE_NOOP(
        "labels", "Elke casus zichtbaar voor wie hem opende en met wie hij gedeeld is"
    ),
    CaseVisibility.ALL: QT_TRANSLATE_NOOP(
        "labels", "Alle casussen zichtbaar voor elke hulpverlener"
    ),
}
VISIBILITY_SETTING = "case_visibility"
