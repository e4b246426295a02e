"""The profession group (beroepsgroep): which kader a weging starts under.

The group is a user setting (`Settings.profession_group`); an administrator can lock it in the
policy file, and then the program shows it without letting anyone change it. The group picks
the default kader (`FrameworkLibrary.default_for_group`). A case may still be weighed under
another kader when its situation asks for it, for instance a school's or childcare centre's
staff-member route in a practice of another group; the weging stores the kader it was made
under, so the choice is in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.domain.validation import FieldErrors, msg
from app.errors import NotAllowed
from app.framework.assessment import Assessment, start_assessment
from app.framework.library import GENERAL_GROUP_ID, FrameworkLibrary, FrameworkUnavailable
from app.framework.model import Framework
from app.framework.terms import CTX, Entry
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.settings import Settings

SETTING_KEY = "profession_group"


class ProfessionGroupLocked(NotAllowed):
    def __init__(self) -> None:
        super().__init__(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "afwegingskader",
                    "De beroepsgroep is door de beheerder vastgezet en kan hier niet worden "
                    "gewijzigd.",
                ),
            )
        )


@dataclass(frozen=True)
class ProfessionGroupChoice:
    """One line of the settings dropdown: a group that has a kader in this program, with the
    version a weging of this group starts under (its default kader's)."""

    id: str
    name: str
    version: str


@dataclass(frozen=True)
class ProfessionGroupSetting:
    """What the settings page shows for the group."""

    choices: tuple[ProfessionGroupChoice, ...]
    current: str  # "" when none is chosen: the general model is used
    locked: bool
    default_framework: Framework | None  # None: the chosen group has no (loadable) kader

    @property
    def group_id(self) -> str:
        """The group the setting stands for: none chosen means the general model's."""
        return self.current or GENERAL_GROUP_ID


def profession_group_choices(library: FrameworkLibrary) -> tuple[ProfessionGroupChoice, ...]:
    """Every group with a loaded kader, by name; a group that works under another group's
    kader (a pointer) is listed by its own name, with the version of the kader it uses."""
    choices = []
    for group in {k.group.id: k.group for k in library.frameworks}.values():
        default = library.default_for_group(group.id)
        assert default is not None  # the group has a kader: it is listed because of one
        choices.append(ProfessionGroupChoice(group.id, group.name, default.version))
    for pointer in library.pointers:
        target = library.default_for_group(pointer.id)
        assert target is not None  # the library keeps only pointers to a loaded kader
        choices.append(ProfessionGroupChoice(pointer.id, pointer.name, target.version))
    return tuple(sorted(choices, key=lambda c: (c.name.casefold(), c.id)))


def profession_group_setting(
    settings: Settings, library: FrameworkLibrary
) -> ProfessionGroupSetting:
    return ProfessionGroupSetting(
        choices=profession_group_choices(library),
        current=settings.profession_group,
        locked=settings.is_locked(SETTING_KEY),
        default_framework=library.default_for_group(settings.profession_group),
    )


def choose_profession_group(
    settings: Settings, group_id: str, library: FrameworkLibrary
) -> Settings:
    """The settings with another group; the caller saves them (`app.settings.save_settings`)."""
    if settings.is_locked(SETTING_KEY):
        raise ProfessionGroupLocked()
    if group_id not in {c.id for c in profession_group_choices(library)}:
        errors = FieldErrors()
        errors.add(
            SETTING_KEY,
            msg(QT_TRANSLATE_NOOP("validation", "Kies een beroepsgroep uit de lijst.")),
        )
        errors.raise_if_any()
    return replace(settings, profession_group=group_id)


def framework_for_case(
    settings: Settings, library: FrameworkLibrary, framework_id: str | None = None
) -> Framework:
    """The kader to weigh a case under: the one chosen for this case, else the group's default.

    Raises `FrameworkUnavailable` when neither is there: the user must choose, never silently
    weigh under another group's kader.
    """
    if framework_id:
        return library.get(framework_id)
    found = library.default_for_group(settings.profession_group)
    if found is None:
        raise FrameworkUnavailable(settings.profession_group or "?", None)
    return found


def start_for_case(
    settings: Settings,
    library: FrameworkLibrary,
    framework_id: str | None = None,
    start: Entry = Entry.CHECK,
) -> Assessment:
    """A new weging for a case: step 4 (`Entry.CHECK`) or the follow-up after a melding."""
    return start_assessment(framework_for_case(settings, library, framework_id), start)
