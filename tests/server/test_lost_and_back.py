"""Two computers hear each other's changes, and the server may go and come back mid-session:
what was being typed is kept on this computer, sealed, and sent when the server is back."""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain.enums import PersonRole
from app.domain.models import CaseDraft, PersonDraft, UserDraft
from app.errors import ServerUnreachable, VaultClosed
from app.server import changes
from app.server.changes import Change, ChangeListener, parse_change
from app.server.database import ServerDatabase
from app.server.practice import PracticeServer
from app.store.access_log import LogFilter
from app.store.search import CaseQuery
from tests.server.conftest import PASSPHRASE, Practice

pytestmark = pytest.mark.real_components

MARKER = "Zwanenburg-Quispel"


def test_a_change_at_one_computer_is_heard_at_the_other(practice: Practice) -> None:
    here, there = practice.session(), practice.session()
    listener = ChangeListener.connect(practice.url)
    try:
        case_id = there.cases.create(CaseDraft(f"Gezin {MARKER}")).id
        heard = listener.wait(5)
        assert heard and heard[0].case_id == case_id and heard[0].event == "create"
        there.persons.add(case_id, PersonDraft(PersonRole.CHILD, MARKER))
        heard = listener.wait(5)
        assert [(c.case_id, c.object_type) for c in heard] == [(case_id, "person")]
        assert here.persons.for_case(case_id)[0].name == MARKER
        # Nothing new: the wait ends empty after its time, not before.
        assert listener.wait(0.2) == []
    finally:
        listener.close()
        here.lock()
        there.lock()


def test_reading_is_not_announced_as_a_change(practice: Practice) -> None:
    """A window refreshes on news by reading again (a search, the case), and reading is
    logged: were reading news, two windows, or one, would answer each other without end."""
    here, there = practice.session(), practice.session()
    case_id = there.cases.create(CaseDraft(f"Gezin {MARKER}")).id
    listener = ChangeListener.connect(practice.url)
    try:
        there.cases.open(case_id)
        there.search.find(CaseQuery(text=MARKER))
        there.access_log.opened()
        assert listener.wait(0.5) == []
        there.persons.add(case_id, PersonDraft(PersonRole.CHILD, MARKER))
        heard = listener.wait(5)
        assert [(c.event, c.case_id) for c in heard] == [("create", case_id)]
        # The reads above were logged all the same.
        events = {row.event for row in here.access_log.page(LogFilter())}
        assert {"open", "search", "log_viewed"} <= events
    finally:
        listener.close()
        here.lock()
        there.lock()


def test_own_saves_are_not_news_a_colleagues_are(practice: Practice) -> None:
    here, there = practice.session(), practice.session()
    listener = ChangeListener.connect(practice.url, own_pid=lambda: here.db.backend_pid)
    try:
        mine = here.cases.create(CaseDraft("Gezin A")).id
        theirs = there.cases.create(CaseDraft("Gezin B")).id
        heard = listener.wait(5)
        heard += listener.wait(0.5)
        assert {c.case_id for c in heard if c.event == "create"} == {theirs}
        # After a lost connection the session writes on a new one: still known as its own.
        before = here.db.backend_pid
        here.db.connection.close()
        here.persons.add(mine, PersonDraft(PersonRole.CHILD, MARKER))
        assert here.db.backend_pid not in (None, before)
        there.persons.add(theirs, PersonDraft(PersonRole.CHILD, MARKER))
        heard = listener.wait(5)
        heard += listener.wait(0.5)
        assert [(c.case_id, c.object_type) for c in heard] == [(theirs, "person")]
    finally:
        listener.close()
        here.lock()
        there.lock()


def test_follow_changes_passes_its_own_session_by(practice: Practice) -> None:
    here, there = practice.session(), practice.session()
    heard: queue.Queue[object] = queue.Queue()
    stop = threading.Event()
    follower = threading.Thread(
        target=changes.follow_changes,
        args=(practice.url, stop, heard.put, lambda up: None),
        kwargs={"own_pid": lambda: here.db.backend_pid},
    )
    follower.start()
    try:
        # Once a colleague's change is heard the follower listens; what came before it of
        # this session is then checked to be passed by.
        _next_change(heard, lambda: there.cases.create(CaseDraft("Gezin B")))
        mine = here.cases.create(CaseDraft("Gezin A")).id
        theirs = _next_change(heard, lambda: there.cases.create(CaseDraft("Gezin C")))
        seen = [c for c in theirs] + [
            c for found in _drain(heard) for c in found if isinstance(found, list)
        ]
        assert mine not in {c.case_id for c in seen}
    finally:
        stop.set()
        follower.join(timeout=15)
        here.lock()
        there.lock()


def _drain(heard: queue.Queue[object]) -> list[list[Change]]:
    found: list[list[Change]] = []
    with contextlib.suppress(queue.Empty):
        while True:
            item = heard.get(timeout=0.5)
            assert isinstance(item, list)
            found.append(item)
    return found


def test_an_announcement_carries_ids_only() -> None:
    change = parse_change(
        '{"seq": 3, "event": "create", "case_id": 7, "object_type": "case", "object_id": 7}'
    )
    assert change is not None and (change.seq, change.case_id) == (3, 7)
    assert parse_change("geen json") is None
    assert parse_change('{"event": "create"}') is None


def test_the_server_gone_mid_session_then_back(practice: Practice, tmp_path: Path) -> None:
    session = practice.session()
    listener = ChangeListener.connect(practice.url)
    case_id = session.cases.create(CaseDraft("Gezin A")).id
    offline = session.offline_drafts(tmp_path / "concepten")

    practice.server.stop(mode="immediate")
    with pytest.raises(ServerUnreachable):
        session.persons.add(case_id, PersonDraft(PersonRole.CHILD, MARKER))
    with pytest.raises(ServerUnreachable):
        listener.wait(0.1)
    # While the server is gone, what was typed is kept here, sealed; the name says nothing.
    typed = {"name": MARKER, "note": "Çelik 🙂 \u05e9\u05dc\u05d5\u05dd", "born": "03-02-2019"}
    offline.keep(case_id, "person", typed)
    (kept_file,) = [p for p in (tmp_path / "concepten").rglob("*") if p.is_file()]
    raw = kept_file.read_bytes()
    for text in (MARKER, "Çelik", "person", str(case_id) + ","):
        assert text.encode("utf-8") not in raw and text.encode("utf-16-le") not in raw
    assert MARKER not in kept_file.name
    with pytest.raises(ServerUnreachable):
        session.cases.get(case_id)  # still gone: said again, not hung

    # The server is back: the same session goes on, on a new connection.
    practice.server.restart()
    assert session.persons.for_case(case_id) == []  # nothing half saved
    sent = offline.send(session.drafts)
    assert [d.form for d in sent.sent] == ["person"] and sent.left == []
    assert [(d.case_id, d.form) for d in session.drafts.mine()] == [(case_id, "person")]
    draft = session.drafts.load(case_id, "person")
    assert draft is not None and draft.payload == typed
    assert offline.waiting() == []
    session.persons.add(case_id, PersonDraft(PersonRole.CHILD, MARKER))
    assert session.audit.verify() == []
    listener.close()
    session.lock()
    with pytest.raises(VaultClosed):
        session.cases.get(case_id)  # locked is locked: no new connection


def test_a_draft_that_moved_on_elsewhere_is_not_overwritten(
    practice: Practice, tmp_path: Path
) -> None:
    here, there = practice.session(), practice.session()
    case_id = here.cases.create(CaseDraft("Gezin A")).id
    first = here.drafts.save(case_id, "signal", {"facts": "eerste versie"})
    offline = here.offline_drafts(tmp_path)
    offline.keep(case_id, "signal", {"facts": "offline getypt"}, seen_version=first.row_version)
    there.drafts.save(case_id, "signal", {"facts": "op de andere computer"}, first.row_version)
    sent = offline.send(here.drafts)
    assert sent.sent == [] and [d.payload for d in sent.left] == [{"facts": "offline getypt"}]
    kept = here.drafts.load(case_id, "signal")
    assert kept is not None and kept.payload == {"facts": "op de andere computer"}
    assert len(offline.waiting()) == 1  # still here, for the user to choose
    here.lock()
    there.lock()


def test_a_kept_file_opens_only_for_its_user_and_unchanged(
    practice: Practice, tmp_path: Path
) -> None:
    anna = practice.session()
    colleague = anna.add_user(UserDraft("Bram Jansen", "", ""), "bram", PASSPHRASE)
    bram = PracticeServer.unlock(ServerDatabase.connect(practice.url), "bram", PASSPHRASE)
    mine = anna.offline_drafts(tmp_path)
    mine.keep(None, "new-case", {"title": MARKER})
    (path,) = [p for p in tmp_path.rglob("*") if p.is_file()]
    theirs = bram.offline_drafts(tmp_path)
    moved = tmp_path / f"gebruiker-{colleague.id}" / path.name
    moved.parent.mkdir()
    moved.write_bytes(path.read_bytes())
    assert theirs.waiting() == []  # bound to Anna: in Bram's folder it does not open
    damaged = bytearray(path.read_bytes())
    damaged[-1] ^= 1
    path.write_bytes(bytes(damaged))
    assert mine.waiting() == []
    anna.lock()
    bram.lock()


def test_following_the_changes_through_a_restart(
    practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(changes, "RETRY_SECONDS", 0.1)
    heard: queue.Queue[object] = queue.Queue()
    stop = threading.Event()
    follower = threading.Thread(
        target=changes.follow_changes,
        args=(practice.url, stop, heard.put, lambda up: heard.put("terug" if up else "weg")),
    )
    follower.start()
    session = practice.session()
    try:
        # The follower may still be connecting: a change is made until one is heard.
        first = _next_change(heard, lambda: session.cases.create(CaseDraft("Gezin A")))
        assert first[0].event == "create"
        practice.server.stop(mode="immediate")
        assert heard.get(timeout=15) == "weg"
        practice.server.restart()
        assert heard.get(timeout=15) == "terug"
        again = _next_change(heard, lambda: session.cases.create(CaseDraft("Gezin B")))
        assert again[0].case_id != first[0].case_id
    finally:
        stop.set()
        follower.join(timeout=15)
        session.lock()
    assert not follower.is_alive()


def _next_change(heard: queue.Queue[object], make: Callable[[], object]) -> list[Change]:
    """The first created case heard, making one until one is (the unlock is heard too)."""
    for _ in range(20):
        make()
        with contextlib.suppress(queue.Empty):
            while True:
                found = heard.get(timeout=0.5)
                assert isinstance(found, list)
                created = [c for c in found if c.event == "create"]
                if created:
                    return created
    raise AssertionError("no change heard")
