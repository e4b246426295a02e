"""Command-line commands for the practice's people and its access log.

    meldcode-werkplek gebruikers lijst|toevoegen|uitschakelen|wachtzin|nieuwe-wachtzin
    meldcode-werkplek logboek [--casus N] [--gebruiker U] [--van D] [--tot D]
                              --format csv|pdf --out BESTAND

Each unlocks the vault as `--user` (the one doing it); passphrases are read as in `app.cli`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from app import cli_args
from app.crypto.device_secret import DeviceSecretStore
from app.domain.models import User, UserDraft
from app.domain.roles import WorkRole
from app.export.access_log import LogFormat, export_log
from app.store.access_log import LogFilter
from app.vault.vault import Vault

EXIT_OK = 0
ROLE_CHOICES = [role.value for role in WorkRole]


def add_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    add_user_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    users = commands.add_parser(
        "gebruikers", help="beheer de gebruikers: toevoegen, uitschakelen, wachtzinnen"
    )
    actions = users.add_subparsers(dest="action", metavar="actie", required=True)
    listing = actions.add_parser("lijst", help="toon de gebruikers met hun rol")
    add_user_options(listing)
    add = actions.add_parser(
        "toevoegen",
        help="voeg een collega toe met een rol en een eerste wachtzin (twee keer gevraagd), "
        "die bij de eerste keer ontgrendelen gewijzigd moet worden",
    )
    add.add_argument("naam", help="de naam zoals die in het dossier komt")
    add.add_argument("--rol", choices=ROLE_CHOICES, required=True)
    add.add_argument("--beheerder", action="store_true", help="mag ook gebruikers beheren")
    add.add_argument("--functie", default="", help="functie, bijvoorbeeld 'huisarts'")
    add_user_options(add)
    off = actions.add_parser(
        "uitschakelen",
        help="schakel een collega uit (de naam blijft in het logboek; er wordt niets gewist)",
    )
    off.add_argument("gebruiker", help="nummer of naam")
    add_user_options(off)
    own = actions.add_parser(
        "wachtzin",
        help="kies een nieuwe eigen wachtzin (eerst de huidige, dan twee keer de nieuwe)",
    )
    add_user_options(own)
    reset = actions.add_parser(
        "nieuwe-wachtzin",
        help="geef een collega die de wachtzin vergat een nieuwe eerste wachtzin (beheerder, "
        "met de collega erbij)",
    )
    reset.add_argument("gebruiker", help="nummer of naam")
    add_user_options(reset)

    log = commands.add_parser(
        "logboek",
        help="exporteer het logboek (NEN 7513) versleuteld, als PDF of als CSV in een "
        "versleuteld bestand; vraagt een wachtzin voor het bestand",
    )
    log.add_argument("--casus", type=int, help="alleen deze casus (nummer)")
    log.add_argument("--gebruiker", help="alleen deze gebruiker (nummer of naam)")
    log.add_argument("--van", type=cli_args.day, help="vanaf deze datum (DD-MM-JJJJ)")
    log.add_argument("--tot", type=cli_args.day, help="tot en met deze datum (DD-MM-JJJJ)")
    log.add_argument("--format", choices=[f.value for f in LogFormat], required=True)
    log.add_argument("--out", type=Path, required=True, help="het bestand dat wordt geschreven")
    add_user_options(log)


def _unlock(args: argparse.Namespace) -> Vault:
    from app.cli import _unlock as unlock

    return unlock(args)


def _ask(prompt: str) -> str:
    from app.cli import _ask_secret

    return _ask_secret(prompt)


def _find_user(vault: Vault, wanted: str) -> User:
    for user in vault.users():
        if wanted == str(user.id) or wanted.casefold() == user.display_name.casefold():
            return user
    raise SystemExit(f"Gebruiker '{wanted}' staat niet in deze kluis.")


def _describe(user: User) -> str:
    parts = [user.work_role.value]
    if user.is_admin:
        parts.append("beheerder")
    if not user.active:
        parts.append("uitgeschakeld")
    elif user.must_change_passphrase:
        parts.append("moet eigen wachtzin kiezen")
    return f"{user.id}\t{user.display_name}\t{', '.join(parts)}"


def users_command(args: argparse.Namespace) -> int:
    store = DeviceSecretStore()
    if args.action == "wachtzin":
        with _unlock(args) as vault:
            new = _ask("Nieuwe wachtzin: ")
            vault.change_passphrase(new, _ask("Nieuwe wachtzin (nog eens): "), store)
        print("Uw wachtzin is gewijzigd.")
        return EXIT_OK
    with _unlock(args) as vault:
        if args.action == "lijst":
            vault.access.require_own_passphrase()
            for user in vault.users():
                print(_describe(user))
        elif args.action == "toevoegen":
            draft = UserDraft(args.naam, args.functie, "", args.rol, is_admin=args.beheerder)
            vault.access.require_admin()
            first = _ask("Eerste wachtzin voor de collega: ")
            user = vault.add_user(draft, first, _ask("Eerste wachtzin (nog eens): "), store)
            print(f"Toegevoegd: {_describe(user)}")
            print("De collega kiest bij de eerste keer ontgrendelen een eigen wachtzin.")
        elif args.action == "uitschakelen":
            user = vault.deactivate_user(_find_user(vault, args.gebruiker).id)
            print(f"Uitgeschakeld: {_describe(user)}")
        elif args.action == "nieuwe-wachtzin":
            target = _find_user(vault, args.gebruiker)
            vault.access.require_admin()
            first = _ask("Nieuwe eerste wachtzin voor de collega: ")
            user = vault.reset_passphrase(
                target.id, first, _ask("Nieuwe eerste wachtzin (nog eens): "), store
            )
            print(f"Nieuwe eerste wachtzin gegeven: {_describe(user)}")
    return EXIT_OK


def log_command(args: argparse.Namespace) -> int:
    with _unlock(args) as vault:
        user_id = None if args.gebruiker is None else _find_user(vault, args.gebruiker).id
        wanted = LogFilter(args.casus, user_id, args.van, args.tot, newest_first=False)
        rows = vault.access_log.all_rows(wanted)
        passphrase = _ask("Wachtzin voor het bestand: ")
        target = export_log(rows, wanted, LogFormat(args.format), passphrase, args.out)
        vault.access_log.log_export(wanted, args.format, len(rows))
    print(f"Logboek geschreven ({len(rows)} regels, versleuteld): {target}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gebruikers": users_command,
    "logboek": log_command,
}
