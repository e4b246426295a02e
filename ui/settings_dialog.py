"""The user's own settings; a key the administrator locked is shown, but cannot be changed.

The profession group is the core's (`app.framework.profession`): its choices, what is chosen
now and whether it has a kader, and the check of a new choice.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from app.framework.library import FrameworkLibrary, load_library
from app.framework.profession import (
    SETTING_KEY,
    choose_profession_group,
    profession_group_setting,
)
from app.settings import AUTO_LOCK_CHOICES, Settings
from ui.widgets import ask
from ui.widgets.fields import ErrorField, FieldErrors, error_label
from ui.widgets.labels import wrapped
from ui.widgets.wheel import choice_box, number_box

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))
GROUP_BOX_CHARACTERS = 60
MAX_STUCK_DAYS = 365


class SettingsDialog(QDialog):
    changed = Signal(object)  # the new Settings (the caller stores them)

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        library: FrameworkLibrary | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.library = library if library is not None else load_library()
        self.group_setting = profession_group_setting(settings, self.library)
        self.setWindowTitle(self.tr("Instellingen"))
        self.auto_lock = choice_box()
        minutes = sorted({*AUTO_LOCK_CHOICES, settings.auto_lock_minutes})
        for value in minutes:
            text = (
                self.tr("na 1 minuut")
                if value == 1
                else self.tr("na {minutes} minuten").format(minutes=value)
            )
            self.auto_lock.addItem(text, value)
        self.auto_lock.setCurrentIndex(self.auto_lock.findData(settings.auto_lock_minutes))
        self.language = choice_box()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.profession_group = self._group_choice()
        self.stuck_after = number_box()
        self.stuck_after.setRange(1, MAX_STUCK_DAYS)
        self.stuck_after.setValue(min(max(1, settings.stuck_after_days), MAX_STUCK_DAYS))
        self.stuck_after.setSuffix(self.tr(" dagen"))
        self.stuck_after.setMaximumWidth(140)
        self.fields = {
            "auto_lock_minutes": ErrorField(
                self.auto_lock,
                self.tr("Zonder gebruik vergrendelt het programma zich na deze tijd."),
            ),
            "language": ErrorField(
                self.language, self.tr("Een andere taal geldt na opnieuw starten.")
            ),
            SETTING_KEY: ErrorField(self.profession_group, self._group_hint()),
            "stuck_after_days": ErrorField(
                self.stuck_after,
                self.tr(
                    "Staat een casus langer in dezelfde stap, dan meldt Vandaag dat hij stilstaat."
                ),
            ),
        }
        self.form_error = error_label()
        self.errors = FieldErrors(self.fields, self.form_error)
        for key, field in self.fields.items():
            if settings.is_locked(key):
                field.editor.setEnabled(False)
                field.set_hint(self.tr("vastgezet door de beheerder"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Automatisch vergrendelen:"), self.fields["auto_lock_minutes"])
        form.addRow(self.tr("Taal:"), self.fields["language"])
        form.addRow(self.tr("Beroepsgroep:"), self.fields[SETTING_KEY])
        form.addRow(self.tr("Stilstand na:"), self.fields["stuck_after_days"])
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr("Deze instellingen gelden voor u op deze computer.")))
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)
        self.setMinimumWidth(700)
        self._shown = self._choices()

    def _choices(self) -> tuple[object, ...]:
        """What the boxes hold now, to tell whether anything was changed."""
        return (
            self.auto_lock.currentData(),
            self.language.currentData(),
            self.profession_group.currentData(),
            self.stuck_after.value(),
        )

    def _group_choice(self) -> QComboBox:
        """Each group with a kader, with its version; unset means the general model."""
        combo = choice_box()
        # Group names are long; the list shows them whole, the closed box need not.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(GROUP_BOX_CHARACTERS)
        for choice in self.group_setting.choices:
            combo.addItem(
                self.tr("{group} · kader versie {version}").format(
                    group=choice.name, version=choice.version
                ),
                choice.id,
            )
        current = self.group_setting.group_id
        if combo.findData(current) < 0:
            # Kept and shown, never silently replaced: its kader is missing or was refused.
            combo.addItem(
                self.tr("{group} (geen bruikbaar afwegingskader)").format(group=current), current
            )
        combo.setCurrentIndex(combo.findData(current))
        combo.setToolTip(combo.currentText())  # the whole name, also when cut off
        combo.currentTextChanged.connect(combo.setToolTip)
        return combo

    def _group_hint(self) -> str:
        if self.group_setting.default_framework is None:
            return self.tr(
                "Voor deze beroepsgroep is geen afwegingskader geladen; bij een weging kiest "
                "u dan zelf het kader."
            )
        return self.tr(
            "Bepaalt met welk afwegingskader u weegt. Elke weging legt het kader en de versie vast."
        )

    def chosen(self) -> Settings:
        """The settings as chosen; a new profession group is checked by the core."""
        values: dict[str, object] = {}
        if not self.settings.is_locked("auto_lock_minutes"):
            values["auto_lock_minutes"] = int(self.auto_lock.currentData())
        if not self.settings.is_locked("language"):
            values["language"] = str(self.language.currentData())
        if not self.settings.is_locked("stuck_after_days"):
            values["stuck_after_days"] = self.stuck_after.value()
        chosen = replace(self.settings, **values)  # type: ignore[arg-type]
        group_id = str(self.profession_group.currentData())
        if not self.group_setting.locked and group_id != self.group_setting.group_id:
            chosen = choose_profession_group(chosen, group_id, self.library)
        return chosen

    def reject(self) -> None:
        if self._choices() != self._shown and not ask.ask(
            self,
            self.tr("Instellingen niet opgeslagen"),
            self.tr("U hebt instellingen gewijzigd die nog niet zijn opgeslagen. Weggooien?"),
            self.tr("Weggooien"),
            self.tr("Terug naar de instellingen"),
        ):
            return
        super().reject()

    def accept(self) -> None:
        chosen = self.errors.attempt(self.chosen)
        if chosen is None:
            return
        super().accept()
        self.changed.emit(chosen)
