"""Showing the core's Dutch text, translated when the user chose another language.

The core marks its texts with `QT_TRANSLATE_NOOP(context, text)`; here the same pair goes to
Qt's translator and the placeholders are filled afterwards, so a translation can move them.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.errors import MeldcodeError
from app.i18n import Message

if TYPE_CHECKING:
    from app.domain.enums import LabelledEnum


def message_text(message: Message) -> str:
    return message.format(QCoreApplication.translate(message.context, message.text))


def error_text(error: MeldcodeError) -> str:
    return message_text(error.message)


def error_details(error: MeldcodeError) -> str:
    """The technical side of an error, for a "Details" part ("" when there is none)."""
    return message_text(error.details) if error.details is not None else ""


def label_text(member: LabelledEnum) -> str:
    # The domain's enums are read with the first label, not with the unlock window.
    from app.domain.enums import LABELS_CONTEXT

    return QCoreApplication.translate(LABELS_CONTEXT, member.label)


def date_text(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def time_text(value: time) -> str:
    return value.strftime("%H:%M")


def moment_text(value: datetime) -> str:
    """A stored moment (UTC) as the user's local date and time."""
    return value.astimezone().strftime("%d-%m-%Y %H:%M")
