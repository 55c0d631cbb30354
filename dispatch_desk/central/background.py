"""The central service in a background thread on a free loopback port (tests, benchmarks, demos)."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

from .api import create_app
from .storage import Storage


class BackgroundCentral:
    """`BackgroundCentral(storage).start()` serves the API; `.url` is its base; `.stop()` ends it."""

    def __init__(self, storage: Storage, *, heartbeat: float = 15.0, host: str = "127.0.0.1") -> None:
        self.storage = storage
        self.app = create_app(storage, heartbeat=heartbeat)
        self.host = host
        self.heartbeat = heartbeat
        self.url = ""
        self.port = 0
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None

    def start(self, timeout: float = 30.0, port: int = 0) -> BackgroundCentral:
        """Serve on `port` (0: a free one); a restarted service passes its old port again."""
        import uvicorn

        # proto must say TCP: asyncio sets TCP_NODELAY on accepted sockets only then, and without it
        # every keep-alive request waits ~40 ms for a delayed ACK (Nagle).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, port))
        self._sock = sock
        port = sock.getsockname()[1]
        config = uvicorn.Config(self.app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]},
                                        name=f"central-{port}", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the central service did not start")
            time.sleep(0.02)
        self.port = port
        self.url = f"http://{self.host}:{port}"
        return self

    def stop(self) -> None:
        """Stop serving (open streams end at once); the storage stays open for the caller to close."""
        if self._server is not None:
            self.app.state.central.announcer.closed = True
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(15)
        if self._sock is not None:  # uvicorn served a duplicate; without this the port keeps accepting
            self._sock.close()
            self._sock = None
