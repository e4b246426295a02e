"""The audit log on the practice server: the vault's chain code (`app.vault.audit.AuditLog`),
with the head taken and kept by the database.

A writer locks the head with `meldcode.audit_lock_head()` inside the transaction of the change
it logs, so the row it computes follows the link it will really continue; the insert trigger
checks that and moves the head itself (the program role cannot write `audit_head`). The detail
is sealed like case data. Content MACs (`app.vault.content`) are computed over the rows as the
server stores them: a sealed value as its ciphertext.
"""

from __future__ import annotations

from app.errors import SealedFieldMismatch
from app.vault.audit import AuditLog, Head, _head

# The chain's key on the server is derived from the practice's data key for this use alone.
AUDIT_PURPOSE = "server/audit/v1"


class ServerAuditLog(AuditLog):
    def _locked_head(self) -> Head:
        return Head(*_head(self._db.one("SELECT seq, mac FROM audit_lock_head()")))

    def _keep_head(self, seq: int, mac: bytes) -> None:
        # The insert trigger moved it, in this same transaction.
        return None

    def _detail(self, seq: int, stored: object) -> str | None:
        try:
            return super()._detail(seq, stored)
        except SealedFieldMismatch:
            # Changed or moved behind the program: a text never written, so `verify` reports
            # the row as edited instead of stopping.
            return "\x00sealed detail does not open"
