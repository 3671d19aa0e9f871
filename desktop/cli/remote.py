"""`hearth remote add|list|rm`: the remote engines (OpenAI-compatible servers) Hearth can chat through."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.cli.terminal import fail, field, say


def add_parser(commands: argparse._SubParsersAction) -> None:
    remote = commands.add_parser("remote", help="add, list and remove remote engines (OpenAI-compatible servers)")
    remote.set_defaults(run=run_list, json=False)
    actions = remote.add_subparsers(dest="remote_command", metavar="ACTION")

    add = actions.add_parser("add", help="add an endpoint: vLLM, llama-server, Ollama, LM Studio, another Hearth")
    add.add_argument("name", help="what to call it: NAME/MODEL_ID then picks one of its models")
    add.add_argument("url", help="its address, e.g. http://gpu-box:8000/v1")
    keys = add.add_mutually_exclusive_group()
    keys.add_argument("--api-key-env", metavar="VAR", help="read the API key from this environment variable")
    keys.add_argument(
        "--api-key-stdin", action="store_true", help="read the API key from standard input into the keychain"
    )
    add.add_argument("--ca-bundle", metavar="PATH", help="a CA bundle that verifies the server's TLS certificate")
    add.set_defaults(run=run_add)

    listing = actions.add_parser("list", help="the endpoints and their models")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(run=run_list)

    remove = actions.add_parser("rm", help="remove an endpoint (and its key from the keychain)")
    remove.add_argument("name")
    remove.set_defaults(run=run_rm)


def run_add(args: argparse.Namespace) -> int:
    from pathlib import Path

    from desktop.core.backends.remote.catalog import list_endpoint
    from desktop.core.remotes.endpoints import Endpoint, EndpointError, EndpointStore, check_name, normalise_url
    from desktop.core.remotes.keys import KeyUnavailable, store_key

    try:
        name, url = check_name(args.name), normalise_url(args.url)
    except EndpointError as error:
        return fail(str(error))
    ca_bundle = ""
    if args.ca_bundle:
        bundle = Path(args.ca_bundle).expanduser()
        if not bundle.is_file():
            return fail(f"there is no CA bundle at {args.ca_bundle}")
        ca_bundle = str(bundle.resolve())
    endpoint = Endpoint(name, url, ca_bundle=ca_bundle)
    if args.api_key_env:
        endpoint = Endpoint(name, url, key="env", key_env=args.api_key_env, ca_bundle=ca_bundle)
    elif args.api_key_stdin:
        key = sys.stdin.readline().strip()
        if not key:
            return fail("no API key on standard input")
        try:
            store_key(name, key)
        except KeyUnavailable as error:
            return fail(str(error))
        endpoint = Endpoint(name, url, key="keychain", ca_bundle=ca_bundle)
    store = EndpointStore()
    try:
        store.add(endpoint)
    except EndpointError as error:
        return fail(str(error))
    listing = list_endpoint(endpoint)
    if listing.error:
        print(f"Added {name} ({url}), but it cannot be asked now: {field(listing.error)}")
    else:
        count = len(listing.models)
        print(f"Added {name} ({url}): {count} model{'s' if count != 1 else ''}.")
        for model in listing.models[:20]:
            print(f"  {name}/{field(model.id)}")
    if not endpoint.is_loopback:
        say(f"messages you send to {name}'s models leave this computer for {endpoint.host}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from desktop.core.backends.remote.catalog import list_all

    listings = list_all()
    if args.json:
        data = [
            {
                "name": listing.endpoint.name,
                "url": listing.endpoint.url,
                "key": listing.endpoint.key,
                "key_env": listing.endpoint.key_env,
                "models": [{"id": m.id, "context_length": m.context_length} for m in listing.models],
                "error": listing.error,
            }
            for listing in listings
        ]
        print(json.dumps(data, indent=2))
        return 0
    if not listings:
        print("No remote engines. Add one with `hearth remote add NAME URL`.")
        return 0
    for listing in listings:
        endpoint = listing.endpoint
        where = {"keychain": "key in the keychain", "env": f"key from ${endpoint.key_env}"}.get(endpoint.key, "no key")
        print(f"{endpoint.name}  {endpoint.url}  ({where})")
        if listing.error:
            print(f"  {field(listing.error)}")
        for model in listing.models:
            print(f"  {endpoint.name}/{field(model.id)}")
    return 0


def run_rm(args: argparse.Namespace) -> int:
    from desktop.core.remotes.endpoints import EndpointError, EndpointStore
    from desktop.core.remotes.keys import delete_key

    store = EndpointStore()
    endpoint = store.get(args.name)
    if endpoint is None:
        return fail(f"there is no remote endpoint named {field(args.name)!r}")
    try:
        store.remove(endpoint.name)
    except EndpointError as error:
        return fail(str(error))
    if endpoint.key == "keychain":
        delete_key(endpoint.name)
    print(f"Removed {endpoint.name}.")
    return 0
