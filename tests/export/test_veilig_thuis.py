"""The Veilig Thuis list: data we are sure of, uncertainties marked, mergers followed."""

from __future__ import annotations

import copy
import tomllib
from typing import Any

import pytest

from app.export import veilig_thuis as vt


def raw_list() -> dict[str, Any]:
    return tomllib.loads(vt.default_path().read_text(encoding="utf-8"))


def test_the_shipped_list_has_the_26_regions_and_the_national_numbers() -> None:
    listing = vt.load_default()
    assert len(listing.regions) == 26
    assert len({r.id for r in listing.regions}) == 26
    assert listing.national_phone == "0800-2000"
    assert listing.acute_phone == "112"
    for region in listing.regions:
        assert region.organisation.startswith("Veilig Thuis ")
        assert region.provinces
    provinces = {p for r in listing.regions for p in r.provinces}
    assert len(provinces) == 12


def test_uncertain_facts_are_marked_in_notes() -> None:
    listing = vt.load_default()
    noted = {r.id for r in listing.regions if r.notes}
    assert {"utrecht", "west-brabant", "midden-brabant"} <= noted
    assert all(r.notes.startswith("Onzeker") for r in listing.regions if r.notes)


def test_a_region_is_picked_by_its_id() -> None:
    assert vt.organisation_for_region("twente").organisation == "Veilig Thuis Twente"
    with pytest.raises(KeyError):
        vt.organisation_for_region("atlantis")


def test_a_merged_region_leads_to_the_organisation_it_joined() -> None:
    raw = raw_list()
    raw["region"][21]["merged_into"] = raw["region"][20]["id"]  # midden- into west-brabant
    listing = vt.parse(raw)
    assert listing.organisation_for_region("midden-brabant").id == "west-brabant"
    assert listing.region("midden-brabant").merged_into == "west-brabant"


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda raw: raw["region"][1].update(merged_into="nergens"), "unknown region"),
        (
            lambda raw: (
                raw["region"][0].update(merged_into=raw["region"][1]["id"]),
                raw["region"][1].update(merged_into=raw["region"][0]["id"]),
            ),
            "circle",
        ),
        (lambda raw: raw["region"][1].update(id=raw["region"][0]["id"]), "not unique"),
        (lambda raw: raw.update(national_phone="bel ons"), "not a phone number"),
        (lambda raw: raw["region"][2].update(phone="050 123 4567"), "unknown keys"),
        (lambda raw: raw["region"][3].pop("organisation"), "organisation"),
        (lambda raw: raw.update(region=[]), "no regions"),
    ],
)
def test_a_damaged_list_is_refused_with_a_dutch_message(change: Any, detail: str) -> None:
    raw = copy.deepcopy(raw_list())
    change(raw)
    with pytest.raises(vt.VeiligThuisListInvalid) as exc:
        vt.parse(raw)
    assert detail in exc.value.detail
    assert "0800-2000" in exc.value.message.format()
