"""TLS to a remote engine is verified: a server whose certificate the system does not trust is refused
with a clear message, and trusted once its CA bundle is given. There is no setting that turns it off."""

from __future__ import annotations

import datetime
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop.core.backends.remote.catalog import list_endpoint
from desktop.core.backends.remote.client import RemoteClient, RemoteError
from desktop.core.remotes.endpoints import Endpoint


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """A private CA, and a certificate it signed for 127.0.0.1: (ca.pem, server.pem, server.key)."""
    folder = tmp_path_factory.mktemp("tls")
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Hearth test CA"))
        .issuer_name(_name("Hearth test CA"))
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(_pem(key))
    return paths


class _Models(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"object": "list", "data": [{"id": "big-model", "object": "model"}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def https_url(certificates: tuple[Path, Path, Path]) -> Iterator[str]:
    _, cert, key = certificates
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Models)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def test_an_untrusted_certificate_is_refused_with_a_clear_message(https_url: str) -> None:
    listing = list_endpoint(Endpoint("lab", https_url))
    assert listing.models == []
    assert listing.error.startswith("lab is unreachable (its TLS certificate is not trusted"), listing.error
    assert "\n" not in listing.error


def test_its_ca_bundle_makes_it_trusted(https_url: str, certificates: tuple[Path, Path, Path]) -> None:
    ca, _, _ = certificates
    with RemoteClient(Endpoint("lab", https_url, ca_bundle=str(ca))) as client:
        assert [m.id for m in client.models()] == ["big-model"]


def test_a_bundle_of_another_ca_does_not_trust_it(https_url: str, certificates: tuple[Path, Path, Path]) -> None:
    _, server_cert, _ = certificates  # a certificate that is not a CA: it cannot vouch for the server
    client = RemoteClient(Endpoint("lab", https_url, ca_bundle=str(server_cert)))
    try:
        with pytest.raises(RemoteError, match="TLS certificate is not trusted"):
            client.models()
    finally:
        client.close()
