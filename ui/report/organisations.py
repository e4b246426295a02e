"""Choosing the Veilig Thuis organisation: the list is data (resources/veilig_thuis), the
practice's region picks the default, and a region that merged leads to its successor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from app.export.veilig_thuis import Region, VeiligThuisList
from ui.widgets.wheel import choice_box


def current_organisations(listing: VeiligThuisList) -> list[Region]:
    """The organisations that exist now (not merged into another), by name."""
    return sorted(
        (region for region in listing.regions if region.merged_into is None),
        key=lambda region: region.organisation.casefold(),
    )


def default_organisation(listing: VeiligThuisList, region_id: str | None) -> Region | None:
    if not region_id:
        return None
    try:
        return listing.organisation_for_region(region_id)
    except KeyError:
        return None


def organisation_combo(listing: VeiligThuisList, region_id: str | None) -> QComboBox:
    """Every current organisation; the practice's own chosen, or 'choose…' when unknown."""
    combo = choice_box()
    combo.addItem(
        QCoreApplication.translate("organisations", "Kies de Veilig Thuis-organisatie…"), ""
    )
    for region in current_organisations(listing):
        combo.addItem(region.organisation, region.id)
    chosen = default_organisation(listing, region_id)
    combo.setCurrentIndex(max(0, combo.findData(chosen.id)) if chosen else 0)
    return combo


def chosen_organisation(listing: VeiligThuisList, combo: QComboBox) -> Region | None:
    region_id = str(combo.currentData() or "")
    return listing.region(region_id) if region_id else None
