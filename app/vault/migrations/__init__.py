"""Every schema step, in order. A step is never edited once released; a change is a new step.

Each past schema version has an encrypted fixture vault in tests/fixtures/vaults/ that a test
opens and migrates to the newest version.
"""

from app.vault.migrations import (
    m0001_base,
    m0002_steps,
    m0003_assessments,
    m0004_reports,
    m0005_append_only,
    m0006_signal_signs,
    m0007_roles,
    m0008_case_state,
    m0009_row_versions,
    m0010_case_list_index,
    m0011_draft_contact_versions,
    m0012_audit_index,
    m0013_entry_event_day,
    m0014_search_prefixes,
    m0015_case_state_order,
    m0016_today_copies,
)
from app.vault.migrations.base import Migration

MIGRATIONS: tuple[Migration, ...] = (
    m0001_base.MIGRATION,
    m0002_steps.MIGRATION,
    m0003_assessments.MIGRATION,
    m0004_reports.MIGRATION,
    m0005_append_only.MIGRATION,
    m0006_signal_signs.MIGRATION,
    m0007_roles.MIGRATION,
    m0008_case_state.MIGRATION,
    m0009_row_versions.MIGRATION,
    m0010_case_list_index.MIGRATION,
    m0011_draft_contact_versions.MIGRATION,
    m0012_audit_index.MIGRATION,
    m0013_entry_event_day.MIGRATION,
    m0014_search_prefixes.MIGRATION,
    m0015_case_state_order.MIGRATION,
    m0016_today_copies.MIGRATION,
)
LATEST_VERSION = MIGRATIONS[-1].version

assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1)), "gap in migrations"
