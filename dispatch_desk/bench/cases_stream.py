"""Benchmark of live push under churn (issue 12): SSE streams connected and disconnected in waves
while mutations flow, and the service stopping on SIGTERM.

`central.stream_waves`: `dispatch-desk central serve` runs in its own process on loopback over a
seeded small city. A second process holds N streams (raw HTTP/1.1 over asyncio sockets, no client
library) and, in each wave, drops a third of them (some closed, some aborted) and opens as many new
ones, while this process posts one mutation at a time at a steady rate. At the end:

- every stream still connected received every sequence number after its first event: an event's
  `id:` is the latest seq (the desk pulls /changes from its own cursor), so a stream has seq `s`
  once it received an id ≥ `s`; ids must grow strictly and the last one must reach the final seq;
- the delivery latency, from the mutation's answer to the first event that covers its seq;
- mutations/s posted back to back with every stream open, beside the same with none (the in-run
  baseline);
- the time from SIGTERM to the process's exit, with every stream open (target ≤ 5 s).

`run_waves` is shared with tests/central/test_stream_waves.py, which runs it small.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import json
import multiprocessing
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from bisect import bisect_left
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dispatch_desk.bench import BenchContext, Figure, case, p95

PASSWORD = "bench password 1"
HOST = "127.0.0.1"


# --- the service in its own process ----------------------------------------------------------------


@dataclass
class Service:
    proc: subprocess.Popen
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def sigterm(self, timeout: float) -> float | None:
        """Seconds from SIGTERM to the process's exit, or None when it was still running after `timeout`."""
        start = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            return None
        return time.monotonic() - start

    def errors(self) -> list[str]:
        """Lines of the service's log that tell of a failure (tracebacks, errors)."""
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        return [line for line in text.splitlines() if "Traceback" in line or " ERROR " in line or "Error:" in line]


@contextmanager
def serve(db_url: str, workdir: Path) -> Iterator[Service]:
    """`dispatch-desk central serve` on a free loopback port over an already seeded database."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port = sock.getsockname()[1]
    log = workdir / "central.log"
    argv = [sys.executable, "-m", "dispatch_desk", "central", "serve", "--db", db_url, "--host", HOST,
            "--port", str(port), "--log-level", "warning"]  # fmt: skip
    with log.open("wb") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)
    service = Service(proc, port, log)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if _request(port, "GET", "/api/v1/health")[0] == 200:
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the central service did not start: {' / '.join(service.errors()[-3:])}")
            time.sleep(0.05)
        yield service
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def _request(port: int, method: str, path: str, body: Any = None, token: str | None = None,
             conn: http.client.HTTPConnection | None = None) -> tuple[int, Any]:
    own = conn is None
    conn = conn or http.client.HTTPConnection(HOST, port, timeout=60)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        return resp.status, json.loads(data) if data else None
    finally:
        if own:
            conn.close()


def login(port: int, username: str, password: str) -> str:
    status, body = _request(port, "POST", "/api/v1/auth/login",
                            {"username": username, "password": password, "device_id": f"bench-{username}"})
    if status != 200:
        raise RuntimeError(f"login of {username} failed: {status} {body}")
    return body["access_token"]


class Writer:
    """Posts one mutation per request on one keep-alive connection; remembers (seq, sent at, answered at)."""

    def __init__(self, port: int, token: str, mutation: Callable[[int], dict]) -> None:
        self.port, self.token, self.mutation = port, token, mutation
        self.conn = http.client.HTTPConnection(HOST, port, timeout=60)
        self.count = 0
        self.answers: list[tuple[int, float, float]] = []

    def post(self) -> tuple[int, float, float]:
        self.count += 1
        m = {"id": f"m-{uuid.uuid4().hex}", **self.mutation(self.count)}
        sent = time.monotonic()
        status, body = _request(self.port, "POST", "/api/v1/mutations", {"mutations": [m]}, self.token, self.conn)
        answered = time.monotonic()
        result = body["results"][0] if status == 200 else {}
        if result.get("outcome") != "applied" or result.get("seq") is None:
            raise RuntimeError(f"a mutation was not applied: {status} {body}")
        self.answers.append((int(result["seq"]), sent, answered))
        return self.answers[-1]

    def burst(self, count: int) -> float:
        """Mutations/s posted back to back."""
        start = time.monotonic()
        for _ in range(count):
            self.post()
        return count / (time.monotonic() - start)

    def steady(self, rate: float, seconds: float) -> list[tuple[int, float, float]]:
        """Posts at `rate` per second for `seconds`; returns the answers of this phase."""
        first = len(self.answers)
        start = next_at = time.monotonic()
        while next_at < start + seconds:
            delay = next_at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            self.post()
            next_at += 1 / rate
        return self.answers[first:]

    def close(self) -> None:
        self.conn.close()


# --- the streams, held by another process ----------------------------------------------------------


@dataclass
class StreamRecord:
    """What one stream received: ids with their arrival times (monotonic clock, shared by processes)."""

    index: int
    opened: float
    ids: list[int] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    dropped: float | None = None  # when the client dropped it; None for a stream that stayed
    ended: str = ""  # how it ended: "eof" (the server ended it), "cut" (closed without an end), "error: ..."
    ended_at: float | None = None
    status: int = 0


@dataclass
class WavePlan:
    streams: int
    waves: int
    wave_seconds: float
    churn: float = 1 / 3  # the share of the open streams dropped (and replaced) in each wave
    seed: int = 12


class _Holder:
    def __init__(self, port: int, tokens: list[str], plan: WavePlan) -> None:
        self.port, self.tokens, self.plan = port, tokens, plan
        self.rng = random.Random(plan.seed)
        self.records: list[StreamRecord] = []
        self.open: dict[int, tuple[StreamRecord, asyncio.Task]] = {}
        self.writers: dict[int, asyncio.StreamWriter] = {}

    async def _run(self, rec: StreamRecord, token: str) -> None:
        writer = None
        try:
            reader, writer = await asyncio.open_connection(HOST, self.port)
            self.writers[rec.index] = writer
            writer.write((f"GET /api/v1/stream HTTP/1.1\r\nHost: {HOST}:{self.port}\r\n"
                          f"Authorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n").encode())
            status = await reader.readline()
            rec.status = int(status.split()[1])
            chunked = False
            while (line := await reader.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"transfer-encoding:") and b"chunked" in line.lower():
                    chunked = True
            if rec.status != 200 or not chunked:
                rec.ended = f"error: status {rec.status}, chunked {chunked}"
                return
            buf = b""
            while True:
                size = await reader.readline()
                if not size:
                    rec.ended = "cut"
                    return
                n = int(size.strip() or b"0", 16)
                if n == 0:
                    rec.ended = "eof"
                    return
                data = await reader.readexactly(n + 2)
                at = time.monotonic()
                buf += data[:-2]
                while b"\n\n" in buf:
                    block, buf = buf.split(b"\n\n", 1)
                    for line in block.split(b"\n"):
                        if line.startswith(b"id:"):
                            rec.ids.append(int(line[3:]))
                            rec.times.append(at)
        except asyncio.CancelledError:
            raise
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
            rec.ended = rec.ended or ("cut" if isinstance(exc, asyncio.IncompleteReadError) else f"error: {exc!r}")
        finally:
            rec.ended_at = rec.ended_at or time.monotonic()
            if writer is not None:
                writer.close()

    async def open_streams(self, count: int, timeout: float = 120) -> None:
        new = []
        for _ in range(count):
            rec = StreamRecord(len(self.records), time.monotonic())
            self.records.append(rec)
            task = asyncio.create_task(self._run(rec, self.tokens[rec.index % len(self.tokens)]))
            self.open[rec.index] = (rec, task)
            new.append(rec)
            if len(new) % 25 == 0:
                await asyncio.sleep(0)
        deadline = time.monotonic() + timeout
        while any(not r.ids and not r.ended for r in new) and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        failed = [r for r in new if not r.ids]
        if failed:
            raise RuntimeError(f"{len(failed)} of {count} streams opened no event: {failed[0].ended or 'timeout'}")

    async def drop(self, count: int) -> None:
        for index in self.rng.sample(sorted(self.open), count):
            rec, task = self.open.pop(index)
            rec.dropped = time.monotonic()
            writer = self.writers.pop(index, None)
            if writer is not None:
                if index % 2:
                    writer.transport.abort()  # a reset, as a desk that lost its network
                else:
                    writer.close()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def waves(self) -> None:
        for _ in range(self.plan.waves):
            await asyncio.sleep(self.plan.wave_seconds / 2)
            k = max(1, round(len(self.open) * self.plan.churn))
            await self.drop(k)
            await self.open_streams(k)
            await asyncio.sleep(self.plan.wave_seconds / 2)

    async def settle(self, seq: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(r.ended or (r.ids and r.ids[-1] >= seq) for r, _ in self.open.values()):
                return
            await asyncio.sleep(0.05)

    async def watch_end(self, timeout: float) -> None:
        tasks = [t for _, t in self.open.values()]
        await asyncio.wait(tasks, timeout=timeout)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def _holder_main(conn, port: int, tokens: list[str], plan: WavePlan) -> None:
    """The streams' process: obeys ("open",) ("waves",) ("settle", seq, timeout) ("end", timeout)."""

    async def main() -> None:
        holder = _Holder(port, tokens, plan)
        loop = asyncio.get_running_loop()
        while True:
            command = await loop.run_in_executor(None, conn.recv)
            try:
                if command[0] == "open":
                    await holder.open_streams(plan.streams)
                elif command[0] == "waves":
                    await holder.waves()
                elif command[0] == "settle":
                    await holder.settle(command[1], command[2])
                elif command[0] == "end":
                    await holder.watch_end(command[1])
                    conn.send(("ok", holder.records))
                    return
                conn.send(("ok", None))
            except Exception as exc:  # reported to the driver, which fails the run
                conn.send(("error", repr(exc)))
                return

    asyncio.run(main())


class Streams:
    """The driver's handle on the streams' process."""

    def __init__(self, port: int, tokens: list[str], plan: WavePlan) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_holder_main, args=(child, port, tokens, plan), daemon=True)
        self.proc.start()

    def send(self, *command: Any) -> None:
        self.conn.send(command)

    def answer(self, timeout: float) -> Any:
        if not self.conn.poll(timeout):
            raise RuntimeError(f"the streams' process did not answer within {timeout:.0f} s")
        status, value = self.conn.recv()
        if status != "ok":
            raise RuntimeError(f"the streams' process failed: {value}")
        return value

    def call(self, *command: Any, timeout: float = 300) -> Any:
        self.send(*command)
        return self.answer(timeout)

    def close(self) -> None:
        self.proc.join(10)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()


# --- one run and its verdict -----------------------------------------------------------------------


@dataclass
class WaveResult:
    records: list[StreamRecord]
    steady: list[tuple[int, float, float]]  # (seq, sent at, answered at) of the mutations posted during the waves
    final_seq: int
    rate_alone: float | None
    rate_streams: float | None
    stop_seconds: float | None  # None: still running after the bound
    service_errors: list[str]

    @property
    def remaining(self) -> list[StreamRecord]:
        return [r for r in self.records if r.dropped is None]

    def gaps(self) -> list[str]:
        """Each remaining stream that missed a seq after its first event, or whose ids did not grow."""
        out = []
        for r in self.remaining:
            if any(b <= a for a, b in zip(r.ids, r.ids[1:], strict=False)):
                out.append(f"stream {r.index}: ids not strictly growing")
            elif not r.ids or r.ids[-1] < self.final_seq:
                last = r.ids[-1] if r.ids else None
                out.append(f"stream {r.index}: last id {last}, final seq {self.final_seq} ({r.ended or 'open'})")
        return out

    def latencies(self, since_sent: bool = False) -> list[float]:
        """Seconds from each steady-phase answer (or request) to the first event covering its seq, per
        remaining stream. From the answer it can be negative: the event may arrive before the answer."""
        out = []
        for r in self.remaining:
            for seq, sent, answered in self.steady:
                if r.ids and seq > r.ids[0]:
                    i = bisect_left(r.ids, seq)
                    if i < len(r.ids):
                        out.append(r.times[i] - (sent if since_sent else answered))
        return out

    def not_ended(self) -> list[StreamRecord]:
        """Remaining streams that the server did not end cleanly at shutdown."""
        return [r for r in self.remaining if r.ended != "eof"]


def run_waves(db_url: str, workdir: Path, usernames: list[str], password: str, mutation: Callable[[int], dict],
              plan: WavePlan, *, rate: float, burst: int, stop_bound: float = 60,
              settle_timeout: float = 60) -> WaveResult:
    """Serve `db_url` (seeded, with `usernames` as officers), run the waves, SIGTERM the service.

    `usernames[0]` posts the mutations; the streams use every officer's token in turn. `rate` is the
    steady mutations/s during the waves; `burst` mutations are posted back to back without streams
    and with them (0: not measured).
    """
    with serve(db_url, workdir) as service:
        tokens = [login(service.port, u, password) for u in usernames]
        writer = Writer(service.port, tokens[0], mutation)
        try:
            rate_alone = writer.burst(burst) if burst else None
            streams = Streams(service.port, tokens, plan)
            try:
                streams.call("open")
                streams.send("waves")
                steady = writer.steady(rate, plan.waves * plan.wave_seconds)
                streams.answer(300)
                for _ in range(3):  # after the last wave's new streams opened: something for each to receive
                    writer.post()
                rate_streams = writer.burst(burst) if burst else None
                final_seq = _request(service.port, "GET", "/api/v1/health")[1]["seq"]
                streams.call("settle", final_seq, settle_timeout, timeout=settle_timeout + 30)
                streams.send("end", stop_bound + 10)
                stop_seconds = service.sigterm(stop_bound)
                records = streams.answer(stop_bound + 60)
            finally:
                streams.close()
        finally:
            writer.close()
        return WaveResult(records, steady, final_seq, rate_alone, rate_streams, stop_seconds, service.errors())


# --- the bench case --------------------------------------------------------------------------------


def _bundle(officers: int):
    from dispatch_desk.bench.cases_central import _city
    from dispatch_desk.domain.records import Officer, Role

    bundle = _city()
    for i in range(officers):
        bundle.officers.append(Officer(f"o-watch-{i}", f"watch{i}", f"值班{i}", Role.OPS_OFFICER, region="C"))
        bundle.passwords[f"watch{i}"] = PASSWORD
    bundle.passwords["bench"] = PASSWORD
    return bundle


def _report(i: int) -> dict:
    return {"name": "incident.report",
            "args": {"id": f"w-{uuid.uuid4().hex[:16]}", "title": f"推送压测 {i}", "category": "garbage",
                     "source": "grid_patrol", "severity": 2, "lon": 121.0 + (i % 97) * 0.001,
                     "lat": 31.0 + (i % 89) * 0.001}}  # fmt: skip


@case("central.stream_waves")
def stream_waves(ctx: BenchContext) -> list[Figure]:
    figures = _measure(ctx, str(ctx.workdir / "central.db"), "SQLite")
    from dispatch_desk.central.scratch_pg import PostgresMissing, ScratchPostgres

    try:
        pg = ScratchPostgres().start()
    except (PostgresMissing, RuntimeError, OSError) as exc:
        return [*figures, Figure("central.stream_waves", 0.0, "-", note=f"PostgreSQL not measured: {exc}")]
    try:
        return figures + _measure(ctx, pg.create_database(), "PostgreSQL (scratch server, fsync off)")
    finally:
        pg.stop()


def _measure(ctx: BenchContext, db: str, backend: str) -> list[Figure]:
    from dispatch_desk.central import admin
    from dispatch_desk.central.storage import Storage

    n = ctx.scale(500, 50)
    plan = WavePlan(streams=n, waves=5, wave_seconds=ctx.scale(8, 4))
    rate, burst = 20.0, ctx.scale(300, 100)
    storage = Storage.open(db)
    try:
        admin.load_bundle(storage, _bundle(4))
    finally:
        storage.close()
    workdir = ctx.workdir / backend.split()[0].lower()
    workdir.mkdir()
    result = run_waves(db, workdir, ["bench", "watch0", "watch1", "watch2", "watch3"], PASSWORD, _report,
                       plan, rate=rate, burst=burst)
    gaps = result.gaps()
    lat = sorted(x * 1000 for x in result.latencies())
    lat_sent = sorted(x * 1000 for x in result.latencies(since_sent=True))
    round_trip = [(a - s) * 1000 for _, s, a in result.steady]
    early = sum(1 for x in lat if x < 0) / max(1, len(lat))
    remaining = result.remaining
    events = sum(len(r.ids) for r in remaining)
    dropped = len(result.records) - len(remaining)
    not_ended = result.not_ended()
    stop = result.stop_seconds
    verdict = (f"{backend}: {len(remaining)} streams stayed ({len(result.records)} opened, {dropped} dropped in "
               f"{plan.waves} waves), {len(gaps)} with a gap; {len(result.steady)} mutations at {rate:g}/s, "
               f"final seq {result.final_seq}; {events:,} events on the remaining streams; "
               f"{len(result.service_errors)} error lines in the service log")
    figures = [
        Figure("central.stream_waves", statistics.median(lat) if lat else 0.0, "ms p50 delivery",
               note=f"{verdict}; p95 {p95(lat) if lat else 0:.1f} ms, max {max(lat, default=0):.0f} ms, "
                    f"{len(lat):,} (stream, seq) samples, {early:.0%} arrived before the answer (negative)"),
        Figure("central.stream_waves", p95(lat) if lat else 0.0, "ms p95 delivery",
               note=f"{backend}; from the mutation's answer to the first event whose id covers its seq"),
        Figure("central.stream_waves", p95(lat_sent) if lat_sent else 0.0, "ms p95 request to event",
               p95(round_trip), "ms p95 request to answer",
               note=f"{backend}; from sending the mutation; p50 {statistics.median(lat_sent) if lat_sent else 0:.1f} "
                    f"ms beside a round trip p50 of {statistics.median(round_trip):.1f} ms"),
        Figure("central.stream_waves", result.rate_streams or 0.0, "mutations/s", result.rate_alone,
               "the same with no stream open", note=f"{backend}; {burst} incident.report back to back, one per "
                                                    f"request, {len(remaining)} streams open"),
        Figure("central.stream_waves", stop if stop is not None else float("inf"), "s SIGTERM to exit",
               target="≤ 5 s", note=f"{backend}; {len(remaining)} streams open, {len(remaining) - len(not_ended)} "
                                    f"ended cleanly by the server" + ("" if stop is not None else "; HUNG, killed")),
    ]
    if gaps or stop is None or result.service_errors:
        detail = "; ".join(gaps[:3] + result.service_errors[:3])
        raise RuntimeError(f"live push failed under churn: {verdict}; stop {stop}; {detail}")
    return figures
