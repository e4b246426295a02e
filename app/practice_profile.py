"""The practice's own details, kept as settings in its vault: its name and its Veilig Thuis region.

The name is the melder's practice in a melding and heads the jaaroverzicht; the region picks
the Veilig Thuis organisation a melding goes to, unless the melder chooses another. Both are
about the practice, not about a case, and every practice computer that opens the vault shares
them. A region that merged into another keeps working: the list leads to its successor.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.validation import NAME_MAX, FieldErrors, msg, optional_text
from app.export.veilig_thuis import VeiligThuisList
from app.i18n import QT_TRANSLATE_NOOP
from app.vault.vault import Vault

PRACTICE_NAME_SETTING = "practice_name"
REGION_SETTING = "veilig_thuis_region"


@dataclass(frozen=True)
class PracticeProfile:
    name: str = ""
    region_id: str = ""  # "" while the practice has not chosen its region


def practice_profile(vault: Vault) -> PracticeProfile:
    return PracticeProfile(
        vault.settings.get(PRACTICE_NAME_SETTING), vault.settings.get(REGION_SETTING)
    )


def validate_practice_profile(
    profile: PracticeProfile, listing: VeiligThuisList
) -> PracticeProfile:
    errors = FieldErrors()
    name = optional_text(errors, "name", profile.name, NAME_MAX)
    region_id = profile.region_id.strip()
    if region_id and region_id not in {region.id for region in listing.regions}:
        errors.add(
            "region_id",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation", "Deze regio staat niet in de lijst van Veilig Thuis."
                )
            ),
        )
    errors.raise_if_any()
    return PracticeProfile(name, region_id)


def save_practice_profile(
    vault: Vault, profile: PracticeProfile, listing: VeiligThuisList
) -> PracticeProfile:
    """Check and store both details, or neither; an unchanged detail is not written again."""
    checked = validate_practice_profile(profile, listing)
    stored = practice_profile(vault)
    with vault.db.transaction():
        if checked.name != stored.name:
            vault.settings.set(PRACTICE_NAME_SETTING, checked.name)
        if checked.region_id != stored.region_id:
            vault.settings.set(REGION_SETTING, checked.region_id)
    return checked
