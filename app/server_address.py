"""The practice server's address as the policy gives it, read without the database driver: the
unlock window names the server before anything connects (and before psycopg is imported)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class ServerPlace:
    host: str
    port: int | None
    database: str


def server_place(url: str) -> ServerPlace | None:
    """Host, port and database of a `postgresql://` address; None for anything else."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in SCHEMES or not parts.hostname:
        return None
    return ServerPlace(parts.hostname, port, unquote(parts.path.lstrip("/")))
