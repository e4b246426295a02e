"""The stores the local vault and the practice server share, composed in one place.

Both facades (`app.vault.vault.Vault`, `app.server.practice.PracticeServer`) are the session
their stores see, and both hold these stores, the practice's registrations and jaaroverzicht
among them.
"""

from __future__ import annotations

from app.store.access_log import AccessLogStore
from app.store.annual import AnnualOverview
from app.store.assessments import AssessmentStore
from app.store.base import Session
from app.store.cases import CaseStore
from app.store.contacts import ContactStore
from app.store.drafts import DraftStore
from app.store.entries import EntryStore
from app.store.follow_ups import FollowUpStore
from app.store.personal_texts import PersonalTextScan
from app.store.persons import PersonStore
from app.store.progress import StepProgress
from app.store.registrations import RegistrationList
from app.store.reports import ReportStore
from app.store.search import CaseSearch
from app.store.sharing import CaseSharing, PracticeSettings
from app.store.signals import SignalStore
from app.store.today import TodayStore


class SharedStores:
    entries: EntryStore
    cases: CaseStore
    persons: PersonStore
    signals: SignalStore
    contacts: ContactStore
    drafts: DraftStore
    access_log: AccessLogStore
    settings: PracticeSettings
    sharing: CaseSharing
    follow_ups: FollowUpStore
    assessments: AssessmentStore
    reports: ReportStore
    steps: StepProgress
    today: TodayStore
    search: CaseSearch
    annual: AnnualOverview
    registrations: RegistrationList
    personal_texts: PersonalTextScan

    def compose_shared_stores(self, session: Session) -> None:
        """Set the shared stores on this facade, each working through `session` (the facade)."""
        self.entries = EntryStore(session)
        self.cases = CaseStore(session, self.entries)
        self.persons = PersonStore(session)
        self.signals = SignalStore(session)
        self.contacts = ContactStore(session)
        self.drafts = DraftStore(session)
        self.access_log = AccessLogStore(session)
        self.settings = PracticeSettings(session)
        self.sharing = CaseSharing(session)
        self.follow_ups = FollowUpStore(session, self.entries)
        self.assessments = AssessmentStore(session, self.entries)
        self.reports = ReportStore(session, self.entries, self.follow_ups)
        self.steps = StepProgress(session, self.entries, self.signals)
        self.steps.weighing_source = self.assessments
        # Where each case stands is kept with every write (the vault's schema 8, the server's
        # step 3); a migration or a change made by an older program leaves cases noted as
        # stale, brought in step here.
        db = session.db
        db.before_commit(self.steps.refresh_stale)
        if db.scalar("SELECT EXISTS (SELECT 1 FROM case_state_stale)"):
            with db.transaction():
                pass
        self.today = TodayStore(session, self.steps)
        self.search = CaseSearch(session, self.steps)
        self.annual = AnnualOverview(session)
        self.registrations = RegistrationList(session)
        self.personal_texts = PersonalTextScan(session)
