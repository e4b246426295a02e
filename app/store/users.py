"""The professionals who use the vault (or the practice server).

A beheerder's switching a colleague off and giving a first passphrase differ between the two
only in where the key slot lives (the vault's key file, the server's `key_slots`); the rows
and the log of it are written here once, in the caller's transaction.
"""

from __future__ import annotations

from typing import Any

from app.domain.models import User, UserDraft
from app.domain.roles import WorkRole
from app.domain.validation import FieldErrors, msg, validate_user
from app.errors import AccessDenied, RecordNotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.store.backend import PLAIN, Sealer, StoreDatabase, opened
from app.store.base import Session, parse_moment
from app.timeutil import now_iso
from app.vault.audit import AuditEvent

_COLUMNS = (
    "id, display_name, role, phone, created_at, active, work_role, is_admin, must_change_passphrase"
)


def user_from_row(row: Any, sealer: Sealer = PLAIN) -> User:
    created = parse_moment(row[4])
    assert created is not None
    user_id = int(row[0])
    return User(
        user_id,
        opened(sealer, "users", "display_name", user_id, row[1]),
        opened(sealer, "users", "role", user_id, row[2]),
        opened(sealer, "users", "phone", user_id, row[3]),
        created,
        bool(row[5]),
        WorkRole(row[6]),
        bool(row[7]),
        bool(row[8]),
    )


def insert_user(
    db: StoreDatabase,
    draft: UserDraft,
    *,
    must_change_passphrase: bool = False,
    sealer: Sealer = PLAIN,
) -> User:
    clean = validate_user(draft)
    _refuse_a_name_in_use(db, clean.display_name, sealer)
    new_id = db.next_id("users")
    user_id = db.insert(
        "INSERT INTO users (id, display_name, role, phone, created_at, work_role, is_admin,"
        " must_change_passphrase) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new_id,
            sealer.seal("users", "display_name", new_id, clean.display_name),
            sealer.seal("users", "role", new_id, clean.role),
            sealer.seal("users", "phone", new_id, clean.phone),
            now_iso(),
            clean.work_role,
            bool(clean.is_admin),
            bool(must_change_passphrase),
        ),
    )
    return get_user(db, user_id, sealer)


def get_user(db: StoreDatabase, user_id: int, sealer: Sealer = PLAIN) -> User:
    row = db.one(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,))
    if row is None:
        raise RecordNotFound()
    return user_from_row(row, sealer)


def list_users(db: StoreDatabase, sealer: Sealer = PLAIN) -> list[User]:
    return [
        user_from_row(r, sealer) for r in db.execute(f"SELECT {_COLUMNS} FROM users ORDER BY id")
    ]


def update_user(db: StoreDatabase, user_id: int, draft: UserDraft, sealer: Sealer = PLAIN) -> User:
    clean = validate_user(draft)
    _refuse_a_name_in_use(db, clean.display_name, sealer, user_id)
    db.execute(
        "UPDATE users SET display_name = ?, role = ?, phone = ?, work_role = ?, is_admin = ?"
        " WHERE id = ?",
        (
            sealer.seal("users", "display_name", user_id, clean.display_name),
            sealer.seal("users", "role", user_id, clean.role),
            sealer.seal("users", "phone", user_id, clean.phone),
            clean.work_role,
            bool(clean.is_admin),
            user_id,
        ),
    )
    return get_user(db, user_id, sealer)


def _refuse_a_name_in_use(
    db: StoreDatabase, name: str, sealer: Sealer, user_id: int | None = None
) -> None:
    """Two colleagues of one name could not be told apart where a name is all there is: in
    the unlock window's list, the log, a case's history and the command line's `--user`.
    A switched-off colleague keeps their name (the log still names them). Names that differ
    only in capitals or spaces count as one."""

    def folded(text: str) -> str:
        return " ".join(text.split()).casefold()

    same = [
        u.display_name
        for u in list_users(db, sealer)
        if u.id != user_id and folded(u.display_name) == folded(name)
    ]
    if same:
        errors = FieldErrors()
        errors.add(
            "display_name",
            msg(
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Er is al een collega met de naam “{name}”. Maak de naam herkenbaar, "
                    "bijvoorbeeld met een voorletter of tussenvoegsel.",
                ),
                name=same[0],
            ),
        )
        errors.raise_if_any()


def set_active(db: StoreDatabase, user_id: int, active: bool) -> None:
    db.execute("UPDATE users SET active = ? WHERE id = ?", (bool(active), user_id))


def set_must_change(db: StoreDatabase, user_id: int, must_change: bool) -> None:
    db.execute(
        "UPDATE users SET must_change_passphrase = ? WHERE id = ?", (bool(must_change), user_id)
    )


def require_an_admin_left(db: StoreDatabase) -> None:
    if not db.scalar("SELECT 1 FROM users WHERE active AND is_admin"):
        raise AccessDenied(AccessDenied.LAST_ADMIN)


def switch_off(session: Session, user_id: int) -> None:
    """A colleague switched off, and logged; the last beheerder stays on. The caller holds
    the transaction and takes the key slot away."""
    db = session.db
    get_user(db, user_id, session.sealer)
    set_active(db, user_id, False)
    require_an_admin_left(db)
    session.audit.append(
        AuditEvent.USER_DEACTIVATED,
        user_id=session.user.id,
        object_type="user",
        object_id=user_id,
    )


def give_first_passphrase(session: Session, user_id: int) -> User:
    """A colleague switched on (again), to choose their own passphrase at the next unlock, and
    logged; returns them as they were before. The caller holds the transaction and writes the
    key slot of the first passphrase."""
    db = session.db
    target = get_user(db, user_id, session.sealer)
    set_active(db, user_id, True)
    set_must_change(db, user_id, True)
    if not target.active:
        session.audit.append(
            AuditEvent.USER_REACTIVATED,
            user_id=session.user.id,
            object_type="user",
            object_id=user_id,
        )
    session.audit.append(
        AuditEvent.PASSPHRASE_RESET,
        user_id=session.user.id,
        object_type="user",
        object_id=user_id,
    )
    return target
