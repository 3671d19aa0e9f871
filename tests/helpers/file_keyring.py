"""A real `keyring` backend that keeps passwords in a JSON file, so tests never touch the user's keychain.

In this process: `with using_keyring(FileKeyring()):`. In a child process: set
PYTHON_KEYRING_BACKEND=tests.helpers.file_keyring.FileKeyring and HEARTH_TEST_KEYRING_FILE to the
file (and the checkout on PYTHONPATH); keyring loads it by that name.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "HEARTH_TEST_KEYRING_FILE"
BACKEND_NAME = "tests.helpers.file_keyring.FileKeyring"


class FileKeyring(KeyringBackend):
    priority = 1  # keyring declares it a class property; a number is what it reads

    @property
    def path(self) -> Path:
        name = os.environ.get(FILE_ENV)
        if not name:
            raise RuntimeError(f"{FILE_ENV} names no file for the test keyring")
        return Path(name)

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return raw if isinstance(raw, dict) else {}

    def _write(self, data: dict[str, dict[str, str]]) -> None:
        self.path.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data.setdefault(service, {})[username] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if username not in data.get(service, {}):
            raise PasswordDeleteError(f"no password for {username!r} in {service!r}")
        del data[service][username]
        self._write(data)


@contextmanager
def using_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """`backend` is this process's keyring inside the block; the one before it is put back after."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
