"""The one HTTP session to the central service: auth headers, token refresh, errors, retries.

Every call the engine makes is safe to repeat (mutations are idempotent by id, reads are reads),
so transient failures are retried here with jittered exponential backoff; longer outages surface
as `OfflineError` and the engine backs off on its own schedule.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, overload
from urllib.parse import quote

import requests
from pydantic import BaseModel, TypeAdapter, ValidationError
from tenacity import (
    Retrying,
    retry_if_exception_type,
    retry_if_not_exception_type,
    stop_after_attempt,
    wait_random_exponential,
)

from dispatch_desk.domain.wire import (
    AgencyForm,
    AuditPage,
    CategoryForm,
    ChangesPage,
    DeskHealth,
    DeskState,
    GridImportResult,
    Health,
    LimitsForm,
    LoginRequest,
    MutationBatch,
    MutationBatchResult,
    OfficerForm,
    OpenDataExportRequest,
    OpenDataReview,
    OpenDataSelection,
    PasswordForm,
    PlanForm,
    RefreshRequest,
    SensorState,
    ServiceStatus,
    TokenPair,
)
from dispatch_desk.sync.errors import AuthError, CentralError, CertificateError, OfflineError

M = TypeVar("M", bound=BaseModel)
_SENSORS = TypeAdapter(list[SensorState])
_DESKS = TypeAdapter(list[DeskState])
_OFFICER = TypeAdapter(dict[str, Any])
T = TypeVar("T")
API = "/api/v1"
TIMEOUT = (3.05, 60.0)  # connect, read: a large page may take the server a while to build
STREAM_TIMEOUT = (3.05, 45.0)  # the stream sends keep-alives; silence this long means it is dead


class CentralClient:
    """Talks API v1 to one central service on behalf of one device.

    HTTPS certificates are always verified: against the system's authorities (requests' default),
    or against `ca_bundle`, a PEM file of the authorities to trust instead (a city's own CA). There
    is no way to turn verification off.
    """

    def __init__(
        self,
        base_url: str,
        device_id: str,
        *,
        on_tokens: Callable[[TokenPair], None] | None = None,
        attempts: int = 3,
        ca_bundle: str | Path | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.device_id = device_id
        self.on_tokens = on_tokens
        self.attempts = attempts
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "dispatch-desk-sync"
        self.verify: str | bool = True
        self.set_ca_bundle(ca_bundle)
        self._lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self.access_token: str | None = None
        self.refresh_token: str | None = None

    def close(self) -> None:
        self.session.close()

    def set_ca_bundle(self, ca_bundle: str | Path | None) -> None:
        """Verify certificates against this PEM file from now on (None: the system's authorities).
        Raises CertificateError when the file cannot be read as a bundle of certificates."""
        self.verify = True if ca_bundle in (None, "") else check_ca_bundle(ca_bundle)
        self.session.verify = self.verify

    def new_session(self) -> requests.Session:
        """Another session that verifies as this client does (the live stream holds its own)."""
        session = requests.Session()
        session.headers["User-Agent"] = "dispatch-desk-sync"
        session.verify = self.verify
        return session

    # --- auth
    def login(self, username: str, password: str) -> TokenPair:
        body = LoginRequest(username=username, password=password, device_id=self.device_id)
        return self._take_tokens(self._call("POST", "/auth/login", body=body, model=TokenPair, auth=False))

    def refresh(self, refresh_token: str | None = None) -> TokenPair:
        token = refresh_token or self.refresh_token
        if not token:
            raise AuthError("Not signed in.")
        body = RefreshRequest(refresh_token=token, device_id=self.device_id)
        return self._take_tokens(self._call("POST", "/auth/refresh", body=body, model=TokenPair, auth=False))

    def _take_tokens(self, pair: TokenPair) -> TokenPair:
        with self._lock:
            self.access_token = pair.access_token
            self.refresh_token = pair.refresh_token
        if self.on_tokens is not None:
            self.on_tokens(pair)
        return pair

    # --- API
    def health(self) -> Health:
        return self._call("GET", "/health", model=Health, auth=False)

    def push(self, batch: MutationBatch) -> MutationBatchResult:
        return self._call("POST", "/mutations", body=batch, model=MutationBatchResult)

    def changes(self, since: int, limit: int) -> ChangesPage:
        return parse(ChangesPage, self.changes_body(since, limit), "/changes")

    def changes_body(self, since: int, limit: int) -> bytes:
        """The page unparsed: a prefetching thread only waits on the network, and leaves the parsing
        (which holds the interpreter lock) to the thread that stores the page."""
        return self._call("GET", "/changes", params={"since": since, "limit": limit}, model=None)

    def open_data_review(self, selection: OpenDataSelection, english: bool = False) -> OpenDataReview:
        """What `selection` publishes as open data (administrators); the answer's `review` names it."""
        return self._call("POST", "/open-data/review", body=selection, params={"lang": "en" if english else "zh"},
                          model=OpenDataReview)

    def open_data_export(self, request: OpenDataExportRequest, english: bool = False) -> bytes:
        """The file of a reviewed selection in the format the request names."""
        return self._call("POST", "/open-data/export", body=request, params={"lang": "en" if english else "zh"},
                          model=None)

    def admin_service(self) -> ServiceStatus:
        return self._call("GET", "/admin/service", model=ServiceStatus)

    def admin_sensors(self) -> list[SensorState]:
        body = self._call("GET", "/admin/sensors", model=None)
        try:
            return _SENSORS.validate_json(body)
        except ValidationError as exc:
            raise CentralError(f"unexpected answer from /admin/sensors: {exc.error_count()} errors") from exc

    def admin_desks(self) -> list[DeskState]:
        body = self._call("GET", "/admin/desks", model=None)
        try:
            return _DESKS.validate_json(body)
        except ValidationError as exc:
            raise CentralError(f"unexpected answer from /admin/desks: {exc.error_count()} errors") from exc

    def admin_audit(self, filters: dict[str, Any], before: int | None = None, limit: int = 200) -> AuditPage:
        params = {**{k: v for k, v in filters.items() if v}, "limit": limit}
        if before:
            params["before"] = before
        return self._call("GET", "/admin/audit", params=params, model=AuditPage)

    def admin_officer(self, form: OfficerForm, officer_id: str | None = None) -> dict[str, Any]:
        """Create an account (no `officer_id`) or change one; the officer record as the service keeps it."""
        if officer_id is None:
            body = self._call("POST", "/admin/officers", body=form, model=None)
        else:
            body = self._call("PATCH", f"/admin/officers/{quote(officer_id, safe='')}", body=form, model=None)
        return _OFFICER.validate_json(body)

    def admin_agency(self, code: str, form: AgencyForm) -> None:
        self._call("PUT", f"/admin/agencies/{quote(code, safe='')}", body=form, model=None)

    def admin_plan(self, plan_id: str, form: PlanForm) -> None:
        self._call("PUT", f"/admin/plans/{quote(plan_id, safe='')}", body=form, model=None)

    def admin_category(self, code: str, form: CategoryForm) -> None:
        self._call("PATCH", f"/admin/categories/{quote(code, safe='')}", body=form, model=None)

    def admin_limits(self, code: str, form: LimitsForm) -> None:
        self._call("PUT", f"/admin/categories/{quote(code, safe='')}/limits", body=form, model=None)

    def admin_grid(self, content: bytes, dry_run: bool) -> GridImportResult:
        """A GeoJSON file of grid cells, tried (`dry_run`) or imported; a refused import raises CentralError."""
        return self._call("POST", "/admin/grid", content=content, params={"dry_run": int(dry_run)},
                          model=GridImportResult)

    def admin_password(self, officer_id: str, password: str) -> None:
        self._call("POST", f"/admin/officers/{quote(officer_id, safe='')}/password",
                   body=PasswordForm(password=password), model=None)

    def report_health(self, health: DeskHealth) -> None:
        """Tell the central service how this desk is (its operations-and-maintenance view lists desks)."""
        self._call("POST", "/desks/health", body=health, model=None)

    def upload(self, sha256: str, content: bytes, mime: str) -> None:
        """Put an attachment by its hash; uploading one the server already has is harmless."""

        def once() -> None:
            headers = {"Content-Type": mime, **self._auth_headers()}
            try:
                resp = self.session.put(
                    self.url(f"/attachments/{sha256}"), data=content, headers=headers, timeout=TIMEOUT,
                    verify=self.verify,
                )
            except requests.RequestException as exc:
                raise _offline(exc) from exc
            if resp.status_code >= 300:
                _raise_for(resp)

        self._with_auth(lambda: self._retrying(once))

    def open_stream(self, last_event_id: int | None, session: requests.Session) -> requests.Response:
        """The live stream, opened on its own session because it blocks its thread while open."""

        def attempt() -> requests.Response:
            headers = {"Accept": "text/event-stream", "Cache-Control": "no-cache", **self._auth_headers()}
            if last_event_id is not None:
                headers["Last-Event-ID"] = str(last_event_id)
            try:
                resp = session.get(self.url("/stream"), headers=headers, stream=True, timeout=STREAM_TIMEOUT,
                                   verify=self.verify)
            except requests.RequestException as exc:
                raise _offline(exc) from exc
            if resp.status_code != 200:
                resp.close()
                _raise_for(resp)
            return resp

        return self._with_auth(attempt)

    def url(self, path: str) -> str:
        return f"{self.base_url}{API}{path}"

    # --- plumbing
    def _auth_headers(self) -> dict[str, str]:
        with self._lock:
            token = self.access_token
        # the central service refuses an access token presented for another device than its own
        return {"Authorization": f"Bearer {token}", "X-Device-Id": self.device_id} if token else {}

    def _with_auth(self, attempt: Callable[[], T]) -> T:
        """Run `attempt`; on an expired access token refresh once and run it again."""
        if self.access_token is None and self.refresh_token is not None:
            self._refresh_after(None)
        used = self.access_token
        try:
            return attempt()
        except _Unauthorized:
            if self.refresh_token is None:
                raise AuthError("Not signed in.") from None
            self._refresh_after(used)
        try:
            return attempt()
        except _Unauthorized as exc:
            raise AuthError(str(exc), exc.code) from None

    def _refresh_after(self, rejected: str | None) -> None:
        """Refresh unless another thread already replaced the rejected access token meanwhile:
        refresh tokens rotate, so two threads refreshing with the same one would race."""
        with self._refresh_lock:
            if self.access_token is not None and self.access_token != rejected:
                return
            self.refresh()

    @overload
    def _call(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | None = None,
        content: bytes | None = None,
        params: dict[str, Any] | None = None,
        model: type[M],
        auth: bool = True,
    ) -> M: ...
    @overload
    def _call(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | None = None,
        content: bytes | None = None,
        params: dict[str, Any] | None = None,
        model: None,
        auth: bool = True,
    ) -> bytes: ...
    def _call(
        self,
        method: str,
        path: str,
        *,
        body: BaseModel | None = None,
        content: bytes | None = None,
        params: dict[str, Any] | None = None,
        model: type[M] | None,
        auth: bool = True,
    ) -> M | bytes:
        """The response parsed into `model`, or its body unparsed when `model` is None; the request's body is
        `body` as JSON, or `content` (JSON already) as it is."""
        data = body.model_dump_json().encode() if body is not None else content

        def once() -> M | bytes:
            headers = {"Accept": "application/json"}
            if data is not None:
                headers["Content-Type"] = "application/json"
            if auth:
                headers.update(self._auth_headers())
            try:
                resp = self.session.request(
                    method, self.url(path), data=data, params=params, headers=headers, timeout=TIMEOUT,
                    verify=self.verify,  # per request: a session's own is overridden by REQUESTS_CA_BUNDLE
                )
            except requests.RequestException as exc:
                raise _offline(exc) from exc
            if resp.status_code >= 300:
                if resp.status_code in (401, 403, 423) and not auth:
                    raise AuthError(_message(resp, "Wrong user name or password."), _code(resp))
                _raise_for(resp)
            return resp.content if model is None else parse(model, resp.content, path)

        def retried() -> M | bytes:
            return self._retrying(once)

        return self._with_auth(retried) if auth else retried()

    def _retrying(self, once: Callable[[], T]) -> T:
        """`once()`, repeated with jittered exponential backoff while the service cannot be reached."""
        retrying = Retrying(
            # a certificate that fails verification fails the same way again: said at once
            retry=retry_if_exception_type(OfflineError) & retry_if_not_exception_type(CertificateError),
            wait=wait_random_exponential(multiplier=0.1, max=2.0),
            stop=stop_after_attempt(self.attempts),
            reraise=True,
        )
        return retrying(once)


def parse(model: type[M], body: bytes, path: str) -> M:
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        raise CentralError(f"unexpected answer from {path}: {exc.error_count()} errors") from exc


class _Unauthorized(AuthError):
    """The access token was not accepted: refresh and try again."""


def _message(resp: requests.Response, default: str) -> str:
    try:
        body = resp.json()
    except ValueError:
        return default
    if isinstance(body, dict):
        return str(body.get("message") or body.get("detail") or body.get("error") or default)
    return default


def _raise_for(resp: requests.Response) -> None:
    status = resp.status_code
    if status == 401:
        raise _Unauthorized(_message(resp, "The session has expired; sign in again."), _code(resp))
    if status in (403, 423) and _code(resp) in ("account_locked", "account_disabled", "invalid_token"):
        raise AuthError(_message(resp, "The account is locked."), _code(resp))
    if status == 429 or status >= 500:
        raise OfflineError(f"central service answered {status}: {_message(resp, resp.reason or '')}")
    raise CentralError(_message(resp, f"central service answered {status}"), status, _code(resp))


def _code(resp: requests.Response) -> str:
    try:
        body = resp.json()
    except ValueError:
        return ""
    return str(body.get("error", "")) if isinstance(body, dict) else ""


def check_ca_bundle(path: str | Path) -> str:
    """The bundle's path as requests wants it, once it is known to hold at least one certificate."""
    file = Path(path).expanduser()
    try:
        text = file.read_text(encoding="ascii", errors="replace")
    except OSError as exc:
        raise CertificateError(f"The CA bundle {file} cannot be read: {exc.strerror or exc}.") from exc
    if "-----BEGIN CERTIFICATE-----" not in text:
        raise CertificateError(f"The CA bundle {file} holds no PEM certificate.")
    return str(file)


def _offline(exc: requests.RequestException) -> OfflineError:
    if isinstance(exc, requests.exceptions.SSLError):
        return CertificateError(
            "The central service's certificate could not be verified; if the city uses its own "
            f"certificate authority, set its CA bundle in the settings. ({_ssl_reason(exc)})"
        )
    return OfflineError(_describe(exc))


def _ssl_reason(exc: BaseException) -> str:
    """The innermost TLS reason (e.g. "certificate verify failed: self-signed certificate")."""
    text = str(exc)
    for marker in ("certificate verify failed", "hostname mismatch", "CERTIFICATE_VERIFY_FAILED"):
        at = text.find(marker)
        if at >= 0:
            return text[at:].split("')")[0].split('")')[0][:200]
    return text[:200]


def _describe(exc: requests.RequestException) -> str:
    if isinstance(exc, requests.Timeout):
        return "The central service did not answer in time."
    if isinstance(exc, requests.ConnectionError):
        return "The central service cannot be reached."
    return f"Network error: {exc.__class__.__name__}"
