"""HTTPS between desk and central service: `central serve --certfile --keyfile`, certificates always
verified, a custom CA bundle by engine option or by the cache's setting `sync.ca_bundle`.

The certificate is generated here for 127.0.0.1 (the `cryptography` package, else the system's
`openssl`); the central service runs as `dispatch-desk central serve` in its own process.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from dispatch_desk.central import admin
from dispatch_desk.central.storage import Storage
from dispatch_desk.domain.records import Officer, Role
from dispatch_desk.store import Store
from dispatch_desk.sync import CertificateError
from dispatch_desk.sync.engine import CA_BUNDLE_SETTING
from tests.support.central import DEFAULT_PASSWORD, city_bundle


def self_signed(folder: Path) -> tuple[Path, Path]:
    """(certificate, key) PEM files of a self-signed certificate for 127.0.0.1 and localhost."""
    cert, key = folder / "central.pem", folder / "central.key"
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes, serialization
        from cryptography.hazmat.primitives.asymmetric import ec
        from cryptography.x509.oid import NameOID
    except ImportError:
        if shutil.which("openssl") is None:
            pytest.skip("neither the cryptography package nor openssl is available to make a certificate")
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
             "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
             "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
            check=True, capture_output=True,
        )  # fmt: skip
        return cert, key
    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "dispatch-desk test central")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                    x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(private, hashes.SHA256())
    )
    cert.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return cert, key


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def tls_central(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """(https URL, CA bundle) of a central service serving HTTPS with a self-signed certificate."""
    cert, key = self_signed(tmp_path)
    db = tmp_path / "central.db"
    storage = Storage.open(str(db))
    try:
        admin.load_bundle(storage, city_bundle())
        admin.create_officer(storage, Officer("o-wang", "wang", "王", Role.OPS_OFFICER, region="C"), DEFAULT_PASSWORD)
    finally:
        storage.close()
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dispatch_desk", "central", "serve", "--db", str(db), "--port", str(port),
         "--log-level", "warning", "--certfile", str(cert), "--keyfile", str(key)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"https://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{url}/api/v1/health", timeout=2, verify=str(cert)).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the HTTPS central service did not start: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.05)
        yield url, cert
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_a_desk_with_the_ca_bundle_signs_in_and_syncs_over_https(tls_central, make_engine):
    url, ca = tls_central
    engine = make_engine(url, "tls", ca_bundle=ca, live=True)
    assert engine.login("wang", DEFAULT_PASSWORD).username == "wang"
    engine.sync_once()
    assert engine._store().rows("region")
    assert engine._client.session.verify == str(ca)
    engine.start()  # the live stream verifies the same way
    deadline = time.monotonic() + 30
    while not engine.state().live:
        assert time.monotonic() < deadline, engine.state().last_error
        time.sleep(0.02)


def test_without_the_ca_bundle_the_desk_refuses_the_certificate_and_says_why(tls_central, make_engine):
    url, _ = tls_central
    engine = make_engine(url, "untrusted")
    with pytest.raises(CertificateError) as refused:
        engine.login("wang", DEFAULT_PASSWORD)
    assert "certificate" in str(refused.value) and "CA bundle" in str(refused.value)
    assert engine.officer is None
    assert engine._client.session.verify is True  # the system's authorities, never "don't verify"


def test_the_ca_bundle_kept_in_the_cache_settings_is_used_at_the_next_sign_in(tls_central, make_engine, tmp_path):
    url, ca = tls_central
    first = make_engine(url, "kept")
    first.set_ca_bundle(ca)
    assert first._store().get_setting(CA_BUNDLE_SETTING) == str(ca)
    first.close()
    again = make_engine(url, "kept")  # the same cache file: the setting is read at sign-in
    assert again.login("wang", DEFAULT_PASSWORD).username == "wang"
    again.sync_once()

    not_pem = tmp_path / "notes.txt"
    not_pem.write_text("not a certificate", encoding="utf-8")
    with pytest.raises(CertificateError, match="no PEM certificate"):
        again.set_ca_bundle(not_pem)
    with pytest.raises(CertificateError, match="cannot be read"):
        again.set_ca_bundle(tmp_path / "missing.pem")
    assert again._store().get_setting(CA_BUNDLE_SETTING) == str(ca)  # bad input changed nothing
    again.set_ca_bundle(None)
    assert again._store().get_setting(CA_BUNDLE_SETTING) is None


def test_a_setting_that_is_not_a_path_is_a_clear_error(tmp_path, make_engine, tls_central):
    url, _ = tls_central
    with Store.open(tmp_path / "odd.db") as store:
        store.set_setting(CA_BUNDLE_SETTING, {"verify": False})
    engine = make_engine(url, "odd")
    with pytest.raises(CertificateError, match=CA_BUNDLE_SETTING):
        engine.login("wang", DEFAULT_PASSWORD)


def test_serve_needs_both_the_certificate_and_its_key(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "dispatch_desk", "central", "serve", "--db", str(tmp_path / "c.db"),
         "--certfile", str(tmp_path / "c.pem")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and "--keyfile" in done.stderr


def test_nothing_in_the_desk_turns_certificate_verification_off():
    import dispatch_desk

    root = Path(dispatch_desk.__file__).parent
    offenders = [
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if any(marker in path.read_text(encoding="utf-8")
               for marker in ("verify=False", "verify = False", "CERT_NONE", "check_hostname = False"))
    ]  # fmt: skip
    assert offenders == []
