"""Schema versions: every past version's fixture vault opens and is brought up to date."""

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from app.crypto.device_secret import DeviceSecretStore
from app.domain.decision_prefill import decision_draft
from app.domain.enums import CasePhase, MatchSource, Step
from app.framework.library import load_library
from app.store.search import CaseQuery
from app.vault import schema as schema_module
from app.vault.audit import AuditEvent
from app.vault.backup import read_header
from app.vault.database import Database
from app.vault.location import VaultLocation
from app.vault.migrations import LATEST_VERSION, MIGRATIONS
from app.vault.migrations.base import Migration, split_statements
from app.vault.vault import Vault
from tests.fixtures.make_fixture_vault import (
    FILLERS,
    add_assessments,
    add_cited_signs,
    add_reports,
    add_steps,
    fixture_case_id,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "vaults"
FIXTURE_VERSIONS = sorted(int(p.name.split("-")[1]) for p in FIXTURES.glob("schema-*"))


def check_wegingen(vault: Vault, case_id: int) -> None:
    """The two wegingen `add_assessments` stores: finished (report) and waiting for the term."""
    finished, waiting = vault.assessments.for_case(case_id)
    assert finished.value.outcome is not None
    assert finished.value.outcome.id == "report_unsafety"
    assert [a.reason for a in finished.value.answers] == ["Fixture reden 1", "Fixture reden 2"]
    assert vault.assessments.view(finished, load_library()).live is not None
    assert decision_draft(finished).report_to_vt is True
    assert waiting.value.waits_for_help_term and waiting.value.outcome is None
    assert set(vault.assessments.completed_weighings([case_id])) == {case_id}


def check_reports(vault: Vault, case_id: int) -> None:
    """The melding `add_reports` registers, its checks planned again from its day."""
    (report,) = vault.reports.for_case(case_id)
    assert report.value.organisation == "Veilig Thuis Utrecht"
    assert report.value.vt_reference == "VT-FIXTURE-1"
    # The fixture's VT-feedback check was done before the melding was registered.
    assert report.feedback_received and report.feedback == "Teruggebeld"
    checks = {c.value.check.value: c.value.due_on for c in vault.follow_ups.for_case(case_id)}
    assert checks["safety_3_months"] == date(2024, 6, 6)
    assert vault.annual.reports_per_year() == {2024: 1}


class NoKeyring(DeviceSecretStore):
    def available(self) -> bool:
        return False


def test_there_is_a_fixture_for_every_past_schema_version() -> None:
    assert set(range(1, LATEST_VERSION)) <= set(FIXTURE_VERSIONS)
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


@pytest.mark.parametrize("version", FIXTURE_VERSIONS)
def test_fixture_vault_opens_and_migrates_to_the_newest_schema(
    version: int, tmp_path: Path
) -> None:
    folder = tmp_path / f"schema-{version}"
    shutil.copytree(FIXTURES / f"schema-{version}", folder)
    secrets = json.loads((folder / "fixture.json").read_text(encoding="utf-8"))
    location = VaultLocation(folder)
    with Vault.unlock(location, 1, secrets["passphrase"], NoKeyring()) as vault:
        assert vault.schema_version == LATEST_VERSION
        report = vault.verify()
        assert report.sound, report
        fixture_id = fixture_case_id(vault)
        listed = {s.id: s.title for s in vault.cases.summaries()}
        # Schema 9's fixture renamed the case once, to give it a second row version.
        assert listed[fixture_id].startswith("Gezin Fixture")
        assert vault.cases.get(fixture_id).row_version == (2 if version >= 9 else 1)
        signal = next(
            s for s in vault.signals.for_case(fixture_id) if s.versions[0].facts == "Feit één"
        )
        assert [v.facts for v in signal.versions] == ["Feit één", "Feit één, aangevuld"]
        migrations = [e for e in vault.audit.entries() if e.event == AuditEvent.MIGRATE]
        assert len(migrations) == LATEST_VERSION - version
        case_id = fixture_case_id(vault)
        if version < 2:
            add_steps(vault, case_id)
        if version < 3:
            add_assessments(vault, case_id)
        check_wegingen(vault, case_id)
        if version < 4:
            add_reports(vault, case_id)
        check_reports(vault, case_id)
        if version < 6:
            add_cited_signs(vault, case_id)
        cited = [s for s in vault.signals.for_case(case_id) if s.current.signs]
        assert [v.signs for v in cited[-1].versions] == [
            ("elder_abuse/oudere/om-o3",),
            ("elder_abuse/oudere/om-o3", "elder_abuse/oudere/om-o4"),
        ]
        assert signal.current.signs == ()  # a signal stored before schema 6 cites none
        # Schema 14 made the search index again, keeping word beginnings of 2 to 8 letters:
        # what the earlier schema held is found by a beginning of every length.
        made = vault.db.scalar("SELECT sql FROM sqlite_master WHERE name = 'search_index'")
        assert "prefix = '2 3 4 5 6 7 8'" in made
        for words in ("fi", "fix", "fixt", "fixture", "aan", "aangev", "aangevul", "aangevuld"):
            assert case_id in {h.case_id for h in vault.search.find(CaseQuery(words))}, words
        assert (
            vault.db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'search_index_kept'")
            == 0
        )
        # Schema 16 copied each case's title beside its kept rows: Vandaag names the earlier
        # schemas' cases as they are called (the fixture case renamed by schema 9's filler).
        overview = vault.today.overview(0)
        shown = [
            *overview.due_checks,
            *overview.stuck_cases,
            *overview.awaiting_feedback,
            *overview.radar,
        ]
        assert shown and all(r.case_title == listed[r.case_id] for r in shown)
        assert vault.verify().sound
    backups = list(location.backups_dir.glob("*.mwbackup"))
    if version < LATEST_VERSION:
        assert len(backups) == 1
        assert read_header(backups[0]).schema_version == version
    else:
        assert backups == []


def test_schema_1_vault_gains_working_steps_after_migrating(tmp_path: Path) -> None:
    folder = tmp_path / "schema-1"
    shutil.copytree(FIXTURES / "schema-1", folder)
    secrets = json.loads((folder / "fixture.json").read_text(encoding="utf-8"))
    with Vault.unlock(VaultLocation(folder), 1, secrets["passphrase"], NoKeyring()) as vault:
        case_id = vault.cases.summaries()[0].id
        # The search index was filled from what schema 1 held: the current signal text only.
        found = vault.search.find(CaseQuery("aangevuld"))
        assert [(h.case_id, h.matched_in) for h in found] == [(case_id, (MatchSource.SIGNAL,))]
        assert [h.case_id for h in vault.search.find(CaseQuery("fixture kind"))] == [case_id]
        assert vault.steps.progress(case_id).current_step is Step.CONSULTATION
        assert not vault.is_practice and vault.cases.get(case_id).close_code is None
        add_steps(vault, case_id)
        progress = vault.steps.progress(case_id)
        assert progress.phase is CasePhase.FOLLOW_UP and progress.kindcheck_done
        assert vault.annual.advice_requests(2024) == 1
        assert len(vault.cases.links(case_id)) == 1
        assert vault.drafts.load(case_id, "signal") is not None
        assert vault.today.overview(14).awaiting_feedback == []
        assert vault.verify().sound


def test_the_filler_of_the_newest_schema_works(vault: Vault) -> None:
    FILLERS[LATEST_VERSION](vault)
    assert vault.verify().sound


def test_a_failing_step_leaves_the_vault_as_it_was(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step fails halfway")

    backups: list[int] = []
    steps = (*MIGRATIONS, Migration(LATEST_VERSION + 1, "kapot", broken))
    monkeypatch.setattr(schema_module, "MIGRATIONS", steps)
    monkeypatch.setattr(schema_module, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(RuntimeError):
        schema_module.migrate(vault.db, backups.append, target=LATEST_VERSION + 1)
    assert backups == [LATEST_VERSION]
    assert schema_module.schema_version(vault.db) == LATEST_VERSION
    assert vault.db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == 0


def test_a_failing_backup_stops_the_migration(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    applied: list[int] = []

    def step(db: Database) -> None:
        applied.append(1)

    def no_room(version: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(
        schema_module, "MIGRATIONS", (*MIGRATIONS, Migration(LATEST_VERSION + 1, "x", step))
    )
    monkeypatch.setattr(schema_module, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(OSError):
        schema_module.migrate(vault.db, no_room, target=LATEST_VERSION + 1)
    assert applied == []


def test_a_vault_from_a_newer_program_is_refused(vault: Vault, location: VaultLocation) -> None:
    from app.errors import VaultTooNew

    vault.db.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    vault.lock()
    with pytest.raises(VaultTooNew):
        Vault.unlock(location, 1, "paarse olifant fietst door Zwolle", DeviceSecretStore())


def test_trigger_bodies_stay_whole_when_a_script_is_split() -> None:
    script = """
    CREATE TABLE a (x);
    CREATE TRIGGER t BEFORE DELETE ON a
    BEGIN
        SELECT RAISE(ABORT, 'no');
    END;
    CREATE INDEX i ON a(x);
    """
    parts = split_statements(script)
    assert len(parts) == 3 and "RAISE" in parts[1] and parts[1].rstrip().endswith("END;")
