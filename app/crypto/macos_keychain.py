"""The macOS Keychain through the Security framework, for `app.crypto.os_keyring`.

Generic passwords by service and account, where keyring's macOS backend keeps them too.
"""

from __future__ import annotations

import contextlib
import ctypes
from collections.abc import Iterator
from typing import Any

from app.crypto.os_keyring import KeychainError


class KeychainKeyring:
    """The macOS Keychain: a generic password per (service, account), as keyring keeps it.

    Called through the Security framework with ctypes; every Core Foundation object made here
    is released again. Interaction the Keychain asks for (a locked keychain) is its own prompt.
    """

    NOT_FOUND = -25300  # errSecItemNotFound

    def __init__(self) -> None:
        self._mac = _Frameworks()

    @property
    def priority(self) -> float:
        return 5

    def get_password(self, service: str, username: str) -> str | None:
        mac = self._mac
        found = ctypes.c_void_p()
        with mac.query(service, username, return_data=True) as query:
            status = mac.SecItemCopyMatching(query, ctypes.byref(found))
        if status == self.NOT_FOUND:
            return None
        if status != 0 or not found.value:
            raise KeychainError(f"the Keychain could not be read ({status})")
        try:
            length = mac.CFDataGetLength(found)
            raw = ctypes.string_at(mac.CFDataGetBytePtr(found), length)
        finally:
            mac.CFRelease(found)
        return raw.decode("utf-8")

    def set_password(self, service: str, username: str, password: str) -> None:
        mac = self._mac
        with contextlib.suppress(KeychainError):
            self.delete_password(service, username)
        with mac.query(service, username, value=password.encode("utf-8")) as item:
            status = mac.SecItemAdd(item, None)
        if status != 0:
            raise KeychainError(f"the Keychain refused the secret ({status})")

    def delete_password(self, service: str, username: str) -> None:
        mac = self._mac
        with mac.query(service, username) as query:
            status = mac.SecItemDelete(query)
        if status != 0:
            raise KeychainError(f"the Keychain kept the item ({status})")


class _Frameworks:
    """The few Core Foundation and Security calls the Keychain needs."""

    UTF8 = 0x08000100  # kCFStringEncodingUTF8

    def __init__(self) -> None:
        frameworks = "/System/Library/Frameworks"
        cf = ctypes.CDLL(f"{frameworks}/CoreFoundation.framework/CoreFoundation")
        sec = ctypes.CDLL(f"{frameworks}/Security.framework/Security")
        ref, index, status = ctypes.c_void_p, ctypes.c_ssize_t, ctypes.c_int32

        def bind(library: ctypes.CDLL, name: str, result: Any, *arguments: Any) -> Any:
            function = getattr(library, name)
            function.restype = result
            function.argtypes = arguments
            return function

        self.CFRelease = bind(cf, "CFRelease", None, ref)
        self.CFStringCreateWithCString = bind(
            cf, "CFStringCreateWithCString", ref, ref, ctypes.c_char_p, ctypes.c_uint32
        )
        self.CFDataCreate = bind(cf, "CFDataCreate", ref, ref, ctypes.c_char_p, index)
        self.CFDataGetLength = bind(cf, "CFDataGetLength", index, ref)
        self.CFDataGetBytePtr = bind(cf, "CFDataGetBytePtr", ref, ref)
        self.CFDictionaryCreate = bind(
            cf, "CFDictionaryCreate", ref, ref, ref, ref, index, ref, ref
        )
        self.SecItemCopyMatching = bind(sec, "SecItemCopyMatching", status, ref, ref)
        self.SecItemAdd = bind(sec, "SecItemAdd", status, ref, ref)
        self.SecItemDelete = bind(sec, "SecItemDelete", status, ref)
        # Constants are exported as variables holding the object (or, for the callbacks, as the
        # structures themselves, whose address is wanted).
        self._key_callbacks = ctypes.addressof(ref.in_dll(cf, "kCFTypeDictionaryKeyCallBacks"))
        self._value_callbacks = ctypes.addressof(ref.in_dll(cf, "kCFTypeDictionaryValueCallBacks"))
        self._true = ref.in_dll(cf, "kCFBooleanTrue").value
        self._sec = sec

    def constant(self, name: str) -> int | None:
        value: int | None = ctypes.c_void_p.in_dll(self._sec, name).value
        return value

    @contextlib.contextmanager
    def query(
        self, service: str, account: str, *, return_data: bool = False, value: bytes | None = None
    ) -> Iterator[int]:
        made: list[int] = []

        def string(text: str) -> int:
            encoded = text.encode("utf-8")
            made.append(self.CFStringCreateWithCString(None, encoded, self.UTF8))
            return made[-1]

        entries = [
            ("kSecClass", self.constant("kSecClassGenericPassword")),
            ("kSecAttrService", string(service)),
            ("kSecAttrAccount", string(account)),
        ]
        if return_data:
            entries += [
                ("kSecReturnData", self._true),
                ("kSecMatchLimit", self.constant("kSecMatchLimitOne")),
            ]
        if value is not None:
            made.append(self.CFDataCreate(None, value, len(value)))
            entries.append(("kSecValueData", made[-1]))
        try:
            if not all(v for _, v in entries):
                raise KeychainError("Core Foundation could not make the query")
            count = len(entries)
            keys = (ctypes.c_void_p * count)(*(self.constant(k) for k, _ in entries))
            values = (ctypes.c_void_p * count)(*(v for _, v in entries))
            dictionary = self.CFDictionaryCreate(
                None, keys, values, count, self._key_callbacks, self._value_callbacks
            )
            if not dictionary:
                raise KeychainError("Core Foundation could not make the query")
            made.append(dictionary)
            yield dictionary
        finally:
            for made_object in made:
                if made_object:
                    self.CFRelease(made_object)
