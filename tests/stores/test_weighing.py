"""The weging as the case keeps it, read back through the store on both stores: refused when
damaged, never as "no report"; an older one completed from its kader's replay."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app.domain.payload import to_payload
from app.domain.weighing import stored_assessment
from app.framework.assessment import RecordUnreadable
from app.framework.library import FrameworkLibrary, load_library
from app.framework.terms import ReportDecision
from tests.entry_values import case_with_signal, walked
from tests.stores.conftest import Backend


@pytest.fixture(scope="module")
def library() -> FrameworkLibrary:
    return load_library()


def test_the_store_refuses_a_damaged_weging_rather_than_show_no_report(backend: Backend) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    entry = vault.assessments.record(case_id, walked())
    assert entry.value.outcome is not None and entry.value.outcome.reports
    damaged = to_payload(entry.value)
    damaged["outcome"]["report"] = ReportDecision.NO.value
    # Written as the store writes a version (sealed to its row on the server), damaged.
    with vault.db.transaction():
        version_id = vault.db.next_id("case_entry_versions")
        seal = vault.sealer.seal
        vault.db.execute(
            "INSERT INTO case_entry_versions (id, entry_id, version, change, change_reason,"
            " payload, event_on, recorded_at, recorded_by) SELECT ?, entry_id, 2, change, ?, ?,"
            " event_on, recorded_at, recorded_by FROM case_entry_versions WHERE entry_id = ?",
            (
                version_id,
                seal("case_entry_versions", "change_reason", version_id, None),
                seal("case_entry_versions", "payload", version_id, json.dumps(damaged)),
                entry.id,
            ),
        )
    with pytest.raises(RecordUnreadable):
        vault.assessments.for_case(case_id)


def test_an_older_weging_gets_the_kaders_date_and_actions_from_its_replay(
    backend: Backend, library: FrameworkLibrary
) -> None:
    vault = backend.store
    case_id = case_with_signal(vault)
    assessment = walked()
    entry = vault.assessments.record(case_id, assessment)
    assert entry.value.framework_date == assessment.framework.date
    older = to_payload(entry.value)
    del older["framework_date"]
    del older["outcome"]["actions"]
    before = stored_assessment(json.dumps(older))
    assert before.framework_date is None and before.outcome is not None
    assert before.outcome.actions == ()
    view = vault.assessments.view(
        replace(entry, versions=(replace(entry.versions[0], value=before),)), library
    )
    assert view.live is not None
    assert view.shown.framework_date == assessment.framework.date
    assert view.shown.outcome is not None and assessment.outcome is not None
    assert view.shown.outcome.actions == assessment.outcome.actions
    assert view.shown.answers == before.answers
