"""Command-line commands for the practice server (PostgreSQL), for the administrator.

    meldcode-werkplek server init URL [--programmarol ROL] [--rol ROL]
    meldcode-werkplek server migrate URL [--programmarol ROL]
    meldcode-werkplek server status URL
    meldcode-werkplek server import-vault URL KLUISMAP [--inlognaam LOGIN] [--kluisgebruiker N]
        [--herstelcode] [--koppel N=LOGIN ...]
    meldcode-werkplek server verify URL [--inlognaam LOGIN]

URL is the database as its owner reaches it, without a password, e.g.
postgresql://meldcode_eigenaar@server.praktijk.local/meldcode. The password comes from
PGPASSWORD or the password file of PostgreSQL, or is asked without echo when the server wants
one; an address holding a password is refused. psycopg and the server modules are imported when
a server command runs, not when the program starts.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.roles import WorkRole

if TYPE_CHECKING:
    from app.server.importer import OpenedVault
    from app.server.practice import PracticeServer

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_INPUT = 2
DEFAULT_PROGRAM_ROLE = "meldcode_programma"  # also app.server.setup.DEFAULT_PROGRAM_ROLE

RECOVERY_ADVICE = (
    "Deze code ziet u maar één keer. Ermee openen de beheerders de gegevens van de praktijk "
    "als er geen wachtzin meer is die werkt.",
    "Schrijf de code over of druk haar af, en bewaar het papier op een veilige plek, niet bij "
    "de computer. Wie de code en een reservekopie heeft, kan de gegevens lezen.",
)


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    server = commands.add_parser(
        "server", help="richt de praktijkserver (PostgreSQL) in, werk haar bij of bekijk haar"
    )
    actions = server.add_subparsers(dest="action", metavar="actie", required=True)
    url_help = (
        "adres van de database zonder wachtwoord, bijv. "
        "postgresql://meldcode_eigenaar@server.praktijk.local/meldcode (wachtwoord: PGPASSWORD "
        "of het wordt gevraagd)"
    )
    role_help = (
        "de databaserol waarmee de computers van de praktijk werken; krijgt alleen de nodige "
        f"rechten (standaard: {DEFAULT_PROGRAM_ROLE})"
    )
    init = actions.add_parser(
        "init",
        help="maak de praktijk op een lege server: schema, praktijksleutel, de eerste "
        "beheerder en de herstelcode",
    )
    init.add_argument("url", help=url_help)
    init.add_argument("--programmarol", default=DEFAULT_PROGRAM_ROLE, help=role_help)
    init.add_argument(
        "--rol",
        choices=[role.value for role in WorkRole],
        default=WorkRole.PROFESSIONAL.value,
        help="de rol van de eerste beheerder (standaard: hulpverlener)",
    )
    migrate = actions.add_parser(
        "migrate", help="voer na een update de nieuwe stappen van het schema uit, elk apart"
    )
    migrate.add_argument("url", help=url_help)
    migrate.add_argument("--programmarol", default=DEFAULT_PROGRAM_ROLE, help=role_help)
    status = actions.add_parser(
        "status",
        help="toon schemaversie, aantal gebruikers en of TLS wordt gebruikt (geen casusgegevens)",
    )
    status.add_argument("url", help=url_help)
    verify = actions.add_parser(
        "verify",
        help="controleer de gegevens op de server: de keten van het logboek, de inhoud van "
        "elke wijziging en de bijgehouden standen (een beheerder of de praktijkmanager)",
    )
    verify.add_argument("url", help=url_help)
    verify.add_argument(
        "--inlognaam",
        help="uw inlognaam op de praktijkserver (beheerder of praktijkmanager); anders gevraagd",
    )
    moving = actions.add_parser(
        "import-vault",
        help="zet de casussen van een kluis, met hun geschiedenis en logboek, over naar de "
        "praktijkserver en controleer dat er niets achterblijft (de kluis blijft zoals ze was)",
    )
    moving.add_argument("url", help=url_help)
    moving.add_argument(
        "kluis", type=Path, help="de map van de kluis (met meldcode.db en meldcode.keys)"
    )
    moving.add_argument(
        "--inlognaam", help="uw inlognaam op de praktijkserver (een beheerder); anders gevraagd"
    )
    moving.add_argument(
        "--kluisgebruiker",
        type=int,
        help="het nummer van uw gebruiker in de kluis (zie 'meldcode-werkplek users'); "
        "standaard de enige",
    )
    moving.add_argument(
        "--herstelcode",
        action="store_true",
        help="open de kluis met haar herstelcode in plaats van een wachtzin",
    )
    moving.add_argument(
        "--koppel",
        action="append",
        default=[],
        type=_link,
        metavar="NUMMER=INLOGNAAM",
        help="gebruiker NUMMER van de kluis is op de server de gebruiker met INLOGNAAM "
        "(zonder koppeling: dezelfde naam, anders een nieuwe gebruiker zonder inlognaam)",
    )


def _link(text: str) -> tuple[int, str]:
    number, sep, login = text.partition("=")
    if not sep or not number.strip().isdigit() or not login.strip():
        raise argparse.ArgumentTypeError(
            "schrijf een koppeling als NUMMER=INLOGNAAM, bijvoorbeeld 2=bjansen"
        )
    return int(number), login.strip()


def _ask_secret(prompt: str) -> str:
    from app.cli import _ask_secret as ask

    return ask(prompt)


def _ask_text(prompt: str) -> str:
    if sys.stdin is not None and sys.stdin.isatty():
        return input(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _password_asker() -> Callable[[str], str] | None:
    """Asked without echo at a terminal only: a script gives it through PGPASSWORD."""
    import getpass

    return getpass.getpass if sys.stdin is not None and sys.stdin.isatty() else None


def _init(args: argparse.Namespace) -> int:
    from app.server import setup

    address = setup.read_address(args.url)
    with setup.open_connection(args.url, _password_asker()) as conn, setup.explained(address):
        setup.refuse_if_set_up(conn)
        print("De eerste beheerder van de praktijk:")
        display_name = _ask_text("Naam (zoals die in het dossier komt): ")
        login = _ask_text("Inlognaam: ")
        passphrase = _ask_secret("Wachtzin: ")
        repeat = _ask_secret("Wachtzin (nog eens): ")
        admin = setup.check_first_admin(display_name, login, passphrase, repeat, args.rol)
        print("Praktijk aanmaken… (de sleutel afleiden duurt een paar seconden)")
        result = setup.init_practice(conn, admin, args.programmarol)
    for version in result.applied:
        print(f"Schemastap {version} uitgevoerd.")
    print(f"Praktijk aangemaakt (praktijk-id {result.practice_id}).")
    print(f"Beheerder {result.user_id} aangemaakt met inlognaam {admin.login}.")
    print(f"De programmarol {args.programmarol} heeft de rechten die het programma nodig heeft.")
    print()
    print("Herstelcode van de praktijk:")
    print()
    print(f"    {result.recovery_code}")
    print()
    for line in RECOVERY_ADVICE:
        print(line)
    return EXIT_OK


def _say_step(version: int, description: str) -> None:
    print(f"Schemastap {version} uitgevoerd: {description}", flush=True)


def _migrate(args: argparse.Namespace) -> int:
    from app.server import setup

    address = setup.read_address(args.url)
    with setup.open_connection(args.url, _password_asker()) as conn, setup.explained(address):
        result = setup.migrate_server(conn, args.programmarol, _say_step)
    if not result.applied:
        print(
            f"Het schema is bij (versie {result.latest}); er is niets uitgevoerd. "
            f"De rechten van {args.programmarol} zijn nagelopen."
        )
        return EXIT_OK
    print(f"Het schema is bijgewerkt van versie {result.before} naar {result.latest}.")
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    from app.server import setup

    address = setup.read_address(args.url)
    with setup.open_connection(args.url, _password_asker()) as conn, setup.explained(address):
        status = setup.server_status(conn)
    major = status.server_version // 10000
    print(f"Server: {address.host}, poort {address.port}, database {address.database}")
    print(f"PostgreSQL-versie: {major}")
    print(f"Versleutelde verbinding (TLS): {'ja' if status.tls else 'nee'}")
    if status.practice_created is None:
        print("Praktijk: nog niet aangemaakt (gebruik 'server init').")
        return EXIT_OK
    print(f"Praktijk aangemaakt op: {status.practice_created.strftime('%d-%m-%Y')}")
    print(f"Schemaversie: {status.schema_version} (dit programma kent tot {status.latest_known})")
    if status.schema_version < status.latest_known:
        print("Er zijn nieuwe schemastappen: voer 'server migrate' uit.")
    elif status.schema_version > status.latest_known:
        print("De server is bijgewerkt door een nieuwere versie: werk dit programma bij.")
    print(f"Actieve gebruikers: {status.active_users}, van wie beheerder: {status.admins}")
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from app.cli import print_findings
    from app.server import setup
    from app.server.database import ServerDatabase
    from app.server.practice import PracticeServer

    address = setup.read_address(args.url)
    with setup.open_connection(args.url, _password_asker()) as conn, setup.explained(address):
        login = args.inlognaam or _ask_text("Inlognaam op de praktijkserver: ")
        passphrase = _ask_secret("Wachtzin op de praktijkserver: ")
        with PracticeServer.unlock(ServerDatabase(conn), login, passphrase) as server:
            report = server.verify()
    print_findings(report)
    if report.sound:
        print(
            "De praktijkserver is in orde: de keten van het logboek, de inhoud van elke "
            "wijziging en de bijgehouden standen kloppen."
        )
        return EXIT_OK
    print(
        "De gegevens op de praktijkserver zijn NIET in orde. Laat de beheerder van de server "
        "de reservekopie van de database nagaan en neem contact op met de leverancier."
    )
    return EXIT_CHECK_FAILED


TABLE_WORDS = {
    "users": "gebruikers",
    "cases": "casussen",
    "persons": "betrokkenen",
    "signals": "signalen",
    "signal_versions": "versies van signalen",
    "case_entries": "vastgelegde stappen",
    "case_entry_versions": "versies van stappen",
    "case_links": "koppelingen tussen casussen",
    "case_shares": "gedeelde casussen",
    "contacts": "contacten",
    "audit_log": "regels in het logboek",
}


STAGE_WORDS = {**TABLE_WORDS, "search_tokens": "doorzoekbare titels, namen en signalen"}


def _say_progress(stage: str, done: int, total: int) -> None:
    if done == total and total:
        print(f"  {STAGE_WORDS.get(stage, stage)}: {done} geschreven", flush=True)


def _import_vault(args: argparse.Namespace) -> int:
    from app.errors import WrongPassphrase, WrongRecoveryCode
    from app.server import importer, setup
    from app.server.database import ServerDatabase
    from app.server.practice import PracticeServer

    address = setup.read_address(args.url)
    links = dict(args.koppel)
    location = importer.find_location(args.kluis)
    with setup.open_connection(args.url, _password_asker()) as conn, setup.explained(address):
        login = args.inlognaam or _ask_text("Inlognaam op de praktijkserver: ")
        server_passphrase = _ask_secret("Wachtzin op de praktijkserver: ")
        try:
            server = PracticeServer.unlock(ServerDatabase(conn), login, server_passphrase)
        except WrongPassphrase:
            raise importer.VaultImportRefused(importer.SERVER_LOGIN_WRONG) from None
        try:
            if not server.user.is_admin:
                raise importer.VaultImportRefused(importer.NOT_ADMIN)
            secret = _ask_secret(
                "Herstelcode van de kluis: " if args.herstelcode else "Wachtzin van de kluis: "
            )
            try:
                with importer.open_vault(
                    location.folder,
                    user_id=args.kluisgebruiker,
                    passphrase=None if args.herstelcode else secret,
                    recovery_code=secret if args.herstelcode else None,
                ) as vault:
                    return _move(server, vault, links, location.folder)
            except (WrongPassphrase, WrongRecoveryCode):
                # Only opening the vault asks a passphrase or code here.
                raise importer.VaultImportRefused(importer.VAULT_SECRET_WRONG) from None
        finally:
            server.lock()


def _move(server: PracticeServer, vault: OpenedVault, links: dict[int, str], folder: Path) -> int:
    from app.server import importer

    print(f"Kluis in {folder} geopend en gecontroleerd: pagina's en logboek zijn in orde.")
    print(
        "Overzetten naar de praktijkserver, alles in één keer: lukt het niet, dan blijft de "
        "server zoals hij was.",
        flush=True,
    )
    result = importer.import_vault(server, vault, links, _say_progress)
    names = {user.id: user.display_name for user in server.users()}
    for link in result.users:
        name = names.get(link.server_user_id, "?")
        if link.created:
            how = (
                "nieuw op de server, nog zonder inlognaam en wachtzin: een beheerder geeft die "
                "voordat deze collega op de server werkt"
            )
        elif link.vault_user_id in links:
            how = f"gekoppeld aan inlognaam {links[link.vault_user_id]}"
        else:
            how = "dezelfde naam op de server"
        print(
            f"Gebruiker {link.vault_user_id} van de kluis is gebruiker {link.server_user_id} "
            f"op de server ({name}): {how}."
        )
    print("Niet overgezet: concepten (half ingevulde formulieren) en de instellingen van de kluis.")
    print()
    print("Controle: de kluis en de server opnieuw gelezen en vergeleken.")
    report = importer.check_import(server, vault, result)
    for table in importer.COUNTED:
        before, after = report.vault_counts[table], report.server_counts[table]
        verdict = "gelijk" if before == after else "VERSCHIL"
        print(f"  {TABLE_WORDS[table]}: kluis {before}, server {after}: {verdict}")
    same = report.cases_compared - len(report.differing_cases)
    print(
        f"  inhoud per casus (geopend aan beide kanten): {same} van {report.cases_compared} gelijk"
    )
    print(f"  inhoud van de contacten: {'gelijk' if report.contacts_equal else 'VERSCHIL'}")
    print(f"  gebruikers (naam, functie, rol): {'gelijk' if report.users_equal else 'VERSCHIL'}")
    print(f"  logboek, regel voor regel: {'gelijk' if report.log_equal else 'VERSCHIL'}")
    if not report.sound:
        if report.differing_cases:
            numbers = ", ".join(str(n) for n in report.differing_cases[:50])
            print(f"Verschil bij casus (nummer in de kluis): {numbers}", file=sys.stderr)
        print(
            "De controle vond verschillen tussen de kluis en de server. Werk nog niet op de "
            "server; bewaar de kluis zoals ze is en neem contact op met de leverancier.",
            file=sys.stderr,
        )
        return EXIT_CHECK_FAILED
    print()
    print("Niets achtergebleven: alles uit de kluis staat op de praktijkserver.")
    print(
        f"De kluis in {folder} is niet veranderd. Bewaar haar als archief en werk er niet meer "
        "in: nieuwe gegevens horen voortaan op de server."
    )
    return EXIT_OK


def server_command(args: argparse.Namespace) -> int:
    from app.errors import ValidationError

    try:
        return {
            "init": _init,
            "migrate": _migrate,
            "status": _status,
            "import-vault": _import_vault,
            "verify": _verify,
        }[args.action](args)
    except ValidationError as exc:
        # Every field that is wrong, not only the first: the administrator types them again.
        for message in exc.field_errors.values():
            print(message.format(), file=sys.stderr)
        print("Er is niets opgeslagen.", file=sys.stderr)
        return EXIT_INPUT
    except (EOFError, KeyboardInterrupt):
        print("\nAfgebroken; er is niets opgeslagen.", file=sys.stderr)
        return EXIT_INPUT


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"server": server_command}
