"""Checking input before anything is stored: every fault gets a Dutch message at its field.

Each `validate_*` returns a cleaned copy of the draft or raises `ValidationError` naming every
field that is wrong, so the UI can mark them all at once and nothing is half-saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time
from typing import TypeVar

from app.domain.bsn import is_valid_bsn, normalise_bsn
from app.domain.enums import PersonRole, SignalSource, ViolenceForm
from app.domain.models import CaseDraft, PersonDraft, SignalDraft, UserDraft
from app.domain.printable import first_unprintable
from app.domain.roles import WorkRole
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.timeutil import today, utc_now

CTX = "validation"
TITLE_MAX = 120
NAME_MAX = 200
TEXT_MAX = 20_000
EARLIEST_BIRTH_YEAR = 1900
# Something that happened and is recorded now (a signal, a consultation, a decision) was seen
# by someone working today: a date before this is a typing error (1026, 0026), never a fact.
EARLIEST_EVENT = date(1950, 1, 1)
T = TypeVar("T")


def msg(text: str, **params: object) -> Message:
    return Message(CTX, text, params)


class FieldErrors:
    """Collects faults per field; the first fault of a field is the one shown."""

    def __init__(self) -> None:
        self.errors: dict[str, Message] = {}

    def add(self, field: str, message: Message) -> None:
        self.errors.setdefault(field, message)

    def collect(self, validator: Callable[..., T], *args: object) -> T | None:
        """Run another validator, keeping its faults here instead of raising them."""
        try:
            return validator(*args)
        except ValidationError as exc:
            for field, message in exc.field_errors.items():
                self.add(field, message)
            return None

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def storable(errors: FieldErrors, field: str, value: str) -> bool:
    """Refuse text that cannot be stored at all: a lone half of a character (a surrogate).

    Such text comes from a broken paste or another program's bad export; UTF-8, and so the
    vault, cannot hold it, and replacing it would change what was entered.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        errors.add(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Deze tekst bevat een beschadigd teken dat niet bewaard kan worden. Typ de "
                    "tekst opnieuw of plak hem opnieuw vanuit de bron.",
                )
            ),
        )
        return False
    return True


def exact_text(errors: FieldErrors, field: str, value: str) -> None:
    """Refuse text typed in a field that cannot be kept exactly everywhere: in the vault
    (`storable`) and in the melding and the dossier, which print what the fonts of
    resources/fonts draw (`app.domain.printable`). Kept, such a character would block the
    case's documents later."""
    if not storable(errors, field, value):
        return
    missing = first_unprintable(value)
    if missing is not None:
        errors.add(field, unprintable(missing))


def unprintable(character: str) -> Message:
    """The message at a field holding a character the documents cannot print."""
    return msg(
        QT_TRANSLATE_NOOP(
            "validation",
            "Het teken {character} ({code}) kan niet in de melding of het dossier worden "
            "afgedrukt. Laat het weg of beschrijf het in woorden; het programma past niets aan.",
        ),
        character=character,
        code=f"U+{ord(character):04X}",
    )


def required_text(errors: FieldErrors, field: str, value: str, message: str, limit: int) -> str:
    cleaned = value.strip()
    exact_text(errors, field, cleaned)
    if not cleaned:
        errors.add(field, msg(message))
    elif len(cleaned) > limit:
        errors.add(
            field,
            msg(QT_TRANSLATE_NOOP("validation", "Te lang: hoogstens {limit} tekens."), limit=limit),
        )
    return cleaned


def optional_text(errors: FieldErrors, field: str, value: str, limit: int) -> str:
    cleaned = value.strip()
    exact_text(errors, field, cleaned)
    if len(cleaned) > limit:
        errors.add(
            field,
            msg(QT_TRANSLATE_NOOP("validation", "Te lang: hoogstens {limit} tekens."), limit=limit),
        )
    return cleaned


def past_date(
    errors: FieldErrors,
    field: str,
    value: date | None,
    missing: str | None,
    future: str,
    earliest: date | None = EARLIEST_EVENT,
) -> None:
    """A date of something that happened: required when `missing` is given, never ahead, and
    not before `earliest` (a date that far back is a typing error)."""
    if value is None:
        if missing is not None:
            errors.add(field, msg(missing))
    elif value > today():
        errors.add(field, msg(future))
    elif earliest is not None and value < earliest:
        errors.add(
            field,
            msg(
                QT_TRANSLATE_NOOP("validation", "Controleer de datum: die ligt vóór {year}."),
                year=earliest.year,
            ),
        )


def validate_case(draft: CaseDraft) -> CaseDraft:
    errors = FieldErrors()
    title = required_text(
        errors,
        "title",
        draft.title,
        QT_TRANSLATE_NOOP(
            "validation", "Geef de casus een titel, zonder namen (bijvoorbeeld 'Gezin A')."
        ),
        TITLE_MAX,
    )
    errors.raise_if_any()
    return replace(draft, title=title)


def validate_person(draft: PersonDraft) -> PersonDraft:
    errors = FieldErrors()
    if PersonRole.parse(draft.role) is None:
        errors.add("role", msg(QT_TRANSLATE_NOOP("validation", "Kies de rol van deze betrokkene.")))
    name = required_text(
        errors, "name", draft.name, QT_TRANSLATE_NOOP("validation", "Vul de naam in."), NAME_MAX
    )
    past_date(
        errors,
        "date_of_birth",
        draft.date_of_birth,
        None,
        QT_TRANSLATE_NOOP("validation", "De geboortedatum kan niet in de toekomst liggen."),
        earliest=None,
    )
    if draft.date_of_birth is not None and draft.date_of_birth.year < EARLIEST_BIRTH_YEAR:
        errors.add(
            "date_of_birth",
            msg(
                QT_TRANSLATE_NOOP("validation", "Controleer de geboortedatum: die ligt vóór 1900.")
            ),
        )
    bsn = normalise_bsn(draft.bsn)
    if bsn and not is_valid_bsn(bsn):
        errors.add(
            "bsn",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Dit is geen geldig BSN: een BSN heeft 9 cijfers en moet de elfproef "
                    "doorstaan. Laat het veld leeg als u het niet zeker weet.",
                )
            ),
        )
    address = optional_text(errors, "address", draft.address, NAME_MAX * 2)
    school = optional_text(errors, "school_or_childcare", draft.school_or_childcare, NAME_MAX)
    errors.raise_if_any()
    return replace(draft, name=name, bsn=bsn, address=address, school_or_childcare=school)


def validate_signal(draft: SignalDraft, now: datetime | None = None) -> SignalDraft:
    errors = FieldErrors()
    past_date(
        errors,
        "observed_on",
        draft.observed_on,
        QT_TRANSLATE_NOOP("validation", "Vul de datum in waarop het signaal is waargenomen."),
        QT_TRANSLATE_NOOP("validation", "De datum van waarneming kan niet in de toekomst liggen."),
    )
    if (
        draft.observed_on is not None
        and draft.observed_time is not None
        and "observed_on" not in errors.errors
    ):
        # Only a date within bounds is combined with the time, and compared as local
        # wall-clock time: a moment in year 1 cannot be made timezone-aware.
        moment = datetime.combine(draft.observed_on, draft.observed_time)
        if moment > (now or utc_now()).astimezone().replace(tzinfo=None):
            errors.add(
                "observed_time",
                msg(
                    QT_TRANSLATE_NOOP(
                        "validation", "Het tijdstip van waarneming ligt in de toekomst."
                    )
                ),
            )
    observed_by = required_text(
        errors,
        "observed_by",
        draft.observed_by,
        QT_TRANSLATE_NOOP("validation", "Vul in wie het signaal heeft gezien of gehoord."),
        NAME_MAX,
    )
    if SignalSource.parse(draft.source) is None:
        errors.add("source", msg(QT_TRANSLATE_NOOP("validation", "Kies de bron van het signaal.")))
    if ViolenceForm.parse(draft.form) is None:
        errors.add(
            "form",
            msg(
                QT_TRANSLATE_NOOP("validation", "Kies de vorm van geweld, of 'Nog niet duidelijk'.")
            ),
        )
    facts = required_text(
        errors,
        "facts",
        draft.facts,
        QT_TRANSLATE_NOOP("validation", "Beschrijf de feiten: wat is er gezien of gehoord?"),
        TEXT_MAX,
    )
    interpretation = optional_text(errors, "interpretation", draft.interpretation, TEXT_MAX)
    _check_signs(errors, draft)
    errors.raise_if_any()
    return replace(
        draft,
        observed_by=observed_by,
        facts=facts,
        interpretation=interpretation,
        signs=tuple(draft.signs),
    )


def _check_signs(errors: FieldErrors, draft: SignalDraft) -> None:
    """Cited signs come from the signalenlijst of the signal's own form, each once."""
    from app.domain.violence_forms import shipped_forms  # reads a data file: only when used

    if not draft.signs:
        return
    forms = shipped_forms()
    cited = [forms.sign(citation) for citation in draft.signs]
    if any(sign is None for sign in cited) or len(set(draft.signs)) != len(draft.signs):
        errors.add(
            "signs",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation", "Kies de herkende signalen uit de signalenlijst, elk één keer."
                )
            ),
        )
    elif any(sign is not None and sign.form.value != draft.form for sign in cited):
        errors.add(
            "signs",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "De gekozen signalen horen bij een andere vorm van geweld dan dit signaal.",
                )
            ),
        )


def validate_correction_reason(reason: str) -> str:
    errors = FieldErrors()
    cleaned = required_text(
        errors,
        "correction_reason",
        reason,
        QT_TRANSLATE_NOOP("validation", "Geef aan waarom u dit signaal corrigeert."),
        TEXT_MAX,
    )
    errors.raise_if_any()
    return cleaned


def validate_year(year: int) -> int:
    """A year asked for as a whole (the jaaroverzicht): written in full, and one that has
    begun. A short year is not widened ("26" is not taken for 2026), as no typed date is."""
    errors = FieldErrors()
    this_year = today().year
    if year < 1000:
        errors.add(
            "year",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation", "Schrijf het jaar voluit, met vier cijfers, bijvoorbeeld {year}."
                ),
                year=this_year,
            ),
        )
    elif not EARLIEST_EVENT.year <= year <= this_year:
        errors.add(
            "year",
            msg(
                QT_TRANSLATE_NOOP("validation", "Kies een jaar van {first} tot en met {last}."),
                first=EARLIEST_EVENT.year,
                last=this_year,
            ),
        )
    errors.raise_if_any()
    return year


def validate_user(draft: UserDraft) -> UserDraft:
    errors = FieldErrors()
    name = required_text(
        errors,
        "display_name",
        draft.display_name,
        QT_TRANSLATE_NOOP("validation", "Vul de naam in zoals die in het dossier komt."),
        NAME_MAX,
    )
    role = optional_text(errors, "role", draft.role, NAME_MAX)
    phone = validate_phone(errors, draft.phone)
    if WorkRole.parse(draft.work_role) is None:
        errors.add("work_role", msg(QT_TRANSLATE_NOOP("validation", "Kies een rol.")))
    errors.raise_if_any()
    return replace(draft, display_name=name, role=role, phone=phone)


def validate_phone(errors: FieldErrors, phone: str, field: str = "phone") -> str:
    cleaned = optional_text(errors, field, phone, 40)
    if cleaned and not all(ch.isdigit() or ch in " +-()" for ch in cleaned):
        errors.add(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "validation", "Een telefoonnummer bevat alleen cijfers, spaties en +."
                )
            ),
        )
    return cleaned


def parse_time(text: str) -> time | None:
    """'14:05' or '1405' to a time; None for empty or unreadable input."""
    digits = text.strip().replace(".", ":")
    for pattern in ("%H:%M", "%H%M"):
        try:
            return datetime.strptime(digits, pattern).time()
        except ValueError:
            continue
    return None
