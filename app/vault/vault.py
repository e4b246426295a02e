"""The vault as the rest of the program sees it: create, unlock, work, lock.

An unlocked `Vault` holds the SQLCipher connection, the audit log and the user who unlocked it;
the domain stores hang off it. Locking closes the connection and drops the key.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from app.crypto import kdf
from app.crypto.device_secret import DeviceSecretStore
from app.crypto.keyslots import (
    KeyFile,
    KnownHead,
    make_recovery_slot,
    make_user_slot,
    new_data_key,
    open_slot,
    subkey,
    update_key_file,
)
from app.crypto.recovery import generate_recovery_code, normalise_recovery_code
from app.domain.models import User, UserDraft
from app.domain.passphrase import validate_new_passphrase
from app.domain.roles import CaseVisibility, WorkRole
from app.errors import (
    AccessDenied,
    AuditLogDamaged,
    DeviceSecretMissing,
    KeyFileDamaged,
    RecordNotFound,
    StorageFailed,
    UnlockThrottled,
    VaultAlreadyExists,
    VaultClosed,
    VaultDamaged,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.store.backend import PLAIN, Sealer, SearchIndex
from app.store.shared import SharedStores
from app.store.users import (
    get_user,
    give_first_passphrase,
    insert_user,
    list_users,
    require_an_admin_left,
    set_must_change,
    switch_off,
)
from app.store.users import update_user as store_update_user
from app.timeutil import now_iso, to_iso, utc_now
from app.vault import backup as backup_file
from app.vault.access import AccessPolicy
from app.vault.attempts import AttemptTracker
from app.vault.audit import AuditEvent, AuditLog, AuditProblem, Head, ProblemKind
from app.vault.backend import FtsSearchIndex
from app.vault.content import ContentProblem
from app.vault.database import Database
from app.vault.holders import read_key_file, user_attempt_key
from app.vault.location import VaultLocation, remove_with_sidecars
from app.vault.protections import missing_protections
from app.vault.schema import migrate, schema_version
from app.vault.session_lock import SessionLock

Progress = Callable[[int, int], None]
PRACTICE_META_KEY = "is_practice"
_Found = TypeVar("_Found")


@dataclass(frozen=True)
class VerifyReport:
    integrity_problems: list[str]
    audit_problems: list[AuditProblem]
    # Append-only triggers that are absent or not as the schema made them.
    protection_problems: list[str] = field(default_factory=list)
    # Signals and entries that differ from what their audit rows recorded.
    content_problems: list[ContentProblem] = field(default_factory=list)
    # Where the kept case_state / case_agenda differ from the rules (schema 8), and entries
    # whose kept day (event_on, schema 13) is not their newest version's main date.
    derived_problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not (
            self.integrity_problems
            or self.audit_problems
            or self.protection_problems
            or self.content_problems
            or self.derived_problems
        )


class Vault(SharedStores):
    def __init__(
        self,
        location: VaultLocation,
        key_file: KeyFile,
        db: Database,
        data_key: bytes,
        user: User,
        *,
        recovered: bool = False,
        session_lock: SessionLock | None = None,
    ) -> None:
        self.location = location
        self._key_file = key_file
        self._db: Database | None = db
        self._data_key: bytes | None = data_key
        self._audit = AuditLog(db, subkey(data_key, "audit-chain"))
        self._user = user
        self._session_lock = session_lock
        self.access = AccessPolicy(self, user, recovered=recovered)
        self._is_practice = bool(
            db.scalar("SELECT value FROM meta WHERE key = ?", (PRACTICE_META_KEY,)) == "1"
        )
        self.compose_shared_stores(self)

    # -- what the stores see -------------------------------------------------------------

    @property
    def db(self) -> Database:
        if self._db is None:
            raise VaultClosed()
        return self._db

    @property
    def audit(self) -> AuditLog:
        if self._db is None:
            raise VaultClosed()
        return self._audit

    @property
    def user(self) -> User:
        return self._user

    @property
    def sealer(self) -> Sealer:
        """The vault file is encrypted whole: values are kept as they are."""
        return PLAIN

    @property
    def search_index(self) -> SearchIndex:
        """The vault's FTS5 index, kept by its own triggers."""
        return FtsSearchIndex(self.db)

    @property
    def recovered(self) -> bool:
        """Unlocked with the recovery code: only a new passphrase (or a restore) is allowed."""
        return self.access.recovered

    @recovered.setter
    def recovered(self, value: bool) -> None:
        self.access.recovered = value

    @property
    def vault_id(self) -> str:
        return self._key_file.vault_id

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def on_server(self) -> bool:
        """The practice server's session has no vault file here (no backups, no page check)."""
        return False

    @property
    def is_practice(self) -> bool:
        """The training vault of practice mode: fictional cases only; the UI marks every screen."""
        return self._is_practice

    @property
    def device_bound(self) -> bool:
        """False when this user's slot opens without the device secret (no keyring here)."""
        slot = self._key_file.slot_for_user(self._user.id)
        return bool(slot and slot.device_bound)

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    def users(self) -> list[User]:
        return list_users(self.db)

    # -- creating ------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        location: VaultLocation,
        first_user: UserDraft,
        passphrase: str,
        device_store: DeviceSecretStore,
        kdf_params: kdf.KdfParams | None = None,
        *,
        practice: bool = False,
    ) -> tuple[Vault, str]:
        """A new vault with its first user; returns it unlocked, with the recovery code.

        `practice` marks the training vault of practice mode (see `app.practice`).

        The database is built under a temporary name and only takes its real name after the
        key file is written, so an interrupted setup never leaves a vault without keys.
        """
        validate_new_passphrase(passphrase, passphrase)
        location.prepare()
        if location.exists():
            raise VaultAlreadyExists()
        remove_with_sidecars(location.new_db_path)
        vault_id = uuid.uuid4().hex
        data_key = new_data_key()
        device_secret = device_store.create(vault_id)
        params = kdf_params or kdf.calibrate()
        recovery_code = generate_recovery_code()

        db = Database(location.new_db_path, data_key)
        try:
            migrate(db)
            audit = AuditLog(db, subkey(data_key, "audit-chain"))
            with db.transaction():
                db.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (vault_id,))
                db.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (now_iso(),))
                if practice:
                    db.execute(
                        "INSERT INTO meta (key, value) VALUES (?, '1')", (PRACTICE_META_KEY,)
                    )
                user = insert_user(
                    db, replace(first_user, work_role=WorkRole.PROFESSIONAL.value, is_admin=True)
                )
                audit.append(AuditEvent.VAULT_CREATED, user_id=user.id)
                audit.append(
                    AuditEvent.USER_ADDED, user_id=user.id, object_type="user", object_id=user.id
                )
                audit.seal_content_baseline(user.id)
            head = audit.head()
        finally:
            db.close()
        key_file = KeyFile(vault_id, audit_head=KnownHead(head.seq, head.mac), attempts={})
        key_file.put(
            make_user_slot(
                vault_id, data_key, user.id, user.display_name, passphrase, device_secret, params
            )
        )
        key_file.put(make_recovery_slot(vault_id, data_key, recovery_code, params))
        key_file.save(location.keys_path)
        os.replace(location.new_db_path, location.db_path)
        remove_with_sidecars(location.new_db_path)
        lock = SessionLock.acquire(location.folder, user.display_name)
        vault = cls(
            location,
            key_file,
            Database(location.db_path, data_key),
            data_key,
            user,
            session_lock=lock,
        )
        return vault, recovery_code

    # -- unlocking -----------------------------------------------------------------------

    @classmethod
    def unlock(
        cls,
        location: VaultLocation,
        user_id: int,
        passphrase: str,
        device_store: DeviceSecretStore,
        progress: Callable[[str], None] | None = None,
    ) -> Vault:
        key_file = read_key_file(location)
        slot = key_file.slot_for_user(user_id)
        if slot is None:
            raise RecordNotFound()
        tracker = AttemptTracker(location.attempts_path)
        attempt_key = user_attempt_key(user_id)
        wait = tracker.seconds_to_wait(attempt_key)
        if wait:
            raise UnlockThrottled(wait)
        device_secret = device_store.get(key_file.vault_id) if slot.device_bound else None
        if slot.device_bound and device_secret is None:
            raise DeviceSecretMissing()
        lock = SessionLock.acquire(location.folder, slot.display_name)
        try:
            _report(progress, "key")
            data_key = open_slot(key_file.vault_id, slot, passphrase, device_secret)
            if data_key is None:
                raise WrongPassphrase(tracker.record_failure(attempt_key))
            vault = cls._open(location, key_file, data_key, user_id, progress, session_lock=lock)
        except BaseException:
            lock.release()
            raise
        vault._log_unlock(AuditEvent.UNLOCK, tracker, attempt_key)
        return vault

    @classmethod
    def unlock_with_recovery(
        cls,
        location: VaultLocation,
        recovery_code: str,
        user_id: int,
        progress: Callable[[str], None] | None = None,
    ) -> Vault:
        """Open with the recovery code, as `user_id`; the caller then asks for a new passphrase."""
        key_file = read_key_file(location)
        slot = key_file.recovery_slot
        if slot is None:
            raise KeyFileDamaged()
        tracker = AttemptTracker(location.attempts_path)
        attempt_key = backup_file.recovery_attempt_key(key_file.vault_id)
        wait = tracker.seconds_to_wait(attempt_key)
        if wait:
            raise UnlockThrottled(wait)
        code = normalise_recovery_code(recovery_code)
        holder = key_file.slot_for_user(user_id)
        lock = SessionLock.acquire(location.folder, holder.display_name if holder else "")
        try:
            _report(progress, "key")
            data_key = None if code is None else open_slot(key_file.vault_id, slot, code, None)
            if data_key is None:
                raise WrongRecoveryCode(tracker.record_failure(attempt_key))
            vault = cls._open(
                location, key_file, data_key, user_id, progress, recovered=True, session_lock=lock
            )
        except BaseException:
            lock.release()
            raise
        vault._log_unlock(AuditEvent.UNLOCK_RECOVERY, tracker, attempt_key)
        return vault

    @classmethod
    def _open(
        cls,
        location: VaultLocation,
        key_file: KeyFile,
        data_key: bytes,
        user_id: int,
        progress: Callable[[str], None] | None,
        recovered: bool = False,
        session_lock: SessionLock | None = None,
    ) -> Vault:
        if not location.db_path.exists():
            raise VaultDamaged()
        _report(progress, "open")
        db = Database(location.db_path, data_key)
        try:
            # No walk over every page here (linear in the vault: seconds with many cases).
            # SQLCipher checks each page's HMAC whenever it is read, so whatever unlocking and
            # the first screen read is checked on the way; the rest is checked in the background
            # after unlocking (`check_pages`), by `verify` and by each backup.
            _report(progress, "integrity")
            if db.scalar("SELECT value FROM meta WHERE key = 'vault_id'") != key_file.vault_id:
                raise KeyFileDamaged()

            def backup_before(version: int) -> None:
                _report(progress, "backup")
                stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
                target = location.backups_dir / f"voor-update-schema{version}-{stamp}.mwbackup"
                backup_file.write_backup(db, key_file, data_key, version, target, location.folder)

            before = schema_version(db)
            applied = migrate(db, backup_before)
            user = get_user(db, user_id)
            if not user.active:
                raise AccessDenied(AccessDenied.USER_INACTIVE)
        except BaseException:
            db.close()
            raise
        vault = cls(
            location, key_file, db, data_key, user, recovered=recovered, session_lock=session_lock
        )
        try:
            with db.transaction():
                for version in applied:
                    vault.audit.append(
                        AuditEvent.MIGRATE, user_id=user_id, detail=f"{before}->{version}"
                    )
                # Also after an interrupted first unlock: the mark stays until it is done.
                vault.audit.seal_content_baseline(user_id)
        except BaseException:
            db.close()
            raise
        return vault

    def _log_unlock(self, event: AuditEvent, tracker: AttemptTracker, attempt_key: str) -> None:
        """Log the unlock and the failed attempts before it; the vault stays shut if it fails.

        The failures are forgotten only after they are in the log, so a full disk at this
        point loses none of them (and keeps the wait).
        """
        try:
            with self.db.transaction():
                for moment in tracker.failures(attempt_key):
                    self.audit.append(
                        AuditEvent.UNLOCK_FAILED,
                        user_id=self.user.id,
                        detail=f"attempted_at={to_iso(moment)}",
                    )
                self.audit.append(event, user_id=self.user.id)
        except BaseException:
            self._close_without_log()
            raise
        tracker.take(attempt_key)
        self._remember_head()

    def _remember_head(self) -> None:
        """Keep the log's head in the key file too, so a vault rolled back or cut is noticed.

        The head kept there is only moved forward along the same chain: when the vault no
        longer holds the head the key file knows, that head stays as the evidence.
        """
        with contextlib.suppress(Exception):
            head = self.audit.head()
            newest = KnownHead(head.seq, head.mac)
            if KeyFile.load(self.location.keys_path).audit_head == newest:
                return

            def advance(key_file: KeyFile) -> None:
                known = key_file.audit_head
                if known is None or (
                    known.seq <= head.seq and self.audit.holds(Head(known.seq, known.mac))
                ):
                    key_file.audit_head = newest

            # Under the key file's lock, like every other change to it (users, attempts).
            self._change_keys(advance)

    def known_head_problem(self) -> AuditProblem | None:
        """A problem when the vault's log lacks the head last seen outside it (key file)."""
        try:
            known = KeyFile.load(self.location.keys_path).audit_head
        except (OSError, KeyFileDamaged):
            known = self._key_file.audit_head
        if known is None or self.audit.holds(Head(known.seq, known.mac)):
            return None
        return AuditProblem(known.seq, ProblemKind.BEHIND_KNOWN_HEAD)

    # -- keys and users ------------------------------------------------------------------

    def _change_keys(self, change: Callable[[KeyFile], None]) -> None:
        self._key_file = update_key_file(self.location.keys_path, self.vault_id, change)

    def change_passphrase(
        self, new_passphrase: str, repeat: str, device_store: DeviceSecretStore
    ) -> None:
        """Rewrite this user's slot; on a new computer this binds it to the new device.

        This is also how a first passphrase given by a beheerder, and an unlock with the
        recovery code, end: afterwards the user works as themselves again.
        """
        given = read_key_file(self.location).slot_for_user(self.user.id)
        validate_new_passphrase(
            new_passphrase,
            repeat,
            None
            if given is None or not self.user.must_change_passphrase
            else lambda passphrase: (
                open_slot(
                    self.vault_id,
                    given,
                    passphrase,
                    device_store.get(self.vault_id) if given.device_bound else None,
                )
                is not None
            ),
        )
        device_secret = device_store.get_or_create(self.vault_id)
        slot = make_user_slot(
            self.vault_id,
            self._key(),
            self.user.id,
            self.user.display_name,
            new_passphrase,
            device_secret,
        )
        with self.db.transaction():
            set_must_change(self.db, self.user.id, False)
            self.audit.append(
                AuditEvent.PASSPHRASE_CHANGED,
                user_id=self.user.id,
                object_type="user",
                object_id=self.user.id,
                detail="after_recovery" if self.recovered else "",
            )
            self._change_keys(lambda keys: keys.put(slot))
        self.recovered = False
        self._set_user(get_user(self.db, self.user.id))

    def add_user(
        self,
        draft: UserDraft,
        passphrase: str,
        repeat: str,
        device_store: DeviceSecretStore,
        *,
        first_passphrase: bool = True,
    ) -> User:
        """A colleague with a role; a first passphrase must be changed at their first unlock."""
        self.access.require_admin()
        validate_new_passphrase(passphrase, repeat)
        device_secret = device_store.get_or_create(self.vault_id)
        with self.db.transaction():
            user = insert_user(self.db, draft, must_change_passphrase=first_passphrase)
            slot = make_user_slot(
                self.vault_id, self._key(), user.id, user.display_name, passphrase, device_secret
            )
            self.audit.append(
                AuditEvent.USER_ADDED,
                user_id=self.user.id,
                object_type="user",
                object_id=user.id,
                detail=f"role={user.work_role.value};admin={int(user.is_admin)}",
            )
            self._change_keys(lambda keys: keys.put(slot))
        return user

    def update_user(self, user_id: int, draft: UserDraft) -> User:
        """Change a colleague's name, job title, phone, role or beheerder right (beheerder)."""
        if user_id != self.user.id or draft.work_role != self.user.work_role.value:
            self.access.require_admin()
        with self.db.transaction():
            before = get_user(self.db, user_id)
            if not before.is_admin and draft.is_admin:
                self.access.require_admin()
            user = store_update_user(self.db, user_id, draft)
            self._require_an_admin_left()
            self.audit.append(
                AuditEvent.USER_CHANGED,
                user_id=self.user.id,
                object_type="user",
                object_id=user_id,
                detail=f"role={user.work_role.value};admin={int(user.is_admin)}",
            )
            if user.display_name != before.display_name:
                self._change_keys(lambda keys: keys.rename_user(user_id, user.display_name))
        if user_id == self.user.id:
            self._set_user(user)
        return user

    def deactivate_user(self, user_id: int) -> User:
        """Switch a colleague off: their key slot goes, their name stays (the log names them)."""
        self.access.require_admin()
        with self.db.transaction():
            switch_off(self, user_id)
            self._change_keys(lambda keys: keys.remove_user(user_id))
        return get_user(self.db, user_id)

    def reset_passphrase(
        self, user_id: int, passphrase: str, repeat: str, device_store: DeviceSecretStore
    ) -> User:
        """A new first passphrase for a colleague who forgot theirs (or is switched on again).

        Given by a beheerder with the colleague present; the colleague chooses their own at
        the next unlock.
        """
        self.access.require_admin()
        validate_new_passphrase(passphrase, repeat)
        device_secret = device_store.get_or_create(self.vault_id)
        with self.db.transaction():
            target = give_first_passphrase(self, user_id)
            slot = make_user_slot(
                self.vault_id, self._key(), user_id, target.display_name, passphrase, device_secret
            )
            self._change_keys(lambda keys: keys.put(slot))
        return get_user(self.db, user_id)

    def _require_an_admin_left(self) -> None:
        require_an_admin_left(self.db)

    def _set_user(self, user: User) -> None:
        self._user = user
        self.access.update_user(user)

    def renew_recovery_code(self) -> str:
        """A new recovery code; the old one stops working (also for later backups)."""
        self.access.require_own_passphrase()
        code = generate_recovery_code()
        slot = make_recovery_slot(self.vault_id, self._key(), code)
        self._change_keys(lambda keys: keys.put(slot))
        self.audit.append(AuditEvent.UPDATE, user_id=self.user.id, detail="recovery_code")
        return code

    # -- sharing cases ---------------------------------------------------------------------

    @property
    def case_visibility(self) -> CaseVisibility:
        return self.settings.case_visibility

    def set_case_visibility(self, visibility: CaseVisibility) -> None:
        self.settings.set_case_visibility(visibility)

    def share_case(self, case_id: int, user_id: int) -> None:
        """Give a colleague (a hulpverlener or the aandachtsfunctionaris) access to a case."""
        self.sharing.share(case_id, user_id)

    def unshare_case(self, case_id: int, user_id: int) -> None:
        self.sharing.unshare(case_id, user_id)

    def shared_with(self, case_id: int) -> list[User]:
        return self.sharing.shared_with(case_id)

    # -- settings kept in the vault ------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        return self.settings.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.settings.set(key, value)

    # -- checking, backing up, locking ---------------------------------------------------

    def verify(self) -> VerifyReport:
        """Pages, the log's chain and its head outside the vault, protections, content, and
        the kept case states."""
        integrity = self.db.integrity_problems()

        def readable(check: Callable[[], list[_Found]]) -> list[_Found]:
            # Over damaged pages a check fails where it reads one: the damage is the news.
            try:
                return check()
            except VaultDamaged:
                if not integrity:
                    raise
                return []

        audit_problems = readable(self.audit.verify)
        behind = self.known_head_problem()
        if behind is not None:
            audit_problems.append(behind)
        derived = [] if integrity else self._derived_problems()
        report = VerifyReport(
            integrity,
            audit_problems,
            missing_protections(self.db),
            readable(self.audit.verify_content),
            derived,
        )
        # A log whose head is damaged takes no new row, nor does a vault with damaged pages
        # (SQLCipher then refuses to write); the report already says so.
        try:
            self.audit.append(
                AuditEvent.VERIFY,
                user_id=self.user.id,
                detail="sound" if report.sound else "faults",
            )
        except AuditLogDamaged:
            pass
        except (VaultDamaged, StorageFailed):
            if not integrity:
                raise
        self._remember_head()
        return report

    def check_pages(self) -> list[str]:
        """Pages whose HMAC fails, over the whole vault: for the background after unlocking.

        Uses its own connection with a small page cache, so the window's connection is not
        held for the seconds this takes and the memory of the work stays low."""
        db = Database(self.location.db_path, self._key())
        try:
            db.execute("PRAGMA cache_size = -2048")
            return db.page_problems()
        finally:
            db.close(checkpoint=False)

    def _derived_problems(self) -> list[str]:
        """What is kept on write for lists and Vandaag, recomputed and compared."""
        return self.steps.derived_problems()

    def backup(self, destination: Path, progress: Progress | None = None) -> Path:
        self.access.require_own_passphrase()
        self._remember_head()
        written = backup_file.write_backup(
            self.db,
            self._key_file,
            self._key(),
            self.schema_version,
            destination,
            self.location.folder,
            progress,
        )
        self.audit.append(AuditEvent.BACKUP, user_id=self.user.id)
        self._remember_head()
        return written

    def lock(self) -> None:
        """Log the lock, close the connection and forget the key. Safe to call twice."""
        if self._db is None:
            return
        with contextlib.suppress(Exception):
            self.audit.append(AuditEvent.LOCK, user_id=self.user.id)
        self._remember_head()
        self._close_without_log()

    def _close_without_log(self) -> None:
        if self._db is None:
            return
        db, self._db = self._db, None
        self._data_key = None
        db.close()
        if self._session_lock is not None:
            self._session_lock.release()

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultClosed()
        return self._data_key

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()


def _report(progress: Callable[[str], None] | None, stage: str) -> None:
    if progress is not None:
        progress(stage)
