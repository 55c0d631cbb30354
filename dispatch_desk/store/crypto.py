"""Encryption at rest of the local cache: SQLCipher (the sqlcipher3 package), one random 256-bit key
per cache, kept in the OS keyring (service "dispatch-desk", name "cache-key:<absolute path>"), never
in a file.

A cache is encrypted once the officer turns it on (`enable`, from the settings) or the deployment
does ($DISPATCH_DESK_ENCRYPT_CACHE=1): the key is made at once, a marker `<name>.encrypted` beside
the cache says so (it holds no secret), and the next checked open of the cache (the sign-in)
converts a plain file. The plain sqlite3 path stays the default: a cache without the marker whose
header reads "SQLite format 3" is opened by sqlite3 exactly as before, without asking the keyring.

Conversion (`convert`) never touches the plain file: the whole cache is exported with
sqlcipher_export into `<name>.encrypting`, checked table by table against the original, synced to
disk, and only then renamed over the original in one atomic step. A process that dies before the
rename leaves the plain cache complete and usable (the leftover is removed at the next attempt);
after it, the encrypted file is complete.

The key is used raw (no passphrase derivation): it is random already, and every thread's connection
opens in microseconds rather than a PBKDF2 run each.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import secrets
import sqlite3
import threading
from pathlib import Path
from typing import Any, cast

import keyring
import keyring.errors
import sqlcipher3

log = logging.getLogger("dispatch_desk.store")

SERVICE = "dispatch-desk"
ENCRYPT_ENV = "DISPATCH_DESK_ENCRYPT_CACHE"  # "1": every cache this desk opens is encrypted
HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4's default, kept

# The errors of both drivers, for code that handles the cache's connection through the DB-API.
DB_ERROR: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)
DATABASE_ERROR: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
OPERATIONAL_ERROR: tuple[type[Exception], ...] = (sqlite3.OperationalError, sqlcipher3.OperationalError)

_HEX_KEY = re.compile(r"[0-9a-f]{64}")
_known: dict[str, str] = {}  # keys read or made by this process, by key name
_known_lock = threading.Lock()


class CacheKeyError(Exception):
    """The cache cannot be opened because of its key. Nothing was changed."""


class KeyMissing(CacheKeyError):
    pass


class KeyRejected(CacheKeyError):
    pass


class KeyringUnavailable(CacheKeyError):
    pass


def key_name(path: str | Path) -> str:
    return f"cache-key:{Path(path).resolve()}"


def marker(path: str | Path) -> Path:
    """Beside a cache whose encryption was turned on: where its key is (never the key)."""
    path = Path(path)
    return path.with_name(path.name + ".encrypted")


def _requested(path: str | Path) -> bool:
    return os.environ.get(ENCRYPT_ENV) == "1" or marker(path).exists()


def _read_keyring(name: str) -> str | None:
    try:
        value = keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The keyring of this computer cannot be read: {exc}") from exc
    if value is not None and not _HEX_KEY.fullmatch(value):
        raise KeyRejected(f"The keyring entry {SERVICE}/{name} is not a cache key.")
    return value


def stored_key(path: str | Path, *, fresh: bool = True) -> str | None:
    """The cache's key (64 hex digits), or None. fresh=False may answer from what this process
    already read (the extra connections of a signed-in desk), fresh=True always asks the keyring."""
    name = key_name(path)
    if not fresh:
        with _known_lock:
            if name in _known:
                return _known[name]
    value = _read_keyring(name)
    with _known_lock:
        if value is None:
            _known.pop(name, None)
        else:
            _known[name] = value
    return value


def enable(path: str | Path) -> str:
    """Turn encryption on for the cache at `path`: a new random key in the keyring (the existing one
    if there is one). The file is converted at its next checked open. Raises KeyringUnavailable when
    the key cannot be kept, and then changes nothing."""
    name = key_name(path)
    existing = stored_key(path)
    if existing is not None:
        _write_marker(path)
        return existing
    value = secrets.token_bytes(32).hex()
    try:
        keyring.set_password(SERVICE, name, value)
        kept = keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The key cannot be kept in this computer's keyring: {exc}") from exc
    if kept != value:
        raise KeyringUnavailable("The keyring of this computer did not keep the cache key.")
    with _known_lock:
        _known[name] = value
    _write_marker(path)
    return value


def _write_marker(path: str | Path) -> None:
    target = marker(path)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"The cache beside this file is encrypted; its key is in the keyring: "
                          f"{SERVICE} / {key_name(path)}\n", encoding="utf-8")


def cancel(path: str | Path) -> bool:
    """Undo `enable` while the file is not encrypted yet; False (nothing done) once it is."""
    if is_encrypted_file(path):
        return False
    name = key_name(path)
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, name)
    with _known_lock:
        _known.pop(name, None)
    marker(path).unlink(missing_ok=True)
    return True


def state(path: str | Path) -> str:
    """"encrypted", "pending" (turned on, converted at the next sign-in) or "plain"."""
    if is_encrypted_file(path):
        return "encrypted"
    if not marker(path).exists():
        return "plain"
    try:
        return "pending" if stored_key(path, fresh=False) else "plain"
    except CacheKeyError:
        return "plain"


def _header(path: str | Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(16)
    except FileNotFoundError:
        return b""


def is_plain_file(path: str | Path) -> bool:
    return _header(path) == HEADER


def is_encrypted_file(path: str | Path) -> bool:
    head = _header(path)
    return bool(head) and head != HEADER and looks_encrypted(path)


def looks_encrypted(path: str | Path) -> bool:
    """Whole pages of bytes that look random: an SQLCipher file (whatever its key), rather than a
    damaged plain one or something else entirely."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            first = f.read(1024)
    except OSError:
        return False
    return size >= 1024 and size % 512 == 0 and len(set(first)) >= 200


def wanted_key(path: Path, *, fresh: bool) -> str | None:
    """The key to open the cache at `path` with (None: plain sqlite3). With fresh=True (the checked
    open of a sign-in) the keyring decides, and a key for a plain file means it is to be converted.
    Raises KeyMissing for an encrypted file without its key, KeyringUnavailable when it cannot be asked."""
    head = _header(path)
    if (head == HEADER or not head) and not (_requested(path) and (fresh or not head)):
        return None  # the plain default, and what is converted at the sign-in only: no keyring
    try:
        key = stored_key(path, fresh=fresh)
    except KeyringUnavailable:
        if head and head != HEADER and looks_encrypted(path):
            raise
        if os.environ.get(ENCRYPT_ENV) == "1":
            raise
        log.debug("no keyring: %s opens as a plain cache", path)
        return None
    if key is None and fresh and os.environ.get(ENCRYPT_ENV) == "1":
        key = enable(path)
    if key is None and head and head != HEADER and looks_encrypted(path):
        raise KeyMissing(
            f"The local cache {path} is encrypted and its key is not in this computer's keyring "
            f"({SERVICE} / {key_name(path)}). It was left as it is: restore the key, or move the file "
            f"away to start afresh from the operations center (its unsent changes stay in it)."
        )
    return key


def connect(target: str | Path, key: str | None, **kwargs: Any) -> sqlite3.Connection:
    """sqlite3.connect for a plain cache; otherwise an SQLCipher connection keyed with `key`."""
    if key is None:
        plain: sqlite3.Connection = sqlite3.connect(target, **kwargs)
        return plain
    if not _HEX_KEY.fullmatch(key):
        raise KeyRejected("A cache key is 64 hexadecimal digits.")
    conn = sqlcipher3.connect(str(target), **kwargs)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is reported as an exception, once
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    # sqlcipher3 has no type information; its connection has the same DB-API as sqlite3's
    return cast(sqlite3.Connection, conn)


def key_fits(path: str | Path, key: str) -> bool:
    """False when not one page of the file verifies with this key (a wrong key, or another file);
    True when some do (damaged pages are then the integrity check's business)."""
    conn = connect(f"file:{path}?mode=ro", key, uri=True)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True  # the first page decrypts and verifies: the usual case, one page read
        except DATABASE_ERROR:
            pass
        pages = max(1, os.path.getsize(path) // PAGE_SIZE)
        try:
            failed = sum(1 for _ in conn.execute("PRAGMA cipher_integrity_check"))
        except DATABASE_ERROR:
            return False
        return failed < pages
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0 AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]  # fmt: skip


def _export(src: sqlite3.Connection, tmp: Path, key: str) -> None:
    src.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(tmp), f"x'{key}'"))
    try:
        src.execute("BEGIN IMMEDIATE")  # nobody writes into the plain cache meanwhile
        try:
            src.execute("SELECT sqlcipher_export('encrypted')")
            version = src.execute("PRAGMA main.user_version").fetchone()[0]
            src.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        except BaseException:
            src.execute("ROLLBACK")
            raise
        src.execute("COMMIT")
    finally:
        src.execute("DETACH DATABASE encrypted")


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def convert(path: Path, key: str) -> None:
    """Encrypt the plain cache at `path` with `key` (module docstring: how a crash is survived).
    Call it while no other connection has the file open. Raises on failure, the plain file intact."""
    tmp = path.with_name(path.name + ".encrypting")
    _remove(tmp)  # what a conversion that died left
    src = sqlcipher3.connect(str(path), isolation_level=None, timeout=10.0)  # no key: reads plain SQLite
    try:
        src.execute("PRAGMA cipher_log_level = NONE")
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _export(src, tmp, key)
        counts = {t: src.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in _tables(src)}
    except BaseException:
        src.close()
        _remove(tmp)
        raise
    src.close()  # the last connection: SQLite checkpoints and removes the plain file's WAL
    try:
        check = connect(tmp, key, isolation_level=None)
        try:
            got = {t: check.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in _tables(check)}
            quick = check.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            check.close()
        if got != counts or quick != "ok":
            raise CacheKeyError(f"The encrypted copy of {path} did not match it ({quick}); the cache stays plain.")
        if path.with_name(path.name + "-wal").exists() and path.with_name(path.name + "-wal").stat().st_size:
            raise CacheKeyError(f"{path} is still open elsewhere; it is encrypted at the next start.")
        _fsync(tmp)
    except BaseException:
        _remove(tmp)
        raise
    with contextlib.suppress(FileNotFoundError):
        path.with_name(path.name + "-shm").unlink()
    os.replace(tmp, path)
    with contextlib.suppress(OSError):
        _fsync(path.parent)
    log.info("The local cache %s is encrypted now.", path)
