"""The practice manager's registrations on the command line, for an administrator's scripts.

`jaaroverzicht JAAR` writes the annual overview as PDF or CSV, unencrypted, after the same
check as the window's (it refuses when the text meets a client of the vault). `registraties
--van --tot` writes the registratielijst encrypted: a PDF, or for CSV the PDF with the CSV
inside; the file's passphrase is printed once. Both are logged like the window's exports.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app import cli_args
from app.case_documents.exports import (
    DocumentFormat,
    export_registration_list,
    save_annual_overview_unencrypted,
)
from app.domain.validation import validate_year
from app.export import phone_passphrase
from app.vault.vault import Vault

Unlock = Callable[[argparse.Namespace], Vault]
AddUserOptions = Callable[[argparse.ArgumentParser], None]


def add_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], add_user_options: AddUserOptions
) -> None:
    annual = commands.add_parser(
        "jaaroverzicht",
        help="schrijf het jaaroverzicht (alleen aantallen, gecontroleerd, onversleuteld)",
    )
    annual.add_argument("year", type=int, metavar="JAAR", help="het jaar, bijvoorbeeld 2026")
    _add_output_options(annual)
    add_user_options(annual)

    listing = commands.add_parser(
        "registraties",
        help="schrijf de registratielijst van een periode (versleuteld)",
    )
    listing.add_argument(
        "--van", type=cli_args.day, required=True, metavar="DATUM", help="eerste dag"
    )
    listing.add_argument(
        "--tot", type=cli_args.day, required=True, metavar="DATUM", help="laatste dag (telt mee)"
    )
    _add_output_options(listing)
    add_user_options(listing)


def _add_output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=[f.value for f in DocumentFormat], default="pdf", help="pdf of csv"
    )
    parser.add_argument("--out", type=Path, required=True, metavar="BESTAND", help="het bestand")


def annual(args: argparse.Namespace, unlock: Unlock) -> int:
    target: Path = args.out
    form = DocumentFormat(args.format)
    if target.suffix.lower() != f".{form.value}":
        raise SystemExit(f"Kies een bestandsnaam die eindigt op .{form.value}.")
    validate_year(args.year)  # typed here: "26" is not taken for 2026
    with unlock(args) as vault:
        path = save_annual_overview_unencrypted(
            vault, args.year, form, target.parent, target=target
        )
    print(f"Jaaroverzicht {args.year} geschreven: {path}")
    print("Het bevat alleen aantallen; de controle vond geen namen, titels of signalen.")
    return 0


def registrations(args: argparse.Namespace, unlock: Unlock) -> int:
    target: Path = args.out
    form = DocumentFormat(args.format)
    if target.suffix.lower() != ".pdf":
        raise SystemExit(
            "De registratielijst noemt hulpverleners en kenmerken van Veilig Thuis en wordt "
            "alleen versleuteld opgeslagen, ook als CSV: in een versleutelde PDF. Kies een "
            "bestandsnaam die eindigt op .pdf."
        )
    passphrase = phone_passphrase.generate()
    with unlock(args) as vault:
        path = export_registration_list(
            vault, args.van, args.tot, form, passphrase.text, target.parent, target=target
        )
    inside = " met registratielijst.csv erin" if form is DocumentFormat.CSV else ""
    print(f"Registratielijst geschreven: {path} (versleutelde PDF{inside}).")
    print(f"Wachtzin van het bestand: {passphrase.text}")
    return 0
