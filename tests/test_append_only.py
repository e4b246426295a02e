"""Append-only means append-only: no conflict clause gets past the protections, and what was
rewritten behind the program's back is found by `verify` even when the audit chain is whole."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
import sqlcipher3

from app.crypto.device_secret import DeviceSecretStore
from app.crypto.keyslots import KeyFile
from app.domain.models import CaseDraft, SignalDraft
from app.errors import AuditLogDamaged
from app.framework.assessment import start_assessment
from app.framework.library import load_library
from app.vault.audit import AuditEvent, ProblemKind
from app.vault.backup import read_header, restore_backup
from app.vault.content import ContentProblem, ContentProblemKind
from app.vault.location import VaultLocation
from app.vault.protections import expected_triggers
from app.vault.vault import Vault
from tests.support import TEST_PASSPHRASE

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "vaults"


def signal_draft(facts: str = "Blauwe plek op de arm.") -> SignalDraft:
    return SignalDraft(date(2026, 3, 4), None, "Anna de Vries", "own_observation", "neglect", facts)


def with_signal(vault: Vault) -> tuple[int, int]:
    case = vault.cases.create(CaseDraft("Gezin A"))
    signal = vault.signals.add(case.id, signal_draft())
    return case.id, signal.id


def with_weging(vault: Vault, case_id: int) -> int:
    kader = load_library().get("algemeen", "1.0")
    entry = vault.assessments.record(case_id, start_assessment(kader).answer("yes", "Reden één"))
    return entry.id


def version_row(vault: Vault, signal_id: int) -> list[object]:
    return list(vault.db.one("SELECT * FROM signal_versions WHERE signal_id = ?", (signal_id,)))


REPLACEMENTS = [
    # Each a way SQLite offers to overwrite a row that exists; `?` is the signal's id.
    "INSERT OR REPLACE INTO signal_versions SELECT id, signal_id, version, observed_on,"
    " observed_time, observed_by, source, form, 'herschreven', interpretation, recorded_at,"
    " recorded_by, correction_reason, signs FROM signal_versions WHERE signal_id = ?",
    "REPLACE INTO signal_versions (signal_id, version, observed_on, observed_by, source, form,"
    " facts, recorded_at, recorded_by) SELECT signal_id, version, observed_on, observed_by,"
    " source, form, 'herschreven', recorded_at, recorded_by FROM signal_versions"
    " WHERE signal_id = ?",
    "INSERT INTO signal_versions (id, signal_id, version, observed_on, observed_by, source, form,"
    " facts, recorded_at, recorded_by) SELECT id, signal_id, version, observed_on, observed_by,"
    " source, form, facts, recorded_at, recorded_by FROM signal_versions WHERE signal_id = ?"
    " ON CONFLICT DO UPDATE SET facts = 'herschreven'",
    "UPDATE OR REPLACE signal_versions SET facts = 'herschreven' WHERE signal_id = ?",
    "INSERT OR IGNORE INTO signal_versions SELECT * FROM signal_versions WHERE signal_id = ?",
]


@pytest.mark.parametrize("statement", REPLACEMENTS)
def test_no_conflict_clause_rewrites_a_signal_version(vault: Vault, statement: str) -> None:
    _, signal_id = with_signal(vault)
    before = version_row(vault, signal_id)
    with pytest.raises(sqlcipher3.IntegrityError):
        vault.db.execute(statement, (signal_id,))
    assert version_row(vault, signal_id) == before
    assert vault.verify().sound


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ("signals", "id"),
        ("signal_versions", "id"),
        ("case_entries", "id"),
        ("case_entry_versions", "id"),
        ("audit_log", "seq"),
    ],
)
def test_every_append_only_table_refuses_replacement(vault: Vault, table: str, key: str) -> None:
    case_id, _ = with_signal(vault)
    with_weging(vault, case_id)
    count = vault.db.scalar(f"SELECT count(*) FROM {table}")
    for clause in ("INSERT OR REPLACE", "REPLACE", "INSERT OR IGNORE"):
        with pytest.raises(sqlcipher3.IntegrityError):
            vault.db.execute(
                f"{clause} INTO {table} SELECT * FROM {table} WHERE {key} = (SELECT min({key})"
                f" FROM {table})"
            )
    with pytest.raises(sqlcipher3.IntegrityError):
        vault.db.execute(f"UPDATE OR REPLACE {table} SET {key} = {key} WHERE {key} = 1")
    with pytest.raises(sqlcipher3.IntegrityError):
        vault.db.execute(f"DELETE FROM {table}")
    assert vault.db.scalar(f"SELECT count(*) FROM {table}") == count


def test_verify_names_a_dropped_or_defused_protection(vault: Vault) -> None:
    assert vault.verify().protection_problems == []
    vault.db.execute("DROP TRIGGER signal_versions_never_replaced")
    # Someone puts back a trigger under the same name that refuses nothing.
    vault.db.execute("DROP TRIGGER case_entries_never_change")
    vault.db.execute(
        "CREATE TRIGGER case_entries_never_change BEFORE UPDATE ON case_entries WHEN 0"
        " BEGIN SELECT 1; END"
    )
    report = vault.verify()
    assert report.protection_problems == [
        "case_entries_never_change",
        "signal_versions_never_replaced",
    ]
    assert not report.sound


def test_a_new_vault_has_every_protection(vault: Vault) -> None:
    names = {
        str(r[0]) for r in vault.db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
    }
    assert set(expected_triggers()) <= names
    assert len(expected_triggers()) == 15


def drop_all_protections(vault: Vault) -> None:
    """What someone holding the data key could do, and then put back to hide it."""
    for name in expected_triggers():
        vault.db.execute(f"DROP TRIGGER {name}")


def restore_all_protections(vault: Vault) -> None:
    for sql in expected_triggers().values():
        vault.db.execute(sql)


def test_a_rewritten_signal_is_found_though_the_chain_is_whole(vault: Vault) -> None:
    _, signal_id = with_signal(vault)
    drop_all_protections(vault)
    vault.db.execute(
        "INSERT OR REPLACE INTO signal_versions SELECT id, signal_id, version, observed_on,"
        " observed_time, observed_by, source, form, 'herschreven', interpretation, recorded_at,"
        " recorded_by, correction_reason, signs FROM signal_versions WHERE signal_id = ?",
        (signal_id,),
    )
    restore_all_protections(vault)
    assert vault.signals.get(signal_id).current.facts == "herschreven"
    report = vault.verify()
    assert report.audit_problems == [] and report.protection_problems == []
    assert report.content_problems == [
        ContentProblem("signal", signal_id, ContentProblemKind.CHANGED)
    ]
    assert not report.sound


def test_signs_cited_later_are_covered_and_older_versions_keep_their_hash(vault: Vault) -> None:
    """A column a later schema step added (the cited signs) counts in the hash once it holds
    something, and a version without it hashes as it did before that step."""
    _, signal_id = with_signal(vault)
    assert vault.verify().sound  # the default '[]' leaves the hash as schema 5 made it
    drop_all_protections(vault)
    vault.db.execute(
        "UPDATE signal_versions SET signs = '[\"elder_abuse/oudere/om-o3\"]' WHERE signal_id = ?",
        (signal_id,),
    )
    restore_all_protections(vault)
    report = vault.verify()
    assert report.content_problems == [
        ContentProblem("signal", signal_id, ContentProblemKind.CHANGED)
    ]


def test_a_rewritten_weging_and_a_slipped_in_version_are_found(vault: Vault) -> None:
    case_id, signal_id = with_signal(vault)
    entry_id = with_weging(vault, case_id)
    drop_all_protections(vault)
    vault.db.execute(
        "UPDATE case_entry_versions SET payload = json_set(payload, '$.answers[0].reason',"
        " 'Andere reden') WHERE entry_id = ?",
        (entry_id,),
    )
    vault.db.execute(
        "INSERT INTO signal_versions (signal_id, version, observed_on, observed_by, source, form,"
        " facts, recorded_at, recorded_by) SELECT signal_id, 2, observed_on, observed_by, source,"
        " form, 'erbij gezet', recorded_at, recorded_by FROM signal_versions WHERE signal_id = ?",
        (signal_id,),
    )
    new_signal = vault.db.insert(
        "INSERT INTO signals (case_id, created_at, created_by) VALUES (?, '2026-01-01', 1)",
        (case_id,),
    )
    restore_all_protections(vault)
    kinds = {(p.object_type, p.object_id): p.kind for p in vault.verify().content_problems}
    assert kinds == {
        ("entry", entry_id): ContentProblemKind.CHANGED,
        ("signal", signal_id): ContentProblemKind.CHANGED,
        ("signal", new_signal): ContentProblemKind.UNRECORDED,
    }


def test_corrections_through_the_program_stay_sound(vault: Vault) -> None:
    case_id, signal_id = with_signal(vault)
    vault.signals.correct(signal_id, signal_draft("Blauwe plek op de arm, links."), "Arm")
    with_weging(vault, case_id)
    assert vault.verify().sound


def test_an_edited_content_hash_breaks_the_chain(vault: Vault) -> None:
    _, signal_id = with_signal(vault)
    drop_all_protections(vault)
    vault.db.execute(
        "UPDATE audit_log SET content_mac = zeroblob(32) WHERE object_type = 'signal'"
        " AND object_id = ?",
        (signal_id,),
    )
    kinds = {p.kind for p in vault.audit.verify()}
    assert ProblemKind.EDITED in kinds


def migrated_fixture(tmp_path: Path) -> tuple[VaultLocation, str]:
    folder = tmp_path / "schema-4"
    shutil.copytree(FIXTURES / "schema-4", folder)
    secrets = json.loads((folder / "fixture.json").read_text(encoding="utf-8"))
    return VaultLocation(folder), str(secrets["passphrase"])


class NoKeyring(DeviceSecretStore):
    def available(self) -> bool:
        return False


def test_a_migrated_vault_gets_its_protections_and_a_content_baseline(tmp_path: Path) -> None:
    location, passphrase = migrated_fixture(tmp_path)
    with Vault.unlock(location, 1, passphrase, NoKeyring()) as vault:
        baseline = [e for e in vault.audit.entries() if e.event == AuditEvent.CONTENT_BASELINE]
        assert len(baseline) == 1
        assert vault.db.scalar("SELECT value FROM meta WHERE key = 'content_baseline'") == str(
            baseline[0].seq
        )
        assert vault.verify().sound
        # A signal written before schema 5, rewritten afterwards: the baseline shows it.
        drop_all_protections(vault)
        vault.db.execute("UPDATE signal_versions SET facts = 'herschreven' WHERE version = 1")
        restore_all_protections(vault)
        problems = vault.verify().content_problems
        assert ContentProblem("content_baseline", 0, ContentProblemKind.BASELINE) in problems
    with Vault.unlock(location, 1, passphrase, NoKeyring()) as vault:
        # The baseline is written once, not at every unlock.
        baseline = [e for e in vault.audit.entries() if e.event == AuditEvent.CONTENT_BASELINE]
        assert len(baseline) == 1


def unlock(location: VaultLocation) -> Vault:
    return Vault.unlock(location, 1, TEST_PASSPHRASE, DeviceSecretStore())


def test_the_key_file_keeps_the_head(vault: Vault, location: VaultLocation) -> None:
    with_signal(vault)
    vault.lock()
    known = KeyFile.load(location.keys_path).audit_head
    with unlock(location) as again:
        assert known is not None
        assert again.audit.holds(type(again.audit.head())(known.seq, known.mac))
        assert known.seq < again.audit.head().seq  # the unlock moved it on
        assert KeyFile.load(location.keys_path).audit_head.seq == again.audit.head().seq  # type: ignore[union-attr]


def test_a_cut_log_is_found_by_the_head_outside_the_vault(
    vault: Vault, location: VaultLocation
) -> None:
    with_signal(vault)
    vault.lock()
    with unlock(location) as again:
        keep = again.audit.head().seq - 3
        again.db.execute("DROP TRIGGER audit_log_append_only_delete")
        again.db.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
        mac = again.db.scalar("SELECT mac FROM audit_log WHERE seq = ?", (keep,))
        again.db.execute("UPDATE audit_head SET seq = ?, mac = ?", (keep, mac))
        again.db.execute(expected_triggers()["audit_log_append_only_delete"])
        # The chain in the vault is whole again; only the head outside it tells.
        assert again.audit.verify() == []
        report = again.verify()
        assert [p.kind for p in report.audit_problems] == [ProblemKind.BEHIND_KNOWN_HEAD]
        assert not report.sound


def test_a_rolled_back_vault_is_found(
    vault: Vault, location: VaultLocation, tmp_path: Path
) -> None:
    vault.lock()
    old = tmp_path / "oud.db"
    shutil.copy(location.db_path, old)
    with unlock(location) as again:
        with_signal(again)
    shutil.copy(old, location.db_path)
    with unlock(location) as rolled_back:
        report = rolled_back.verify()
        assert ProblemKind.BEHIND_KNOWN_HEAD in [p.kind for p in report.audit_problems]
    # The evidence stays: unlocking the older vault does not move the known head back.
    with unlock(location) as rolled_back:
        assert not rolled_back.verify().sound


def test_a_backup_carries_the_head_and_a_restore_is_sound(
    vault: Vault, location: VaultLocation, recovery_code: str, tmp_path: Path
) -> None:
    with_signal(vault)
    target = vault.backup(tmp_path / "kopie.mwbackup")
    head = read_header(target).key_file.audit_head
    assert head is not None
    with_signal(vault)
    vault.lock()
    restore_backup(target, recovery_code, location)
    assert KeyFile.load(location.keys_path).audit_head == head
    with Vault.unlock_with_recovery(location, recovery_code, 1) as restored:
        assert restored.audit.holds(type(restored.audit.head())(head.seq, head.mac))
        assert restored.verify().sound


@pytest.mark.parametrize("damage", ["'kapot'", "NULL", "zeroblob(3)", "x'00'"])
def test_a_damaged_audit_head_is_explained_and_nothing_is_written(
    vault: Vault, damage: str
) -> None:
    case_id, _ = with_signal(vault)
    if damage == "NULL":
        vault.db.execute("UPDATE audit_head SET seq = 'zeven'")
    else:
        vault.db.execute(f"UPDATE audit_head SET mac = {damage}")
    signals = vault.db.scalar("SELECT count(*) FROM signal_versions")
    log = vault.db.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(AuditLogDamaged) as raised:
        vault.signals.add(case_id, signal_draft("Nog een"))
    assert "logboek" in raised.value.message.format()
    assert vault.db.scalar("SELECT count(*) FROM signal_versions") == signals
    assert vault.db.scalar("SELECT count(*) FROM audit_log") == log
    report = vault.verify()
    assert ProblemKind.HEAD_DAMAGED in [p.kind for p in report.audit_problems]
