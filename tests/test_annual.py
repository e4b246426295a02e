"""The annual overview counts requests for advice to Veilig Thuis per year."""

from datetime import date

from app.domain.enums import ConsulteeKind
from app.vault.vault import Vault
from tests.entry_values import case_with_signal, consultation


def test_advice_requests_are_counted_per_year(vault: Vault) -> None:
    case_id = case_with_signal(vault)
    vault.entries.add(
        case_id, consultation(held_on=date(2023, 12, 31), consultee_kind=ConsulteeKind.VEILIG_THUIS)
    )
    vault.entries.add(
        case_id,
        consultation(held_on=date(2024, 1, 2), consultee_kind=ConsulteeKind.CONFIDENTIAL_DOCTOR),
    )
    named = vault.entries.add(
        case_id,
        consultation(
            held_on=date(2024, 3, 1), consultee_kind=ConsulteeKind.VEILIG_THUIS, client_named=True
        ),
    )
    vault.entries.add(case_id, consultation(held_on=date(2024, 3, 2)))
    withdrawn = vault.entries.add(
        case_id, consultation(held_on=date(2024, 4, 1), consultee_kind=ConsulteeKind.VEILIG_THUIS)
    )
    vault.entries.withdraw(withdrawn.id, "Dubbel vastgelegd")
    assert vault.annual.advice_requests_per_year() == {2023: 1, 2024: 2}
    assert vault.annual.advice_requests(2024) == 2 and vault.annual.advice_requests(2022) == 0
    vault.entries.correct(
        named.id,
        consultation(held_on=date(2024, 3, 1), consultee_kind=ConsulteeKind.COLLEAGUE),
        "Was een collega, niet Veilig Thuis",
    )
    assert vault.annual.advice_requests(2024) == 1
