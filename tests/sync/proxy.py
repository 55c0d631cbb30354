"""A loopback HTTP proxy that can play a bad network: go offline, or drop answers after the upstream
has already acted on the request (the case that makes idempotent retries necessary)."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Dropped:
    request_line: str
    response: bytes


@dataclass
class FlakyProxy:
    upstream: tuple[str, int]
    online: bool = True
    delay: float = 0.0  # seconds each answer is held back after the upstream gave it
    stream_blocked: bool = False  # the live stream answers 503, as behind a proxy that cannot stream
    dropped: list[Dropped] = field(default_factory=list)
    answered: list[tuple[str, bytes]] = field(default_factory=list)  # request line, response body
    heads: list[bytes] = field(default_factory=list)  # the head of every request forwarded

    def __post_init__(self) -> None:
        self._drop_rules: list[list] = []  # [prefix, remaining]
        self._lock = threading.Lock()
        self._conns: set[socket.socket] = set()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def drop_next(self, prefix: str, count: int = 1) -> None:
        """The next `count` requests whose request line starts with `prefix` reach the upstream, but
        their answers are thrown away and the client's connection is cut."""
        with self._lock:
            self._drop_rules.append([prefix, count])

    def go_offline(self) -> None:
        self.online = False
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def go_online(self) -> None:
        self.online = True

    def close(self) -> None:
        self.go_offline()
        self._server.close()

    # --- plumbing
    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            if not self.online:
                conn.close()
                continue
            with self._lock:
                self._conns.add(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _should_drop(self, request_line: str) -> bool:
        with self._lock:
            for rule in self._drop_rules:
                if rule[1] > 0 and request_line.startswith(rule[0]):
                    rule[1] -= 1
                    return True
        return False

    def _serve(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        try:
            while self.online:
                request = _read_message(reader, is_request=True)
                if request is None or not self.online:
                    return
                line = request.split(b"\r\n", 1)[0].decode("latin-1")
                self.heads.append(request.split(b"\r\n\r\n", 1)[0])
                if self.stream_blocked and " /api/v1/stream" in line:
                    conn.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n")
                    continue
                up = socket.create_connection(self.upstream)
                with self._lock:
                    self._conns.add(up)
                try:
                    up.sendall(request)
                    if " /api/v1/stream" in line:
                        _pipe(up, conn)
                        return
                    response = _read_message(up.makefile("rb"), is_request=False)
                finally:
                    with self._lock:
                        self._conns.discard(up)
                    up.close()
                if response is None:
                    return
                if self._should_drop(line):
                    self.dropped.append(Dropped(line, response))
                    return
                self.answered.append((line, response.split(b"\r\n\r\n", 1)[-1]))
                if self.delay:
                    time.sleep(self.delay)
                conn.sendall(response)
        except OSError:
            return
        finally:
            with self._lock:
                self._conns.discard(conn)
            with contextlib.suppress(OSError):
                conn.close()


def _read_message(reader, *, is_request: bool) -> bytes | None:
    """One HTTP/1.1 message, head and body (Content-Length or chunked), as the raw bytes."""
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        line = reader.readline()
        if not line:
            return None
        head += line
    headers = {}
    for raw in head.split(b"\r\n")[1:]:
        name, _, value = raw.partition(b":")
        headers[name.strip().lower()] = value.strip()
    if b"content-length" in headers:
        return head + reader.read(int(headers[b"content-length"]))
    if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        body = b""
        while True:
            size_line = reader.readline()
            body += size_line
            size = int(size_line.split(b";")[0], 16)
            body += reader.read(size + 2)
            if size == 0:
                return head + body
    if is_request:
        return head
    status = head.split(b" ", 2)[1] if head.count(b" ") >= 1 else b""
    if status in (b"204", b"304") or status.startswith(b"1"):
        return head  # no body, by definition (RFC 9110 §6.4.1)
    return head + reader.read()


def _pipe(up: socket.socket, down: socket.socket) -> None:
    """Copy the upstream's bytes to the client until either side closes (the live stream)."""
    while True:
        chunk = up.recv(65536)
        if not chunk:
            return
        down.sendall(chunk)
