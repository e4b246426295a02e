"""The professionals who use the vault."""

from __future__ import annotations

from typing import Any

from app.domain.models import User, UserDraft
from app.domain.validation import validate_user
from app.errors import RecordNotFound
from app.store.base import parse_moment
from app.timeutil import now_iso
from app.vault.database import Database

_COLUMNS = "id, display_name, role, phone, created_at, active"


def user_from_row(row: Any) -> User:
    created = parse_moment(row[4])
    assert created is not None
    return User(int(row[0]), str(row[1]), str(row[2]), str(row[3]), created, bool(row[5]))


def insert_user(db: Database, draft: UserDraft) -> User:
    clean = validate_user(draft)
    user_id = db.insert(
        "INSERT INTO users (display_name, role, phone, created_at) VALUES (?, ?, ?, ?)",
        (clean.display_name, clean.role, clean.phone, now_iso()),
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
        "UPDATE users SET display_name = ?, role = ?, phone = ? WHERE id = ?",
        (clean.display_name, clean.role, clean.phone, user_id),
    )
    return get_user(db, user_id)
