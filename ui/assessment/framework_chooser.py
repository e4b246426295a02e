"""Choosing the kader of a weging: the usable kaders, and which files were refused and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.framework.faults import FrameworkRefused
from app.framework.library import FrameworkLibrary
from app.framework.model import Framework, FrameworkKey
from app.framework.terms import Entry
from ui.assessment.lists import ActivatingList
from ui.assessment.texts import framework_line
from ui.text import error_text
from ui.timeline import small_heading
from ui.widgets.labels import warning, wrapped

KEY_ROLE = Qt.ItemDataRole.UserRole


def refused_note(refused: FrameworkRefused) -> str:
    """The file and its (first) fault; the message itself names the file."""
    text = error_text(refused)
    more = len(refused.faults) - 1
    if more == 1:
        text += " " + QCoreApplication.translate("Assessment", "(en nog één andere fout)")
    elif more > 1:
        text += " " + QCoreApplication.translate(
            "Assessment", "(en nog {count} andere fouten)"
        ).format(count=more)
    return text


class FrameworkChooser(QWidget):
    chosen = Signal(object)  # the Framework
    cancelled = Signal()

    def __init__(
        self,
        library: FrameworkLibrary,
        own: Framework | None,
        entry: Entry,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.usable = [k for k in library.newest() if entry in k.entries]
        self.list = ActivatingList()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAccessibleName(self.tr("Afwegingskaders"))
        for framework in sorted(self.usable, key=lambda k: k.group.name.casefold()):
            line = framework_line(framework.group.name, framework.version, framework.date)
            if own is not None and framework.key == own.key:
                line += " " + self.tr("(uw beroepsgroep)")
            item = QListWidgetItem(f"{framework.title}\n{line}")
            item.setData(KEY_ROLE, (framework.id, framework.version))
            self.list.addItem(item)
        self.missing = wrapped(
            self.tr(
                "Voor uw beroepsgroep is geen bruikbaar afwegingskader geladen. Kies het kader "
                "waarmee u deze weging maakt, of vraag de beheerder de beroepsgroep in te stellen."
            )
        )
        self.missing.setObjectName("ownFrameworkMissing")
        self.missing.setVisible(own is None)
        self.refused = warning(self._refused_text())
        self.refused.setObjectName("refusedFrameworks")
        self.refused.setVisible(bool(library.refused))
        self.choose_button = QPushButton(self.tr("Dit kader &gebruiken"))
        self.back_button = QPushButton(self.tr("&Terug naar de weging"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.choose_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(small_heading(self.tr("Ander afwegingskader kiezen")))
        layout.addWidget(
            wrapped(
                self.tr(
                    "Een weging wordt vastgelegd met het afwegingskader en de versie waaronder "
                    "zij is gemaakt; ook een ander kader dan dat van uw beroepsgroep wordt zo "
                    "vastgelegd. Kies alleen een ander kader als de situatie erom vraagt, "
                    "bijvoorbeeld de route bij een aanwijzing tegen een medewerker in de "
                    "kinderopvang of het onderwijs."
                )
            )
        )
        layout.addWidget(self.missing)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.refused)
        layout.addLayout(buttons)
        self.list.itemActivated.connect(lambda _: self._choose())
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.choose_button.clicked.connect(self._choose)
        self.back_button.clicked.connect(self.cancelled)
        self._update()

    def _refused_text(self) -> str:
        if not self.library.refused:
            return ""
        lines = [self.tr("Niet geladen, en daarom niet te kiezen:")]
        lines += [f"• {refused_note(r)}" for r in self.library.refused]
        return "\n".join(lines)

    def start(self, current: Framework | None) -> None:
        """Show the list with the kader in use selected; Cancel only when one is in use."""
        self.back_button.setVisible(current is not None)
        self.list.setCurrentRow(0 if self.usable else -1)
        if current is not None:
            self.select(current.key)
        self.list.setFocus()

    def select(self, key: FrameworkKey) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(KEY_ROLE) == (key.id, key.version):
                self.list.setCurrentRow(row)

    def selected(self) -> Framework | None:
        item = self.list.currentItem()
        if item is None:
            return None
        framework_id, version = item.data(KEY_ROLE)
        return self.library.get(framework_id, version)

    def _update(self) -> None:
        self.choose_button.setEnabled(self.selected() is not None)

    def _choose(self) -> None:
        framework = self.selected()
        if framework is not None:
            self.chosen.emit(framework)
