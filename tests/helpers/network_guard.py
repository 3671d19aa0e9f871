"""A network guard for test processes: every connection, datagram or name lookup fails and is written down.

`install()` patches the socket module of the process it runs in: `socket.socket.connect`,
`connect_ex`, `sendto` and `sendmsg`, `socket.create_connection` (through connect), and the name
lookups (`getaddrinfo`, `gethostbyname`, ...). Local sockets (AF_UNIX) are left alone; a loopback
address is let through only for the `allow`ed ports (the stand-in Hub, when a test searches or
downloads on purpose). Each blocked attempt appends one JSON line to the log and raises
OSError(ENETUNREACH), so the code under test sees what it would see with no network.

`sitecustomize_dir()` writes a `sitecustomize.py` that installs the guard at interpreter start:
put its folder first on PYTHONPATH and every Python process of the app (the window, its model
validation children) is guarded. Each one writes an "installed" line, so a test can tell.
"""

from __future__ import annotations

import errno
import ipaddress
import json
import os
import socket
import sys
import threading
import traceback
from collections.abc import Iterable
from pathlib import Path
from typing import Any

LOG_ENV = "HEARTH_NETWORK_GUARD_LOG"
ALLOW_ENV = "HEARTH_NETWORK_GUARD_ALLOW"  # "127.0.0.1:8080,[::1]:8080"
LOCAL_NAMES = {"localhost", "127.0.0.1", "::1", "localhost.localdomain", ""}

_lock = threading.Lock()
_installed = False


class NetworkBlocked(OSError):
    def __init__(self, what: str) -> None:
        super().__init__(errno.ENETUNREACH, f"network access blocked by the test's guard: {what}")


def _write(log: Path, record: dict[str, Any]) -> None:
    line = json.dumps({"pid": os.getpid(), **record}, default=str)
    with _lock, log.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def install(log: Path | str, allow: Iterable[tuple[str, int]] = ()) -> None:
    """Guard this process; attempts go to `log`; `allow` lists (loopback host, port) pairs let through."""
    global _installed
    if _installed:
        return
    _installed = True
    log = Path(log)
    allowed = {(host.strip("[]"), int(port)) for host, port in allow}
    real = {
        "connect": socket.socket.connect,
        "connect_ex": socket.socket.connect_ex,
        "sendto": socket.socket.sendto,
        "sendmsg": socket.socket.sendmsg,
        "getaddrinfo": socket.getaddrinfo,
        "gethostbyname": socket.gethostbyname,
        "gethostbyname_ex": socket.gethostbyname_ex,
        "gethostbyaddr": socket.gethostbyaddr,
    }

    def blocked(kind: str, target: object) -> NetworkBlocked:
        stack = "".join(traceback.format_stack(limit=12)[:-2])
        _write(log, {"blocked": kind, "target": target, "argv": sys.argv, "stack": stack})
        return NetworkBlocked(f"{kind} {target}")

    def permitted(family: int, address: Any) -> bool:
        if family == getattr(socket, "AF_UNIX", None):
            return True
        if isinstance(address, tuple) and len(address) >= 2:
            return (str(address[0]), int(address[1])) in allowed
        return False

    def connect(self: socket.socket, address: Any) -> None:
        if not permitted(self.family, address):
            raise blocked("connect", address)
        return real["connect"](self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not permitted(self.family, address):
            blocked("connect_ex", address)
            return errno.ENETUNREACH
        return real["connect_ex"](self, address)

    def sendto(self: socket.socket, data: bytes, *args: Any) -> int:
        address = args[-1]
        if not permitted(self.family, address):
            raise blocked("sendto", address)
        return real["sendto"](self, data, *args)

    def sendmsg(self: socket.socket, buffers: Any, *args: Any) -> int:
        address = args[2] if len(args) > 2 else None
        if address is not None and not permitted(self.family, address):
            raise blocked("sendmsg", address)
        return real["sendmsg"](self, buffers, *args)

    def lookup(name: str) -> Any:
        def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
            text = host.decode() if isinstance(host, bytes) else str(host or "")
            if text.lower() not in LOCAL_NAMES and not _is_address(text):  # a numeric address is no lookup
                blocked(name, text)
                raise socket.gaierror(socket.EAI_NONAME, f"name lookup blocked by the test's guard: {text}")
            return real[name](host, *args, **kwargs)

        return guarded

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.socket.sendto = sendto  # type: ignore[method-assign, assignment]
    socket.socket.sendmsg = sendmsg  # type: ignore[method-assign]
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        setattr(socket, name, lookup(name))
    _write(log, {"installed": True, "argv": sys.argv, "allow": sorted(allowed)})


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


def install_from_environment() -> None:
    log = os.environ.get(LOG_ENV)
    if not log:
        return
    allow = []
    for item in filter(None, os.environ.get(ALLOW_ENV, "").split(",")):
        host, _, port = item.rpartition(":")
        allow.append((host, int(port)))
    install(log, allow)


_SITECUSTOMIZE = """# Written by tests/helpers/network_guard.py: guard this interpreter's network access.
import sys
sys.path.insert(0, {root!r})
from tests.helpers.network_guard import install_from_environment
install_from_environment()
del sys.path[0]
"""


def sitecustomize_dir(folder: Path) -> Path:
    """A folder holding a sitecustomize.py that installs the guard (put it first on PYTHONPATH)."""
    folder.mkdir(parents=True, exist_ok=True)
    root = str(Path(__file__).resolve().parents[2])
    (folder / "sitecustomize.py").write_text(_SITECUSTOMIZE.format(root=root), encoding="utf-8")
    return folder


def guard_env(folder: Path, log: Path, allow: Iterable[tuple[str, int]] = ()) -> dict[str, str]:
    """Environment variables that guard every Python process started with them."""
    site = sitecustomize_dir(folder)
    return {
        "PYTHONPATH": os.pathsep.join([str(site), str(Path(__file__).resolve().parents[2])]),
        LOG_ENV: str(log),
        ALLOW_ENV: ",".join(f"{host}:{port}" for host, port in allow),
    }


def records(log: Path) -> list[dict[str, Any]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]


def attempts(log: Path) -> list[dict[str, Any]]:
    """Every blocked attempt written to `log`."""
    return [r for r in records(log) if "blocked" in r]
