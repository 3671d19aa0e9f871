"""remotes.json: endpoints kept by name and address, bad names and addresses refused, a broken file ignored."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from desktop.core.remotes.endpoints import (
    Endpoint,
    EndpointError,
    EndpointStore,
    check_name,
    is_loopback_host,
    normalise_url,
    remotes_path,
)


@pytest.fixture
def store(tmp_path: Path) -> EndpointStore:
    return EndpointStore(tmp_path / "remotes.json")


def test_endpoints_round_trip_through_the_file(store: EndpointStore) -> None:
    gpu = Endpoint("gpu", "http://gpu.lan:8000/v1/", key="keychain")
    ollama = Endpoint("ollama", "http://127.0.0.1:11434", key="env", key_env="OLLAMA_KEY", acknowledged=True)
    store.add(gpu)
    store.add(ollama)
    again = EndpointStore(store.path).all()
    assert [e.name for e in again] == ["gpu", "ollama"]
    assert again[0] == Endpoint("gpu", "http://gpu.lan:8000", key="keychain")  # the /v1/ taken off
    assert again[1] == ollama
    assert again[1].is_loopback and not again[0].is_loopback
    assert again[0].host_port == "gpu.lan:8000"


def test_adding_a_name_again_replaces_it_and_remove_forgets_it(store: EndpointStore) -> None:
    store.add(Endpoint("gpu", "http://a:1"))
    store.add(Endpoint("gpu", "http://b:2"))
    assert [(e.name, e.url) for e in store.all()] == [("gpu", "http://b:2")]
    assert store.remove("gpu") and store.all() == []
    assert not store.remove("gpu")


def test_acknowledging_is_remembered_and_keeps_the_order(store: EndpointStore) -> None:
    store.add(Endpoint("gpu", "http://a:1"))
    store.add(Endpoint("cloud", "https://c"))
    store.acknowledge("gpu")
    assert store.get("gpu") == Endpoint("gpu", "http://a:1", acknowledged=True)
    assert [e.name for e in store.all()] == ["gpu", "cloud"]  # replaced where it was
    store.acknowledge("nobody")  # no such endpoint: nothing happens
    assert len(store.all()) == 2


def test_the_file_lives_in_the_test_data_folder(data_dir: Path) -> None:
    assert remotes_path() == data_dir / "remotes.json"
    assert EndpointStore().path == data_dir / "remotes.json"


@pytest.mark.parametrize(
    "name",
    ["", "a/b", "has space", "-dash-first", ".dot", "x" * 41, "gpu\n", "gpu\nfake line", "\x1b[31mred", "gpu\u202e"],
)
def test_bad_names_are_refused_on_one_line(name: str) -> None:
    with pytest.raises(EndpointError) as raised:
        check_name(name)
    message = str(raised.value)
    assert "\n" not in message and "\x1b" not in message and "\u202e" not in message


@pytest.mark.parametrize("name", ["gpu", "GPU-2", "a", "my.server_1", "x" * 40])
def test_good_names_are_kept(name: str) -> None:
    assert check_name(name) == name


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://user:sk-secret@gpu:8000", "not in the address"),
        ("https://sk-secret@gpu", "not in the address"),
        ("ftp://gpu:21", "http:// or https://"),
        ("file:///etc/passwd", "http:// or https://"),
        ("gpu:8000", "http:// or https://"),
        ("http://", "http:// or https://"),
        ("http://gpu:8000/v1?key=sk-secret", "no query"),
        ("http://gpu:8000/#frag", "no query"),
        ("http://gpu:port", "port"),
        ("http://gpu:99999", "port"),
    ],
)
def test_bad_addresses_are_refused(url: str, why: str) -> None:
    with pytest.raises(EndpointError, match=why) as raised:
        normalise_url(url)
    assert "sk-secret" not in str(raised.value)  # a key typed into the address is never echoed


@pytest.mark.parametrize(
    ("url", "root"),
    [
        ("http://gpu:8000", "http://gpu:8000"),
        ("http://gpu:8000/", "http://gpu:8000"),
        ("http://gpu:8000/v1", "http://gpu:8000"),
        ("  https://api.example.com/v1/  ", "https://api.example.com"),
        ("http://gpu/proxy/v1", "http://gpu/proxy"),
        ("http://[::1]:8080/v1", "http://[::1]:8080"),
    ],
)
def test_addresses_are_brought_to_the_servers_root(url: str, root: str) -> None:
    assert normalise_url(url) == root


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        *[("localhost", True), ("127.0.0.1", True), ("127.8.0.1", True), ("[::1]", True), ("::1", True)],
        *[("gpu.lan", False), ("10.0.0.2", False), ("localhost.evil.com", False), ("", False)],
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


@pytest.mark.parametrize(
    "text",
    [
        "{ not json",
        "\xff\xfe",
        "[1, 2]",
        '{"endpoints": 5}',
        '{"endpoints": "gpu"}',
        '{"endpoints": null}',
        '{"endpoints": {"name": "gpu"}}',
        "null",
    ],
)
def test_an_unreadable_file_is_ignored_not_fatal(store: EndpointStore, text: str) -> None:
    store.path.write_bytes(text.encode("latin-1"))
    assert store.all() == []
    assert store.get("gpu") is None
    store.add(Endpoint("gpu", "http://a:1"))  # and a new endpoint can still be added over it
    assert [e.name for e in store.all()] == ["gpu"]


def test_bad_entries_are_skipped_and_the_good_ones_kept(store: EndpointStore, caplog: pytest.LogCaptureFixture) -> None:
    entries = [
        {"name": "good", "url": "http://a:1", "key": "keychain"},
        {"name": "bad/name", "url": "http://a:1"},
        {"name": "badurl", "url": "ftp://a"},
        {"name": "creds", "url": "http://u:p@a"},
        "not an object",
        None,
        {"name": "oddkey", "url": "http://b:2", "key": "plaintext", "acknowledged": "false"},
    ]
    store.path.write_text(json.dumps({"endpoints": entries}), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        found = store.all()
    assert [e.name for e in found] == ["good", "oddkey"]
    assert found[0].key == "keychain"
    assert found[1].key == "none"  # an unknown key source is not trusted
    assert not found[1].acknowledged  # only a real true counts as told
    assert any("bad/name" in r.getMessage() for r in caplog.records)


def test_a_folder_where_the_file_should_be_is_ignored(store: EndpointStore) -> None:
    store.path.mkdir()
    assert store.all() == []
    with pytest.raises(EndpointError, match="cannot save"):
        store.add(Endpoint("gpu", "http://a:1"))


def test_adding_checks_the_name_and_address(store: EndpointStore) -> None:
    with pytest.raises(EndpointError):
        store.add(Endpoint("a/b", "http://a:1"))
    with pytest.raises(EndpointError):
        store.add(Endpoint("gpu", "http://k:sk-1@a:1"))
    assert not store.path.exists()
