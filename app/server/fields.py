"""Sealing case data on the client before it goes to the practice server, and searching it there.

**Sealed fields.** Every value that could identify or describe someone is encrypted here with
AES-256-GCM under a key derived (HKDF) from the practice's data key, with a fresh random 96-bit
nonce per write. The associated data names the format version, the table, the column and the
row id, so a sealed value copied onto another row, column or table, or altered by one bit, does
not open: `SealedFieldMismatch`, never a wrong value shown. The sealed layout is

    version (1 byte) || nonce (12 bytes) || AES-GCM(kind || value || padding) with its 16-byte tag

`kind` tells "no value" from text and bytes, so an empty optional field (a person without BSN)
looks the same on the server as a filled one. The value is padded to a multiple of `PAD_BYTES`,
so the server learns a value's length only to within that step (a name of 5 and of 20 letters
look alike; a 2,000-word signal still looks longer than a 3-word one).

**Blind index.** Search runs on the server without it reading text: the client turns each word
of a title, a name or a signal into keyed tokens (HMAC-SHA256 under a second key derived from
the data key, cut to `TOKEN_BYTES`), one per prefix of the word from `MIN_PREFIX` up to
`MAX_PREFIX` characters, so the query word "jan" finds "Jansen". Before that, for matching only,
the text is folded: NFKD, case folded, combining marks removed ("Çelik" and "celik" give the same
tokens), and a few letters whose mark is part of the letter are written plain ("Yılmaz" and
"Łukasz" are found by "yilmaz" and "lukasz"). What is stored and shown is never folded: that is
the sealed field.

What the server learns, and what it does not:
- It never sees a word, a letter or a key; a token cannot be turned back into its word without
  the practice's data key.
- It does see *equality*: rows holding the same word (or the same word beginning) carry the
  same token, across all cases of the practice, so it can tell that two cases share a name, and
  it sees how often each token occurs (frequency). With outside knowledge of a language's word
  frequencies an attacker holding the database could guess the most common short prefixes
  ("de", "he"). That leak is largest for the shortest prefixes, which is why one-letter
  prefixes (below `MIN_PREFIX`) are not indexed and one-letter query words are not sent.
- It sees which tokens a search asks for, so repeated searches for the same name are linkable.
- Prefixes longer than `MAX_PREFIX` are cut, and different words may share a truncated token:
  the client re-checks every hit against the opened text, so a hit is never shown wrongly.
- Scripts written without spaces (Chinese, Japanese) form one word per run of characters and
  are found by the run's beginning.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.crypto.keyslots import subkey
from app.domain.text_match import words
from app.domain.validation import FieldErrors, storable
from app.errors import SealedFieldMismatch

FORMAT = 1
NONCE_BYTES = 12
TAG_BYTES = 16
PAD_BYTES = 32
TOKEN_BYTES = 16
MIN_PREFIX = 2
MAX_PREFIX = 16
FIELDS_PURPOSE = "server/fields/v1"
INDEX_PURPOSE = "server/blind-index/v1"

_KIND_NONE = 0
_KIND_TEXT = 1
_KIND_BYTES = 2
_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Place:
    """Where a sealed value belongs: its table, its column and its row."""

    table: str
    column: str
    row_id: int

    def __post_init__(self) -> None:
        # The program names places, never the user: a bad one is a defect, said loudly.
        if not _IDENTIFIER.fullmatch(self.table) or not _IDENTIFIER.fullmatch(self.column):
            raise ValueError("a place is a lower-case table and column name")
        if isinstance(self.row_id, bool) or not isinstance(self.row_id, int) or self.row_id < 1:
            raise ValueError("a row id is a positive integer")

    def associated_data(self) -> bytes:
        bound = json.dumps([self.table, self.column, self.row_id], separators=(",", ":"))
        return b"meldcode-werkplek/field" + bytes([FORMAT]) + bound.encode("ascii")


def _pad(plain: bytes) -> bytes:
    padded = plain + b"\x80"
    return padded + bytes(-len(padded) % PAD_BYTES)


def _unpad(padded: bytes) -> bytes:
    cut = padded.rstrip(b"\x00")
    if not cut.endswith(b"\x80"):
        raise SealedFieldMismatch()
    return cut[:-1]


class FieldCodec:
    """Seals and opens the values of one practice, under keys derived from its data key."""

    def __init__(self, data_key: bytes) -> None:
        self._aead = AESGCM(subkey(data_key, FIELDS_PURPOSE))

    def _seal(self, place: Place, kind: int, value: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        body = self._aead.encrypt(nonce, _pad(bytes([kind]) + value), place.associated_data())
        return bytes([FORMAT]) + nonce + body

    def _open(self, place: Place, sealed: bytes) -> tuple[int, bytes]:
        if (
            not isinstance(sealed, bytes | bytearray | memoryview)
            or len(sealed) < 1 + NONCE_BYTES + TAG_BYTES
        ):
            raise SealedFieldMismatch()
        raw = bytes(sealed)
        if raw[0] != FORMAT:
            raise SealedFieldMismatch()
        nonce, body = raw[1 : 1 + NONCE_BYTES], raw[1 + NONCE_BYTES :]
        try:
            plain = _unpad(self._aead.decrypt(nonce, body, place.associated_data()))
        except InvalidTag as exc:
            raise SealedFieldMismatch() from exc
        if not plain or plain[0] not in (_KIND_NONE, _KIND_TEXT, _KIND_BYTES):
            raise SealedFieldMismatch()
        return plain[0], plain[1:]

    def seal_text(self, place: Place, value: str | None, field: str | None = None) -> bytes:
        """The sealed form of a text (None: no value); a text that cannot be kept exactly (a
        lone surrogate) is refused with a ValidationError at `field` (default: the column)."""
        if value is None:
            return self._seal(place, _KIND_NONE, b"")
        errors = FieldErrors()
        storable(errors, field or place.column, value)
        errors.raise_if_any()
        return self._seal(place, _KIND_TEXT, value.encode("utf-8"))

    def open_text(self, place: Place, sealed: bytes) -> str | None:
        kind, value = self._open(place, sealed)
        if kind == _KIND_NONE:
            return None
        if kind != _KIND_TEXT:
            raise SealedFieldMismatch()
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SealedFieldMismatch() from exc

    def seal_bytes(self, place: Place, value: bytes) -> bytes:
        return self._seal(place, _KIND_BYTES, bytes(value))

    def open_bytes(self, place: Place, sealed: bytes) -> bytes:
        kind, value = self._open(place, sealed)
        if kind != _KIND_BYTES:
            raise SealedFieldMismatch()
        return value


class BlindIndex:
    """Keyed search tokens of one practice (see the module's note on what the server learns)."""

    def __init__(self, data_key: bytes) -> None:
        self._key = subkey(data_key, INDEX_PURPOSE)

    def _token(self, prefix: str) -> bytes:
        message = bytes([FORMAT]) + prefix.encode("utf-8")
        return hmac.new(self._key, message, hashlib.sha256).digest()[:TOKEN_BYTES]

    @staticmethod
    def _checked(text: str, field: str) -> None:
        errors = FieldErrors()
        storable(errors, field, text)
        errors.raise_if_any()

    def tokens(self, text: str, field: str = "text") -> frozenset[bytes]:
        """Every token a row holding `text` is found by: each word's prefixes, once each."""
        self._checked(text, field)
        found: set[bytes] = set()
        for word in words(text):
            for length in range(MIN_PREFIX, min(len(word), MAX_PREFIX) + 1):
                found.add(self._token(word[:length]))
        return frozenset(found)

    def query(self, text: str, field: str = "text") -> list[bytes]:
        """One token per searched word (in order, no repeats); words shorter than MIN_PREFIX
        are not sent. A row matches when it holds all of them."""
        self._checked(text, field)
        wanted: list[bytes] = []
        for word in words(text):
            if len(word) < MIN_PREFIX:
                continue
            token = self._token(word[:MAX_PREFIX])
            if token not in wanted:
                wanted.append(token)
        return wanted
