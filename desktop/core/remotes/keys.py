"""An endpoint's API key: in the OS keychain (through `keyring`), or in an environment variable.

Never in settings.json, remotes.json or the database. Where the computer has no keychain
(a server without a desktop session, say), storing one fails with a message that offers
the environment variable instead.
"""

from __future__ import annotations

import contextlib
import os

from desktop.core.remotes.endpoints import Endpoint

SERVICE = "Hearth remote engines"


class KeyUnavailable(Exception):
    """The key cannot be stored or read; the message is one line meant for a user."""


def _no_keychain(name: str) -> KeyUnavailable:
    return KeyUnavailable(
        "this computer has no keychain Hearth can use (keyring found no backend): keep the key in an "
        f'environment variable instead ("Read the key from an environment variable" in Settings ▸ Engines, or '
        f"hearth remote add {name} URL --api-key-env VAR)"
    )


def store_key(name: str, key: str) -> None:
    import keyring  # its backends are looked up on import: only when a key is kept
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(SERVICE, name, key)
    except NoKeyringError:
        raise _no_keychain(name) from None
    except (KeyringError, OSError) as error:
        raise KeyUnavailable(f"the keychain refused the key for {name}: {error}") from None


def delete_key(name: str) -> None:
    """Forget the endpoint's key; nothing to forget, or no keychain, is not an error."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError, OSError):
        keyring.delete_password(SERVICE, name)


def key_for(endpoint: Endpoint) -> str:
    """The key to send ("" for an endpoint without one). Raises KeyUnavailable saying where it is missing."""
    if endpoint.key == "env":
        value = os.environ.get(endpoint.key_env, "")
        if not value:
            raise KeyUnavailable(f"{endpoint.name}'s API key is read from ${endpoint.key_env}, which is not set")
        return value
    if endpoint.key == "keychain":
        import keyring
        from keyring.errors import KeyringError, NoKeyringError

        try:
            stored = keyring.get_password(SERVICE, endpoint.name)
        except NoKeyringError:
            raise _no_keychain(endpoint.name) from None
        except (KeyringError, OSError) as error:
            raise KeyUnavailable(f"the keychain did not give {endpoint.name}'s API key: {error}") from None
        if not stored:
            raise KeyUnavailable(f"the keychain has no API key for {endpoint.name}: add the endpoint again")
        return stored
    return ""
