"""Searching all cases through the vault's FTS5 index, and the filters beside it."""

import dataclasses
import re
import unicodedata
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.crypto.device_secret import NoDeviceSecret
from app.domain.enums import CasePhase, CaseStatus, MatchSource, PersonRole, Step, ViolenceForm
from app.domain.models import CaseDraft, PersonDraft, SignalDraft
from app.errors import ValidationError
from app.store.search import SNIPPET_WORDS, CaseQuery, match_expression, snippet_of
from app.timeutil import clock_at, today
from app.vault.audit import AuditEvent
from app.vault.backup import restore_backup
from app.vault.database import Params
from app.vault.location import VaultLocation
from app.vault.migrations import m0014_search_prefixes
from app.vault.vault import Vault
from tests.entry_values import case_with_signal, consultation, decision, signal
from tests.stores.conftest import Backend
from tests.support import plaintext_hits


def titles(vault: Vault, query: CaseQuery) -> list[str]:
    return [hit.title for hit in vault.search.find(query)]


def test_words_become_prefix_terms_and_punctuation_is_dropped() -> None:
    assert match_expression('  jans "OR" cliënt* ') == '"jans"* "OR"* "cliënt"*'
    assert match_expression(" -- ") is None


def test_titles_people_and_signal_text_are_found(backend: Backend) -> None:
    vault = backend.store
    a = vault.cases.create(CaseDraft("Gezin Aarts"))
    b = vault.cases.create(CaseDraft("Gezin Bos"))
    vault.persons.add(b.id, PersonDraft(PersonRole.CHILD, "Sanne Jansen"))
    vault.signals.add(a.id, signal("Cliënte vertelt over een ruzie met de buurman."))
    assert titles(vault, CaseQuery("aarts")) == ["Gezin Aarts"]
    assert titles(vault, CaseQuery("jans")) == ["Gezin Bos"]
    assert titles(vault, CaseQuery("client ruzie")) == ["Gezin Aarts"]
    assert titles(vault, CaseQuery("ruzie jansen")) == []
    assert sorted(titles(vault, CaseQuery("gezin"))) == ["Gezin Aarts", "Gezin Bos"]
    hit = vault.search.find(CaseQuery("buurman"))[0]
    assert hit.matched_in == (MatchSource.SIGNAL,) and "buurman" in hit.snippet
    assert hit.progress.current_step is Step.CONSULTATION


def test_the_index_follows_corrections_renames_and_name_changes(backend: Backend) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Gezin Aarts"))
    added = vault.signals.add(case.id, signal("Blauwe plek op de rechterarm."))
    vault.signals.correct(added.id, signal("Blauwe plek op de linkerarm."), "Verkeerde arm")
    assert titles(vault, CaseQuery("rechterarm")) == []
    assert titles(vault, CaseQuery("linkerarm")) == ["Gezin Aarts"]
    vault.cases.rename(case.id, CaseDraft("Gezin Visser"))
    assert titles(vault, CaseQuery("aarts")) == []
    assert titles(vault, CaseQuery("visser")) == ["Gezin Visser"]
    person = vault.persons.add(case.id, PersonDraft(PersonRole.CHILD, "Tim Kok"))
    vault.persons.update(person.id, PersonDraft(PersonRole.CHILD, "Tim de Boer"))
    assert titles(vault, CaseQuery("kok")) == []
    assert titles(vault, CaseQuery("boer")) == ["Gezin Visser"]
    # One indexed record each for the title, the name and the signal, none left over.
    records = (
        "search_index"
        if backend.kind == "vault"
        else "(SELECT DISTINCT source, source_id, case_id FROM search_tokens) AS t"
    )
    rows = vault.db.scalar(f"SELECT count(*) FROM {records} WHERE case_id = ?", (case.id,))
    assert rows == 3


def test_a_failed_write_leaves_the_index_as_it_was(backend: Backend) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Gezin Aarts"))
    with pytest.raises(RuntimeError), vault.db.transaction():
        vault.signals.add(case.id, signal("Onthouden woord zebrapad."))
        raise RuntimeError("halfway")
    assert titles(vault, CaseQuery("zebrapad")) == []


def test_filters_on_status_step_phase_and_form(backend: Backend) -> None:
    vault = backend.store
    first = case_with_signal(vault, "Gezin Een")
    second = case_with_signal(vault, "Gezin Twee")
    vault.entries.add(second, consultation())
    third = case_with_signal(vault, "Gezin Drie")
    vault.entries.add(third, decision())
    neglect = vault.cases.create(CaseDraft("Gezin Vier"))
    vault.signals.add(
        neglect.id,
        SignalDraft(today(), None, "Anna", "own_observation", "neglect", "Geen jas in de winter"),
    )
    vault.cases.close(first, "Geen vermoeden")
    assert titles(vault, CaseQuery(status=CaseStatus.CLOSED)) == ["Gezin Een"]
    assert titles(vault, CaseQuery("gezin", step=Step.CONVERSATION)) == ["Gezin Twee"]
    assert titles(vault, CaseQuery(step=Step.CONSULTATION)) == ["Gezin Vier"]
    assert titles(vault, CaseQuery(phase=CasePhase.FOLLOW_UP)) == ["Gezin Drie"]
    assert titles(vault, CaseQuery(form=ViolenceForm.NEGLECT)) == ["Gezin Vier"]
    # Equal matches: the latest activity first (closing was the last thing done).
    assert titles(vault, CaseQuery("gezin", form=ViolenceForm.PHYSICAL_ABUSE, limit=2)) == [
        "Gezin Een",
        "Gezin Drie",
    ]


def test_a_title_match_comes_first_then_a_name_then_signal_text_then_latest_activity(
    vault: Vault,
) -> None:
    in_text = vault.cases.create(CaseDraft("Gezin Een"))
    vault.signals.add(in_text.id, signal("Vertelt over buurman Pluim."))
    in_name = vault.cases.create(CaseDraft("Gezin Twee"))
    vault.persons.add(in_name.id, PersonDraft(PersonRole.CHILD, "Sara Pluim"))
    in_title = vault.cases.create(CaseDraft("Gezin Pluim"))
    older_title = vault.cases.create(CaseDraft("Familie Pluim"))
    vault.signals.add(in_text.id, signal("Pluim belt opnieuw."))  # the latest activity
    vault.cases.rename(older_title.id, CaseDraft("Familie Pluim-de Wit"))  # later still
    assert [h.case_id for h in vault.search.find(CaseQuery("pluim"))] == [
        older_title.id,
        in_title.id,
        in_name.id,
        in_text.id,
    ]


def test_a_page_of_a_common_word_looks_past_the_newest_matches_when_they_fall_short(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A small window (the newest 1 x limit matching rows, widened 2x at a time), so that the
    # widening is what finds the older cases.
    monkeypatch.setattr("app.store.search.WINDOW_PER_CASE", 1)
    monkeypatch.setattr("app.store.search.WINDOW_GROWTH", 2)
    old = vault.cases.create(CaseDraft("Gezin Zwart Oud"))
    other = vault.cases.create(CaseDraft("Gezin Zwart Ander"))
    busy = vault.cases.create(CaseDraft("Gezin Zwart Druk"))
    for n in range(4):  # the newest matches, all of one case
        vault.persons.add(busy.id, PersonDraft(PersonRole.CHILD, f"Kind{n} Zwart"))
    vault.cases.close(old.id, "Geen vermoeden")
    # The page is full of different cases, not of the rows of the busiest one.
    found = vault.search.find(CaseQuery("zwart", limit=3))
    assert sorted(h.case_id for h in found) == sorted([old.id, other.id, busy.id])
    busy_hit = next(h for h in found if h.case_id == busy.id)
    assert busy_hit.matched_in == (MatchSource.CASE, MatchSource.PERSON)
    # The filter leaves none of the newest matches: the oldest case is still found.
    closed = vault.search.find(CaseQuery("zwart", status=CaseStatus.CLOSED, limit=1))
    assert [h.case_id for h in closed] == [old.id]
    assert closed[0].matched_in == (MatchSource.CASE,)


def pages(vault: Any, query: CaseQuery) -> list[list[int]]:
    """Every page of `query`, as a list that scrolls asks for them: until one comes back short."""
    found: list[list[int]] = []
    shown: list[int] = []
    while True:
        page = [hit.case_id for hit in vault.search.find(query, shown=shown)]
        found.append(page)
        shown += page
        if len(page) < query.limit:
            return found


def test_pages_list_every_case_once_in_order_until_one_comes_back_short(
    backend: Backend,
) -> None:
    vault = backend.store
    made = [vault.cases.create(CaseDraft(f"Gezin Page{n}")).id for n in range(7)]
    other = vault.cases.create(CaseDraft("Familie Anders")).id
    everything = [h.case_id for h in vault.search.find(CaseQuery(limit=100))]
    assert pages(vault, CaseQuery(limit=3)) == [everything[:3], everything[3:6], everything[6:]]
    # With words: the same cases as one long page, each once, in its order.
    one_page = [h.case_id for h in vault.search.find(CaseQuery("page", limit=100))]
    assert sorted(one_page) == sorted(made) and other not in one_page
    by_page = pages(vault, CaseQuery("page", limit=3))
    assert [len(page) for page in by_page] == [3, 3, 1]
    assert [case for page in by_page for case in page] == one_page
    # A filter pages alike; an exact multiple of the page ends with an empty page.
    vault.cases.close(made[0], "Geen vermoeden")
    open_pages = pages(vault, CaseQuery(status=CaseStatus.OPEN, limit=2))
    assert [len(page) for page in open_pages] == [2, 2, 2, 1]
    assert [len(page) for page in pages(vault, CaseQuery(status=CaseStatus.OPEN, limit=7))] == [
        7,
        0,
    ]
    assert sorted(c for page in open_pages for c in page) == sorted([*made[1:], other])


def test_a_case_that_changed_between_pages_is_listed_once_and_none_is_skipped(
    backend: Backend,
) -> None:
    vault = backend.store
    made = [vault.cases.create(CaseDraft(f"Gezin Scroll{n}")).id for n in range(6)]
    first = [h.case_id for h in vault.search.find(CaseQuery("scroll", limit=3))]
    # Not yet shown, and now the latest activity: it would have moved onto the first page.
    later = next(case for case in made if case not in first)
    vault.cases.rename(later, CaseDraft("Gezin Scroll-de Wit"))
    # Shown already, and changed again: it moves to the front, but is not listed twice.
    vault.cases.rename(first[-1], CaseDraft("Gezin Scroll-Bos"))
    rest: list[int] = []
    while True:
        page = [h.case_id for h in vault.search.find(CaseQuery("scroll", limit=3), [*first, *rest])]
        rest += page
        if len(page) < 3:
            break
    assert sorted(first + rest) == sorted(made)
    assert len(set(first + rest)) == len(made)


def test_a_search_is_logged_once_not_again_for_each_page(backend: Backend) -> None:
    vault = backend.store
    for n in range(5):
        vault.cases.create(CaseDraft(f"Gezin Log{n}"))
    before = [e for e in vault.audit.entries() if e.event == AuditEvent.SEARCH]
    assert [len(page) for page in pages(vault, CaseQuery("log", limit=2))] == [2, 2, 1]
    after = [e for e in vault.audit.entries() if e.event == AuditEvent.SEARCH]
    assert len(after) == len(before) + 1


def test_the_form_filter_uses_the_current_version_of_a_signal(backend: Backend) -> None:
    vault = backend.store
    case = vault.cases.create(CaseDraft("Gezin Aarts"))
    added = vault.signals.add(case.id, signal())
    vault.signals.correct(
        added.id,
        SignalDraft(today(), None, "Anna", "own_observation", "neglect", "Geen jas"),
        "Andere vorm",
    )
    assert titles(vault, CaseQuery(form=ViolenceForm.PHYSICAL_ABUSE)) == []
    assert titles(vault, CaseQuery(form=ViolenceForm.NEGLECT)) == ["Gezin Aarts"]


def test_the_form_filter_pages_in_the_lists_order_looking_past_what_other_filters_leave(
    backend: Backend, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A small window (1 x the page, widened 2x at a time), so that widening is what finds the
    # older cases; on the server the window is what this computer's index hands over.
    monkeypatch.setattr("app.store.search.WINDOW_PER_CASE", 1)
    monkeypatch.setattr("app.store.search.WINDOW_GROWTH", 2)
    vault = backend.store
    neglect = dataclasses.replace(signal(), form=ViolenceForm.NEGLECT)
    made = [vault.cases.create(CaseDraft(f"Gezin Vorm{n}")).id for n in range(9)]
    for case_id in made:
        vault.signals.add(case_id, neglect)
    vault.signals.add(vault.cases.create(CaseDraft("Gezin Anders")).id, signal())
    by_form = CaseQuery(form=ViolenceForm.NEGLECT, limit=4)
    listed = pages(vault, by_form)
    assert [len(page) for page in listed] == [4, 4, 1]
    assert [case for page in listed for case in page] == made[::-1]

    # The oldest case changes (a person is added): it is the newest of its form now.
    vault.persons.add(made[0], PersonDraft(PersonRole.CHILD, "Sam"))
    assert [h.case_id for h in vault.search.find(by_form)] == [made[0], *made[:4:-1]][:4]

    # The newest six are closed: the open ones are found past them.
    for case_id in made[3:]:
        vault.cases.close(case_id, "Geen vermoeden")
    still_open = CaseQuery(form=ViolenceForm.NEGLECT, status=CaseStatus.OPEN, limit=2)
    assert pages(vault, still_open) == [[made[0], made[2]], [made[1]]]


def test_the_period_filter_finds_cases_open_during_it(backend: Backend) -> None:
    vault = backend.store

    def on(days_ago: int) -> datetime:
        return datetime.combine(today() - timedelta(days=days_ago), time(12)).astimezone()

    with clock_at(on(100)):
        old = vault.cases.create(CaseDraft("Gezin Oud"))
    with clock_at(on(80)):
        vault.cases.close(old.id, "Afgerond")
    with clock_at(on(20)):
        vault.cases.create(CaseDraft("Gezin Nieuw"))
    day = today()
    assert titles(vault, CaseQuery(active_from=day - timedelta(days=30))) == ["Gezin Nieuw"]
    assert titles(
        vault,
        CaseQuery(active_from=day - timedelta(days=90), active_to=day - timedelta(days=85)),
    ) == ["Gezin Oud"]
    assert sorted(titles(vault, CaseQuery(active_to=day))) == ["Gezin Nieuw", "Gezin Oud"]
    with pytest.raises(ValidationError) as exc:
        vault.search.find(CaseQuery(active_from=day, active_to=day - timedelta(days=1)))
    assert set(exc.value.field_errors) == {"active_to"}


def test_the_index_is_encrypted_and_comes_back_with_a_backup(
    vault: Vault, recovery_code: str, location: VaultLocation, tmp_path: Path
) -> None:
    case_id = case_with_signal(vault, "Gezin Zoekwoord")
    vault.signals.add(case_id, signal("Marieke Verhoeven-Testmarker zag het gebeuren."))
    backup = vault.backup(tmp_path / "kopie.mwbackup")
    vault.lock()
    assert plaintext_hits(["Testmarker", "Zoekwoord"], location.folder, backup) == []
    elsewhere = VaultLocation(tmp_path / "terug")
    restore_backup(backup, recovery_code, elsewhere)
    with Vault.unlock_with_recovery(elsewhere, recovery_code, 1) as restored:
        assert restored.verify().sound
        restored.change_passphrase(
            "wachtzin na het terugzetten", "wachtzin na het terugzetten", NoDeviceSecret()
        )
        assert titles(restored, CaseQuery("testmarker")) == ["Gezin Zoekwoord"]


def test_a_snippet_shows_the_words_around_the_first_match_accents_ignored() -> None:
    text = " ".join(f"woord{i}" for i in range(30)) + " de cliënt vertelt over thuis " + "x " * 20
    shown = snippet_of(text.strip(), ["client"])
    assert "cliënt" in shown and shown.startswith("…") and shown.endswith("…")
    assert len(shown.strip("…").split()) == SNIPPET_WORDS
    assert snippet_of("kort", ["niets"]) == "kort"


def _first_word_starting(text: str, prefixes: list[str]) -> int:
    """The token holding the first word that starts with a prefix, word by word (0: none)."""
    for i, token in enumerate(text.split()):
        folded = unicodedata.normalize("NFKD", token.casefold())
        folded = "".join(c for c in folded if not unicodedata.combining(c))
        if any(word.startswith(tuple(prefixes)) for word in re.findall(r"\w+", folded)):
            return i
    return 0


@given(
    st.lists(
        st.sampled_from(
            ["Jansen", "(jansen)", "Cliënt", "x-jan", "a_jan", "2jan", "ja", "—", "Øst", "é"]
        )
    ),
    st.lists(st.sampled_from(["jan", "client", "ost", "e", "x"]), min_size=1, max_size=2),
)
def test_a_snippet_starts_around_the_first_word_with_a_prefix(
    tokens: list[str], prefixes: list[str]
) -> None:
    filler = [f"woord{i}" for i in range(SNIPPET_WORDS * 2)]
    text = " ".join(filler[:SNIPPET_WORDS] + tokens + filler[SNIPPET_WORDS:])
    first = _first_word_starting(text, prefixes)
    start = max(0, min(first - SNIPPET_WORDS // 3, len(text.split()) - SNIPPET_WORDS))
    words = text.split()[start : start + SNIPPET_WORDS]
    assert snippet_of(text, prefixes).strip("…") == " ".join(words)


def test_the_list_without_words_reads_its_page_from_one_index(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.cases.create(CaseDraft("Gezin Een"))
    asked: list[tuple[str, Params]] = []
    execute = vault.db.execute

    def recording(sql: str, params: Params = ()) -> list[Any]:
        if sql.startswith("SELECT c.id"):
            asked.append((sql, params))
        return execute(sql, params)

    monkeypatch.setattr(vault.db, "execute", recording)
    assert titles(vault, CaseQuery()) == ["Gezin Een"]
    ((sql, params),) = asked
    plan = " ".join(str(r[3]) for r in execute(f"EXPLAIN QUERY PLAN {sql}", params))
    # Schema 9: the rows of the page, their order and the visibility rule from the index alone.
    assert "SCAN c USING COVERING INDEX cases_listed" in plan


def test_schema_14_makes_the_index_again_as_its_triggers_kept_it(vault: Vault) -> None:
    case = vault.cases.create(CaseDraft("Gezin Aarts"))
    vault.cases.rename(case.id, CaseDraft("Gezin Aarts-Visser"))
    person = vault.persons.add(case.id, PersonDraft(PersonRole.CHILD, "Tim Kok"))
    vault.persons.update(person.id, PersonDraft(PersonRole.CHILD, "Tim de Boer"))
    added = vault.signals.add(case.id, signal("Blauwe plek op de rechterarm."))
    vault.signals.correct(added.id, signal("Blauwe plekken op de linkerarm."), "Verkeerde arm")
    vault.signals.add(vault.cases.create(CaseDraft("Gezin Bos")).id, signal("Schreeuwen."))
    rows = "SELECT rowid, text, case_id, source FROM search_index ORDER BY rowid"
    kept = [tuple(r) for r in vault.db.execute(rows)]
    with vault.db.transaction():
        m0014_search_prefixes.apply(vault.db)
    assert [tuple(r) for r in vault.db.execute(rows)] == kept and len(kept) == 5
    for words in ("ple", "plekk", "linkerar", "linkerarm", "aarts-v", "boer"):
        assert [h.case_id for h in vault.search.find(CaseQuery(words))] == [case.id], words
