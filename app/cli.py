"""The command line for administrators and tests: `meldcode-werkplek --help`.

Without a command the desktop program starts (see `ui.launcher`); with one, this module does
the work headless. Passphrases and recovery codes are asked without echo, or read from the
first line of standard input when that is not a terminal (for scripts).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app import __version__, cli_args, cli_practice, cli_registrations, cli_server
from app.crypto.device_secret import DeviceSecretStore
from app.errors import MeldcodeError
from app.hardening import harden_process
from app.selftest import run_self_test
from app.settings import POLICY_UNREADABLE, data_folder, load_settings
from app.vault import backup as backup_file
from app.vault.holders import slot_holders
from app.vault.location import VaultLocation, main_location
from app.vault.vault import Vault, VerifyReport

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    cli_args.speak_dutch()
    parser = argparse.ArgumentParser(
        prog="meldcode-werkplek",
        description=(
            "Meldcode Werkplek: versleuteld werkstation voor de meldcode huiselijk geweld en "
            "kindermishandeling. Zonder opdracht start het programma."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="controleer zonder scherm of deze installatie werkt (wegwerpkluis, PDF) en stop",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="MAP",
        help="map met de kluis (standaard: de gegevensmap van de gebruiker of het beleid)",
    )
    commands = parser.add_subparsers(dest="command", metavar="opdracht")

    verify = commands.add_parser(
        "verify", help="controleer de kluis: versleutelde pagina's en de keten van het logboek"
    )
    _add_user_options(verify)

    backup = commands.add_parser("backup", help="maak een versleutelde reservekopie")
    backup.add_argument(
        "destination",
        type=Path,
        metavar="BESTAND",
        help="het bestand dat wordt geschreven, of een map (de kopie krijgt dan de datum als naam)",
    )
    _add_user_options(backup)

    restore = commands.add_parser(
        "restore",
        help="zet een reservekopie terug (vraagt de herstelcode); de huidige kluis blijft bewaard",
    )
    restore.add_argument("source", type=Path, metavar="BESTAND", help="het reservekopiebestand")

    commands.add_parser("users", help="toon de gebruikers van de kluis")
    cli_registrations.add_parsers(commands, _add_user_options)
    cli_practice.add_commands(commands, _add_user_options)
    cli_server.add_commands(commands)
    return parser


def _add_user_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user",
        metavar="GEBRUIKER",
        help="gebruiker (nummer of naam); standaard de enige gebruiker",
    )
    parser.add_argument(
        "--recovery",
        action="store_true",
        help="ontgrendel met de herstelcode in plaats van een wachtzin",
    )


def wants_gui(argv: Sequence[str]) -> bool:
    args, _ = build_parser().parse_known_args(list(argv))
    return args.command is None and not args.self_test


def _location(args: argparse.Namespace) -> VaultLocation:
    settings = load_settings()
    if settings.policy_fault:
        print(POLICY_UNREADABLE, file=sys.stderr)
    folder = args.data_dir or data_folder(settings)
    return main_location(folder)


def _ask_secret(prompt: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        secret = getpass.getpass(prompt)
    else:
        secret = (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")
    if not secret:
        # Nothing typed or piped in (a script without its input): no attempt is counted.
        what = prompt.rstrip(": ").lower()
        raise SystemExit(f"Er is geen {what} gegeven. Typ hem, of geef hem op de invoer mee.")
    return secret


def _choose_user(location: VaultLocation, wanted: str | None) -> int:
    holders = slot_holders(location)
    if wanted is None:
        if len(holders) == 1:
            return holders[0].user_id
        names = ", ".join(f"{h.user_id} ({h.display_name})" for h in holders)
        raise SystemExit(f"Kies een gebruiker met --user: {names}")
    for holder in holders:
        if wanted == str(holder.user_id) or wanted.casefold() == holder.display_name.casefold():
            return holder.user_id
    raise SystemExit(f"Gebruiker '{wanted}' staat niet in deze kluis.")


def _unlock(args: argparse.Namespace) -> Vault:
    location = _location(args)
    user_id = _choose_user(location, args.user)
    if args.recovery:
        return Vault.unlock_with_recovery(location, _ask_secret("Herstelcode: "), user_id)
    return Vault.unlock(location, user_id, _ask_secret("Wachtzin: "), DeviceSecretStore())


def _verify(args: argparse.Namespace) -> int:
    with _unlock(args) as vault:
        report = vault.verify()
    print_findings(report)
    if report.sound:
        print(
            "De kluis is in orde: alle pagina's, de keten van het logboek, de beveiligingen "
            "en de inhoud van elke wijziging kloppen."
        )
        return EXIT_OK
    print("De kluis is NIET in orde. Zet een reservekopie terug en meld dit aan uw beheerder.")
    return EXIT_PROBLEMS


def print_findings(report: VerifyReport) -> None:
    """Each finding of `verify`, one a line: the vault's and the practice server's."""
    for problem in report.integrity_problems:
        print(f"integriteit: {problem}")
    for audit_problem in report.audit_problems:
        print(f"logboek: regel {audit_problem.seq}: {audit_problem.kind.value}")
    for name in report.protection_problems:
        print(f"beveiliging ontbreekt of is gewijzigd: {name}")
    for content_problem in report.content_problems:
        print(
            f"inhoud: {content_problem.object_type} {content_problem.object_id}: "
            f"{content_problem.kind.value}"
        )
    for derived in report.derived_problems:
        print(f"afgeleide stand: {derived}")


def _backup(args: argparse.Namespace) -> int:
    destination = backup_file.backup_target(args.destination)
    with _unlock(args) as vault:
        vault.backup(destination)
    print(f"Reservekopie geschreven: {destination}")
    print("Terugzetten kan met de herstelcode, ook op een andere computer.")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    location = _location(args)
    header = backup_file.restore_backup(args.source, _ask_secret("Herstelcode: "), location)
    print(f"Reservekopie van {header.created_at} teruggezet in {location.folder}.")
    print("Een vervangen kluis staat in de map 'vervangen'.")
    print("Op een andere computer: open het programma, kies 'Herstelcode gebruiken' en kies")
    print("daarna een nieuwe wachtzin.")
    return EXIT_OK


def _users(args: argparse.Namespace) -> int:
    for holder in slot_holders(_location(args)):
        bound = "gebonden aan deze computer" if holder.device_bound else "alleen wachtzin"
        print(f"{holder.user_id}\t{holder.display_name}\t({bound})")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "verify": _verify,
    "backup": _backup,
    "restore": _restore,
    "users": _users,
    "jaaroverzicht": lambda args: cli_registrations.annual(args, _unlock),
    "registraties": lambda args: cli_registrations.registrations(args, _unlock),
    **cli_practice.COMMANDS,
    **cli_server.COMMANDS,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        if args.self_test:
            ok = run_self_test()
            print("Zelftest geslaagd." if ok else "Zelftest MISLUKT.")
            return EXIT_OK if ok else EXIT_PROBLEMS
        if args.command is None:
            build_parser().print_help()
            return EXIT_ERROR
        return COMMANDS[args.command](args)
    except MeldcodeError as exc:
        print(exc.message.format(), file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    harden_process()
    sys.exit(main())
