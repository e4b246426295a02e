"""The Veilig Thuis organisations per region, read from resources/veilig_thuis/organisaties.toml.

The list is data because regions merge; the national number is the one the melder calls (it
routes to the region), and 112 comes first in acute danger. A damaged list is a defect of the
installation, reported with a Dutch message and a developer's detail that names no case.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.errors import MeldcodeError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.paths import resources_dir

_REGION_KEYS = frozenset({"id", "name", "organisation", "provinces", "merged_into", "notes"})
_PHONE = re.compile(r"[0-9][0-9 -]*[0-9]|[0-9]")
_REGION_ID = re.compile(r"[a-z][a-z-]*[a-z]")


class VeiligThuisListInvalid(MeldcodeError):
    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            Message(
                "errors",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "De lijst van Veilig Thuis-organisaties in dit programma is beschadigd. "
                    "Bel Veilig Thuis op 0800-2000 (bij acuut gevaar 112) en installeer het "
                    "programma opnieuw.",
                ),
            )
        )

    def __str__(self) -> str:
        return f"{self.message.format()} [{self.detail}]"


@dataclass(frozen=True)
class Region:
    id: str
    name: str
    organisation: str
    provinces: tuple[str, ...]
    merged_into: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class VeiligThuisList:
    national_phone: str
    national_phone_note: str
    acute_phone: str
    acute_phone_note: str
    regions: tuple[Region, ...]

    def region(self, region_id: str) -> Region:
        for region in self.regions:
            if region.id == region_id:
                return region
        raise KeyError(region_id)

    def organisation_for_region(self, region_id: str) -> Region:
        """The region whose organisation serves `region_id` now, following mergers."""
        region = self.region(region_id)
        while region.merged_into is not None:
            region = self.region(region.merged_into)
        return region


def default_path() -> Path:
    return resources_dir() / "veilig_thuis" / "organisaties.toml"


@cache
def load_default() -> VeiligThuisList:
    return load(default_path())


def organisation_for_region(region_id: str) -> Region:
    return load_default().organisation_for_region(region_id)


def load(path: Path) -> VeiligThuisList:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise VeiligThuisListInvalid(f"unreadable: {type(exc).__name__}") from exc
    return parse(raw)


def parse(raw: dict[str, Any]) -> VeiligThuisList:
    regions = tuple(_region(index, entry) for index, entry in enumerate(_list(raw, "region")))
    listing = VeiligThuisList(
        national_phone=_phone(raw, "national_phone"),
        national_phone_note=_text(raw, "national_phone_note"),
        acute_phone=_phone(raw, "acute_phone"),
        acute_phone_note=_text(raw, "acute_phone_note"),
        regions=regions,
    )
    _check_references(listing)
    return listing


def _region(index: int, entry: object) -> Region:
    if not isinstance(entry, dict):
        raise VeiligThuisListInvalid(f"region {index}: not a table")
    region_id = _text(entry, "id")
    unknown = sorted(set(entry) - _REGION_KEYS)
    if unknown:
        # A phone number or address per region would be a fact we do not keep (see the file).
        raise VeiligThuisListInvalid(f"region {region_id}: unknown keys {unknown}")
    if not _REGION_ID.fullmatch(region_id):
        raise VeiligThuisListInvalid(f"region {index}: id {region_id!r} is not lower-case-words")
    provinces = _list(entry, "provinces")
    if not provinces or not all(isinstance(p, str) and p for p in provinces):
        raise VeiligThuisListInvalid(f"region {region_id}: provinces must be names")
    merged_into = entry.get("merged_into")
    if merged_into is not None and not isinstance(merged_into, str):
        raise VeiligThuisListInvalid(f"region {region_id}: merged_into must be a region id")
    notes = entry.get("notes", "")
    if not isinstance(notes, str):
        raise VeiligThuisListInvalid(f"region {region_id}: notes must be text")
    return Region(
        id=region_id,
        name=_text(entry, "name"),
        organisation=_text(entry, "organisation"),
        provinces=tuple(provinces),
        merged_into=merged_into or None,
        notes=notes,
    )


def _check_references(listing: VeiligThuisList) -> None:
    ids = [region.id for region in listing.regions]
    if not ids:
        raise VeiligThuisListInvalid("no regions")
    if len(set(ids)) != len(ids):
        raise VeiligThuisListInvalid("region ids are not unique")
    for region in listing.regions:
        seen = {region.id}
        current = region
        while current.merged_into is not None:
            if current.merged_into not in ids:
                raise VeiligThuisListInvalid(f"region {current.id}: merged into unknown region")
            if current.merged_into in seen:
                raise VeiligThuisListInvalid(f"region {region.id}: mergers form a circle")
            seen.add(current.merged_into)
            current = listing.region(current.merged_into)


def _text(table: dict[str, Any], key: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise VeiligThuisListInvalid(f"{key}: missing or not text")
    return value.strip()


def _phone(table: dict[str, Any], key: str) -> str:
    value = _text(table, key)
    if not _PHONE.fullmatch(value):
        raise VeiligThuisListInvalid(f"{key}: not a phone number")
    return value


def _list(table: dict[str, Any], key: str) -> list[Any]:
    value = table.get(key)
    if not isinstance(value, list):
        raise VeiligThuisListInvalid(f"{key}: missing or not a list")
    return value
