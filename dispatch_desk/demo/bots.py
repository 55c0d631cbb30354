"""The simulator's line to the central service: bot officers logged in over HTTP (API v1).

One `requests.Session` per bot; an expired access token is renewed by logging in again (bots keep
their password, there is no person to ask). Network trouble is reported as `CentralDown`, so the
simulator can skip a beat and carry on when the central service is back.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from typing import Any, Protocol

import requests

from dispatch_desk.domain.records import Reading
from dispatch_desk.domain.wire import ChangesPage, MutationBatchResult, MutationResult, TokenPair

log = logging.getLogger(__name__)


class CentralDown(Exception):
    """The central service cannot be reached or answered with a server error."""


class Central(Protocol):
    """What the simulator needs from the central service (HTTP for real, a recorder in tests)."""

    def mutate(self, bot: str, mutations: Sequence[tuple[str, str, dict[str, Any]]]) -> list[MutationResult]: ...

    def post_readings(self, bot: str, readings: Sequence[Reading]) -> int: ...

    def changes(self, bot: str, since: int, limit: int = 2000) -> ChangesPage: ...

    def seq(self) -> int: ...

    def sign_in(self, bot: str) -> None: ...


class HttpCentral:
    def __init__(self, url: str, passwords: dict[str, str], *, device_id: str = "demo-simulator",
                 timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self.passwords = passwords
        self.device_id = device_id
        self.timeout = timeout
        self._sessions: dict[str, requests.Session] = {}

    def _session(self, bot: str, renew: bool = False) -> requests.Session:
        session = self._sessions.get(bot)
        if session is None or renew:
            session = session or requests.Session()
            resp = self._call(session, "POST", "/api/v1/auth/login", json={
                "username": bot, "password": self.passwords[bot], "device_id": self.device_id})
            if resp.status_code != 200:
                raise CentralDown(f"login of {bot} failed: {resp.status_code} {resp.text[:200]}")
            tokens = TokenPair.model_validate(resp.json())
            session.headers["Authorization"] = f"Bearer {tokens.access_token}"
            self._sessions[bot] = session
        return session

    def _call(self, session: requests.Session, method: str, path: str, **kw: Any) -> requests.Response:
        try:
            resp = session.request(method, self.url + path, timeout=self.timeout, **kw)
        except requests.RequestException as exc:
            raise CentralDown(str(exc)) from exc
        if resp.status_code >= 500:
            raise CentralDown(f"{method} {path}: {resp.status_code}")
        return resp

    def _authed(self, bot: str, method: str, path: str, **kw: Any) -> requests.Response:
        resp = self._call(self._session(bot), method, path, **kw)
        if resp.status_code == 401:
            resp = self._call(self._session(bot, renew=True), method, path, **kw)
        if resp.status_code >= 400:
            log.warning("%s %s as %s: %s %s", method, path, bot, resp.status_code, resp.text[:300])
        return resp

    def mutate(self, bot: str, mutations: Sequence[tuple[str, str, dict[str, Any]]]) -> list[MutationResult]:
        body = {"mutations": [
            {"id": mid, "name": name, "args": args}
            for mid, name, args in mutations
        ]}
        resp = self._authed(bot, "POST", "/api/v1/mutations", json=body)
        if resp.status_code != 200:
            return []
        return MutationBatchResult.model_validate(resp.json()).results

    def post_readings(self, bot: str, readings: Sequence[Reading]) -> int:
        body = {"readings": [{"indicator": r.indicator, "at": r.at.isoformat(), "value": r.value} for r in readings]}
        resp = self._authed(bot, "POST", "/api/v1/readings", json=body)
        return int(resp.json().get("accepted", 0)) if resp.status_code == 200 else 0

    def changes(self, bot: str, since: int, limit: int = 2000) -> ChangesPage:
        resp = self._authed(bot, "GET", "/api/v1/changes", params={"since": since, "limit": limit})
        if resp.status_code != 200:
            raise CentralDown(f"changes: {resp.status_code}")
        return ChangesPage.model_validate(resp.json())

    def sign_in(self, bot: str) -> None:
        """Sign in (again): a desk of `bot` is there for the next fifteen minutes."""
        self._session(bot, renew=True)

    def seq(self) -> int:
        resp = self._call(requests.Session(), "GET", "/api/v1/health")
        return int(resp.json()["seq"])


def new_id() -> str:
    return str(uuid.uuid4())
