"""Setting up the practice server: what the administrator's `server init`, `server migrate` and
`server status` do (the command line itself is `app.cli_server`).

`init` makes the practice once: the schema (owned by whoever connects, see `app.server.schema`)
with its rights for the program role, the practice row with a new practice id, a fresh random
practice data key, the first beheerder, the beheerder's key slot (Argon2id of the passphrase,
not bound to a device: the server is opened from every computer) and the recovery slot. The
data key itself never reaches the server. The beheerder is written by the practice server's own
facade (`PracticeServer.start`), as every later colleague is: sealed columns bound to their row,
and the first row of the audit log.

Every failure to connect, to log in or to agree on TLS becomes a `ServerSetupFailed` with a
Dutch message that says what happened, what to do and whom to ask. The message may name the
host, port, database and database user the administrator typed, never a password; psycopg's own
text is kept only as the cause.
"""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg import sql

from app.crypto import kdf
from app.crypto.keyslots import make_recovery_slot, new_data_key
from app.crypto.recovery import generate_recovery_code
from app.domain.models import UserDraft
from app.domain.passphrase import validate_new_passphrase
from app.domain.roles import WorkRole
from app.domain.validation import FieldErrors, msg, validate_user
from app.errors import CTX, MeldcodeError, ServerUnreachable, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.server import schema
from app.server.connection import connection_settings
from app.server.database import ServerDatabase
from app.server.practice import PracticeServer, validate_login

DEFAULT_PROGRAM_ROLE = "meldcode_programma"


Connection = psycopg.Connection[Any]
AskSecret = Callable[[str], str]


class ServerSetupFailed(MeldcodeError):
    """The administrator's server command could not do its work; nothing was half written."""

    def __init__(self, text: str, **params: object) -> None:
        super().__init__(Message(CTX, text, dict(params)))


PASSWORD_IN_ADDRESS = QT_TRANSLATE_NOOP(
    "errors",
    "Het adres bevat een wachtwoord. Zet het wachtwoord niet in het adres, want dan blijft het "
    "in de geschiedenis van de opdrachtregel staan: laat het weg, dan vraagt het programma "
    "erom, of zet het in de omgevingsvariabele PGPASSWORD.",
)
PASSWORD_NEEDED = QT_TRANSLATE_NOOP(
    "errors",
    "De server vraagt een wachtwoord voor databasegebruiker {user}. Start de opdracht in een "
    "terminal, dan wordt erom gevraagd, of zet het wachtwoord in de omgevingsvariabele "
    "PGPASSWORD.",
)
LOGIN_REFUSED = QT_TRANSLATE_NOOP(
    "errors",
    "De server {host} weigert de aanmelding van databasegebruiker {user}: het wachtwoord klopt "
    "niet, de gebruiker bestaat niet, of hij mag zich vanaf deze computer niet aanmelden "
    "(pg_hba.conf). Controleer gebruiker en wachtwoord, of vraag degene die de "
    "PostgreSQL-server beheert.",
)
NO_DATABASE = QT_TRANSLATE_NOOP(
    "errors",
    "De database {database} bestaat niet op de server {host}. Controleer de naam achter de "
    "laatste / in het adres, of laat degene die de PostgreSQL-server beheert haar aanmaken "
    "(zie de handleiding voor beheerders, 'Praktijkserver').",
)
NOT_REACHED = QT_TRANSLATE_NOOP(
    "errors",
    "De server {host} (poort {port}) antwoordt niet. Controleer het adres en de poort, of de "
    "server aan staat en of een firewall de poort doorlaat. Lukt het niet, vraag dan degene die "
    "de server beheert.",
)
TLS_FAILED = QT_TRANSLATE_NOOP(
    "errors",
    "De versleutelde verbinding met {host} is niet gelukt: de server biedt geen TLS aan, of "
    "zijn certificaat is niet te controleren (niet uitgegeven door een uitgever die deze "
    "computer vertrouwt, of uitgegeven voor een andere naam). Zonder gecontroleerd certificaat "
    "maakt het programma geen verbinding. Vraag degene die de server beheert het certificaat "
    "na te kijken (handleiding voor beheerders, 'Certificaten').",
)
NO_RIGHTS = QT_TRANSLATE_NOOP(
    "errors",
    "Databasegebruiker {user} mag dit niet doen op deze server. Voer 'server init' en 'server "
    "migrate' uit als de eigenaar van de database (niet als de programmarol), of vraag degene "
    "die de PostgreSQL-server beheert.",
)
ALREADY_SET_UP = QT_TRANSLATE_NOOP(
    "errors",
    "Op deze server staat al een praktijk (aangemaakt op {created}). 'server init' maakt "
    "alleen een nieuwe praktijk en verandert een bestaande nooit. Na een update gebruikt u "
    "'server migrate'; collega's voegt u toe in het programma.",
)
NOT_SET_UP = QT_TRANSLATE_NOOP(
    "errors",
    "Op deze server staat nog geen praktijk. Begin met 'meldcode-werkplek server init'.",
)
NO_PROGRAM_ROLE = QT_TRANSLATE_NOOP(
    "errors",
    "De programmarol {role} bestaat niet op deze server. Laat haar eerst aanmaken (handleiding "
    "voor beheerders, 'Rollen'), of geef de juiste naam met --programmarol.",
)
PROGRAM_ROLE_TOO_STRONG = QT_TRANSLATE_NOOP(
    "errors",
    "De programmarol {role} is de eigenaar van de database of een superuser. De computers van "
    "de praktijk moeten een eigen rol gebruiken die alleen de nodige rechten krijgt: maak een "
    "aparte rol (handleiding voor beheerders, 'Rollen') en geef die met --programmarol.",
)
SERVER_FAILED = QT_TRANSLATE_NOOP(
    "errors",
    "De server {host} gaf een fout ({code}). Er is niets half opgeslagen. Probeer het opnieuw; "
    "blijft het, geef deze code dan door aan degene die de PostgreSQL-server beheert.",
)


# -- the address and the connection ------------------------------------------------------------


@dataclass(frozen=True)
class ServerAddress:
    """What the messages may say about the server: never a password."""

    host: str
    port: str
    database: str
    user: str


def read_address(url: str) -> ServerAddress:
    """The parts of `url` a message may show; a ValidationError for a non-address and for an
    address that carries a password (it would stay in the shell's history)."""
    params = connection_settings(url)  # Dutch message for a non-address or an unchecked TLS
    if "password" in params or "passfile" in params:
        raise ValidationError({"practice_server": msg(PASSWORD_IN_ADDRESS)})
    host = str(params.get("host") or params.get("hostaddr") or "localhost")
    return ServerAddress(
        host=host,
        port=str(params.get("port") or "5432"),
        database=str(params.get("dbname") or params.get("user") or getpass.getuser()),
        # libpq's own default when the address names no user: the name of the login here.
        user=str(params.get("user") or getpass.getuser()),
    )


def _sqlstate(exc: BaseException) -> str:
    state = getattr(exc, "sqlstate", None)
    if state:
        return str(state)
    diag = getattr(exc, "diag", None)
    return str(getattr(diag, "sqlstate", None) or "")


def _failure(exc: psycopg.Error, address: ServerAddress) -> ServerSetupFailed:
    """The Dutch message for a failed connection; libpq's own text decides only which."""
    state = _sqlstate(exc)
    text = str(exc).lower()
    where = {"host": address.host, "port": address.port, "user": address.user}
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return ServerSetupFailed(NO_DATABASE, database=address.database, **where)
    if state in ("28P01", "28000") or "authentication failed" in text or "pg_hba" in text:
        return ServerSetupFailed(LOGIN_REFUSED, **where)
    if any(word in text for word in ("ssl", "certificate", "tls")):
        return ServerSetupFailed(TLS_FAILED, **where)
    if state == "42501" or isinstance(exc, pg_errors.InsufficientPrivilege):
        return ServerSetupFailed(NO_RIGHTS, **where)
    if isinstance(exc, psycopg.OperationalError) and not state:
        return ServerSetupFailed(NOT_REACHED, **where)
    return ServerSetupFailed(SERVER_FAILED, code=state or type(exc).__name__, **where)


def open_connection(url: str, ask_password: AskSecret | None = None) -> Connection:
    """An autocommit connection as the administrator; `ask_password` is asked only when the
    server wants a password that PGPASSWORD or the password file did not give."""
    address = read_address(url)
    params = connection_settings(url)
    try:
        return psycopg.connect(autocommit=True, **params)
    except psycopg.Error as exc:
        if "no password supplied" not in str(exc):
            raise _failure(exc, address) from exc
        if ask_password is None:
            raise ServerSetupFailed(PASSWORD_NEEDED, user=address.user) from exc
    password = ask_password(f"Wachtwoord van databasegebruiker {address.user}: ")
    try:
        return psycopg.connect(autocommit=True, password=password, **params)
    except psycopg.Error as exc:
        raise _failure(exc, address) from exc


@contextmanager
def explained(address: ServerAddress) -> Iterator[None]:
    """Work on an open connection: a failure of the server becomes a Dutch message."""
    try:
        yield
    except psycopg.OperationalError as exc:
        if _sqlstate(exc):
            raise _failure(exc, address) from exc
        raise ServerUnreachable() from exc
    except psycopg.Error as exc:
        raise _failure(exc, address) from exc


# -- what init asks, checked before anything is written -----------------------------------------


@dataclass(frozen=True)
class FirstAdmin:
    display_name: str
    login: str
    passphrase: str
    phone: str = ""
    work_role: str = WorkRole.PROFESSIONAL.value


def check_first_admin(
    display_name: str, login: str, passphrase: str, repeat: str, work_role: str
) -> FirstAdmin:
    """The first beheerder as typed, or a ValidationError naming every field that is wrong."""
    errors = FieldErrors()
    draft = UserDraft(display_name, "", "", work_role, is_admin=True)
    for checked in (
        lambda: validate_user(draft),
        lambda: validate_new_passphrase(passphrase, repeat),
    ):
        try:
            checked()
        except ValidationError as exc:
            for field, message in exc.field_errors.items():
                errors.add(field, message)
    validate_login(errors, login)
    errors.raise_if_any()
    clean = validate_user(draft)
    return FirstAdmin(clean.display_name, login, passphrase, clean.phone, clean.work_role)


# -- the commands ---------------------------------------------------------------------------


def _program_role_usable(conn: Connection, role: str) -> None:
    row = conn.execute(
        "SELECT rolsuper, rolname = current_user FROM pg_roles WHERE rolname = %s", (role,)
    ).fetchone()
    if row is None:
        raise ServerSetupFailed(NO_PROGRAM_ROLE, role=role)
    owner = conn.execute(
        "SELECT pg_get_userbyid(datdba) = %s FROM pg_database WHERE datname = current_database()",
        (role,),
    ).fetchone()
    if row[0] or row[1] or (owner is not None and owner[0]):
        raise ServerSetupFailed(PROGRAM_ROLE_TOO_STRONG, role=role)


def _practice_created(conn: Connection) -> datetime | None:
    if schema.schema_version(conn) == 0:
        return None
    row = conn.execute("SELECT created_at FROM meldcode.practice WHERE id = 1").fetchone()
    return None if row is None else row[0]


def refuse_if_set_up(conn: Connection) -> None:
    created = _practice_created(conn)
    if created is not None:
        raise ServerSetupFailed(ALREADY_SET_UP, created=created.strftime("%d-%m-%Y"))


@dataclass(frozen=True)
class InitResult:
    practice_id: str
    user_id: int
    recovery_code: str
    applied: list[int]


def init_practice(
    conn: Connection,
    admin: FirstAdmin,
    program_role: str = DEFAULT_PROGRAM_ROLE,
    kdf_params: kdf.KdfParams | None = None,
) -> InitResult:
    """The schema, the practice and its first beheerder with key slots, on an empty server.

    The schema steps are each their own transaction (a step applied stays applied); the
    practice, the user and both slots are one transaction, so a second `init` started at the
    same moment fails on the practice row and leaves nothing of its own.
    """
    refuse_if_set_up(conn)
    _program_role_usable(conn, program_role)
    applied = schema.apply_schema(conn, program_role)
    practice_id = uuid.uuid4().hex
    data_key = new_data_key()
    recovery_code = generate_recovery_code()
    params = kdf_params or kdf.calibrate()
    db = ServerDatabase(conn)
    first = UserDraft(admin.display_name, "", admin.phone, admin.work_role, is_admin=True)
    try:
        with db.transaction():
            refuse_if_set_up(conn)
            schema.set_practice(conn, practice_id)
            server = PracticeServer.start(
                db, data_key, first, admin.login, admin.passphrase, kdf_params=params
            )
            user_id = server.user.id
            schema.put_slot(conn, make_recovery_slot(practice_id, data_key, recovery_code, params))
    except pg_errors.UniqueViolation:
        # Another administrator's init won the race for the practice row.
        refuse_if_set_up(conn)
        raise
    return InitResult(practice_id, user_id, recovery_code, applied)


@dataclass(frozen=True)
class MigrateResult:
    before: int
    applied: list[tuple[int, str]]
    latest: int


def migrate_server(
    conn: Connection,
    program_role: str = DEFAULT_PROGRAM_ROLE,
    on_step: Callable[[int, str], None] | None = None,
) -> MigrateResult:
    """The pending schema steps, each in its own transaction and reported (`on_step`) as soon
    as it is committed, so a later step that fails leaves the administrator knowing which are
    in; then the program role's rights renewed. `ServerTooNew` when a newer program already
    went further."""
    before = schema.schema_version(conn)
    if before == 0:
        raise ServerSetupFailed(NOT_SET_UP)
    _program_role_usable(conn, program_role)
    applied: list[tuple[int, str]] = []
    for step in schema.STEPS:
        if step.version <= before:
            continue
        for version in schema.apply_schema(conn, program_role, target=step.version):
            applied.append((version, step.description))
            if on_step is not None:
                on_step(version, step.description)
    if not applied:
        schema.apply_schema(conn, program_role, target=schema.LATEST_VERSION)
    return MigrateResult(before, applied, schema.LATEST_VERSION)


@dataclass(frozen=True)
class ServerStatus:
    schema_version: int
    latest_known: int
    practice_created: datetime | None
    active_users: int
    admins: int
    tls: bool
    server_version: int


def server_status(conn: Connection) -> ServerStatus:
    """What the administrator may see without any key: no case data, only counts."""
    version = schema.schema_version(conn)
    created = _practice_created(conn)
    active = admins = 0
    if created is not None:
        row = conn.execute(
            sql.SQL(
                "SELECT count(*) FILTER (WHERE {active}),"
                " count(*) FILTER (WHERE {active} AND {admin}) FROM {table}"
            ).format(
                active=sql.Identifier("active"),
                admin=sql.Identifier("is_admin"),
                table=sql.Identifier(schema.SCHEMA, "users"),
            )
        ).fetchone()
        if row is not None:
            active, admins = int(row[0]), int(row[1])
    return ServerStatus(
        schema_version=version,
        latest_known=schema.LATEST_VERSION,
        practice_created=created,
        active_users=active,
        admins=admins,
        tls=bool(conn.pgconn.ssl_in_use),
        server_version=int(conn.info.server_version),
    )
