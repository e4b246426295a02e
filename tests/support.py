"""Shared helpers of the test suite (not fixtures; those are in conftest.py)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable
from pathlib import Path

import keyring.backend
import pytest
from hypothesis import strategies as st

from app.domain.printable import covered_ranges, printable

TEST_PASSPHRASE = "paarse olifant fietst door Zwolle"
MARKERS = ("Marieke Verhoeven-Testmarker", "111222333", "mishandeling")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require_tool(name: str) -> str:
    """The path of an external program; outside CI a missing one skips, in CI it fails."""
    found = shutil.which(name)
    if found:
        return found
    reason = f"{name} is niet geïnstalleerd (.ci/run installeert het met apt-get)"
    if in_ci():
        pytest.fail(f"CI=true en {reason}")
    pytest.skip(reason)


class InMemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring for unit tests only; the real Secret Service is tested in tests/real."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def files_below(*folders: Path) -> Iterable[Path]:
    for folder in folders:
        if folder.is_file():
            yield folder
        elif folder.exists():
            yield from (p for p in folder.rglob("*") if p.is_file())


def plaintext_hits(markers: Iterable[str], *folders: Path) -> list[tuple[Path, str]]:
    """Every (file, marker) where the marker stands in the file as UTF-8 or UTF-16."""
    hits = []
    for path in files_below(*folders):
        raw = path.read_bytes()
        for marker in markers:
            for encoded in (marker.encode("utf-8"), marker.encode("utf-16-le")):
                if encoded in raw:
                    hits.append((path, marker))
                    break
    return hits


def printable_characters() -> st.SearchStrategy[str]:
    """Any character the program keeps: one the documents' fonts draw (a field refuses the
    others, `app.domain.printable`). Drawn from every range the fonts cover, so every script
    shipped comes up, not only the first ranges."""
    starts, ends = covered_ranges()
    spans = list(zip(starts, ends, strict=True))
    return (
        st.sampled_from(spans)
        .flatmap(lambda span: st.integers(span[0], span[1]))
        .map(chr)
        .filter(printable)
    )
