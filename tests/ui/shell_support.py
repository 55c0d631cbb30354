"""Helpers of the shell tests: a signed-in main window over a real loopback central service."""

from __future__ import annotations

from pathlib import Path

from dispatch_desk.domain.records import Role
from dispatch_desk.ui.shell.session import Session, device_id, sign_in
from tests.support.central import DEFAULT_PASSWORD, CentralServer, city_bundle
from tests.sync.proxy import FlakyProxy


def seed(central: CentralServer, username: str = "li", role: Role = Role.OPS_OFFICER) -> None:
    central.load(city_bundle())
    central.create_officer(username, role, region="C", name="李明")


def signed_in(central: CentralServer | FlakyProxy, base: Path, username: str = "li") -> Session:
    # the desk's own device id: a remembered session belongs to the device that signed in
    return sign_in(central.url, username, DEFAULT_PASSWORD, True, base, device_id())


def behind_proxy(central: CentralServer) -> FlakyProxy:
    """A stable address in front of the central service, so it can be restarted on another port the
    way a service comes back behind its reverse proxy."""
    return FlakyProxy(upstream=_address(central))


def _address(central: CentralServer) -> tuple[str, int]:
    host, port = central.url.rsplit("//", 1)[1].rsplit(":", 1)
    return host, int(port)


def restart(central: CentralServer, factory, proxy: FlakyProxy) -> CentralServer:
    """Start the central service again on the same database and point the proxy at it."""
    back = factory("sqlite", db_url=central.db_url)
    proxy.upstream = _address(back)
    return back
