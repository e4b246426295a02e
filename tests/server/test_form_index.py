"""The form filter on the practice server, answered from this computer's index: up to date
with what other computers wrote, taking in only what changed, kept encrypted in the data
folder, and made again whenever it cannot be trusted."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.crypto import keyslots
from app.crypto.keyslots import subkey
from app.domain.enums import ViolenceForm
from app.domain.models import CaseDraft
from app.server.database import ServerDatabase as StoreConnection
from app.server.form_index import PURPOSE, FormIndex, index_file
from app.server.practice import PracticeServer
from app.store.backend import Sealer
from app.store.search import CaseQuery
from app.vault.database import Database
from tests.entry_values import signal
from tests.server.conftest import PASSPHRASE, ServerDatabase

pytestmark = pytest.mark.real_components

NEGLECT = ViolenceForm.NEGLECT
PHYSICAL = ViolenceForm.PHYSICAL_ABUSE


def _with_form(server: PracticeServer, form: ViolenceForm) -> set[int]:
    return {hit.case_id for hit in server.search.find(CaseQuery(form=form))}


def _second(server_db: ServerDatabase) -> PracticeServer:
    return PracticeServer.unlock(StoreConnection(server_db.connect_program()), "anna", PASSPHRASE)


class CountingSealer:
    """The session's sealer, counting the forms it opens."""

    def __init__(self, inner: Sealer) -> None:
        self.inner = inner
        self.forms_opened = 0

    @property
    def clear(self) -> bool:
        return self.inner.clear

    def seal(self, table: str, column: str, row_id: int | None, value: str | None) -> object:
        return self.inner.seal(table, column, row_id, value)

    def open(self, table: str, column: str, row_id: int, stored: object) -> str | None:
        if (table, column) == ("signal_versions", "form"):
            self.forms_opened += 1
        return self.inner.open(table, column, row_id, stored)


def test_what_another_computer_writes_is_found_by_its_form(
    server_db: ServerDatabase, first: PracticeServer
) -> None:
    other = _second(server_db)
    hit = first.cases.create(CaseDraft("Gezin A")).id
    first.signals.add(hit, signal())
    assert _with_form(other, PHYSICAL) == {hit}
    assert _with_form(other, NEGLECT) == set()

    # Written at the first computer after the second built its index.
    later = first.cases.create(CaseDraft("Gezin B")).id
    neglected = first.signals.add(later, dataclasses.replace(signal(), form=NEGLECT))
    assert _with_form(other, NEGLECT) == {later}

    # A correction names another form: the newest version counts, at the other computer too.
    first.signals.correct(neglected.id, signal(), "Verkeerde vorm gekozen.")
    assert _with_form(other, NEGLECT) == set()
    assert _with_form(other, PHYSICAL) == {hit, later}
    assert _with_form(first, PHYSICAL) == {hit, later}
    other.lock()


def test_only_the_signals_written_since_are_opened_again(first: PracticeServer) -> None:
    for n in range(4):
        first.signals.add(first.cases.create(CaseDraft(f"Gezin {n}")).id, signal())
    sealer = CountingSealer(first.sealer)
    index = FormIndex(first.db, sealer, keyslots.new_data_key())
    assert len(index.newest_cases(PHYSICAL.value, 100)) == 4
    assert sealer.forms_opened == 4

    # Reading, searching and logging move the chain on, but name no signal.
    assert len(index.newest_cases(PHYSICAL.value, 100)) == 4
    first.search.find(CaseQuery(text="gezin"))
    assert sealer.forms_opened == 4

    case_id = first.cases.create(CaseDraft("Gezin N")).id
    first.signals.add(case_id, dataclasses.replace(signal(), form=NEGLECT))
    assert set(index.newest_cases(NEGLECT.value, 100)) == {case_id}
    assert sealer.forms_opened == 5
    index.close()


def test_the_index_is_kept_encrypted_and_taken_up_where_it_was_left(
    server_db: ServerDatabase, first: PracticeServer, tmp_path: Path
) -> None:
    case_id = first.cases.create(CaseDraft("Gezin A")).id
    first.signals.add(case_id, dataclasses.replace(signal(), form=NEGLECT))
    first.keep_form_index_in(tmp_path)
    assert _with_form(first, NEGLECT) == {case_id}
    first.lock()

    (kept,) = [p for p in tmp_path.iterdir() if p.suffix == ".db"]
    assert kept == index_file(tmp_path, first.practice_id)
    content = kept.read_bytes()
    assert not content.startswith(b"SQLite format 3")
    assert NEGLECT.value.encode() not in content

    again = _second(server_db)
    data_key = again._data_key
    sealer = CountingSealer(again.sealer)
    index = FormIndex(again.db, sealer, data_key)
    index.keep_in(kept)
    assert set(index.newest_cases(NEGLECT.value, 100)) == {case_id}
    assert sealer.forms_opened == 0  # nothing was written since: nothing opened again
    index.close()
    again.lock()


def test_an_index_that_cannot_be_trusted_is_made_again(
    first: PracticeServer, tmp_path: Path
) -> None:
    case_id = first.cases.create(CaseDraft("Gezin A")).id
    first.signals.add(case_id, signal())
    path = tmp_path / "vormen.db"
    data_key = first._data_key

    # Damaged: made again from the server.
    path.write_bytes(b"\x00" * 8192)
    index = FormIndex(first.db, first.sealer, data_key)
    index.keep_in(path)
    assert set(index.newest_cases(PHYSICAL.value, 100)) == {case_id}
    index.close()

    # Under another key (another practice's): not opened, made again.
    stranger = FormIndex(first.db, first.sealer, keyslots.new_data_key())
    stranger.keep_in(path)
    assert set(stranger.newest_cases(PHYSICAL.value, 100)) == {case_id}
    stranger.close()

    # Taken in from a chain that is not this server's (a server restored from an older
    # backup, say): the row it names is not there or differs, so it starts again.
    first.signals.add(case_id, dataclasses.replace(signal(), form=NEGLECT))
    own = FormIndex(first.db, first.sealer, data_key)
    own.keep_in(path)
    assert set(own.newest_cases(NEGLECT.value, 100)) == {case_id}
    own.close()
    for seq, mac in ((10**6, b"\x00" * 32), (1, b"\x01" * 32)):
        local = Database(path, subkey(data_key, PURPOSE))
        local.execute("UPDATE taken_in SET seq = ?, mac = ?", (seq, mac))
        local.close()
        sealer = CountingSealer(first.sealer)
        index = FormIndex(first.db, sealer, data_key)
        index.keep_in(path)
        assert set(index.newest_cases(NEGLECT.value, 100)) == {case_id}
        assert sealer.forms_opened == 2  # every signal's form, opened again
        index.close()
