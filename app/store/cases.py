"""Cases (casussen): a pseudonymous title, a status, when opened and closed and why, links."""

from __future__ import annotations

from typing import Any

from app.domain.entries import KindCheck
from app.domain.enums import CaseStatus, CloseReason, LinkRelation
from app.domain.models import Case, CaseDraft, CaseLink, CaseSummary
from app.domain.validation import FieldErrors, msg, optional_text, required_text, validate_case
from app.errors import EntryWithdrawn, NotAllowed, RecordNotFound
from app.i18n import QT_TRANSLATE_NOOP, Message
from app.store.backend import Sealer, opened
from app.store.base import Session, changed_in_place, parse_moment, touch_case
from app.store.entries import EntryStore
from app.timeutil import now_iso
from app.vault.audit import AuditEvent

_COLUMNS = (
    "id, title, status, opened_at, opened_by, updated_at, closed_at, closed_by, close_reason,"
    " close_code, row_version"
)
# A change in place raises the row's version, and only applies to the version it was based on
# (none given: whatever the row holds, as before versions).
_CHECKED = " WHERE id = ? AND row_version = coalesce(?, row_version) RETURNING row_version"


def _case(row: Any, sealer: Sealer) -> Case:
    opened_at, updated = parse_moment(row[3]), parse_moment(row[5])
    assert opened_at is not None and updated is not None
    case_id = int(row[0])
    return Case(
        id=case_id,
        title=opened(sealer, "cases", "title", case_id, row[1]),
        status=CaseStatus(row[2]),
        opened_at=opened_at,
        opened_by=int(row[4]),
        updated_at=updated,
        closed_at=parse_moment(row[6]),
        closed_by=row[7],
        close_reason=sealer.open("cases", "close_reason", case_id, row[8]),
        close_code=None if row[9] is None else CloseReason(row[9]),
        row_version=int(row[10]),
    )


class CaseStore:
    def __init__(self, session: Session, entries: EntryStore) -> None:
        self._s = session
        self._entries = entries

    def create(self, draft: CaseDraft) -> Case:
        self._s.access.require_case_work()
        clean = validate_case(draft)
        with self._s.db.transaction():
            case_id = self._insert(clean, now_iso())
        return self.get(case_id)

    def _insert(self, clean: CaseDraft, at: str) -> int:
        seal = self._s.sealer.seal
        new_id = self._s.db.next_id("cases")
        case_id = self._s.db.insert(
            "INSERT INTO cases (id, title, close_reason, status, opened_at, opened_by,"
            " updated_at) VALUES (?, ?, ?, 'open', ?, ?, ?)",
            (
                new_id,
                seal("cases", "title", new_id, clean.title),
                seal("cases", "close_reason", new_id, None),
                at,
                self._s.user.id,
                at,
            ),
        )
        self._s.search_index.keep("case", case_id, case_id, clean.title, "title")
        self._s.audit.append(
            AuditEvent.CREATE,
            user_id=self._s.user.id,
            case_id=case_id,
            object_type="case",
            object_id=case_id,
        )
        return case_id

    def create_for_children(self, kindcheck_entry_id: int, draft: CaseDraft) -> Case:
        """A new case for the children a kindcheck found, linked to the client's case both ways.

        Offered when the kindcheck finds children (or an unborn child) whose safety is at stake;
        allowed for any kindcheck that names a child or a pregnancy, once per kindcheck.
        """
        self._s.access.require_case_of("case_entries", kindcheck_entry_id)
        clean = validate_case(draft)
        at = now_iso()
        user = self._s.user.id
        with self._s.db.transaction():
            check = self._entries.get_as(kindcheck_entry_id, KindCheck)
            if check.withdrawn:
                raise EntryWithdrawn()
            source_case = check.case_id
            if check.value.children_count == 0 and not check.value.pregnancy:
                raise NotAllowed(
                    Message(
                        "errors",
                        QT_TRANSLATE_NOOP("errors", "Deze kindcheck noemt geen kinderen."),
                    )
                )
            if self._s.db.scalar(
                "SELECT 1 FROM case_links WHERE source_entry_id = ?", (kindcheck_entry_id,)
            ):
                raise NotAllowed(
                    Message(
                        "errors",
                        QT_TRANSLATE_NOOP(
                            "errors", "Na deze kindcheck is al een casus voor de kinderen geopend."
                        ),
                    )
                )
            new_case = self._insert(clean, at)
            for case_id, linked, relation in (
                (source_case, new_case, LinkRelation.CHILDREN_CASE),
                (new_case, source_case, LinkRelation.FROM_KINDCHECK),
            ):
                link_id = self._s.db.insert(
                    "INSERT INTO case_links (case_id, linked_case_id, relation, source_entry_id,"
                    " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)",
                    (case_id, linked, relation.value, kindcheck_entry_id, at, user),
                )
                touch_case(self._s, case_id, at)
                self._s.audit.append(
                    AuditEvent.LINK,
                    user_id=user,
                    case_id=case_id,
                    object_type="case_link",
                    object_id=link_id,
                    detail=f"linked_case={linked};relation={relation.value}",
                )
        return self.get(new_case)

    def links(self, case_id: int) -> list[CaseLink]:
        self._s.access.require_case(case_id)
        rows = self._s.db.execute(
            "SELECT l.case_id, l.linked_case_id, c.title, l.relation, l.source_entry_id,"
            " l.created_at, l.created_by FROM case_links l JOIN cases c ON c.id = l.linked_case_id"
            " WHERE l.case_id = ? ORDER BY l.id",
            (case_id,),
        )
        links = []
        for r in rows:
            created = parse_moment(r[5])
            assert created is not None
            title = opened(self._s.sealer, "cases", "title", int(r[1]), r[2])
            links.append(
                CaseLink(int(r[0]), int(r[1]), title, LinkRelation(r[3]), r[4], created, r[6])
            )
        return links

    def get(self, case_id: int) -> Case:
        self._s.access.require_case(case_id)
        row = self._s.db.one(f"SELECT {_COLUMNS} FROM cases WHERE id = ?", (case_id,))
        if row is None:
            raise RecordNotFound()
        return _case(row, self._s.sealer)

    def open(self, case_id: int) -> Case:
        """The case, with its opening written in the audit log (who looked at which case)."""
        self._s.access.require_case(case_id)
        case = self.get(case_id)
        self._s.audit.append(
            AuditEvent.OPEN,
            user_id=self._s.user.id,
            case_id=case_id,
            object_type="case",
            object_id=case_id,
        )
        return case

    def rename(self, case_id: int, draft: CaseDraft, seen_version: int | None = None) -> Case:
        """A new title; `seen_version` is the case's `row_version` the change was based on."""
        self._s.access.require_case(case_id)
        clean = validate_case(draft)
        at = now_iso()
        with self._s.db.transaction():
            self.get(case_id)
            returned = self._s.db.execute(
                "UPDATE cases SET title = ?, updated_at = ?, row_version = row_version + 1"
                + _CHECKED,
                (
                    self._s.sealer.seal("cases", "title", case_id, clean.title),
                    at,
                    case_id,
                    seen_version,
                ),
            )
            changed_in_place(self._s, "cases", case_id, returned)
            self._s.search_index.keep("case", case_id, case_id, clean.title, "title")
            self._s.audit.append(
                AuditEvent.UPDATE,
                user_id=self._s.user.id,
                case_id=case_id,
                object_type="case",
                object_id=case_id,
                detail="title",
            )
        return self.get(case_id)

    def close(
        self,
        case_id: int,
        reason: str = "",
        code: CloseReason | str | None = None,
        seen_version: int | None = None,
    ) -> Case:
        """Close with a reason from the list (`code`) and/or free text (`reason`).

        Without a code (the older call) the text is the reason and the code is OTHER; with
        OTHER the text is required, with any other code it adds detail.
        """
        self._s.access.require_case(case_id)
        errors = FieldErrors()
        chosen = CloseReason.OTHER if code is None else CloseReason.parse(str(code))
        if chosen is None:
            errors.add(
                "close_code",
                msg(QT_TRANSLATE_NOOP("validation", "Kies waarom de casus wordt gesloten.")),
            )
        if chosen is CloseReason.OTHER:
            cleaned = required_text(
                errors,
                "close_reason",
                reason,
                QT_TRANSLATE_NOOP("validation", "Geef aan waarom de casus wordt gesloten."),
                2000,
            )
        else:
            cleaned = optional_text(errors, "close_reason", reason, 2000)
        errors.raise_if_any()
        assert chosen is not None
        at = now_iso()
        with self._s.db.transaction():
            case = self.get(case_id)
            if case.status is CaseStatus.CLOSED:
                return case
            returned = self._s.db.execute(
                "UPDATE cases SET status = 'closed', closed_at = ?, closed_by = ?,"
                " close_reason = ?, close_code = ?, updated_at = ?,"
                " row_version = row_version + 1" + _CHECKED,
                (
                    at,
                    self._s.user.id,
                    self._s.sealer.seal("cases", "close_reason", case_id, cleaned),
                    chosen.value,
                    at,
                    case_id,
                    seen_version,
                ),
            )
            changed_in_place(self._s, "cases", case_id, returned)
            self._s.audit.append(
                AuditEvent.CLOSE,
                user_id=self._s.user.id,
                case_id=case_id,
                object_type="case",
                object_id=case_id,
                detail=f"reason={chosen.value}",
            )
        return self.get(case_id)

    def reopen(self, case_id: int, seen_version: int | None = None) -> Case:
        self._s.access.require_case(case_id)
        at = now_iso()
        with self._s.db.transaction():
            self.get(case_id)
            returned = self._s.db.execute(
                "UPDATE cases SET status = 'open', closed_at = NULL, closed_by = NULL,"
                " close_reason = ?, close_code = NULL, updated_at = ?,"
                " row_version = row_version + 1" + _CHECKED,
                (
                    self._s.sealer.seal("cases", "close_reason", case_id, None),
                    at,
                    case_id,
                    seen_version,
                ),
            )
            changed_in_place(self._s, "cases", case_id, returned)
            self._s.audit.append(
                AuditEvent.REOPEN,
                user_id=self._s.user.id,
                case_id=case_id,
                object_type="case",
                object_id=case_id,
            )
        return self.get(case_id)

    def matching_ids(self, words: str) -> set[int] | None:
        """The visible cases whose title, one person's name or one signal's newest text holds
        every word of `words` as a word beginning (accents and case aside); None without a word
        to search for. Through the seam's search index (`app.store.backend.SearchIndex`); on
        the server a hit may come from a cut prefix, so show why only after opening the text."""
        found = self._s.search_index.matching_case_ids(words)
        if found is None or not found:
            return found
        seen, seen_params = self._s.access.visible_cases("c")
        rows = self._s.db.execute(
            f"SELECT c.id FROM cases c JOIN {self._s.db.dialect.id_table()} f ON f.id = c.id"
            f" WHERE {seen}",
            [self._s.db.dialect.id_param(found), *seen_params],
        )
        return {int(r[0]) for r in rows}

    def summaries(self, status: CaseStatus | None = None) -> list[CaseSummary]:
        """Every visible case, newest activity first (the window's list reads pages of
        `app.store.search`; this whole list serves the command line and checks)."""
        clauses: list[str] = []
        params: list[object] = []
        if status is not None:
            clauses.append("c.status = ?")
            params.append(status.value)
        seen, seen_params = self._s.access.visible_cases("c")
        clauses.append(seen)
        params += seen_params
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._s.db.execute(
            "SELECT c.id, c.title, c.status, c.opened_at, c.updated_at,"
            " (SELECT count(*) FROM signals s WHERE s.case_id = c.id),"
            " (SELECT count(*) FROM persons p WHERE p.case_id = c.id)"
            f" FROM cases c {where} ORDER BY c.updated_at DESC, c.id DESC",
            params,
        )
        summaries = []
        for r in rows:
            opened_at, updated = parse_moment(r[3]), parse_moment(r[4])
            assert opened_at is not None and updated is not None
            summaries.append(
                CaseSummary(
                    int(r[0]),
                    opened(self._s.sealer, "cases", "title", int(r[0]), r[1]),
                    CaseStatus(r[2]),
                    opened_at,
                    updated,
                    r[5],
                    r[6],
                )
            )
        return summaries
