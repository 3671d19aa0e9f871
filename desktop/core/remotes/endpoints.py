"""The remote endpoints a user added, kept in `remotes.json` beside the settings.

An endpoint is a name and the base URL of an OpenAI-compatible server (vLLM, llama-server,
Ollama, LM Studio, another Hearth). The file says where the endpoint's API key is (the OS
keychain, or an environment variable named here) but never holds the key itself.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from desktop.core.atomic import atomic_write_text
from desktop.core.paths import config_dir
from desktop.core.text import one_line

log = logging.getLogger(__name__)

# A name is the first part of "NAME/MODEL_ID": no slash, short, and safe to show anywhere.
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
KeySource = Literal["none", "keychain", "env"]


class EndpointError(ValueError):
    """A name, URL or file that cannot be used; the message is one line meant for a user."""


@dataclass(frozen=True)
class Endpoint:
    name: str
    url: str  # the server's root, without a trailing /v1: requests go to url + "/v1/..."
    key: KeySource = "none"
    key_env: str = ""  # the environment variable holding the key, for key == "env"
    ca_bundle: str = ""  # a CA bundle that verifies the server's certificate (else the system's)
    # The user was told, once, that messages sent to this endpoint leave the computer.
    acknowledged: bool = False

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def host_port(self) -> str:
        return urlsplit(self.url).netloc

    @property
    def is_loopback(self) -> bool:
        return is_loopback_host(self.host)

    @property
    def must_announce(self) -> bool:
        """Messages to it would leave this computer, and the user has not been told yet."""
        return not self.is_loopback and not self.acknowledged


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_name(name: str) -> str:
    if not NAME_PATTERN.fullmatch(name):  # not match: "$" also matches before a final "\n"
        raise EndpointError(
            f"{one_line(name)!r} is not a usable endpoint name: use up to 40 letters, digits, '.', '_' or '-' (no '/')"
        )
    return name


def normalise_url(url: str) -> str:
    """The server's root from what a user typed ("http://gpu:8000", ".../v1", ".../v1/")."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{one_line(url)!r} is not an http:// or https:// address")
    if parts.username or parts.password:
        raise EndpointError("put the API key in the keychain or an environment variable, not in the address")
    if parts.query or parts.fragment:
        # Not the whole address: a query may hold a key ("?api_key=...").
        shown = one_line(f"{parts.scheme}://{parts.netloc}{parts.path}")
        raise EndpointError(f"{shown!r}: an endpoint's address has no query or fragment (nothing after ? or #)")
    try:
        parts.port  # noqa: B018 - raises on a port that is not a number
    except ValueError:
        raise EndpointError(f"{one_line(url)!r} has a port that is not a number") from None
    path = parts.path.rstrip("/")
    if path.endswith("/v1"):
        path = path[: -len("/v1")]
    return f"{parts.scheme}://{parts.netloc}{path}"


def remotes_path() -> Path:
    return config_dir() / "remotes.json"


class EndpointStore:
    """The endpoints, read from and saved to `remotes.json` (atomically). Read again on each `all()`:
    the terminal and the window may both change it."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or remotes_path()

    def all(self) -> list[Endpoint]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as error:
            log.warning("ignoring unreadable %s: %s", self.path, error)
            return []
        items = raw.get("endpoints", []) if isinstance(raw, dict) else None
        if not isinstance(items, list):
            log.warning("ignoring %s: it holds no list of endpoints", self.path)
            return []
        endpoints: list[Endpoint] = []
        for item in items:
            endpoint = _endpoint_from(item)
            if endpoint is not None:
                endpoints.append(endpoint)
        return endpoints

    def get(self, name: str) -> Endpoint | None:
        return next((e for e in self.all() if e.name == name), None)

    def add(self, endpoint: Endpoint) -> None:
        """Add the endpoint at the end, or replace the one of that name where it is."""
        check_name(endpoint.name)
        endpoint = replace(endpoint, url=normalise_url(endpoint.url))
        endpoints = self.all()
        names = [e.name for e in endpoints]
        if endpoint.name in names:
            endpoints[names.index(endpoint.name)] = endpoint
        else:
            endpoints.append(endpoint)
        self._save(endpoints)

    def remove(self, name: str) -> bool:
        endpoints = self.all()
        kept = [e for e in endpoints if e.name != name]
        if len(kept) == len(endpoints):
            return False
        self._save(kept)
        return True

    def acknowledge(self, name: str) -> None:
        endpoint = self.get(name)
        if endpoint is not None and not endpoint.acknowledged:
            self.add(replace(endpoint, acknowledged=True))

    def _save(self, endpoints: list[Endpoint]) -> None:
        text = json.dumps({"endpoints": [asdict(e) for e in endpoints]}, indent=2, sort_keys=True)
        try:
            atomic_write_text(self.path, text + "\n")
        except OSError as error:
            raise EndpointError(f"cannot save {self.path}: {error.strerror or error}") from None


def _endpoint_from(item: object) -> Endpoint | None:
    if not isinstance(item, dict):
        return None
    try:
        name = check_name(str(item.get("name", "")))
        url = normalise_url(str(item.get("url", "")))
    except EndpointError as error:
        log.warning("ignoring an endpoint in remotes.json: %s", error)
        return None
    key = item.get("key", "none")
    return Endpoint(
        name=name,
        url=url,
        key=key if key in ("none", "keychain", "env") else "none",
        key_env=str(item.get("key_env", "")),
        ca_bundle=str(item.get("ca_bundle", "")),
        acknowledged=item.get("acknowledged") is True,
    )
