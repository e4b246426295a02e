"""Connecting to the practice server: TLS with the server's certificate checked, and a Dutch
message when the server cannot be reached.

A connection to another computer must use `sslmode=verify-full`: the traffic is encrypted and
the server proves its name with a certificate the practice trusts, so a machine pretending to be
the server on the network gets nothing (it would see the sealed fields anyway, but also the
program's password and which ids are read). An address without `sslmode` gets verify-full; a
weaker mode for another computer is refused. Only the computer itself (localhost, 127.0.0.1, ::1,
a Unix socket) may go without TLS, as on a single machine that hosts its own server.

Errors never carry the address or the user name: psycopg's own message may hold both, so it
is kept as the cause for the crash path's type-and-place report and never shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict

from app.domain.validation import FieldErrors, msg
from app.errors import ServerUnreachable, ValidationError
from app.i18n import QT_TRANSLATE_NOOP

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
CONNECT_TIMEOUT_SECONDS = 10
URL_FIELD = "practice_server"


def _is_local(host: str) -> bool:
    # An empty host means libpq's default: the Unix socket (or localhost on Windows).
    return host == "" or host.startswith("/") or host.lower() in LOCAL_HOSTS


def connection_settings(url: str) -> dict[str, Any]:
    """The connection parameters for `url`, with the TLS rule applied; a ValidationError at
    the field `practice_server` for an address that is not one or that would go unchecked."""
    try:
        params: dict[str, Any] = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        not_an_address = QT_TRANSLATE_NOOP(
            "validation",
            "Dit is geen adres van een PostgreSQL-server. Een adres ziet eruit als "
            "postgresql://gebruiker@server.praktijk.nl/meldcode.",
        )
        raise ValidationError({URL_FIELD: msg(not_an_address)}) from None
    errors = FieldErrors()
    hosts = [h.strip() for h in str(params.get("host", "")).split(",")]
    addresses = [a.strip() for a in str(params.get("hostaddr", "")).split(",") if a.strip()]
    local = all(_is_local(h) for h in hosts) and all(_is_local(a) for a in addresses)
    mode = params.get("sslmode")
    if not local:
        if mode is None:
            params["sslmode"] = "verify-full"
        elif mode != "verify-full":
            errors.add(
                URL_FIELD,
                msg(
                    QT_TRANSLATE_NOOP(
                        "validation",
                        "De verbinding met een praktijkserver op een andere computer moet "
                        "versleuteld zijn en het certificaat van de server controleren: gebruik "
                        "sslmode=verify-full.",
                    )
                ),
            )
    errors.raise_if_any()
    params.setdefault("connect_timeout", str(CONNECT_TIMEOUT_SECONDS))
    params.setdefault("application_name", "meldcode-werkplek")
    return params


def connect(url: str) -> psycopg.Connection[Any]:
    """A connection in autocommit mode (transactions are opened explicitly)."""
    params = connection_settings(url)
    try:
        return psycopg.connect(autocommit=True, **params)
    except psycopg.OperationalError as exc:
        raise ServerUnreachable() from exc


@contextmanager
def reachable() -> Iterator[None]:
    """Work on the server; a lost connection (network gone, server restarted) becomes
    `ServerUnreachable`. The transaction in progress is rolled back by the server, so nothing
    is half saved."""
    try:
        yield
    except psycopg.OperationalError as exc:
        raise ServerUnreachable() from exc
