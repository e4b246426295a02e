"""Forms of violence that need their own care, and the signalenlijsten: data, in our words.

`resources/geweldsvormen/geweldsvormen.toml` holds, per form of violence (`ViolenceForm`):
what the form asks of the professional (`care`, shown when the form is chosen on a signal),
what it means for step 2 (consultation), step 3 (conversation) and the weging, the sources,
and short lists of signs per age group. A signal may cite signs from these lists; the citation
(`form/age/id`) is stable, so a sign's id is never reused for another text.

The texts are Dutch data, like the kaders; this module only reads and checks them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.domain.enums import LabelledEnum, ViolenceForm, label_table
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import resources_dir

FORMS_FILE = Path("geweldsvormen") / "geweldsvormen.toml"
_SIGN_ID = re.compile(r"^[a-z]+-[a-z][0-9]+$")


class AgeGroup(LabelledEnum):
    """The age groups a signalenlijst is written for, youngest first."""

    BABY = "baby"
    TODDLER = "peuter"
    SCHOOL_CHILD = "schoolkind"
    TEENAGER = "tiener"
    ADULT = "volwassene"
    OLDER_PERSON = "oudere"

    @property
    def label(self) -> str:
        return _AGE_LABELS[(type(self), self.value)]


_AGE_LABELS = label_table(
    [
        (AgeGroup.BABY, QT_TRANSLATE_NOOP("labels", "Baby (0-1 jaar)")),
        (AgeGroup.TODDLER, QT_TRANSLATE_NOOP("labels", "Peuter (1-4 jaar)")),
        (AgeGroup.SCHOOL_CHILD, QT_TRANSLATE_NOOP("labels", "Schoolkind (4-12 jaar)")),
        (AgeGroup.TEENAGER, QT_TRANSLATE_NOOP("labels", "Tiener (12-18 jaar)")),
        (AgeGroup.ADULT, QT_TRANSLATE_NOOP("labels", "Volwassene")),
        (AgeGroup.OLDER_PERSON, QT_TRANSLATE_NOOP("labels", "Oudere")),
    ]
)


class FormsDataRefused(ValueError):
    """The shipped data file is broken: a fault of the program, found by its tests."""


@dataclass(frozen=True)
class Sign:
    form: ViolenceForm
    age: AgeGroup
    id: str
    text: str

    @property
    def citation(self) -> str:
        """What a signal stores to cite this sign."""
        return f"{self.form.value}/{self.age.value}/{self.id}"


@dataclass(frozen=True)
class FormSource:
    title: str
    publisher: str
    year: int
    remark: str = ""


@dataclass(frozen=True)
class FormGuide:
    """One form of violence: its own care (empty for the forms that need none beyond the
    meldcode itself), its sources, and its signs."""

    form: ViolenceForm
    care: str
    consultation: str
    conversation: str
    weighing: str
    sources: tuple[FormSource, ...]
    signs: tuple[Sign, ...]

    @property
    def needs_own_care(self) -> bool:
        return bool(self.care)

    def ages(self) -> tuple[AgeGroup, ...]:
        """The age groups with a list, youngest first."""
        present = {s.age for s in self.signs}
        return tuple(a for a in AgeGroup if a in present)

    def signs_for(self, age: AgeGroup) -> tuple[Sign, ...]:
        return tuple(s for s in self.signs if s.age is age)


@dataclass(frozen=True)
class FormLibrary:
    guides: Mapping[ViolenceForm, FormGuide]

    def guide(self, form: ViolenceForm | str) -> FormGuide | None:
        parsed = ViolenceForm.parse(str(form))
        return self.guides.get(parsed) if isinstance(parsed, ViolenceForm) else None

    def sign(self, citation: str) -> Sign | None:
        parts = citation.split("/")
        if len(parts) != 3:
            return None
        guide = self.guide(parts[0])
        if guide is None:
            return None
        return next((s for s in guide.signs if s.citation == citation), None)

    def with_own_care(self, forms: Iterable[ViolenceForm | str]) -> tuple[FormGuide, ...]:
        """The guides of these forms that need their own care, each once, in list order."""
        wanted = {ViolenceForm.parse(str(f)) for f in forms}
        return tuple(g for form, g in self.guides.items() if form in wanted and g.needs_own_care)


def _prose(text: object) -> str:
    if not isinstance(text, str):
        raise FormsDataRefused("text expected")
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def load_forms(path: Path | None = None) -> FormLibrary:
    """The data file, checked; `FormsDataRefused` names the first fault."""
    try:
        data = tomllib.loads((path or resources_dir() / FORMS_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FormsDataRefused(f"unreadable: {type(exc).__name__}") from None
    if data.get("format") != 1 or not isinstance(data.get("forms"), list):
        raise FormsDataRefused("format 1 with a list of forms expected")
    guides: dict[ViolenceForm, FormGuide] = {}
    seen_ids: set[str] = set()
    for raw in data["forms"]:
        form = ViolenceForm.parse(str(raw.get("form")))
        if not isinstance(form, ViolenceForm) or form is ViolenceForm.NOT_YET_CLEAR:
            raise FormsDataRefused(f"unknown form: {raw.get('form')!r}")
        if form in guides:
            raise FormsDataRefused(f"form listed twice: {form.value}")
        texts = {k: _prose(raw.get(k, "")) for k in ("care", "consultation", "conversation")}
        weighing = _prose(raw.get("weighing", ""))
        if texts["care"] and not (texts["consultation"] and texts["conversation"] and weighing):
            raise FormsDataRefused(f"{form.value}: care without steps 2, 3 and the weging")
        sources = tuple(
            FormSource(
                _prose(s["title"]),
                _prose(s["publisher"]),
                int(s["year"]),
                _prose(s.get("remark", "")),
            )
            for s in raw.get("sources", [])
        )
        if not sources:
            raise FormsDataRefused(f"{form.value}: no source")
        signs: list[Sign] = []
        for block in raw.get("signs", []):
            age = AgeGroup.parse(str(block.get("age")))
            if not isinstance(age, AgeGroup):
                raise FormsDataRefused(f"{form.value}: unknown age group {block.get('age')!r}")
            for item in block.get("items", []):
                sign_id, text = item.get("id"), _prose(item.get("text"))
                if not (isinstance(sign_id, str) and _SIGN_ID.match(sign_id)) or not text:
                    raise FormsDataRefused(f"{form.value}: bad sign {sign_id!r}")
                if sign_id in seen_ids:
                    raise FormsDataRefused(f"sign id used twice: {sign_id}")
                seen_ids.add(sign_id)
                signs.append(Sign(form, age, sign_id, text))
        guides[form] = FormGuide(
            form,
            texts["care"],
            texts["consultation"],
            texts["conversation"],
            weighing,
            sources,
            tuple(signs),
        )
    ordered = {f: guides[f] for f in ViolenceForm if f in guides}
    return FormLibrary(ordered)


@cache
def shipped_forms() -> FormLibrary:
    """The shipped data, read once per run."""
    return load_forms()


def cited_signs_text(citations: Iterable[str]) -> str:
    """The cited signs as the documents print them (Dutch, like the lists themselves)."""
    forms = shipped_forms()
    lines = []
    for citation in citations:
        sign = forms.sign(citation)
        if sign is None:
            lines.append(f"- {citation}")
        else:
            lines.append(f"- {sign.text} ({sign.age.label.lower()}; signalenlijst {citation})")
    return "\n".join(lines)
