"""What the forms of violence in a case ask of each step, from `app.domain.violence_forms`.

The texts are Dutch data (like the kaders); only the headings around them are translated.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from PySide6.QtCore import QCoreApplication

from app.domain.enums import ViolenceForm
from app.domain.violence_forms import FormGuide, shipped_forms
from app.vault.vault import Vault
from ui.text import label_text

Part = Literal["care", "consultation", "conversation", "weighing"]


def sources_line(guide: FormGuide) -> str:
    cited = "; ".join(f"{s.publisher}, {s.title} ({s.year})" for s in guide.sources)
    return QCoreApplication.translate("ViolenceForms", "Bron: {sources}").format(sources=cited)


def care_text(form: str) -> str:
    """What a form of violence asks, shown when it is chosen on a signal; "" for the others."""
    guide = shipped_forms().guide(form)
    if guide is None or not guide.needs_own_care:
        return ""
    return f"{guide.care}\n{sources_line(guide)}"


def case_forms(vault: Vault, case_id: int) -> list[ViolenceForm]:
    return [signal.current.form for signal in vault.signals.for_case(case_id)]


def notes_for(forms: Iterable[ViolenceForm], part: Part) -> str:
    """The part (a step's note) of every form in `forms` that needs its own care."""
    guides = shipped_forms().with_own_care(forms)
    if not guides:
        return ""
    heading = QCoreApplication.translate(
        "ViolenceForms", "Let op, bij de vormen van geweld in deze casus:"
    )
    notes = [f"• {label_text(g.form)}: {getattr(g, part)}" for g in guides]
    return "\n".join([heading, *notes])
