"""The stores the local vault and the practice server share, composed in one place.

Both facades (`app.vault.vault.Vault`, `app.server.practice.PracticeServer`) are the session
their stores see, and both hold these stores; what only the vault has yet (the steps, Vandaag,
the search window, the practice's reports) the vault adds after them.
"""

from __future__ import annotations

from app.store.access_log import AccessLogStore
from app.store.base import Session
from app.store.cases import CaseStore
from app.store.contacts import ContactStore
from app.store.drafts import DraftStore
from app.store.entries import EntryStore
from app.store.persons import PersonStore
from app.store.sharing import CaseSharing, PracticeSettings
from app.store.signals import SignalStore


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
