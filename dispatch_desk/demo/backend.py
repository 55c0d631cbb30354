"""The demo backend on one machine: a seeded SQLite file, `central serve` on loopback in a child
process, and the simulator in a thread of this process. `DemoBackend.start(...)` gives it, ready;
`stop()` ends both cleanly. Used by `dispatch-desk demo` and by the tests.

Files in the data directory: `central.db` (the central service's database), `seeded.json` (seed
and counts of the loaded demo city), `basemap.geojson` (river, roads and parks for the map),
`client-<role>/` (the clients' caches), `control/` (`running.json` while a demo runs; drop
`event.request` there to start a scripted event in the running simulator; `port`, the port the last
run served on).

The demo keeps its port across restarts: a desk left running, and the clients' caches (one per
address), find the central service where it was. A port that is only waiting out TCP's TIME_WAIT
after the last run is free to use again (the service binds with SO_REUSEADDR, and so does the
check); when another program holds it, the port of the last run, then any free one, is taken and
remembered for the next start.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from dispatch_desk.demo.bots import HttpCentral
from dispatch_desk.demo.simulator import Rates, Simulator

log = logging.getLogger(__name__)

DEFAULT_PORT = 18765
DB_NAME = "central.db"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("dispatch-desk")) / "demo"


def control_dir(data_dir: Path) -> Path:
    return data_dir / "control"


def reset(data_dir: Path) -> None:
    """Forget the demo city and every client cache of the demo: the next start seeds afresh."""
    if data_dir.exists():
        shutil.rmtree(data_dir)


def seed(data_dir: Path, seed_value: int, incidents: int | None = None, days: int | None = None) -> dict[str, int]:
    """Load the generated demo city into `central.db` unless it is there already."""
    marker = data_dir / "seeded.json"
    if marker.exists() and (data_dir / DB_NAME).exists():
        return json.loads(marker.read_text(encoding="utf-8")).get("counts", {})
    from dispatch_desk.central import admin
    from dispatch_desk.central.storage import Storage
    from dispatch_desk.demo import cap_warning
    from dispatch_desk.demo.generator import HISTORY_DAYS, INCIDENTS, generate, summary

    data_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        (data_dir / f"{DB_NAME}{suffix}").unlink(missing_ok=True)
    bundle = generate(seed_value, incidents=INCIDENTS if incidents is None else incidents,
                      days=HISTORY_DAYS if days is None else days)
    storage = Storage.open(str(data_dir / DB_NAME))
    try:
        admin.load_bundle(storage, bundle)
        cap_warning.seed_trigger(storage)  # a CAP typhoon warning proposes the typhoon plan
        publish_last_week(storage, bundle, HISTORY_DAYS if days is None else days)
    finally:
        storage.close()
    write_basemap(data_dir, bundle.basemap)
    counts = summary(bundle)
    marker.write_text(json.dumps({"seed": seed_value, "counts": counts, "generated_at": time.time()},
                                 ensure_ascii=False), encoding="utf-8")
    return counts


def publish_last_week(storage: Any, bundle: Any, days: int) -> bool:
    """The city center has published last week's assessment, as it would every Monday; through the
    ordinary `assessment.publish` mutation of the city desk's officer. Not when the history is shorter
    than that week. True when published."""
    import uuid
    from datetime import UTC, datetime, timedelta

    from dispatch_desk.central.mutations import apply_batch
    from dispatch_desk.central.reference import ReferenceCache
    from dispatch_desk.domain import assessment
    from dispatch_desk.domain.records import Role
    from dispatch_desk.domain.wire import Mutation, Outcome

    now = datetime.now(UTC)
    week = assessment.Period.containing(assessment.PeriodKind.WEEK, now).previous()
    city = bundle.regions[0].code
    officer = next((o for o in bundle.officers if o.role is Role.OPS_OFFICER and o.region == city), None)
    if officer is None or week.start < now - timedelta(days=days):
        return False
    mutation = Mutation(id=f"demo-{uuid.uuid4().hex}", name="assessment.publish",
                        args={"period": week.kind.value, "start": week.start.isoformat()}, client_time=now)
    result = apply_batch(storage, ReferenceCache(), officer, "demo-seed", [mutation])[0]
    if result.outcome is not Outcome.APPLIED:
        log.warning("the demo could not publish last week's assessment: %s", result.reason)
    return result.outcome is Outcome.APPLIED


def write_basemap(data_dir: Path, basemap: dict) -> None:
    """The basemap GeoJSON beside the client caches, where the map looks for it (it is not in the feed)."""
    path = data_dir / "basemap.geojson"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(basemap, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)


def history_age_days(data_dir: Path) -> float:
    """How old the seeded history is: it was laid out backwards from the moment of seeding."""
    marker = data_dir / "seeded.json"
    if not marker.exists():
        return 0.0
    generated = json.loads(marker.read_text(encoding="utf-8")).get("generated_at", time.time())
    return (time.time() - generated) / 86_400


def seeded_with(data_dir: Path) -> int | None:
    marker = data_dir / "seeded.json"
    if not marker.exists():
        return None
    return int(json.loads(marker.read_text(encoding="utf-8"))["seed"])


def free_port(*preferred: int | None) -> int:
    """The first of `preferred` that a server can listen on now, else any free port.

    Bound with SO_REUSEADDR like the server's own socket (uvicorn sets it): a port whose connections
    of the last run still wait out TIME_WAIT is free for a server, and must not look taken."""
    for port in [p for p in preferred if p] + [0]:
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError("no free port")


def last_port(data_dir: Path) -> int | None:
    """The port the demo on this data served on last time, if it remembered one."""
    try:
        return int((control_dir(data_dir) / "port").read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def remember_port(data_dir: Path, port: int) -> None:
    directory = control_dir(data_dir)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "port").write_text(str(port), encoding="utf-8")


def running_demo(data_dir: Path) -> dict[str, Any] | None:
    """The `running.json` of a demo that answers on its port, if any."""
    path = control_dir(data_dir) / "running.json"
    if not path.exists():
        return None
    info = json.loads(path.read_text(encoding="utf-8"))
    try:
        requests.get(f"{info['url']}/api/v1/health", timeout=2).raise_for_status()
    except requests.RequestException:
        return None
    return info


def request_event(data_dir: Path, kind: str, minutes: float | None = None) -> None:
    directory = control_dir(data_dir)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "event.request").write_text(f"{kind} {minutes}" if minutes else kind, encoding="utf-8")


@dataclass
class DemoBackend:
    data_dir: Path
    url: str
    process: subprocess.Popen
    simulator: Simulator
    passwords: dict[str, str]
    thread: threading.Thread | None = None
    _stopped: bool = field(default=False, repr=False)

    @classmethod
    def start(cls, data_dir: Path, *, seed_value: int = 7, port: int | None = DEFAULT_PORT,
              rates: Rates | None = None, incidents: int | None = None, days: int | None = None,
              simulate: bool = True) -> DemoBackend:
        """Seed if needed, start the central service and (unless `simulate` is false) the simulator.
        `incidents` and `days` shrink the generated history (tests)."""
        from dispatch_desk.demo.generator import demo_people

        data_dir.mkdir(parents=True, exist_ok=True)
        if seeded_with(data_dir) not in (None, seed_value):
            reset(data_dir)  # another seed asked for: another city
            data_dir.mkdir(parents=True)
        seed(data_dir, seed_value, incidents, days)
        if not (data_dir / "basemap.geojson").exists():
            from dispatch_desk.demo.generator import city_of

            write_basemap(data_dir, city_of(seed_value).basemap)
        # The asked-for port (the default one), else the one of the last run: not a new one each time.
        port = free_port(port, last_port(data_dir))
        url = f"http://127.0.0.1:{port}"
        from dispatch_desk.demo.open311_client import Open311Client, demo_key

        open311_key = demo_key(data_dir / DB_NAME)  # before the service starts: the file is ours alone
        process = subprocess.Popen(
            [sys.executable, "-m", "dispatch_desk", "central", "serve", "--db", str(data_dir / DB_NAME),
             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
            stdout=subprocess.DEVNULL, stderr=open(data_dir / "central.log", "ab"),  # noqa: SIM115
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        passwords = demo_people(seed_value).passwords
        control = control_dir(data_dir)
        control.mkdir(parents=True, exist_ok=True)
        (control / "event.request").unlink(missing_ok=True)
        citizen_app = Open311Client(url, open311_key, seed=seed_value)  # a share of citizen reports via Open311
        simulator = Simulator(HttpCentral(url, passwords), seed=seed_value, rates=rates, control_dir=control,
                              keep_going=True, open311=citizen_app)
        backend = cls(data_dir, url, process, simulator, passwords)
        try:
            backend._wait_ready()
        except Exception:
            backend.stop()
            raise
        (control / "running.json").write_text(json.dumps({"url": url, "pid": os.getpid()}), encoding="utf-8")
        remember_port(data_dir, port)
        if simulate:
            backend.thread = threading.Thread(target=simulator.run, name="demo-simulator", daemon=True)
            backend.thread.start()
        return backend

    def _wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the central service exited (see {self.data_dir / 'central.log'})")
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError("the central service did not start in time")

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.simulator.stop()
        if self.thread is not None:
            self.thread.join(20)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        (control_dir(self.data_dir) / "running.json").unlink(missing_ok=True)

    def __enter__(self) -> DemoBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
