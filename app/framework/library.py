"""The kaders the program knows: the default per profession group (the settings' choices are
`app.framework.profession`), and opening a stored check under the exact kader version it was
made with."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

from app.errors import MeldcodeError
from app.framework.assessment import Assessment, AssessmentRecord, replay
from app.framework.faults import FrameworkRefused
from app.framework.groups import GroupPointer, load_group_pointers
from app.framework.loader import framework_folder, load_framework_folder
from app.framework.model import Framework
from app.framework.terms import CTX
from app.i18n import QT_TRANSLATE_NOOP, Message

GENERAL_GROUP_ID = "algemeen"


class FrameworkUnavailable(MeldcodeError):
    def __init__(self, framework_id: str, version: str | None) -> None:
        if version is None:
            text = QT_TRANSLATE_NOOP(
                "afwegingskader", "Afwegingskader '{kader}' is niet beschikbaar."
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "afwegingskader",
                "Afwegingskader '{kader}' versie {version} is niet (meer) beschikbaar; een "
                "weging wordt alleen met haar eigen versie geopend.",
            )
        super().__init__(Message(CTX, text, {"kader": framework_id, "version": version or ""}))


class FrameworkLibrary:
    def __init__(
        self,
        frameworks: Iterable[Framework],
        refused: Iterable[FrameworkRefused] = (),
        pointers: Iterable[GroupPointer] = (),
    ) -> None:
        self.frameworks = tuple(sorted(frameworks, key=lambda k: (k.id, k.version_order)))
        self.refused = tuple(refused)
        own_groups = {k.group.id for k in self.frameworks}
        known_ids = {k.id for k in self.frameworks}
        # A group with a kader of its own never points elsewhere; a pointer to a kader that is
        # not loaded is left out, so the group is not offered without a kader behind it.
        self.pointers = tuple(
            p for p in pointers if p.id not in own_groups and p.framework_id in known_ids
        )

    def get(self, framework_id: str, version: str | None = None) -> Framework:
        """The kader with that id: the given version, or the newest when none is given."""
        candidates = [k for k in self.frameworks if k.id == framework_id]
        if version is not None:
            candidates = [k for k in candidates if k.version == version]
        if not candidates:
            raise FrameworkUnavailable(framework_id, version)
        return candidates[-1]

    def newest(self) -> tuple[Framework, ...]:
        """The newest version of every kader id."""
        by_id = {k.id: k for k in self.frameworks}  # sorted by version, so the last one wins
        return tuple(by_id.values())

    def default_for_group(self, group_id: str) -> Framework | None:
        """The newest kader of a profession group; the general model when no group is set.

        An unknown group gives None rather than the general model: a practice whose own kader
        is missing (or refused) must be asked to choose, never silently weighed under another.
        """
        wanted = group_id or GENERAL_GROUP_ID
        own = [k for k in self.frameworks if k.group.id == wanted]
        if not own:
            pointer = self.pointer(wanted)
            return self.get(pointer.framework_id) if pointer is not None else None
        return max(own, key=lambda k: (k.version_order, k.date, k.id))

    def pointer(self, group_id: str) -> GroupPointer | None:
        """The entry of a group that works under another group's kader, if it is one."""
        return next((p for p in self.pointers if p.id == group_id), None)

    def replay(self, record: AssessmentRecord) -> Assessment:
        return replay(self.get(record.framework_id, record.framework_version), record)


def load_library(
    folder: Path | None = None, pointers: Iterable[GroupPointer] | None = None
) -> FrameworkLibrary:
    """All kaders in `folder` (the shipped `resources/afwegingskaders` by default), with the
    shipped group pointers when no folder is given."""
    loaded = load_framework_folder(folder or framework_folder())
    if pointers is None:
        pointers = load_group_pointers() if folder is None else ()
    return FrameworkLibrary(loaded.frameworks, loaded.refused, pointers)


@cache
def shipped_library() -> FrameworkLibrary:
    """The shipped kaders, read once per run: the files do not change while it runs, and
    reading and checking all of them takes a few tens of milliseconds."""
    return load_library()
