"""What each endpoint offers: its models, or why it cannot be asked now (for the picker and `hearth models`)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from desktop.core.backends.remote.backend import client_for
from desktop.core.backends.remote.client import RemoteModel
from desktop.core.model_ref import ModelRef
from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from desktop.core.runtime.types import EngineError


@dataclass(frozen=True)
class EndpointListing:
    endpoint: Endpoint
    models: list[RemoteModel] = field(default_factory=list)
    error: str = ""  # "NAME is unreachable (connection refused)", said where its models would be

    def refs(self) -> list[ModelRef]:
        return [ModelRef("remote", endpoint=self.endpoint.name, model_id=m.id) for m in self.models]


def list_endpoint(endpoint: Endpoint, timeout_s: float = 5.0) -> EndpointListing:
    """Ask one endpoint for its models; a failure is kept as its one-line message, never raised."""
    try:
        client = client_for(endpoint, connect_s=timeout_s, stall_s=timeout_s, retries=1, max_retry_wait_s=2.0)
    except EngineError as error:
        return EndpointListing(endpoint, error=str(error))
    try:
        return EndpointListing(endpoint, client.models())
    except EngineError as error:
        return EndpointListing(endpoint, error=str(error))
    finally:
        client.close()


def list_all(endpoints: EndpointStore | None = None, timeout_s: float = 5.0) -> list[EndpointListing]:
    """Every endpoint, asked at once: one that is down costs its timeout, not everyone's."""
    found = (endpoints or EndpointStore()).all()
    if not found:
        return []
    with ThreadPoolExecutor(max_workers=min(8, len(found))) as pool:
        return list(pool.map(lambda e: list_endpoint(e, timeout_s), found))
