"""The backends: what runs a model. Each kind of model (a local GGUF file, a remote server) has one.

`default_backends()` is the registry the app and the terminal use. A backend is imported
when its first model loads, on its runner's thread: importing llama.cpp does not delay
the first window.
"""

from __future__ import annotations

from desktop.core.runtime.backend import Backend, BackendRegistry


def _llama() -> Backend:
    from desktop.core.backends.llama.backend import LlamaBackend

    return LlamaBackend()


def _remote() -> Backend:
    from desktop.core.backends.remote.backend import RemoteBackend

    return RemoteBackend()


def default_backends() -> BackendRegistry:
    return BackendRegistry({"gguf": _llama, "remote": _remote})
