"""The audit log: append-only, and every tampering found by verify."""

import pytest

from app.domain.models import CaseDraft
from app.vault.audit import AuditEvent, ProblemKind
from app.vault.vault import Vault


def add_events(vault: Vault, count: int) -> None:
    for i in range(count):
        vault.cases.create(CaseDraft(f"Casus {i}"))


def drop_guards(vault: Vault) -> None:
    """What someone holding the data key could do: remove the triggers and edit rows."""
    vault.db.execute("DROP TRIGGER audit_log_append_only_update")
    vault.db.execute("DROP TRIGGER audit_log_append_only_delete")


def test_fresh_vault_has_a_whole_chain(vault: Vault) -> None:
    add_events(vault, 3)
    assert vault.audit.verify() == []
    events = [e.event for e in reversed(vault.audit.entries())]
    assert events[:2] == [AuditEvent.VAULT_CREATED, AuditEvent.USER_ADDED]
    assert events.count(AuditEvent.CREATE) == 3


def test_triggers_refuse_update_and_delete(vault: Vault) -> None:
    import sqlcipher3

    with pytest.raises(sqlcipher3.IntegrityError):
        vault.db.execute("UPDATE audit_log SET detail = 'x' WHERE seq = 1")
    with pytest.raises(sqlcipher3.IntegrityError):
        vault.db.execute("DELETE FROM audit_log WHERE seq = 1")


def test_edited_row_is_found(vault: Vault) -> None:
    add_events(vault, 4)
    drop_guards(vault)
    vault.db.execute("UPDATE audit_log SET user_id = 99 WHERE seq = 4")
    assert [(p.seq, p.kind) for p in vault.audit.verify()] == [(4, ProblemKind.EDITED)]


def test_deleted_row_is_found(vault: Vault) -> None:
    add_events(vault, 4)
    drop_guards(vault)
    vault.db.execute("DELETE FROM audit_log WHERE seq = 3")
    problems = vault.audit.verify()
    assert problems and problems[0].seq == 4 and problems[0].kind is ProblemKind.MISSING


def test_reordered_rows_are_found(vault: Vault) -> None:
    add_events(vault, 4)
    drop_guards(vault)
    vault.db.execute("UPDATE audit_log SET seq = -1 WHERE seq = 3")
    vault.db.execute("UPDATE audit_log SET seq = 3 WHERE seq = 4")
    vault.db.execute("UPDATE audit_log SET seq = 4 WHERE seq = -1")
    kinds = {p.kind for p in vault.audit.verify()}
    assert ProblemKind.OUT_OF_ORDER in kinds


def test_cut_off_tail_is_found(vault: Vault) -> None:
    add_events(vault, 4)
    drop_guards(vault)
    last = vault.db.scalar("SELECT max(seq) FROM audit_log")
    vault.db.execute("DELETE FROM audit_log WHERE seq = ?", (last,))
    assert [p.kind for p in vault.audit.verify()] == [ProblemKind.TRUNCATED]


def test_rows_hold_no_case_content(vault: Vault) -> None:
    vault.cases.create(CaseDraft("Gezin Geheimnaam"))
    dump = " ".join(str(tuple(r)) for r in vault.db.execute("SELECT * FROM audit_log"))
    assert "Geheimnaam" not in dump


def test_a_case_s_log_is_read_through_one_index_and_written_into_one(vault: Vault) -> None:
    # Every index a log row goes into is pages dirtied per write (each encrypted at commit);
    # the index on (case, seq) serves the case's log, so none beside it holds the same order.
    indexes = {
        str(r[0]): str(r[1])
        for r in vault.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log'"
        )
    }
    assert "audit_by_case" not in indexes
    assert [name for name, sql in indexes.items() if "(case_id" in sql] == ["audit_by_case_seq"]
    plan = " ".join(
        str(r[3])
        for r in vault.db.execute(
            "EXPLAIN QUERY PLAN SELECT seq FROM audit_log WHERE case_id = ? ORDER BY seq DESC",
            (1,),
        )
    )
    assert "audit_by_case_seq" in plan and "TEMP B-TREE" not in plan
