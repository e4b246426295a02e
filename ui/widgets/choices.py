"""A choice from one of the domain's closed lists, shown by its (translated) label."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from app.domain.enums import LabelledEnum
from ui.text import label_text
from ui.widgets.wheel import choice_box


def enum_combo(enum: type[LabelledEnum], placeholder: str, current: str = "") -> QComboBox:
    """The first entry asks to choose and stands for 'not chosen' (the core then says so)."""
    combo = choice_box()
    combo.addItem(placeholder, "")
    for member in enum:
        combo.addItem(label_text(member), member.value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo
