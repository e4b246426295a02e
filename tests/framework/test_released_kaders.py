"""Released kader versions are pinned: a stored weging names a kader id and version and is
only ever replayed under exactly that file, so a released file must never change unseen.

`resources/afwegingskaders/released.sha256` lists the SHA-256 of every released file. A change
to one of them fails here: copy the file, raise its version, and pin the new file as well.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.framework.loader import FRAMEWORK_SUFFIX, framework_folder, load_framework

PINS = framework_folder() / "released.sha256"


def pinned() -> dict[str, str]:
    found: dict[str, str] = {}
    for line in PINS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        digest, name = line.split(maxsplit=1)
        assert name not in found, f"{name} is pinned twice"
        found[name] = digest
    return found


def digest_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", sorted(pinned()))
def test_a_released_kader_file_is_unchanged(name: str) -> None:
    path = framework_folder() / name
    assert path.is_file(), f"released kader {name} is gone; a stored weging may name it"
    assert digest_of(path) == pinned()[name], (
        f"released kader {name} changed: never edit a released version, make a new version "
        "(a new file with a higher version) and pin it in released.sha256"
    )


def test_every_shipped_kader_file_is_pinned() -> None:
    shipped = {p.name for p in framework_folder().glob(f"*{FRAMEWORK_SUFFIX}")}
    assert shipped == set(pinned())


def test_each_pinned_file_is_its_own_kader_version() -> None:
    keys = [load_framework(framework_folder() / name).key for name in pinned()]
    assert len(keys) == len(set(keys))


def test_a_changed_file_is_seen(tmp_path: Path) -> None:
    name = sorted(pinned())[0]
    copy = tmp_path / name
    copy.write_bytes((framework_folder() / name).read_bytes() + b"\n")
    assert digest_of(copy) != pinned()[name]
