"""The professionals who use the vault."""

from __future__ import annotations

from typing import Any

from app.domain.models import User, UserDraft
from app.domain.roles import WorkRole
from app.domain.validation import validate_user
from app.errors import RecordNotFound
from app.store.base import parse_moment
from app.timeutil import now_iso
from app.vault.database import Database

_COLUMNS = (
    "id, display_name, role, phone, created_at, active, work_role, is_admin, must_change_passphrase"
)


def user_from_row(row: Any) -> User:
    created = parse_moment(row[4])
    assert created is not None
    return User(
        int(row[0]),
        str(row[1]),
        str(row[2]),
        str(row[3]),
        created,
        bool(row[5]),
        WorkRole(row[6]),
        bool(row[7]),
        bool(row[8]),
    )


def insert_user(db: Database, draft: UserDraft, *, must_change_passphrase: bool = False) -> User:
    clean = validate_user(draft)
    user_id = db.insert(
        "INSERT INTO users (display_name, role, phone, created_at, work_role, is_admin,"
        " must_change_passphrase) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            clean.display_name,
            clean.role,
            clean.phone,
            now_iso(),
            clean.work_role,
            int(clean.is_admin),
            int(must_change_passphrase),
        ),
    )
    return get_user(db, user_id)


def get_user(db: Database, user_id: int) -> User:
    row = db.one(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,))
    if row is None:
        raise RecordNotFound()
    return user_from_row(row)


def list_users(db: Database) -> list[User]:
    return [user_from_row(r) for r in db.execute(f"SELECT {_COLUMNS} FROM users ORDER BY id")]


def update_user(db: Database, user_id: int, draft: UserDraft) -> User:
    clean = validate_user(draft)
    db.execute(
        "UPDATE users SET display_name = ?, role = ?, phone = ?, work_role = ?, is_admin = ?"
        " WHERE id = ?",
        (
            clean.display_name,
            clean.role,
            clean.phone,
            clean.work_role,
            int(clean.is_admin),
            user_id,
        ),
    )
    return get_user(db, user_id)


def set_active(db: Database, user_id: int, active: bool) -> None:
    db.execute("UPDATE users SET active = ? WHERE id = ?", (int(active), user_id))


def set_must_change(db: Database, user_id: int, must_change: bool) -> None:
    db.execute(
        "UPDATE users SET must_change_passphrase = ? WHERE id = ?", (int(must_change), user_id)
    )
