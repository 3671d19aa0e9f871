"""What each endpoint offers, for the picker and `hearth models`: a failure is a message in its row, never raised."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.backends.remote.catalog import list_all, list_endpoint
from desktop.core.model_ref import ModelRef
from desktop.core.remotes.endpoints import Endpoint, EndpointStore
from tests.helpers.hostile_openai import HostileOpenAI, Script


@pytest.fixture
def server() -> Iterator[HostileOpenAI]:
    with HostileOpenAI() as stand_in:
        yield stand_in


def dead_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_an_endpoints_models_become_references(server: HostileOpenAI) -> None:
    server.models = [{"id": "org/model:Q4"}, {"id": "\x1b[31mred"}]
    listing = list_endpoint(Endpoint("gpu", server.url))
    assert listing.error == ""
    assert listing.refs() == [
        ModelRef("remote", endpoint="gpu", model_id="org/model:Q4"),
        ModelRef("remote", endpoint="gpu", model_id="\x1b[31mred"),
    ]
    assert listing.refs()[0].name == "gpu/org/model:Q4"


def test_every_endpoint_is_asked_and_one_that_is_down_is_said(server: HostileOpenAI, tmp_path: Path) -> None:
    store = EndpointStore(tmp_path / "remotes.json")
    store.add(Endpoint("down", dead_url()))
    store.add(Endpoint("up", server.url))
    listings = list_all(store)
    assert [(entry.endpoint.name, entry.error) for entry in listings] == [
        ("down", "down is unreachable (connection refused)"),
        ("up", ""),
    ]
    assert [m.id for m in listings[1].models] == ["tiny"]
    assert list_all(EndpointStore(tmp_path / "none.json")) == []


def test_a_server_that_hangs_costs_its_timeout_not_more(server: HostileOpenAI) -> None:
    server.model_scripts.append(Script(hold_before_headers=True))
    listing = list_endpoint(Endpoint("slow", server.url), timeout_s=0.5)
    assert listing.error == "slow did not answer in 0.5 s"  # the listing's timeout, not the client's minute
    assert server.paths("GET") == ["/v1/models"]  # and it was not asked again


def test_a_rate_limited_listing_is_waited_out_once_at_most(server: HostileOpenAI) -> None:
    server.failing["/v1/models"] = 429
    listing = list_endpoint(Endpoint("busy", server.url))
    assert listing.error.startswith("busy is rate-limiting requests (429 Too Many Requests) (tried 2 times)")
    assert server.paths("GET") == ["/v1/models"] * 2


@pytest.mark.parametrize(
    ("endpoint", "said"),
    [
        (Endpoint("gpu", "http://127.0.0.1:1", key="env", key_env="HEARTH_TEST_UNSET_KEY"), "is not set"),
        (Endpoint("gpu", "http://127.0.0.1:1", key="env", key_env="HEARTH_TEST_ODD_KEY"), "HTTP header"),
        (Endpoint("gpu", "https://127.0.0.1:1", ca_bundle="/nonexistent/ca.pem"), "CA bundle"),
    ],
)
def test_an_endpoint_that_cannot_even_be_asked_is_said_not_raised(
    endpoint: Endpoint, said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HEARTH_TEST_UNSET_KEY", raising=False)
    monkeypatch.setenv("HEARTH_TEST_ODD_KEY", "sk-é")
    listing = list_endpoint(endpoint)
    assert said in listing.error and listing.models == []
