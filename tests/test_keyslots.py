import os

import pytest

from app.crypto import kdf
from app.crypto.keyslots import (
    KeyFile,
    make_recovery_slot,
    make_user_slot,
    new_data_key,
    open_slot,
)
from app.errors import KeyFileDamaged

PARAMS = kdf.KdfParams(1, 1024, 1, os.urandom(16))
DEVICE = os.urandom(32)


def test_user_slot_opens_with_passphrase_and_device_secret() -> None:
    key = new_data_key()
    slot = make_user_slot("v1", key, 1, "Anna", "juiste wachtzin", DEVICE, PARAMS)
    assert slot.device_bound
    assert open_slot("v1", slot, "juiste wachtzin", DEVICE) == key


def test_user_slot_refuses_wrong_passphrase_and_other_device() -> None:
    slot = make_user_slot("v1", new_data_key(), 1, "Anna", "juiste wachtzin", DEVICE, PARAMS)
    assert open_slot("v1", slot, "verkeerde wachtzin", DEVICE) is None
    assert open_slot("v1", slot, "juiste wachtzin", os.urandom(32)) is None
    assert open_slot("v1", slot, "juiste wachtzin", None) is None


def test_slot_is_bound_to_its_vault_and_user() -> None:
    key = new_data_key()
    slot = make_user_slot("v1", key, 1, "Anna", "wachtzin", DEVICE, PARAMS)
    assert open_slot("v2", slot, "wachtzin", DEVICE) is None
    moved = type(slot)(**{**slot.__dict__, "user_id": 2})
    assert open_slot("v1", moved, "wachtzin", DEVICE) is None


def test_passphrase_only_slot_needs_no_device_secret() -> None:
    key = new_data_key()
    slot = make_user_slot("v1", key, 1, "Anna", "wachtzin", None, PARAMS)
    assert not slot.device_bound
    assert open_slot("v1", slot, "wachtzin", None) == key


def test_recovery_slot_opens_with_the_code() -> None:
    key = new_data_key()
    slot = make_recovery_slot("v1", key, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567", PARAMS)
    assert open_slot("v1", slot, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567", None) == key
    assert open_slot("v1", slot, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34568", None) is None


def test_slot_stores_no_key_in_the_clear() -> None:
    key = new_data_key()
    key_file = KeyFile("v1")
    key_file.put(make_user_slot("v1", key, 1, "Anna", "wachtzin", DEVICE, PARAMS))
    raw = key_file.to_bytes()
    assert key not in raw and key.hex().encode() not in raw
    assert b"wachtzin" not in raw


def test_key_file_round_trip_and_replacing_a_users_slot() -> None:
    key = new_data_key()
    key_file = KeyFile("v1")
    key_file.put(make_user_slot("v1", key, 1, "Anna", "eerste", DEVICE, PARAMS))
    key_file.put(make_recovery_slot("v1", key, "CODE", PARAMS))
    key_file.put(make_user_slot("v1", key, 1, "Anna", "tweede", DEVICE, PARAMS))
    again = KeyFile.from_bytes(key_file.to_bytes())
    assert len(again.user_slots) == 1 and again.recovery_slot is not None
    slot = again.slot_for_user(1)
    assert slot is not None
    assert open_slot("v1", slot, "tweede", DEVICE) == key
    assert open_slot("v1", slot, "eerste", DEVICE) is None


@pytest.mark.parametrize("raw", [b"", b"{", b'{"format": 99}', b'{"format": 1, "vault_id": "x"}'])
def test_damaged_key_file_is_reported(raw: bytes) -> None:
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(raw)
