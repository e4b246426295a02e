"""Closed lists of the domain, each value with the Dutch label users see.

The value is what the vault stores (English, stable); the label is Dutch and marked for Qt
Linguist under the context "labels", so the UI can show the English label when asked.
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP

LABELS_CONTEXT = "labels"


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a Dutch label (see `_LABELS`)."""

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(member.value, member.label) for member in cls]

    @classmethod
    def parse(cls, value: str) -> LabelledEnum | None:
        try:
            return cls(value)
        except ValueError:
            return None


class CaseStatus(LabelledEnum):
    OPEN = "open"
    CLOSED = "closed"


class SignalSource(LabelledEnum):
    OWN_OBSERVATION = "own_observation"
    TOLD_BY_CHILD = "told_by_child"
    TOLD_BY_PARENT = "told_by_parent"
    TOLD_BY_THIRD_PARTY = "told_by_third_party"


class ViolenceForm(LabelledEnum):
    NOT_YET_CLEAR = "not_yet_clear"
    PHYSICAL_ABUSE = "physical_abuse"
    PSYCHOLOGICAL_ABUSE = "psychological_abuse"
    SEXUAL_ABUSE = "sexual_abuse"
    NEGLECT = "neglect"
    WITNESSING_PARTNER_VIOLENCE = "witnessing_partner_violence"
    PARTNER_VIOLENCE = "partner_violence"
    ELDER_ABUSE = "elder_abuse"
    HONOUR_RELATED_VIOLENCE = "honour_related_violence"
    FEMALE_GENITAL_MUTILATION = "female_genital_mutilation"
    FORCED_MARRIAGE = "forced_marriage"
    HUMAN_TRAFFICKING = "human_trafficking"


class PersonRole(LabelledEnum):
    CHILD = "child"
    CLIENT = "client"
    PARENT_OR_CARER = "parent_or_carer"
    SUSPECTED_PERPETRATOR = "suspected_perpetrator"
    DEPENDENT_ADULT = "dependent_adult"
    OTHER = "other"


_LABELS: dict[LabelledEnum, str] = {
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Open"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("labels", "Gesloten"),
    SignalSource.OWN_OBSERVATION: QT_TRANSLATE_NOOP("labels", "Eigen waarneming"),
    SignalSource.TOLD_BY_CHILD: QT_TRANSLATE_NOOP("labels", "Verteld door het kind"),
    SignalSource.TOLD_BY_PARENT: QT_TRANSLATE_NOOP("labels", "Verteld door een ouder"),
    SignalSource.TOLD_BY_THIRD_PARTY: QT_TRANSLATE_NOOP("labels", "Verteld door een derde"),
    ViolenceForm.NOT_YET_CLEAR: QT_TRANSLATE_NOOP("labels", "Nog niet duidelijk"),
    ViolenceForm.PHYSICAL_ABUSE: QT_TRANSLATE_NOOP("labels", "Lichamelijke mishandeling"),
    ViolenceForm.PSYCHOLOGICAL_ABUSE: QT_TRANSLATE_NOOP("labels", "Psychische mishandeling"),
    ViolenceForm.SEXUAL_ABUSE: QT_TRANSLATE_NOOP("labels", "Seksueel misbruik"),
    ViolenceForm.NEGLECT: QT_TRANSLATE_NOOP("labels", "Verwaarlozing"),
    ViolenceForm.WITNESSING_PARTNER_VIOLENCE: QT_TRANSLATE_NOOP(
        "labels", "Kind getuige van partnergeweld"
    ),
    ViolenceForm.PARTNER_VIOLENCE: QT_TRANSLATE_NOOP("labels", "Partnergeweld"),
    ViolenceForm.ELDER_ABUSE: QT_TRANSLATE_NOOP(
        "labels", "Ouderenmishandeling (ook financiële uitbuiting)"
    ),
    ViolenceForm.HONOUR_RELATED_VIOLENCE: QT_TRANSLATE_NOOP("labels", "Eergerelateerd geweld"),
    ViolenceForm.FEMALE_GENITAL_MUTILATION: QT_TRANSLATE_NOOP(
        "labels", "Vrouwelijke genitale verminking"
    ),
    ViolenceForm.FORCED_MARRIAGE: QT_TRANSLATE_NOOP("labels", "Huwelijksdwang"),
    ViolenceForm.HUMAN_TRAFFICKING: QT_TRANSLATE_NOOP("labels", "Mensenhandel en uitbuiting"),
    PersonRole.CHILD: QT_TRANSLATE_NOOP("labels", "Kind"),
    PersonRole.CLIENT: QT_TRANSLATE_NOOP("labels", "Cliënt (volwassene)"),
    PersonRole.PARENT_OR_CARER: QT_TRANSLATE_NOOP("labels", "Ouder of verzorger"),
    PersonRole.SUSPECTED_PERPETRATOR: QT_TRANSLATE_NOOP("labels", "Vermoedelijke pleger"),
    PersonRole.DEPENDENT_ADULT: QT_TRANSLATE_NOOP("labels", "Afhankelijke volwassene"),
    PersonRole.OTHER: QT_TRANSLATE_NOOP("labels", "Andere betrokkene"),
}
