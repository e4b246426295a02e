"""The practice server as the rest of the program sees it: the same domain stores as the vault
(`app.vault.vault.Vault`), over the practice's PostgreSQL instead of the SQLCipher file.

A `PracticeServer` is one user's session: their connection (`ServerDatabase`), the practice's
data key (opened from their key slot on the server), the sealer that keeps every value that
could identify or describe someone sealed before it leaves this computer, the audit log on the
server, and the access policy. The stores hang off it exactly as they hang off the vault; what
differs lives behind `app.store.backend`.

On the server so far: cases, persons, signals, sharing and the practice's settings, users, the
audit log and its reading (`access_log`), contacts, drafts, and the words cases are found by
(`cases.matching_ids`, through keyed tokens), the steps and where each case stands, Vandaag,
follow-ups, wegingen, meldingen, the search window (`search`, its snippets opened here), the
registratielijst, the jaaroverzicht and its check for personal text (payloads opened here).
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path

from app.crypto import kdf
from app.crypto.kdf import KdfParams
from app.crypto.keyslots import KeySlot, make_user_slot, open_slot, subkey
from app.domain.models import User, UserDraft
from app.domain.passphrase import validate_new_passphrase
from app.domain.roles import CaseVisibility
from app.domain.validation import FieldErrors, msg
from app.errors import (
    AuditLogDamaged,
    RecordNotFound,
    ServerBehind,
    ServerTooNew,
    ValidationError,
    WrongLoginOrPassphrase,
)
from app.i18n import QT_TRANSLATE_NOOP
from app.server import schema
from app.server.audit import AUDIT_PURPOSE, ServerAuditLog
from app.server.database import FieldSealer, ServerDatabase
from app.server.fields import BlindIndex, FieldCodec
from app.server.form_index import FormIndex, index_file
from app.server.offline import OfflineDrafts
from app.server.search import BlindSearchIndex
from app.store.backend import Sealer, SearchIndex
from app.store.shared import SharedStores
from app.store.users import (
    get_user,
    give_first_passphrase,
    insert_user,
    list_users,
    set_must_change,
    switch_off,
)
from app.vault.access import AccessPolicy
from app.vault.audit import AuditEvent
from app.vault.vault import VerifyReport

LOGIN_MAX = 64
NO_LOGIN_YET = QT_TRANSLATE_NOOP(
    "validation",
    "Deze collega heeft nog geen inlognaam. Geef eerst een inlognaam en een eerste wachtzin.",
)
HAS_LOGIN = QT_TRANSLATE_NOOP(
    "validation",
    "Deze collega heeft al een inlognaam. Vergat hij of zij de wachtzin, geef dan een nieuwe "
    "eerste wachtzin.",
)


class PracticeServer(SharedStores):
    def __init__(self, db: ServerDatabase, data_key: bytes, user: User) -> None:
        # The stores work with the tables as this program knows them, not older, not newer.
        found = schema.schema_version(db.connection)
        if found > schema.LATEST_VERSION:
            raise ServerTooNew(found, schema.LATEST_VERSION)
        if found < schema.LATEST_VERSION:
            raise ServerBehind(found, schema.LATEST_VERSION)
        self._db = db
        self._data_key = data_key
        self._sealer = FieldSealer(FieldCodec(data_key))
        self._audit = ServerAuditLog(db, subkey(data_key, AUDIT_PURPOSE), self._sealer)
        self._user = user
        self.practice_id = _practice_id(db)
        self._forms = FormIndex(db, self._sealer, data_key)
        self._search_index = BlindSearchIndex(
            db, BlindIndex(data_key), self._sealer, forms=self._forms
        )
        self.access = AccessPolicy(self, user, recovered=False)

        # The entries store is not on the server yet; the case store holds it for its
        # kindcheck link.
        self.compose_shared_stores(self)

    # -- what the stores see -------------------------------------------------------------

    @property
    def db(self) -> ServerDatabase:
        return self._db

    @property
    def audit(self) -> ServerAuditLog:
        return self._audit

    @property
    def user(self) -> User:
        return self._user

    @property
    def sealer(self) -> Sealer:
        return self._sealer

    @property
    def search_index(self) -> SearchIndex:
        return self._search_index

    def keep_form_index_in(self, folder: Path) -> None:
        """Keep the form filter's index (`app.server.form_index`) in `folder` on this
        computer, so the next session takes in only what changed meanwhile."""
        self._forms.keep_in(index_file(folder, self.practice_id))

    def offline_drafts(self, folder: Path) -> OfflineDrafts:
        """What this user typed while the server could not be reached, kept in `folder` on
        this computer (`app.server.offline`)."""
        return OfflineDrafts(folder, self._data_key, self.practice_id, self._user.id)

    # -- what the window asks of either store ---------------------------------------------

    @property
    def on_server(self) -> bool:
        return True

    @property
    def is_open(self) -> bool:
        return not self._db.closed

    @property
    def is_practice(self) -> bool:
        """The training vault is always a vault on this computer."""
        return False

    @property
    def recovered(self) -> bool:
        # The recovery code opens the server through the administrator's command line only.
        return False

    @property
    def device_bound(self) -> bool:
        """The server's key slots are under the passphrase alone: a user works from every
        computer of the practice, so no computer's keyring can hold a part of the key."""
        return False

    # -- starting and unlocking ----------------------------------------------------------

    @classmethod
    def start(
        cls,
        db: ServerDatabase,
        data_key: bytes,
        first_user: UserDraft,
        login: str,
        passphrase: str,
        kdf_params: KdfParams | None = None,
    ) -> PracticeServer:
        """The first user of a prepared, empty practice server (a beheerder, in the work role
        the draft names), with their key slot; returns their session."""
        validate_new_passphrase(passphrase, passphrase)
        practice = _practice_id(db)
        sealer = FieldSealer(FieldCodec(data_key))
        with db.transaction():
            draft = replace(first_user, is_admin=True)
            user = insert_user(db, draft, sealer=sealer)
            db.execute("UPDATE users SET login = ? WHERE id = ?", (login, user.id))
            slot = make_user_slot(practice, data_key, user.id, "", passphrase, None, kdf_params)
            schema.put_slot(db.connection, slot)
            server = cls(db, data_key, user)
            server.audit.append(
                AuditEvent.USER_ADDED, user_id=user.id, object_type="user", object_id=user.id
            )
        return server

    @classmethod
    def open(cls, url: str, login: str, passphrase: str) -> PracticeServer:
        """Connect to the practice server at `url` (the policy's address; the password of the
        program's login comes from PostgreSQL's password file) and unlock as `login`."""
        db = ServerDatabase.connect(url)
        try:
            return cls.unlock(db, login, passphrase)
        except BaseException:
            db.close()
            raise

    @classmethod
    def unlock(cls, db: ServerDatabase, login: str, passphrase: str) -> PracticeServer:
        """Open the practice's data key with this user's slot on the server."""
        practice = _practice_id(db)
        user_id = db.scalar("SELECT id FROM users WHERE login = ? AND active", (login,))
        slot = None if user_id is None else _user_slot(db, int(user_id))
        if slot is None:
            # Whether the login exists is not told apart from a wrong passphrase, not by the
            # answer and not by its time: an unknown login costs the same key derivation.
            known = next((s for s in schema.load_slots(db.connection) if s.kind == "user"), None)
            if known is not None:
                kdf.derive(passphrase, known.kdf_params)
            raise WrongLoginOrPassphrase()
        data_key = open_slot(practice, slot, passphrase, None)
        if data_key is None:
            raise WrongLoginOrPassphrase()
        server = cls(db, data_key, get_user(db, int(user_id), FieldSealer(FieldCodec(data_key))))
        server.audit.append(AuditEvent.UNLOCK, user_id=server.user.id)
        return server

    # -- users ---------------------------------------------------------------------------

    def users(self) -> list[User]:
        return list_users(self._db, self._sealer)

    def add_user(
        self,
        draft: UserDraft,
        login: str,
        passphrase: str,
        repeat: str | None = None,
        *,
        first_passphrase: bool = True,
    ) -> User:
        """A colleague with a role, a login and a key slot (beheerder). `repeat`: the
        passphrase typed again (a form asks for it; the administrator's command line not)."""
        self.access.require_admin()
        login = self._free_login(login)
        validate_new_passphrase(passphrase, passphrase if repeat is None else repeat)
        practice = _practice_id(self._db)
        with self._db.transaction():
            user = insert_user(
                self._db, draft, must_change_passphrase=first_passphrase, sealer=self._sealer
            )
            self._db.execute("UPDATE users SET login = ? WHERE id = ?", (login, user.id))
            schema.put_slot(
                self._db.connection,
                make_user_slot(practice, self._data_key, user.id, "", passphrase, None),
            )
            self._audit.append(
                AuditEvent.USER_ADDED,
                user_id=self._user.id,
                object_type="user",
                object_id=user.id,
                detail=f"role={user.work_role.value};admin={int(user.is_admin)}",
            )
        return user

    def _free_login(self, login: str) -> str:
        login = login.strip()
        errors = FieldErrors()
        validate_login(errors, login)
        if not errors.errors and self._db.scalar("SELECT 1 FROM users WHERE login = ?", (login,)):
            errors.add(
                "login",
                msg(
                    QT_TRANSLATE_NOOP(
                        "validation",
                        "Deze inlognaam is in deze praktijk al in gebruik (ook een uitgezette "
                        "collega houdt de zijne). Kies een andere.",
                    )
                ),
            )
        errors.raise_if_any()
        return login

    def login_of(self, user_id: int) -> str:
        return str(self._db.scalar("SELECT login FROM users WHERE id = ?", (user_id,)) or "")

    def deactivate_user(self, user_id: int) -> User:
        """Switch a colleague off: their key slot goes, their name stays (the log names them)."""
        self.access.require_admin()
        with self._db.transaction():
            switch_off(self, user_id)
            self._db.execute(
                "DELETE FROM key_slots WHERE kind = 'user' AND user_id = ?", (user_id,)
            )
        return get_user(self._db, user_id, self._sealer)

    def reset_passphrase(
        self, user_id: int, passphrase: str, repeat: str, device_store: object = None
    ) -> User:
        """A new first passphrase for a colleague who forgot theirs (or is switched on again),
        given by a beheerder with the colleague present. (`device_store`: as for
        `change_passphrase`.)"""
        self.access.require_admin()
        validate_new_passphrase(passphrase, repeat)
        with self._db.transaction():
            if not self.login_of(user_id):
                get_user(self._db, user_id, self._sealer)  # one that is not there: not found
                raise ValidationError({"passphrase": msg(NO_LOGIN_YET)})
            self._first_passphrase(user_id, passphrase)
        return get_user(self._db, user_id, self._sealer)

    def give_login(self, user_id: int, login: str, passphrase: str, repeat: str) -> User:
        """A login and a first passphrase for a colleague who has neither: one whom `server
        import-vault` brought over from a vault without a server user to match (beheerder,
        with the colleague present; they choose their own passphrase at the first login)."""
        self.access.require_admin()
        login = self._free_login(login)
        validate_new_passphrase(passphrase, repeat)
        with self._db.transaction():
            get_user(self._db, user_id, self._sealer)
            if self.login_of(user_id):
                raise ValidationError({"login": msg(HAS_LOGIN)})
            self._db.execute("UPDATE users SET login = ? WHERE id = ?", (login, user_id))
            self._audit.append(
                AuditEvent.USER_CHANGED,
                user_id=self._user.id,
                object_type="user",
                object_id=user_id,
                detail="login",
            )
            self._first_passphrase(user_id, passphrase)
        return get_user(self._db, user_id, self._sealer)

    def _first_passphrase(self, user_id: int, passphrase: str) -> None:
        give_first_passphrase(self, user_id)
        slot = make_user_slot(_practice_id(self._db), self._data_key, user_id, "", passphrase, None)
        schema.put_slot(self._db.connection, slot)

    @property
    def case_visibility(self) -> CaseVisibility:
        return self.settings.case_visibility

    def set_case_visibility(self, visibility: CaseVisibility) -> None:
        self.settings.set_case_visibility(visibility)

    def change_passphrase(
        self, new_passphrase: str, repeat: str, device_store: object = None
    ) -> None:
        """Rewrite this user's key slot on the server; ends a first passphrase given by a
        beheerder, after which the user works as themselves. (`device_store`, which the
        vault's slots may bind to, has no part here: a user works from every computer.)"""
        practice = _practice_id(self._db)
        given = _user_slot(self._db, self._user.id)
        validate_new_passphrase(
            new_passphrase,
            repeat,
            None
            if given is None or not self._user.must_change_passphrase
            else lambda passphrase: open_slot(practice, given, passphrase, None) is not None,
        )
        slot = make_user_slot(practice, self._data_key, self._user.id, "", new_passphrase, None)
        with self._db.transaction():
            set_must_change(self._db, self._user.id, False)
            schema.put_slot(self._db.connection, slot)
            self._audit.append(
                AuditEvent.PASSPHRASE_CHANGED,
                user_id=self._user.id,
                object_type="user",
                object_id=self._user.id,
            )
        self._user = get_user(self._db, self._user.id, self._sealer)
        self.access.update_user(self._user)

    # -- sharing cases -------------------------------------------------------------------

    def share_case(self, case_id: int, user_id: int) -> None:
        self.sharing.share(case_id, user_id)

    def unshare_case(self, case_id: int, user_id: int) -> None:
        self.sharing.unshare(case_id, user_id)

    def shared_with(self, case_id: int) -> list[User]:
        return self.sharing.shared_with(case_id)

    # -- checking ------------------------------------------------------------------------

    def verify(self) -> VerifyReport:
        """The log's chain, signals and entries against the content MACs their audit rows
        recorded, and what is kept beside them on write (case states, the agenda, each step's
        day), as the vault's `verify`. Pages and triggers are the server's own (its
        administrator's `pg_dump` and `server status`): not part of this report. For a
        beheerder or the practice manager, who read the log."""
        self.access.require_record_check()
        report = VerifyReport(
            [],
            self._audit.verify(),
            [],
            self._audit.verify_content(),
            self.steps.derived_problems(),
        )
        with contextlib.suppress(AuditLogDamaged):
            self._audit.append(
                AuditEvent.VERIFY,
                user_id=self._user.id,
                detail="sound" if report.sound else "faults",
            )
        return report

    # -- ending --------------------------------------------------------------------------

    def lock(self) -> None:
        """Log the end of the session and close the connection. Safe to call twice."""
        if self._db.closed:
            return
        if not self._db.lost:
            # With the server gone the lock is not logged: locking never waits for a network.
            with contextlib.suppress(Exception):
                self._audit.append(AuditEvent.LOCK, user_id=self._user.id)
        self._forms.close()
        self._db.close()

    def __enter__(self) -> PracticeServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def _user_slot(db: ServerDatabase, user_id: int) -> KeySlot | None:
    """The key slot of a user's passphrase on the server."""
    return next(
        (s for s in schema.load_slots(db.connection) if s.kind == "user" and s.user_id == user_id),
        None,
    )


def _practice_id(db: ServerDatabase) -> str:
    practice = schema.practice_id(db.connection)
    if practice is None:
        raise RecordNotFound()
    return practice


def validate_login(errors: FieldErrors, login: str) -> None:
    if not login:
        errors.add(
            "login", msg(QT_TRANSLATE_NOOP("validation", "Vul een inlognaam in, bijv. mverhoeven."))
        )
    elif len(login) > LOGIN_MAX or not all(ch.isalnum() or ch in "._-@" for ch in login):
        errors.add(
            "login",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Een inlognaam heeft hoogstens {n} tekens: letters, cijfers en . _ - @, "
                    "zonder spaties.",
                ),
                n=LOGIN_MAX,
            ),
        )
