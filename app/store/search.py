"""Searching all cases: words in titles, names of people and signal text, plus filters.

The words go to the session's search index (`app.store.backend.SearchIndex`): the vault's FTS5
index (`search_index`, kept in step by triggers, encrypted with the rest of the vault), the
server's keyed tokens; accents are ignored and every word matches as a prefix, so "jans" finds
"Jansen" and "client" finds "cliënt". Filters on status and period are SQL; step and phase
read `case_state`, kept on write (the vault's schema 8, the server's step 3). The form of
violence is asked of the search index too: SQL on the vault, an index on this computer for the
server, which keeps it sealed (`app.server.form_index`). Titles and snippets are opened
through the session's sealer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from app.domain.enums import (
    CasePhase,
    CaseStatus,
    FollowUpAlert,
    MatchSource,
    Step,
    ViolenceForm,
)
from app.domain.progress import CaseProgress
from app.domain.validation import FieldErrors, msg
from app.i18n import QT_TRANSLATE_NOOP
from app.store.backend import opened
from app.store.base import Session, parse_moment
from app.store.progress import StepProgress, state_row
from app.timeutil import to_iso
from app.vault.audit import AuditEvent

_WORD = re.compile(r"\w+")
SNIPPET_WORDS = 12
# Matching rows grouped per case: the newest WINDOW_PER_CASE x limit of them, a window widened
# (times WINDOW_GROWTH) while the filters leave the page short, up to all of them. Grouping
# every match of a common name would grow with the vault.
WINDOW_PER_CASE = 4
WINDOW_GROWTH = 4
# The cases a list asks for at a time: a screenful and some, the rest when scrolled to. The
# work of a page grows with its rows (each one's stand and snippet), not with the vault.
PAGE = 50
# Plain string keys: calling an enum by value costs more than the rest of a row of a page.
_STATUSES = {status.value: status for status in CaseStatus}
_PHASES = {phase.value: phase for phase in CasePhase}
_STEPS = {step.value: step for step in Step}
_SOURCES = {source.value: source for source in MatchSource}
_REPORT_AGAIN = FollowUpAlert.REPORT_AGAIN.value
_RECONSIDER_REPORT = FollowUpAlert.RECONSIDER_REPORT.value


def _sources(found: str | None) -> tuple[MatchSource, ...]:
    """Where the words were found in a case, from the kinds of its matching rows."""
    return tuple(sorted({_SOURCES[s] for s in found.split(",") if s})) if found else ()


# Where each case of a page stands: the copy of its kept stand in its own row (the vault's
# schema 16, the server's step 7), in the list's index; NULL where no stand is kept.
_STAND = "c.phase, c.current_step, c.current_since, c.alert"


@dataclass(frozen=True)
class CaseQuery:
    text: str = ""
    status: CaseStatus | None = None
    step: Step | None = None
    phase: CasePhase | None = None
    form: ViolenceForm | None = None
    # The case was open at some moment in this period (either end may be left open).
    active_from: date | None = None
    active_to: date | None = None
    limit: int = PAGE


class CaseStand(NamedTuple):
    """Where a case stands, as a list shows it: read from `case_state` (kept on write in the
    same transaction, schema 8), so a page of cases derives nothing. Only open cases carry the
    radar's alerts (as Vandaag shows them). A named tuple, as `SearchHit`: a page makes 200."""

    case_id: int
    phase: CasePhase
    current_step: Step | None
    current_since: datetime | None
    radar: bool = False  # new worries after a report: report again
    help_not_safe: bool = False  # new worries while help runs, no report made

    @classmethod
    def of(cls, progress: CaseProgress) -> CaseStand:
        """The stand of a derived progress, as `case_state` keeps it."""
        case_id, phase, step, since, alert = state_row(progress)
        return cls.kept(case_id, phase, step, since, alert)

    @classmethod
    def kept(
        cls,
        case_id: int,
        phase: str,
        step: str | None,
        since: str | datetime | None,
        alert: str | None,
    ) -> CaseStand:
        return cls(
            case_id,
            _PHASES[phase],
            None if step is None else _STEPS[step],
            # The server hands back a moment, the vault its text.
            None
            if since is None
            else since
            if isinstance(since, datetime)
            else datetime.fromisoformat(since),
            alert == _REPORT_AGAIN,
            alert == _RECONSIDER_REPORT,
        )


class SearchHit(NamedTuple):
    """One case of a page (a named tuple: immutable, and cheap to make 200 of)."""

    case_id: int
    title: str
    status: CaseStatus
    opened_at: datetime
    updated_at: datetime
    matched_in: tuple[MatchSource, ...]
    snippet: str
    progress: CaseStand


def match_expression(text: str) -> str | None:
    """FTS5 query for "all these words, each as a prefix"; None when there are no words."""
    words = _WORD.findall(text)
    return " ".join(f'"{word}"*' for word in words) if words else None


def _start_of(day: date) -> str:
    return to_iso(datetime.combine(day, time.min).astimezone())


def _validate(query: CaseQuery) -> None:
    errors = FieldErrors()
    if query.active_from and query.active_to and query.active_from > query.active_to:
        errors.add(
            "active_to",
            msg(QT_TRANSLATE_NOOP("validation", "De einddatum ligt vóór de begindatum.")),
        )
    errors.raise_if_any()


class CaseSearch:
    def __init__(self, session: Session, steps: StepProgress) -> None:
        self._s = session
        self._steps = steps

    def find(self, query: CaseQuery, shown: Collection[int] = ()) -> list[SearchHit]:
        """Matching cases, the latest activity first; with words the best match before that:
        the words in the case's title, then in a person's name, then in a signal's text.
        At most `query.limit` of them; the next page is the same query with the cases shown so
        far as `shown` (left out), until a page comes back short.

        A plain order by where the words were found, not a relevance score: scoring every
        match of a common name cost more than the rest of the page together. Leaving out what
        was shown, rather than counting an offset, keeps the pages apart when the order moved
        between them (a case changed, or a wider window found a better match): no case is
        listed twice, none is skipped."""
        _validate(query)
        index = self._s.search_index
        match = None if match_expression(query.text) is None else query.text
        if match is not None and not shown:
            # The fact that a search was made is logged, never the words searched for (once,
            # not again for each page scrolled to).
            self._s.audit.append(AuditEvent.SEARCH, user_id=self._s.user.id)
        window = max(1, query.limit + len(shown)) * WINDOW_PER_CASE
        rows, whole = self._rows(query, match, window, shown)
        while len(rows) < query.limit and (
            not whole or (match is not None and index.more_than(match, window))
        ):
            # The newest matches fell outside the filters (or in few cases): look further.
            window *= WINDOW_GROWTH
            rows, whole = self._rows(query, match, window, shown)
        stands = {
            int(r[0]): CaseStand.kept(int(r[0]), r[7], r[8], r[9], r[10])
            for r in rows
            if r[7] is not None
        }
        missing = [int(r[0]) for r in rows if r[7] is None]
        if missing:
            # Not kept (its rows could not be derived when written; `verify` reports it):
            # derived here, as before the state was kept.
            stands.update(
                (case_id, CaseStand.of(p))
                for case_id, p in self._steps.progress_many(missing).items()
            )
        snippets = self._snippets(match, [int(r[5]) for r in rows if r[5] is not None])
        sealer = self._s.sealer
        hits = []
        for r in rows:
            case_id = int(r[0])
            opened_at, updated_at = parse_moment(r[3]), parse_moment(r[4])
            assert opened_at is not None and updated_at is not None
            hits.append(
                SearchHit(
                    case_id,
                    opened(sealer, "cases", "title", case_id, r[1]),
                    _STATUSES[r[2]],
                    opened_at,
                    updated_at,
                    _sources(r[6]),
                    snippets.get(r[5], "") if r[5] is not None else "",
                    stands[case_id],
                )
            )
        return hits

    def _rows(
        self, query: CaseQuery, match: str | None, window: int, shown: Collection[int] = ()
    ) -> tuple[list[Any], bool]:
        """The cases of one page: ranked and limited in SQL, filters included; and whether
        the form filter held every case of its form (see `SearchIndex.form_window`).

        With words, the `window` newest matching rows are taken first, then grouped per case
        and ordered (grouping every match of a common word grew with the vault)."""
        params: list[object] = []
        found = None if match is None else self._s.search_index.hits(match, window)
        if match is not None and found is None:
            # Words the index cannot search for (the server's: each shorter than its shortest
            # prefix) match nothing, rather than every case.
            return [], True
        # Kept on write (schema 8): a step or phase filter is an index lookup, not a derivation.
        by_stand = query.step is not None or query.phase is not None
        if found is not None:
            ctes, params = found
            stand = " JOIN case_state st ON st.case_id = c.id" if by_stand else ""
            sql = (
                f"WITH {ctes}"
                f" SELECT c.id, c.title, c.status, c.opened_at, c.updated_at, h.best, h.sources,"
                f" {_STAND} FROM cases c JOIN hits h ON h.case_id = c.id{stand}"
            )
            order = "h.rank, c.updated_at DESC, c.id DESC"
        elif by_stand:
            # The stands of a step or phase newest first, from their index (schema 15, the
            # server's step 6, keep each case's last change beside its stand): a page does not
            # walk the latest changed cases of every other step first.
            sql = (
                f"SELECT c.id, c.title, c.status, c.opened_at, c.updated_at, NULL, NULL, {_STAND}"
                f" FROM case_state st {self._s.db.dialect.join_in_order()} cases c"
                " ON c.id = st.case_id"
            )
            order = "st.updated_at DESC, st.case_id DESC"
        else:
            sql = (
                f"SELECT c.id, c.title, c.status, c.opened_at, c.updated_at, NULL, NULL, {_STAND}"
                " FROM cases c"
            )
            order = "c.updated_at DESC, c.id DESC"
        clauses, more, whole = self._conditions(query, window)
        if shown:
            dialect = self._s.db.dialect
            clauses.append(f"c.id NOT IN (SELECT id FROM {dialect.id_table()} s)")
            more.append(dialect.id_param(shown))
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._s.db.execute(
            f"{sql}{where} ORDER BY {order} LIMIT {int(query.limit)}", [*params, *more]
        )
        return rows, whole

    def _conditions(self, query: CaseQuery, window: int) -> tuple[list[str], list[object], bool]:
        """The filters as SQL over `cases c` (and `case_state st` when step or phase is asked),
        and whether the form's condition holds every case of its form."""
        whole = True
        clauses: list[str] = []
        params: list[object] = []
        if query.status is not None:
            clauses.append("c.status = ?")
            params.append(query.status.value)
        if query.step is not None:
            clauses.append("st.current_step = ?")
            params.append(query.step.value)
        if query.phase is not None:
            clauses.append("st.phase = ?")
            params.append(query.phase.value)
        if query.form is not None:
            condition, more, whole = self._s.search_index.form_window(query.form.value, window)
            clauses.append(condition)
            params += more
        if query.active_from is not None:
            clauses.append("(c.closed_at IS NULL OR c.closed_at >= ?)")
            params.append(_start_of(query.active_from))
        if query.active_to is not None:
            clauses.append("c.opened_at < ?")
            params.append(_start_of(query.active_to + timedelta(days=1)))
        # The practice's rule of who sees which case.
        seen, seen_params = self._s.access.visible_cases("c")
        clauses.append(seen)
        params += seen_params
        return clauses, params, whole

    def _snippets(self, match: str | None, keys: list[int]) -> dict[int, str]:
        """A snippet per shown row, made here from the source's text (read by its key).

        Asking the index for its snippets would expand each prefix word over the whole index
        again, per row; the words are known, so finding them in the text is enough."""
        if match is None or not keys:
            return {}
        prefixes = [_folded(word) for word in _WORD.findall(match)]
        texts = self._s.search_index.texts(keys)
        return {key: snippet_of(text, prefixes) for key, text in texts.items()}


def _folded(text: str) -> str:
    """Lower case without accents, as the index compares (remove_diacritics)."""
    if text.isascii():  # nothing to decompose: the common case, many times per page
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _first_word_start(text: str, prefixes: list[str]) -> int | None:
    """Where the first word (a run of word characters, as `\\w`) starting with one of the
    prefixes begins in `text`. Plain string search: a compiled pattern would keep the words
    searched for in the regular expression cache after the search."""
    first = None
    for prefix in prefixes:
        at = text.find(prefix)
        while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
            at = text.find(prefix, at + 1)
        if at != -1 and (first is None or at < first):
            first = at
    return first


def snippet_of(text: str, prefixes: list[str], words: int = SNIPPET_WORDS) -> str:
    """About `words` words of `text` around the first word that starts with a prefix."""
    tokens = text.split()
    folded = _folded(text).split()
    if len(folded) != len(tokens):  # folding split a token: fold them one by one
        folded = [_folded(token) for token in tokens]
    # One search over the folded tokens joined by single spaces: the token holding the first
    # such word is the number of spaces before it.
    joined = " ".join(folded)
    found = _first_word_start(joined, prefixes)
    first = 0 if found is None else joined.count(" ", 0, found)
    start = max(0, min(first - words // 3, len(tokens) - words))
    shown = " ".join(tokens[start : start + words])
    before = "…" if start > 0 else ""
    after = "…" if start + words < len(tokens) else ""
    return f"{before}{shown}{after}"
