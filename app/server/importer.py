"""Moving a local vault to the practice server: `meldcode-werkplek server import-vault`.

What moves: the vault's cases (status, close code and reason, who opened and closed them and
when), the persons involved, every signal with all its versions, every step entry with all its
versions (corrected, withdrawn, lapsed, replanned ...), the links between cases, the cases
shared with colleagues, the practice's contacts, the users who recorded any of it, and the
vault's audit log. What stays behind, and is said so: unsaved drafts (a form half typed on that
computer) and the vault's own settings (the server has its own).

**The vault is only read.** Its database file is copied (encrypted as it is, with its write-ahead
file) into a private temporary folder and opened there; the copy is brought to this program's
schema if it is older and thrown away afterwards. So the vault's own files stay byte for byte as
they were, and can be archived. While the import runs the vault's session lock is held, so
nobody works in it meanwhile. Before anything goes to the server the vault's pages, its audit
chain, the chain's head kept in the key file and each signal's and entry's content MAC are
checked; a damaged vault is refused, and so is the practice vault (made-up cases).

**On the server everything is written in one transaction**, as the beheerder who runs it: a
failure, a lost connection or a stopped server leaves the server as it was, never half a vault.
Rows get new ids (the server may already hold cases); every sealed column is sealed on this
computer under the practice's data key, bound to its new row (`next_id`), and the search tokens
of titles, names and signal texts are written as the stores write them. Original moments
(opened, created, recorded, shared, logged) are kept exactly. References inside an entry's
content (a consultation's contact, a decision's weging, a check's or a melding's decision) are
carried over to the new ids. The vault id is kept in the server's `meta` (`vault_import.<id>`),
written first in the same transaction, so the same vault is never imported twice, not even by
two imports started at once (the second waits on that key, then is refused).

**Users.** A vault user is linked to a server user by the administrator (`links`: vault user id
to server login) or, without that, to the one server user with exactly the same name. A vault
user with no such match becomes a new server user with the same name, job title, phone and work
role, without a login and without a key slot (and without the beheerder right): they can be
named as who recorded what, truthfully, but cannot unlock until a beheerder gives them a login.
Nobody's history is put on someone else's name.

**The log.** Every row of the vault's log is written again on the server's chain, in its
original order, with its original moment, event, user, case, object and detail (ids carried
over to the server's), so each case's access history reads on the server as it did in the
vault. The server computes a new MAC for each (the chain is the server's, under the server's
key); the vault's chain was verified before. A row `vault_imported` after them names the vault
and the range of sequence numbers the import wrote, so the imported rows can always be told
from rows made on the server.

**The check.** After the commit, `check_import` reads both sides again from their databases,
sharing only the import's map of ids: the number of rows per table, and for every case a digest
of its opened contents (the case, its persons, each signal version, each entry version, its
links and shares, its log rows), with the server's ids translated back to the vault's. Any
difference is reported by table or by case number, never by content.

Derived data: where each case stands (`case_state`, `case_agenda`) is not written here: the
server's triggers note each imported case, and the stores bring them in step before the import's
transaction commits, as after any write.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from psycopg import errors as pg_errors

from app.crypto.device_secret import DeviceSecretStore
from app.crypto.keyslots import KeyFile, open_slot, subkey
from app.crypto.recovery import normalise_recovery_code
from app.domain.entries import ReportRegistration, main_date
from app.domain.enums import EntryKind
from app.domain.models import User
from app.errors import (
    CTX,
    DeviceSecretMissing,
    KeyFileDamaged,
    MeldcodeError,
    UnlockThrottled,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.server import schema
from app.server.practice import PracticeServer
from app.server.search import BlindSearchIndex
from app.store.backend import (
    PLAIN,
    Sealer,
    SearchSource,
    StoreDatabase,
    check_name,
    signal_search_text,
)
from app.store.entries import _value as entry_value
from app.store.signals import SEALED_COLUMNS
from app.store.users import list_users
from app.timeutil import now_iso, to_iso
from app.vault import content
from app.vault.attempts import AttemptTracker
from app.vault.audit import AuditEvent, AuditLog, Head, NewRow
from app.vault.backup import recovery_attempt_key
from app.vault.database import Database
from app.vault.holders import read_key_file, user_attempt_key
from app.vault.location import VaultLocation, main_location
from app.vault.schema import migrate
from app.vault.session_lock import SessionLock
from app.vault.vault import PRACTICE_META_KEY

META_PREFIX = "vault_import."
Progress = Callable[[str, int, int], None]

# Keys inside an entry's content that name another row, by the kind of entry that holds them.
_REFERENCES: dict[str, tuple[tuple[str, str], ...]] = {
    EntryKind.CONSULTATION.value: (("contact_id", "contacts"),),
    EntryKind.DECISION.value: (("assessment_id", "case_entries"),),
    EntryKind.FOLLOW_UP.value: (("decision_id", "case_entries"),),
    EntryKind.REPORT.value: (("decision_id", "case_entries"),),
}
# The log's object types whose id is a row that moves, and the table it is a row of.
_LOG_OBJECTS = {
    "case": "cases",
    "person": "persons",
    "signal": "signals",
    "entry": "case_entries",
    "case_link": "case_links",
    "contact": "contacts",
    "user": "users",
}
# Counted on both sides by `check_import`.
COUNTED = (
    "users",
    "cases",
    "persons",
    "signals",
    "signal_versions",
    "case_entries",
    "case_entry_versions",
    "case_links",
    "case_shares",
    "contacts",
    "audit_log",
)


class VaultImportRefused(MeldcodeError):
    """The import did not start or did not finish; the server holds nothing of it."""

    def __init__(self, text: str, **params: object) -> None:
        super().__init__(Message(CTX, text, dict(params)))


NO_VAULT = QT_TRANSLATE_NOOP(
    "errors",
    "In deze map staat geen kluis (geen meldcode.db en meldcode.keys). Geef de map van de kluis, "
    "bijvoorbeeld de map 'kluis' in de gegevensmap van Meldcode Werkplek.",
)
# A damaged vault is not moved: the server would get a history that is not true.
DAMAGED_PAGES = QT_TRANSLATE_NOOP(
    "errors",
    "De kluis is beschadigd: versleutelde pagina's kloppen niet. Een beschadigde kluis wordt "
    "niet overgezet. Zet eerst een reservekopie terug (meldcode-werkplek restore) en probeer het "
    "dan opnieuw. Er is niets naar de server geschreven.",
)
DAMAGED_CHAIN = QT_TRANSLATE_NOOP(
    "errors",
    "De kluis is beschadigd: de keten van het logboek is verbroken. Een beschadigde kluis wordt "
    "niet overgezet. Zet eerst een reservekopie terug (meldcode-werkplek restore) en probeer het "
    "dan opnieuw. Er is niets naar de server geschreven.",
)
DAMAGED_CONTENT = QT_TRANSLATE_NOOP(
    "errors",
    "De kluis is beschadigd: een signaal of stap is anders dan het logboek vastlegde. Een "
    "beschadigde kluis wordt niet overgezet. Zet eerst een reservekopie terug (meldcode-werkplek "
    "restore) en probeer het dan opnieuw. Er is niets naar de server geschreven.",
)
DAMAGED_HEAD = QT_TRANSLATE_NOOP(
    "errors",
    "De kluis is beschadigd: het logboek is korter of ouder dan het sleutelbestand weet. Een "
    "beschadigde kluis wordt niet overgezet. Zet eerst een reservekopie terug (meldcode-werkplek "
    "restore) en probeer het dan opnieuw. Er is niets naar de server geschreven.",
)
DAMAGED_REFERENCE = QT_TRANSLATE_NOOP(
    "errors",
    "De kluis is beschadigd: iets verwijst naar een rij die niet in de kluis staat. Een "
    "beschadigde kluis wordt niet overgezet. Er is niets naar de server geschreven.",
)
ALREADY_IMPORTED = QT_TRANSLATE_NOOP(
    "errors",
    "Deze kluis is al naar deze praktijkserver overgezet (op {at}). Een kluis wordt maar één keer "
    "overgezet; er is niets dubbel geschreven.",
)
PRACTICE_VAULT = QT_TRANSLATE_NOOP(
    "errors",
    "Dit is de oefenkluis, met verzonnen casussen om mee te oefenen. Die wordt niet naar de "
    "praktijkserver overgezet. Geef de map van de echte kluis.",
)
NOT_ADMIN = QT_TRANSLATE_NOOP(
    "errors",
    "Alleen een beheerder van de praktijkserver kan een kluis overzetten. Meld u aan met de "
    "inlognaam van een beheerder.",
)
SERVER_LOGIN_WRONG = QT_TRANSLATE_NOOP(
    "errors",
    "De inlognaam of de wachtzin voor de praktijkserver klopt niet. Er is niets overgezet.",
)
CHOOSE_VAULT_USER = QT_TRANSLATE_NOOP(
    "errors",
    "Zeg met --kluisgebruiker wie u bent in de kluis: {users}. Of open de kluis met haar "
    "herstelcode (--herstelcode).",
)
VAULT_SECRET_WRONG = QT_TRANSLATE_NOOP(
    "errors",
    "De wachtzin of herstelcode van de kluis klopt niet. Er is niets overgezet.",
)
UNKNOWN_LOGIN = QT_TRANSLATE_NOOP(
    "errors",
    "Op de praktijkserver is geen gebruiker met de inlognaam {login} (genoemd bij --koppel). "
    "Er is niets overgezet.",
)
UNKNOWN_VAULT_USER = QT_TRANSLATE_NOOP(
    "errors",
    "In de kluis is geen gebruiker met nummer {user} (genoemd bij --koppel). De gebruikers van "
    "de kluis toont 'meldcode-werkplek users'. Er is niets overgezet.",
)
NAME_NOT_UNIQUE = QT_TRANSLATE_NOOP(
    "errors",
    "Op de praktijkserver hebben meerdere gebruikers dezelfde naam als gebruiker {user} van de "
    "kluis. Zeg met --koppel {user}=INLOGNAAM wie het is. Er is niets overgezet.",
)
TWO_ON_ONE = QT_TRANSLATE_NOOP(
    "errors",
    "Gebruikers {first} en {second} van de kluis zouden dezelfde gebruiker op de server worden; "
    "dan klopt niet meer wie wat vastlegde. Koppel ze aan verschillende inlognamen. Er is niets "
    "overgezet.",
)


# -- the vault, only read ----------------------------------------------------------------------


@dataclass
class OpenedVault:
    """A private copy of a vault, opened with its data key. The vault's own files are untouched."""

    location: VaultLocation
    vault_id: str
    db: Database
    data_key: bytes

    @property
    def audit(self) -> AuditLog:
        return AuditLog(self.db, subkey(self.data_key, "audit-chain"))


def find_location(folder: Path) -> VaultLocation:
    """The vault in `folder`, or in its subfolder 'kluis' (the data folder was given)."""
    for candidate in (VaultLocation(folder), main_location(folder)):
        if candidate.db_path.is_file() and candidate.keys_path.is_file():
            return candidate
    raise VaultImportRefused(NO_VAULT)


def _waited(attempts: AttemptTracker, key: str) -> None:
    """A vault that waits after failed attempts in the program waits for the import too; the
    import only reads the attempts, it writes none (it changes nothing of the vault)."""
    wait = attempts.seconds_to_wait(key)
    if wait:
        raise UnlockThrottled(wait)


def _data_key(
    key_file: KeyFile,
    attempts: AttemptTracker,
    user_id: int | None,
    passphrase: str | None,
    recovery_code: str | None,
    device_store: DeviceSecretStore | None,
) -> bytes:
    if recovery_code is not None:
        _waited(attempts, recovery_attempt_key(key_file.vault_id))
        slot = key_file.recovery_slot
        if slot is None:
            raise KeyFileDamaged()
        code = normalise_recovery_code(recovery_code)
        key = None if code is None else open_slot(key_file.vault_id, slot, code, None)
        if key is None:
            raise WrongRecoveryCode(0)
        return key
    holders = [s for s in key_file.user_slots if s.user_id is not None]
    if user_id is None and len(holders) == 1:
        user_id = holders[0].user_id
    user_slot = None if user_id is None else key_file.slot_for_user(user_id)
    if user_slot is None:
        # The names of the vault's users are in its key file, readable without a key.
        choices = ", ".join(f"{s.user_id} ({s.display_name})" for s in holders)
        raise VaultImportRefused(CHOOSE_VAULT_USER, users=choices)
    _waited(attempts, user_attempt_key(user_slot.user_id or 0))
    secret = None
    if user_slot.device_bound:
        secret = (device_store or DeviceSecretStore()).get(key_file.vault_id)
        if secret is None:
            raise DeviceSecretMissing()
    key = open_slot(key_file.vault_id, user_slot, passphrase or "", secret)
    if key is None:
        # Failed attempts are not written to the vault's folder: the import changes nothing.
        raise WrongPassphrase(0)
    return key


@contextlib.contextmanager
def open_vault(
    folder: Path,
    *,
    user_id: int | None = None,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    device_store: DeviceSecretStore | None = None,
) -> Iterator[OpenedVault]:
    """The vault in `folder`, opened on a private copy and checked; the vault stays as it was.

    Opened with a user's passphrase (and this computer's device secret when their slot is
    bound to it) or with the vault's recovery code. A damaged vault is refused."""
    location = find_location(folder)
    key_file = read_key_file(location)
    attempts = AttemptTracker(location.attempts_path)
    data_key = _data_key(key_file, attempts, user_id, passphrase, recovery_code, device_store)
    lock = SessionLock.acquire(location.folder, "server import-vault")
    work = Path(tempfile.mkdtemp(prefix="meldcode-import-"))
    db: Database | None = None
    try:
        copy = work / location.db_path.name
        # Encrypted bytes only, in a folder of this user alone; committed pages still in the
        # write-ahead file come along.
        shutil.copyfile(location.db_path, copy)
        for sidecar in location.sidecars(location.db_path):
            if sidecar.name.endswith("-wal") and sidecar.is_file():
                shutil.copyfile(sidecar, work / (copy.name + "-wal"))
        db = Database(copy, data_key)
        if db.scalar("SELECT value FROM meta WHERE key = 'vault_id'") != key_file.vault_id:
            raise KeyFileDamaged()
        if db.scalar("SELECT value FROM meta WHERE key = ?", (PRACTICE_META_KEY,)) == "1":
            raise VaultImportRefused(PRACTICE_VAULT)
        if db.page_problems():
            raise VaultImportRefused(DAMAGED_PAGES)
        # An older vault is brought up to date on the copy only.
        migrate(db)
        opened = OpenedVault(location, key_file.vault_id, db, data_key)
        if opened.audit.verify():
            raise VaultImportRefused(DAMAGED_CHAIN)
        # Each signal and entry against the content its log rows recorded; a vault that never
        # opened since content hashes came (schema 5) has no baseline for it yet.
        baseline = db.scalar("SELECT value FROM meta WHERE key = ?", (content.BASELINE,))
        if baseline != "pending" and opened.audit.verify_content():
            raise VaultImportRefused(DAMAGED_CONTENT)
        known = key_file.audit_head
        if known is not None and not opened.audit.holds(Head(known.seq, known.mac)):
            raise VaultImportRefused(DAMAGED_HEAD)
        yield opened
    finally:
        if db is not None:
            db.close(checkpoint=False)
        shutil.rmtree(work, ignore_errors=True)
        lock.release()


# -- what the import did --------------------------------------------------------------------


@dataclass
class IdMap:
    """Vault id to server id, per table."""

    tables: dict[str, dict[int, int]] = field(default_factory=dict)

    def put(self, table: str, vault_id: int, server_id: int) -> None:
        self.tables.setdefault(table, {})[vault_id] = server_id

    def get(self, table: str, vault_id: int | None) -> int | None:
        if vault_id is None:
            return None
        return self.tables.get(table, {}).get(int(vault_id))

    def must(self, table: str, vault_id: int) -> int:
        found = self.get(table, vault_id)
        if found is None:
            raise VaultImportRefused(DAMAGED_REFERENCE)
        return found

    def inverse(self) -> IdMap:
        return IdMap({t: {s: v for v, s in ids.items()} for t, ids in self.tables.items()})


@dataclass(frozen=True)
class UserLink:
    vault_user_id: int
    server_user_id: int
    created: bool  # a new server user without login or key slot


@dataclass
class ImportResult:
    vault_id: str
    ids: IdMap
    users: list[UserLink]
    counts: dict[str, int]
    first_seq: int
    last_seq: int


# -- writing ----------------------------------------------------------------------------------


def imported_at(db: StoreDatabase, vault_id: str) -> str | None:
    """When this vault was imported into the server, or None."""
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (META_PREFIX + vault_id,))
    if value is None:
        return None
    try:
        return str(json.loads(str(value))["at"])
    except (ValueError, KeyError, TypeError):
        return "?"


def _refuse_if_imported(db: StoreDatabase, vault_id: str) -> None:
    at = imported_at(db, vault_id)
    if at is not None:
        shown = at
        with contextlib.suppress(ValueError):
            shown = datetime.fromisoformat(at).strftime("%d-%m-%Y %H:%M")
        raise VaultImportRefused(ALREADY_IMPORTED, at=shown)


def _moment(value: object) -> str | None:
    """A vault moment as the server takes it (ISO text); None stays None."""
    return None if value is None else str(value)


SearchItem = tuple[SearchSource, int, int, str, str]


class _Writer:
    """Writes the vault's rows table by table: ids taken in one go per table, rows sent in one
    statement per table (a pipeline), so the import does not wait on the server row by row."""

    def __init__(self, server: PracticeServer, vault: OpenedVault, progress: Progress | None):
        self.server = server
        self.db = server.db
        self.seal = server.sealer.seal
        self.vault = vault.db
        self.vault_id = vault.vault_id
        self.ids = IdMap()
        self.progress = progress
        self.search: list[SearchItem] = []

    def _say(self, stage: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(stage, done, total)

    def _new_ids(self, table: str, vault_ids: list[int]) -> list[int]:
        """A server id for each vault row of `table`, taken before the insert (sealed values
        are bound to their row), remembered in the map."""
        if not vault_ids:
            return []
        rows = self.db.execute(
            "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?::integer)",
            (f"{schema.SCHEMA}.{check_name(table)}", len(vault_ids)),
        )
        new_ids = [int(r[0]) for r in rows]
        for vault_id, new_id in zip(vault_ids, new_ids, strict=True):
            self.ids.put(table, vault_id, new_id)
        return new_ids

    def _insert(
        self, table: str, columns: tuple[str, ...], rows: Sequence[Sequence[object]]
    ) -> None:
        if not rows:
            return
        marks = ", ".join("?" for _ in columns)
        self.db.executemany(
            f"INSERT INTO {check_name(table)} ({', '.join(columns)}) VALUES ({marks})", rows
        )
        self._say(table, len(rows), len(rows))

    def _sealed(
        self, table: str, row_id: int, columns: tuple[str, ...], values: tuple[object, ...]
    ) -> list[object]:
        return [
            self.seal(table, column, row_id, None if value is None else str(value))
            for column, value in zip(columns, values, strict=True)
        ]

    # users ------------------------------------------------------------------------------

    def users(self, links: Mapping[int, str]) -> list[UserLink]:
        server_users = list_users(self.db, self.server.sealer)
        logins = {
            str(r[0]): int(r[1])
            for r in self.db.execute("SELECT login, id FROM users WHERE login IS NOT NULL")
        }
        rows = self.vault.execute(
            "SELECT id, display_name, role, phone, created_at, active, work_role FROM users"
            " ORDER BY id"
        )
        vault_ids = {int(r[0]) for r in rows}
        for vault_user in links:
            if vault_user not in vault_ids:
                raise VaultImportRefused(UNKNOWN_VAULT_USER, user=vault_user)
        result: list[UserLink] = []
        taken: dict[int, int] = {}
        for row in rows:
            vault_user = int(row[0])
            server_user: int | None = None
            if vault_user in links:
                login = links[vault_user]
                if login not in logins:
                    raise VaultImportRefused(UNKNOWN_LOGIN, login=login)
                server_user = logins[login]
            else:
                same = [u.id for u in server_users if u.display_name == str(row[1])]
                if len(same) > 1:
                    raise VaultImportRefused(NAME_NOT_UNIQUE, user=vault_user)
                server_user = same[0] if same else None
            created = server_user is None
            if server_user is None:
                server_user = self._new_user(row)
            if server_user in taken:
                raise VaultImportRefused(TWO_ON_ONE, first=taken[server_user], second=vault_user)
            taken[server_user] = vault_user
            self.ids.put("users", vault_user, server_user)
            result.append(UserLink(vault_user, server_user, created))
        return result

    def _new_user(self, row: Any) -> int:
        new_id = self.db.next_id("users")
        assert new_id is not None
        self.db.execute(
            "INSERT INTO users (id, display_name, role, phone, created_at, active, work_role,"
            " is_admin, must_change_passphrase) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new_id,
                *self._sealed("users", new_id, ("display_name", "role", "phone"), tuple(row[1:4])),
                _moment(row[4]),
                bool(row[5]),
                str(row[6]),
                False,
                True,
            ),
        )
        self.server.audit.append(
            AuditEvent.USER_ADDED,
            user_id=self.server.user.id,
            object_type="user",
            object_id=new_id,
            detail=f"role={row[6]};admin=0;imported",
        )
        return new_id

    # contacts ---------------------------------------------------------------------------

    _CONTACT_SEALED = ("role", "name", "organisation", "phone", "email", "notes")

    def contacts(self) -> None:
        rows = self.vault.execute(
            f"SELECT id, {', '.join(self._CONTACT_SEALED)}, archived, created_at, created_by,"
            " updated_at, updated_by FROM contacts ORDER BY id"
        )
        new_ids = self._new_ids("contacts", [int(r[0]) for r in rows])
        self._insert(
            "contacts",
            (
                "id",
                *self._CONTACT_SEALED,
                "archived",
                "created_at",
                "created_by",
                "updated_at",
                "updated_by",
            ),
            [
                (
                    new_id,
                    *self._sealed("contacts", new_id, self._CONTACT_SEALED, tuple(row[1:7])),
                    bool(row[7]),
                    _moment(row[8]),
                    self.ids.must("users", row[9]),
                    _moment(row[10]),
                    self.ids.must("users", row[11]),
                )
                for new_id, row in zip(new_ids, rows, strict=True)
            ],
        )

    # cases and what hangs off them -------------------------------------------------------

    def cases(self) -> None:
        rows = self.vault.execute(
            "SELECT id, title, status, opened_at, opened_by, closed_at, closed_by, close_reason,"
            " close_code, updated_at FROM cases ORDER BY id"
        )
        new_ids = self._new_ids("cases", [int(r[0]) for r in rows])
        written = []
        for new_id, row in zip(new_ids, rows, strict=True):
            written.append(
                (
                    new_id,
                    *self._sealed("cases", new_id, ("title", "close_reason"), (row[1], row[7])),
                    str(row[2]),
                    _moment(row[3]),
                    self.ids.must("users", row[4]),
                    _moment(row[5]),
                    self.ids.get("users", row[6]),
                    row[8],
                    _moment(row[9]),
                )
            )
            self.search.append(("case", new_id, new_id, str(row[1]), "title"))
        self._insert(
            "cases",
            (
                "id",
                "title",
                "close_reason",
                "status",
                "opened_at",
                "opened_by",
                "closed_at",
                "closed_by",
                "close_code",
                "updated_at",
            ),
            written,
        )

    _PERSON_SEALED = ("role", "name", "date_of_birth", "bsn", "address", "school_or_childcare")

    def persons(self) -> None:
        rows = self.vault.execute(
            f"SELECT id, case_id, {', '.join(self._PERSON_SEALED)}, created_at, created_by,"
            " updated_at, updated_by FROM persons ORDER BY id"
        )
        new_ids = self._new_ids("persons", [int(r[0]) for r in rows])
        written = []
        for new_id, row in zip(new_ids, rows, strict=True):
            case_id = self.ids.must("cases", row[1])
            written.append(
                (
                    new_id,
                    case_id,
                    *self._sealed("persons", new_id, self._PERSON_SEALED, tuple(row[2:8])),
                    _moment(row[8]),
                    self.ids.must("users", row[9]),
                    _moment(row[10]),
                    self.ids.must("users", row[11]),
                )
            )
            self.search.append(("person", new_id, case_id, str(row[3]), "name"))
        self._insert(
            "persons",
            (
                "id",
                "case_id",
                *self._PERSON_SEALED,
                "created_at",
                "created_by",
                "updated_at",
                "updated_by",
            ),
            written,
        )

    def signals(self) -> None:
        rows = self.vault.execute(
            "SELECT id, case_id, created_at, created_by FROM signals ORDER BY id"
        )
        new_ids = self._new_ids("signals", [int(r[0]) for r in rows])
        case_of = {
            new_id: self.ids.must("cases", row[1])
            for new_id, row in zip(new_ids, rows, strict=True)
        }
        self._insert(
            "signals",
            ("id", "case_id", "created_at", "created_by"),
            [
                (new_id, case_of[new_id], _moment(row[2]), self.ids.must("users", row[3]))
                for new_id, row in zip(new_ids, rows, strict=True)
            ],
        )
        # The signal store's own list: a column sealed there is sealed here.
        sealed_columns = SEALED_COLUMNS
        versions = self.vault.execute(
            "SELECT id, signal_id, version, observed_on, recorded_at, recorded_by,"
            f" {', '.join(sealed_columns)} FROM signal_versions ORDER BY signal_id, version"
        )
        version_ids = self._new_ids("signal_versions", [int(r[0]) for r in versions])
        newest: dict[int, str] = {}
        written = []
        for new_id, row in zip(version_ids, versions, strict=True):
            signal_id = self.ids.must("signals", row[1])
            values = dict(zip(sealed_columns, row[6:], strict=True))
            written.append(
                (
                    new_id,
                    signal_id,
                    int(row[2]),
                    str(row[3]),
                    _moment(row[4]),
                    self.ids.must("users", row[5]),
                    *self._sealed("signal_versions", new_id, sealed_columns, tuple(row[6:])),
                )
            )
            # Ordered by version: the last one seen is the newest, what the signal is found by.
            newest[signal_id] = signal_search_text(
                str(values["facts"]),
                str(values["interpretation"] or ""),
                str(values["observed_by"]),
            )
        self._insert(
            "signal_versions",
            (
                "id",
                "signal_id",
                "version",
                "observed_on",
                "recorded_at",
                "recorded_by",
                *sealed_columns,
            ),
            written,
        )
        for signal_id, text in newest.items():
            self.search.append(("signal", signal_id, case_of[signal_id], text, "facts"))

    def entries(self) -> None:
        rows = self.vault.execute(
            "SELECT id, case_id, kind, created_at, created_by FROM case_entries ORDER BY id"
        )
        new_ids = self._new_ids("case_entries", [int(r[0]) for r in rows])
        kinds = {new_id: str(row[2]) for new_id, row in zip(new_ids, rows, strict=True)}
        self._insert(
            "case_entries",
            ("id", "case_id", "kind", "created_at", "created_by"),
            [
                (
                    new_id,
                    self.ids.must("cases", row[1]),
                    str(row[2]),
                    _moment(row[3]),
                    self.ids.must("users", row[4]),
                )
                for new_id, row in zip(new_ids, rows, strict=True)
            ],
        )
        versions = self.vault.execute(
            "SELECT id, entry_id, version, change, change_reason, payload, recorded_at,"
            " recorded_by FROM case_entry_versions ORDER BY entry_id, version"
        )
        version_ids = self._new_ids("case_entry_versions", [int(r[0]) for r in versions])
        written = []
        for new_id, row in zip(version_ids, versions, strict=True):
            entry_id = self.ids.must("case_entries", row[1])
            kind = kinds[entry_id]
            payload = carry_payload(str(row[5]), kind, self.ids.must)
            written.append(
                (
                    new_id,
                    entry_id,
                    int(row[2]),
                    str(row[3]),
                    entry_event_on(kind, payload),
                    _moment(row[6]),
                    self.ids.must("users", row[7]),
                    seal_payload(self.server.sealer, new_id, payload),
                    self.seal("case_entry_versions", "change_reason", new_id, row[4]),
                    entry_decision_id(kind, payload),
                )
            )
        self._insert(
            "case_entry_versions",
            (
                "id",
                "entry_id",
                "version",
                "change",
                "event_on",
                "recorded_at",
                "recorded_by",
                "payload",
                "change_reason",
                "decision_id",
            ),
            written,
        )

    def links_and_shares(self) -> None:
        rows = self.vault.execute(
            "SELECT id, case_id, linked_case_id, relation, source_entry_id, created_at,"
            " created_by FROM case_links ORDER BY id"
        )
        new_ids = self._new_ids("case_links", [int(r[0]) for r in rows])
        self._insert(
            "case_links",
            (
                "id",
                "case_id",
                "linked_case_id",
                "relation",
                "source_entry_id",
                "created_at",
                "created_by",
            ),
            [
                (
                    new_id,
                    self.ids.must("cases", row[1]),
                    self.ids.must("cases", row[2]),
                    str(row[3]),
                    None if row[4] is None else self.ids.must("case_entries", row[4]),
                    _moment(row[5]),
                    self.ids.must("users", row[6]),
                )
                for new_id, row in zip(new_ids, rows, strict=True)
            ],
        )
        self._insert(
            "case_shares",
            ("case_id", "user_id", "shared_at", "shared_by"),
            [
                (
                    self.ids.must("cases", row[0]),
                    self.ids.must("users", row[1]),
                    _moment(row[2]),
                    self.ids.must("users", row[3]),
                )
                for row in self.vault.execute(
                    "SELECT case_id, user_id, shared_at, shared_by FROM case_shares"
                    " ORDER BY case_id, user_id"
                )
            ],
        )

    def search_words(self) -> None:
        """The words each new case, person and signal is found by, as the stores keep them."""
        index = self.server.search_index
        if isinstance(index, BlindSearchIndex):
            index.keep_new(self.search)
        else:
            for source, source_id, case_id, text, field_name in self.search:
                index.keep(source, source_id, case_id, text, field_name)
        self._say("search_tokens", len(self.search), len(self.search))

    # the log ----------------------------------------------------------------------------

    def log(self) -> tuple[int, int]:
        """Every vault log row again on the server's chain, in order; the first and last seq."""
        rows = []
        for row in self.vault.execute(
            "SELECT seq, at, event, user_id, on_behalf_of, case_id, object_type, object_id,"
            " detail FROM audit_log ORDER BY seq"
        ):
            object_type = None if row[6] is None else str(row[6])
            name = str(row[2])
            rows.append(
                NewRow(
                    # An event this program does not name (a newer one wrote it) stays as is.
                    AuditEvent(name) if name in _EVENTS else name,
                    at=to_iso(datetime.fromisoformat(str(row[1]))),
                    user_id=self.ids.get("users", row[3]),
                    on_behalf_of=self.ids.get("users", row[4]),
                    case_id=self.ids.get("cases", row[5]),
                    object_type=object_type,
                    object_id=log_object_id(self.ids, object_type, row[7]),
                    detail=carry_detail(str(row[8] or ""), self.ids),
                )
            )
        first, last = self.server.audit.append_all(rows)
        self._say("audit_log", len(rows), len(rows))
        return first, last


_EVENTS = frozenset(e.value for e in AuditEvent)


def log_object_id(ids: IdMap, object_type: str | None, object_id: object) -> int | None:
    """The server's id of what a log row was about; None for what does not move (a draft)."""
    if object_id is None or object_type not in _LOG_OBJECTS:
        return None
    return ids.get(_LOG_OBJECTS[object_type], int(str(object_id)))


def carry_detail(detail: str, ids: IdMap) -> str:
    """A log row's detail with the one case id it can name (a link's) carried over."""
    if not detail.startswith("linked_case="):
        return detail
    parts = detail.split(";")
    head, _, value = parts[0].partition("=")
    if value.isdigit():
        server_case = ids.get("cases", int(value))
        if server_case is not None:
            parts[0] = f"{head}={server_case}"
    return ";".join(parts)


def carry_payload(payload: str, kind: str, lookup: Callable[[str, int], int]) -> str:
    """An entry's stored content with the rows it names given their server ids; the rest of
    the text as it was written."""
    references = _REFERENCES.get(kind, ())
    if not references:
        return payload
    data = json.loads(payload)
    changed = False
    for key, table in references:
        if isinstance(data, dict) and data.get(key) is not None:
            data[key] = lookup(table, int(data[key]))
            changed = True
    return json.dumps(data, ensure_ascii=False) if changed else payload


def entry_event_on(kind: str, payload: str) -> date | None:
    """The day the step happened, kept in the clear on the server for the registrations
    (`case_entry_versions.event_on`): the entry's own main date."""
    return main_date(entry_value(EntryKind(kind), payload))


def entry_decision_id(kind: str, payload: str) -> int | None:
    """The decision a melding carries out, kept beside its sealed payload for the server's
    check (`case_entry_versions.decision_id`); None for every other kind."""
    value = entry_value(EntryKind(kind), payload)
    return value.decision_id if isinstance(value, ReportRegistration) else None


def seal_payload(sealer: Sealer, version_id: int, payload: str) -> object:
    """An entry version's content as the server keeps it: the JSON text, sealed through the
    store seam as any text column is, bound to its row."""
    return sealer.seal("case_entry_versions", "payload", version_id, payload)


def import_vault(
    server: PracticeServer,
    vault: OpenedVault,
    links: Mapping[int, str] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the whole vault to the server in one transaction (see the module's note)."""
    if not server.user.is_admin:
        raise VaultImportRefused(NOT_ADMIN)
    server.access.require_own_passphrase()
    # (The server's schema is this program's: an open `PracticeServer` has checked it.)
    writer = _Writer(server, vault, progress)
    key = META_PREFIX + vault.vault_id
    try:
        with server.db.transaction():
            _refuse_if_imported(server.db, vault.vault_id)
            # Taken first: a second import of this vault started meanwhile (another computer)
            # waits here for this one, then finds the key and is refused.
            server.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                (key, json.dumps({"at": now_iso(), "by": server.user.id}, sort_keys=True)),
            )
            users = writer.users(links or {})
            writer.contacts()
            writer.cases()
            writer.persons()
            writer.signals()
            writer.entries()
            writer.links_and_shares()
            writer.search_words()
            first, last = writer.log()
            counts = vault_counts(vault.db)
            server.audit.append(
                AuditEvent.VAULT_IMPORTED,
                user_id=server.user.id,
                detail=f"vault={vault.vault_id};first_seq={first};last_seq={last};"
                f"cases={counts['cases']}",
            )
            done = {"at": now_iso(), "by": server.user.id, "first_seq": first, "last_seq": last}
            server.db.execute(
                "UPDATE meta SET value = ? WHERE key = ?", (json.dumps(done, sort_keys=True), key)
            )
    except pg_errors.UniqueViolation:
        _refuse_if_imported(server.db, vault.vault_id)
        raise
    return ImportResult(vault.vault_id, writer.ids, users, counts, first, last)


# -- the check --------------------------------------------------------------------------------


def vault_counts(db: StoreDatabase) -> dict[str, int]:
    return {table: int(db.scalar(f"SELECT count(*) FROM {table}") or 0) for table in COUNTED}


@dataclass
class CheckReport:
    vault_counts: dict[str, int]
    server_counts: dict[str, int]
    cases_compared: int
    differing_cases: list[int]  # vault case numbers
    contacts_equal: bool
    users_equal: bool
    log_equal: bool

    @property
    def sound(self) -> bool:
        return (
            self.vault_counts == self.server_counts
            and not self.differing_cases
            and self.contacts_equal
            and self.users_equal
            and self.log_equal
        )


class _Reader:
    """The rows of one side, opened, with every id given as the vault's id."""

    def __init__(
        self,
        db: StoreDatabase,
        sealer: Sealer,
        to_vault: IdMap | None,
        log_range: tuple[int, int] | None,
    ) -> None:
        self.db = db
        self.sealer = sealer
        self.to_vault = to_vault
        self.log_range = log_range

    def vid(self, table: str, row_id: object) -> int | None:
        if row_id is None:
            return None
        if self.to_vault is None:
            return int(str(row_id))
        found = self.to_vault.get(table, int(str(row_id)))
        # A server row the import did not write: marked, so it never equals a vault id.
        return -int(str(row_id)) if found is None else found

    def ids_in(self, table: str, ids: list[int]) -> tuple[str, list[object]]:
        dialect = self.db.dialect
        return f"JOIN {dialect.id_table()} f ON f.id = {table}", [dialect.id_param(ids)]

    def opened(self, table: str, column: str, row_id: object, stored: object) -> str | None:
        return self.sealer.open(table, column, int(str(row_id)), stored)

    def case(self, case_id: int) -> dict[str, Any]:
        c = self.db.one(
            "SELECT id, title, status, opened_at, opened_by, closed_at, closed_by, close_reason,"
            " close_code, updated_at FROM cases WHERE id = ?",
            (case_id,),
        )
        assert c is not None
        found: dict[str, Any] = {
            "case": [
                self.opened("cases", "title", case_id, c[1]),
                c[2],
                _instant(c[3]),
                self.vid("users", c[4]),
                _instant(c[5]),
                self.vid("users", c[6]),
                self.opened("cases", "close_reason", case_id, c[7]),
                c[8],
                _instant(c[9]),
            ]
        }
        columns = ("role", "name", "date_of_birth", "bsn", "address", "school_or_childcare")
        found["persons"] = sorted(
            [
                self.vid("persons", p[0]),
                *(self.opened("persons", col, p[0], p[i]) for i, col in enumerate(columns, 1)),
                _instant(p[7]),
                self.vid("users", p[8]),
                _instant(p[9]),
                self.vid("users", p[10]),
            ]
            for p in self.db.execute(
                f"SELECT id, {', '.join(columns)}, created_at, created_by, updated_at, updated_by"
                " FROM persons WHERE case_id = ?",
                (case_id,),
            )
        )
        signal_columns = SEALED_COLUMNS
        versions: dict[int, list[Any]] = {}
        for v in self.db.execute(
            "SELECT v.id, v.signal_id, v.version, v.observed_on, v.recorded_at, v.recorded_by,"
            f" {', '.join('v.' + c for c in signal_columns)} FROM signal_versions v"
            " JOIN signals s ON s.id = v.signal_id WHERE s.case_id = ? ORDER BY v.version",
            (case_id,),
        ):
            versions.setdefault(int(v[1]), []).append(
                [
                    int(v[2]),
                    _day(v[3]),
                    _instant(v[4]),
                    self.vid("users", v[5]),
                    *(
                        self.opened("signal_versions", col, v[0], v[i])
                        for i, col in enumerate(signal_columns, 6)
                    ),
                ]
            )
        found["signals"] = sorted(
            [
                self.vid("signals", s[0]),
                _instant(s[1]),
                self.vid("users", s[2]),
                versions.get(int(s[0]), []),
            ]
            for s in self.db.execute(
                "SELECT id, created_at, created_by FROM signals WHERE case_id = ?", (case_id,)
            )
        )
        entry_versions: dict[int, list[Any]] = {}
        for v in self.db.execute(
            "SELECT v.id, v.entry_id, v.version, v.change, v.change_reason, v.payload,"
            " v.recorded_at, v.recorded_by, e.kind FROM case_entry_versions v"
            " JOIN case_entries e ON e.id = v.entry_id WHERE e.case_id = ? ORDER BY v.version",
            (case_id,),
        ):
            payload = self.opened("case_entry_versions", "payload", v[0], v[5]) or ""
            entry_versions.setdefault(int(v[1]), []).append(
                [
                    int(v[2]),
                    v[3],
                    self.opened("case_entry_versions", "change_reason", v[0], v[4]),
                    self.content(str(v[8]), payload),
                    _instant(v[6]),
                    self.vid("users", v[7]),
                ]
            )
        found["entries"] = sorted(
            [
                self.vid("case_entries", e[0]),
                e[1],
                _instant(e[2]),
                self.vid("users", e[3]),
                entry_versions.get(int(e[0]), []),
            ]
            for e in self.db.execute(
                "SELECT id, kind, created_at, created_by FROM case_entries WHERE case_id = ?",
                (case_id,),
            )
        )
        found["links"] = sorted(
            [
                self.vid("case_links", r[0]),
                self.vid("cases", r[1]),
                r[2],
                self.vid("case_entries", r[3]),
                _instant(r[4]),
                self.vid("users", r[5]),
            ]
            for r in self.db.execute(
                "SELECT id, linked_case_id, relation, source_entry_id, created_at, created_by"
                " FROM case_links WHERE case_id = ?",
                (case_id,),
            )
        )
        found["shares"] = sorted(
            [self.vid("users", r[0]), _instant(r[1]), self.vid("users", r[2])]
            for r in self.db.execute(
                "SELECT user_id, shared_at, shared_by FROM case_shares WHERE case_id = ?",
                (case_id,),
            )
        )
        found["log"] = self.log_rows("case_id = ?", [case_id])
        return found

    def content(self, kind: str, payload: str) -> object:
        data = json.loads(payload)
        if self.to_vault is not None:
            for key, table in _REFERENCES.get(kind, ()):
                if isinstance(data, dict) and data.get(key) is not None:
                    data[key] = self.vid(table, data[key])
        return data

    def log_rows(self, where: str, params: list[object]) -> list[Any]:
        sql = (
            "SELECT seq, at, event, user_id, on_behalf_of, case_id, object_type, object_id,"
            f" detail FROM audit_log WHERE {where}"
        )
        if self.log_range is not None:
            sql += " AND seq BETWEEN ? AND ?"
            params = [*params, *self.log_range]
        rows = []
        for r in self.db.execute(sql + " ORDER BY seq", params):
            object_type = r[6]
            table = _LOG_OBJECTS.get(str(object_type)) if object_type is not None else None
            object_id = self.vid(table, r[7]) if table is not None else None
            detail = str(self.sealer.open("audit_log", "detail", int(r[0]), r[8]) or "")
            rows.append(
                [
                    _instant(r[1]),
                    r[2],
                    self.vid("users", r[3]),
                    self.vid("users", r[4]),
                    self.vid("cases", r[5]),
                    object_type,
                    object_id,
                    self.detail(detail),
                ]
            )
        return rows

    def detail(self, detail: str) -> str:
        if self.to_vault is None or not detail.startswith("linked_case="):
            return detail
        head, _, rest = detail.partition(";")
        _, _, value = head.partition("=")
        if value.isdigit():
            return f"linked_case={self.vid('cases', int(value))};{rest}"
        return detail

    def contacts(self, ids: list[int] | None) -> list[Any]:
        columns = ("role", "name", "organisation", "phone", "email", "notes")
        sql = (
            f"SELECT c.id, {', '.join('c.' + col for col in columns)}, c.archived, c.created_at,"
            " c.created_by, c.updated_at, c.updated_by FROM contacts c"
        )
        params: list[object] = []
        if ids is not None:
            join, params = self.ids_in("c.id", ids)
            sql += " " + join
        return sorted(
            [
                self.vid("contacts", r[0]),
                *(self.opened("contacts", col, r[0], r[i]) for i, col in enumerate(columns, 1)),
                bool(r[7]),
                _instant(r[8]),
                self.vid("users", r[9]),
                _instant(r[10]),
                self.vid("users", r[11]),
            ]
            for r in self.db.execute(sql, params)
        )


def _instant(value: object) -> str | None:
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return to_iso(moment)


def _day(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _digest(found: object) -> str:
    text = json.dumps(found, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# How the server's rows of the imported cases (or contacts, or users) are counted: the table
# and the column that names the imported row, joined through `t` where it is another table's.
_SERVER_COUNTS: dict[str, tuple[str, str, str]] = {
    "users": ("users t", "t.id", "users"),
    "cases": ("cases t", "t.id", "cases"),
    "persons": ("persons t", "t.case_id", "cases"),
    "signals": ("signals t", "t.case_id", "cases"),
    "signal_versions": (
        "signal_versions v JOIN signals t ON t.id = v.signal_id",
        "t.case_id",
        "cases",
    ),
    "case_entries": ("case_entries t", "t.case_id", "cases"),
    "case_entry_versions": (
        "case_entry_versions v JOIN case_entries t ON t.id = v.entry_id",
        "t.case_id",
        "cases",
    ),
    "case_links": ("case_links t", "t.case_id", "cases"),
    "case_shares": ("case_shares t", "t.case_id", "cases"),
    "contacts": ("contacts t", "t.id", "contacts"),
}


def server_counts(server: PracticeServer, result: ImportResult) -> dict[str, int]:
    """The server's rows that belong to what the import wrote, per table, read back."""
    db = server.db
    found: dict[str, int] = {}
    for table, (rows, column, imported) in _SERVER_COUNTS.items():
        wanted = sorted(result.ids.tables.get(imported, {}).values())
        found[table] = (
            int(
                db.scalar(
                    f"SELECT count(*) FROM {rows} JOIN {db.dialect.id_table()} f"
                    f" ON f.id = {column}",
                    [db.dialect.id_param(wanted)],
                )
                or 0
            )
            if wanted
            else 0
        )
    found["audit_log"] = int(
        db.scalar(
            "SELECT count(*) FROM audit_log WHERE seq BETWEEN ? AND ?",
            (result.first_seq, result.last_seq),
        )
        or 0
    )
    return found


def _who(user: User) -> tuple[object, ...]:
    return (user.display_name, user.role, user.phone, user.work_role, user.created_at)


def check_import(server: PracticeServer, vault: OpenedVault, result: ImportResult) -> CheckReport:
    """Both sides read again and compared: counts per table, and per case a digest of its
    opened contents (see the module's note). Reads only; writes nothing on either side."""
    to_vault = result.ids.inverse()
    log_range = (result.first_seq, result.last_seq)
    on_vault = _Reader(vault.db, PLAIN, None, None)
    on_server = _Reader(server.db, server.sealer, to_vault, log_range)
    differing: list[int] = []
    case_map = result.ids.tables.get("cases", {})
    vault_cases = [int(r[0]) for r in vault.db.execute("SELECT id FROM cases ORDER BY id")]
    for vault_case in vault_cases:
        server_case = case_map.get(vault_case)
        if server_case is None or _digest(on_vault.case(vault_case)) != _digest(
            on_server.case(server_case)
        ):
            differing.append(vault_case)
    contact_ids = sorted(result.ids.tables.get("contacts", {}).values())
    contacts_equal = on_vault.contacts(None) == on_server.contacts(contact_ids)
    # Who is who: each vault user's name, job title and role, and the server user it became.
    vault_users = {u.id: u for u in list_users(vault.db)}
    server_users = {u.id: u for u in list_users(server.db, server.sealer)}
    linked = {link.vault_user_id: link for link in result.users}
    users_equal = set(linked) == set(vault_users) and all(
        link.server_user_id in server_users
        # A new server user is the vault's user as they were; a matched one was there already.
        and (
            not link.created
            or _who(vault_users[link.vault_user_id]) == _who(server_users[link.server_user_id])
        )
        for link in linked.values()
    )
    log_equal = on_vault.log_rows("1 = 1", []) == on_server.log_rows("1 = 1", [])
    return CheckReport(
        vault_counts(vault.db),
        server_counts(server, result),
        len(vault_cases),
        differing,
        contacts_equal,
        users_equal,
        log_equal,
    )
