"""Marking user-facing text in the Qt-free core for translation.

The core writes its user-facing text in Dutch, the product's first language. It cannot call
Qt's translator, so it marks each text with `QT_TRANSLATE_NOOP(context, text)`: a no-op here,
but the marker that `pyside6-lupdate` collects into the Qt Linguist catalogue. The UI passes
the same pair to `QCoreApplication.translate` to show the English text when asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A user-facing Dutch text with its translation context and named placeholders."""

    context: str
    text: str
    params: dict[str, object] = field(default_factory=dict)

    def format(self, translated: str | None = None) -> str:
        template = self.text if translated is None else translated
        return template.format(**self.params) if self.params else template

    def __str__(self) -> str:
        return self.format()
