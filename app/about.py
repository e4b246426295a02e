"""What Help > Over shows and copies: the installation, never a case.

Version and build, the folders, where the policy is looked for and what it locks, the keyring in
use and the kader versions: what a helpdesk asks for. The lines are plain text so the window
can copy them as they are shown.
"""

from __future__ import annotations

import json
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import __version__
from app.framework.library import FrameworkLibrary
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import AppDirs, app_dirs
from app.policy import policy_locations
from app.settings import Settings, data_folder

CTX = "over"
BUILD_INFO_FILE = "build-info.json"
Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class AboutLine:
    label: str  # Dutch source text, translated under CTX
    value: str
    translate_value: bool = False


def build_info() -> str:
    """The build the frozen program was made from (written at freeze time), or 'development'."""
    file = Path(__file__).resolve().parent.parent / BUILD_INFO_FILE
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        return str(data["build"])
    except (OSError, ValueError, KeyError, TypeError):
        return QT_TRANSLATE_NOOP("over", "ontwikkelversie (niet bevroren)")


def about_lines(
    settings: Settings,
    *,
    keyring_name: str,
    library: FrameworkLibrary,
    dirs: AppDirs | None = None,
) -> list[AboutLine]:
    dirs = dirs or app_dirs()
    frozen = bool(getattr(sys, "frozen", False))
    if settings.policy_fault:
        policy = f"{settings.policy_source}: {settings.policy_fault}"
        policy_label = QT_TRANSLATE_NOOP("over", "Beleid ONLEESBAAR (strengste instellingen)")
    elif settings.policy_source:
        policy, policy_label = (
            settings.policy_source,
            QT_TRANSLATE_NOOP("over", "Beleid gelezen uit"),
        )
    else:
        policy, policy_label = (
            QT_TRANSLATE_NOOP("over", "geen"),
            QT_TRANSLATE_NOOP("over", "Beleid"),
        )
    locked = ", ".join(sorted(settings.locked)) or QT_TRANSLATE_NOOP("over", "geen")
    kaders = ", ".join(f"{k.id} {k.version}" for k in library.newest())
    return [
        AboutLine(QT_TRANSLATE_NOOP("over", "Versie"), __version__),
        AboutLine(QT_TRANSLATE_NOOP("over", "Build"), build_info(), translate_value=not frozen),
        AboutLine(
            QT_TRANSLATE_NOOP("over", "Systeem"), f"{platform.system()} {platform.release()}"
        ),
        AboutLine(QT_TRANSLATE_NOOP("over", "Gegevensmap"), str(data_folder(settings))),
        AboutLine(QT_TRANSLATE_NOOP("over", "Logmap"), str(dirs.logs)),
        AboutLine(QT_TRANSLATE_NOOP("over", "Instellingenmap"), str(dirs.config)),
        AboutLine(QT_TRANSLATE_NOOP("over", "Beleid gezocht in"), "; ".join(policy_locations())),
        AboutLine(policy_label, policy, translate_value=not settings.policy_source),
        AboutLine(
            QT_TRANSLATE_NOOP("over", "Vastgezet door de beheerder"),
            locked,
            translate_value=not settings.locked,
        ),
        AboutLine(QT_TRANSLATE_NOOP("over", "Sleutelhanger"), keyring_name),
        AboutLine(
            QT_TRANSLATE_NOOP("over", "Praktijkserver"),
            settings.practice_server or QT_TRANSLATE_NOOP("over", "geen"),
            translate_value=not settings.practice_server,
        ),
        AboutLine(QT_TRANSLATE_NOOP("over", "Afwegingskaders"), kaders),
    ]


def about_text(lines: list[AboutLine], translate: Translate | None = None) -> str:
    """The lines as the window shows and copies them."""

    def tr(text: str) -> str:
        return translate(CTX, text) if translate is not None else text

    return "\n".join(
        f"{tr(line.label)}: {tr(line.value) if line.translate_value else line.value}"
        for line in lines
    )
