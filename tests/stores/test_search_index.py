"""The words cases are found by, through the seam's search index on both backends: the vault's
FTS5 index (kept by its triggers) and the server's keyed tokens (kept by the stores, in the
transaction of each write)."""

from __future__ import annotations

from datetime import date

import pytest

from app.crypto import keyslots
from app.domain.models import CaseDraft, PersonDraft, SignalDraft
from app.errors import ChangedElsewhere, ValidationError
from app.server.fields import BlindIndex
from app.server.form_index import FormIndex
from app.server.search import BlindSearchIndex
from tests.stores.conftest import Backend


def signal(facts: str, interpretation: str = "", observed_by: str = "Anna de Vries") -> SignalDraft:
    return SignalDraft(
        observed_on=date.today(),
        observed_time=None,
        observed_by=observed_by,
        source="own_observation",
        form="physical_abuse",
        facts=facts,
        interpretation=interpretation,
    )


def person(name: str) -> PersonDraft:
    return PersonDraft("child", name, None, "", "", "")


def test_a_name_is_found_by_its_beginning_and_without_its_accents(backend: Backend) -> None:
    cases = backend.store.cases
    first = cases.create(CaseDraft("Casus 1"))
    second = cases.create(CaseDraft("Casus 2"))
    backend.store.persons.add(first.id, person("Daan Jansen"))
    backend.store.persons.add(second.id, person("Zoë Çelik-Yılmaz"))

    assert cases.matching_ids("jans") == {first.id}
    assert cases.matching_ids("JANSEN daan") == {first.id}
    assert cases.matching_ids("celik") == {second.id}
    assert cases.matching_ids("zoe") == {second.id}
    assert cases.matching_ids("Çelik") == {second.id}
    assert cases.matching_ids("casus") == {first.id, second.id}
    # Every word in one source: a name and a title of the same case are not combined.
    assert cases.matching_ids("daan casus") == set()
    assert cases.matching_ids("pietersen") == set()
    assert cases.matching_ids("  ") is None


def test_a_renamed_case_and_a_changed_name_are_found_by_their_new_words_only(
    backend: Backend,
) -> None:
    cases = backend.store.cases
    case = cases.create(CaseDraft("Gezin Bakker"))
    someone = backend.store.persons.add(case.id, person("Lotte Visser"))
    cases.rename(case.id, CaseDraft("Gezin Mulder"))
    backend.store.persons.update(someone.id, person("Lotte de Graaf"))

    assert cases.matching_ids("bakker") == set()
    assert cases.matching_ids("mulder") == {case.id}
    assert cases.matching_ids("visser") == set()
    assert cases.matching_ids("graaf lotte") == {case.id}


def test_a_corrected_signal_is_found_by_its_new_text_not_its_old_text(backend: Backend) -> None:
    store = backend.store
    case = store.cases.create(CaseDraft("Casus"))
    added = store.signals.add(case.id, signal("Blauwe plek op de bovenarm", "schrikt van geluid"))
    assert store.cases.matching_ids("bovenarm") == {case.id}
    assert store.cases.matching_ids("schrik") == {case.id}
    assert store.cases.matching_ids("anna vries") == {case.id}

    store.signals.correct(added.id, signal("Rode striemen op de rug"), "verkeerd overgenomen")
    assert store.cases.matching_ids("striemen") == {case.id}
    assert store.cases.matching_ids("bovenarm") == set()
    assert store.cases.matching_ids("schrikt") == set()
    # The old version is still kept and shown; only what the signal is found by moved on.
    assert store.signals.get(added.id).versions[0].facts == "Blauwe plek op de bovenarm"


def test_a_write_that_is_refused_leaves_the_words_as_they_were(backend: Backend) -> None:
    cases = backend.store.cases
    case = cases.create(CaseDraft("Gezin Smit"))
    cases.rename(case.id, CaseDraft("Gezin Smit-de Boer"))
    with pytest.raises(ChangedElsewhere):
        cases.rename(case.id, CaseDraft("Gezin Hendriks"), seen_version=case.row_version)
    with pytest.raises(ValidationError):
        cases.rename(case.id, CaseDraft("Gezin \ud800"))
    assert cases.matching_ids("hendriks") == set()
    assert cases.matching_ids("boer") == {case.id}


def test_only_visible_cases_are_found(backend: Backend) -> None:
    mine = backend.store.cases.create(CaseDraft("Gezin Koster"))
    colleague = backend.add_colleague("Bram Dekker")
    store = backend.act_as(colleague.id)
    theirs = store.cases.create(CaseDraft("Gezin Koster-Peters"))
    assert store.cases.matching_ids("koster") == {theirs.id}
    store = backend.act_as(1)
    assert store.cases.matching_ids("koster") == {mine.id}
    store.share_case(mine.id, colleague.id)
    store = backend.act_as(colleague.id)
    assert store.cases.matching_ids("koster") == {mine.id, theirs.id}


@pytest.mark.real_components
def test_another_practices_key_finds_nothing(server_backend: Backend) -> None:
    # Only the server has this question: another practice's vault is another file.
    store = server_backend.store
    case = store.cases.create(CaseDraft("Gezin Jansen"))
    assert store.cases.matching_ids("jansen") == {case.id}
    key = keyslots.new_data_key()
    other = BlindSearchIndex(
        store.db, BlindIndex(key), store.sealer, FormIndex(store.db, store.sealer, key)
    )
    assert other.matching_case_ids("jansen") == set()
    assert other.matching_case_ids("gezin") == set()


def test_the_words_change_in_the_transaction_of_the_write(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write undone after its words were handed to the index (here: its audit row could not
    be written) leaves the words as they were: they are part of the same transaction."""
    store = backend.store
    case = store.cases.create(CaseDraft("Gezin Brouwer"))
    someone = store.persons.add(case.id, person("Fenna Brouwer"))
    added = store.signals.add(case.id, signal("Schrammen op de knie"))

    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the audit row could not be written")

    monkeypatch.setattr(store.audit, "append", refuse)
    for write in (
        lambda: store.cases.rename(case.id, CaseDraft("Gezin Timmer")),
        lambda: store.persons.update(someone.id, person("Fenna Timmer")),
        lambda: store.signals.add(case.id, signal("Timmer kwam langs")),
        lambda: store.signals.correct(added.id, signal("Timmer op de knie"), "anders gezien"),
        lambda: store.cases.create(CaseDraft("Gezin Timmer")),
    ):
        with pytest.raises(RuntimeError):
            write()
    monkeypatch.undo()
    assert store.cases.matching_ids("timmer") == set()
    assert store.cases.matching_ids("brouwer") == {case.id}
    assert store.cases.matching_ids("fenna brouwer") == {case.id}
    assert store.cases.matching_ids("schrammen knie") == {case.id}
