"""Live push survives streams coming and going, shuts down at once, and ends with its session."""

from __future__ import annotations

import asyncio
import random
from dataclasses import replace
from pathlib import Path

import pytest

from dispatch_desk.central import admin, auth
from dispatch_desk.central.live import Announcer
from dispatch_desk.central.storage import Storage
from tests.central.test_stream import Sse
from tests.support.central import CentralServer, report_args


def test_streams_cancelled_in_waves_never_break_the_announcer(tmp_path: Path) -> None:
    """Disconnects cancel waiting streams at any moment, twice over; the rest still get every seq."""
    storage = Storage.open(str(tmp_path / "central.db"))

    async def scenario() -> None:
        rng = random.Random(7)
        announcer = Announcer(storage)
        await announcer.start()
        failures: list[BaseException] = []

        async def stream() -> None:
            try:
                while not announcer.closed:  # like the SSE endpoint's loop
                    await announcer.wait_beyond(announcer.latest, 30)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # what a broken announcer raised into every stream
                failures.append(exc)

        streams = [asyncio.create_task(stream()) for _ in range(200)]
        await asyncio.sleep(0)
        seq = 0
        for _ in range(300):
            seq += 1
            announcer.announce(seq)
            for _ in range(rng.randint(0, 3)):
                await asyncio.sleep(0)
            gone = rng.sample(streams, 3)
            for task in gone:  # a disconnect, and the server's own cancellation on top of it
                task.cancel()
            for _ in range(rng.randint(0, 2)):
                await asyncio.sleep(0)
            for task in gone:
                task.cancel()
            streams = [t for t in streams if t not in gone] + [asyncio.create_task(stream()) for _ in gone]
        await asyncio.sleep(0.05)
        assert failures == []
        waiter = asyncio.create_task(announcer.wait_beyond(seq, 30))
        await asyncio.sleep(0)
        announcer.announce(seq + 1)
        assert await asyncio.wait_for(waiter, 30) == seq + 1
        await asyncio.wait_for(announcer.stop(), 30)  # shutdown does not hang on a stuck lock
        for task in streams:
            task.cancel()
        await asyncio.gather(*streams, return_exceptions=True)

    try:
        asyncio.run(scenario())
    finally:
        storage.close()


def test_closing_the_announcer_ends_waiting_streams_at_once(tmp_path: Path) -> None:
    storage = Storage.open(str(tmp_path / "central.db"))

    async def scenario() -> None:
        announcer = Announcer(storage)
        await announcer.start()
        waiters = [asyncio.create_task(announcer.wait_beyond(0, 3600)) for _ in range(50)]
        await asyncio.sleep(0)
        await asyncio.to_thread(announcer.close_soon)  # from another thread, as a signal handler does
        assert await asyncio.wait_for(asyncio.gather(*waiters), 30) == [0] * 50
        await announcer.stop()

    try:
        asyncio.run(scenario())
    finally:
        storage.close()


def _ended(sse: Sse) -> dict[str, str]:
    """The next block that is not a seq event or a heartbeat: the stream's last word."""
    while True:
        block = sse.next(30)
        if block.get("event") != "seq" and "comment" not in block and "retry" not in block:
            return block


@pytest.mark.parametrize("how", ["disabled", "signed_out", "password_reset"])
def test_a_stream_ends_when_its_session_does(any_city: CentralServer, how: str) -> None:
    api = any_city.client("sup_s11")
    sse = Sse(api)
    try:
        officer = any_city.officers["sup_s11"]
        if how == "disabled":
            admin.set_officer(any_city.storage, replace(officer, active=False))
        elif how == "signed_out":
            assert api.post("/api/v1/auth/logout").status_code == 204
        else:
            admin.create_officer(any_city.storage, officer, "a new password 2")
        any_city.client("ops").mutate("incident.report", report_args())  # something to announce
        end = _ended(sse)
        assert end["event"] == "end" and ("invalid_token" in end["data"] or "account_disabled" in end["data"])
    finally:
        sse.close()


def test_a_stream_ends_when_its_access_token_expires(city: CentralServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "ACCESS_SECONDS", 1)
    api = city.client("ops")
    sse = Sse(api)
    try:
        end = _ended(sse)
        assert end["event"] == "end" and "token_expired" in end["data"]
    finally:
        sse.close()
