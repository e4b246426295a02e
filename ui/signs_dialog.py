"""Choosing signs from the signalenlijst of a form of violence, to cite them in a signal.

The lists are Dutch data (`app.domain.violence_forms`), grouped by age group. What is chosen is
stored with the signal as citations; the facts stay the professional's own words.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.violence_forms import FormGuide, shipped_forms
from ui.text import label_text
from ui.violence_notes import sources_line
from ui.widgets.labels import wrapped

CITATION = Qt.ItemDataRole.UserRole


def cited_lines(citations: Iterable[str]) -> list[str]:
    """Each cited sign as a line: its text with its age group; an unknown one as cited."""
    forms = shipped_forms()
    lines = []
    for citation in citations:
        sign = forms.sign(citation)
        if sign is None:
            lines.append(f"• {citation}")
        else:
            lines.append(f"• {sign.text} ({label_text(sign.age)})")
    return lines


class SignsDialog(QDialog):
    def __init__(
        self, guide: FormGuide, chosen: Iterable[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signalenlijst: {form}").format(form=label_text(guide.form)))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        wanted = set(chosen)
        for age in guide.ages():
            heading = QListWidgetItem(label_text(age))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.list.addItem(heading)
            for sign in guide.signs_for(age):
                item = QListWidgetItem(sign.text)
                item.setData(CITATION, sign.citation)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = sign.citation in wanted
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "Vink aan wat u herkent. Een signaal is een aanwijzing om verder te kijken, "
                    "geen bewijs; beschrijf wat u zag bij Feiten, in uw eigen woorden."
                )
            )
        )
        layout.addWidget(self.list, 1)
        source = wrapped(sources_line(guide))
        source.setObjectName("signsSource")
        layout.addWidget(source)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def chosen(self) -> tuple[str, ...]:
        found = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(CITATION)))
        return tuple(found)
