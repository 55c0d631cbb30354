"""The demo's citizen app: a share of the simulator's citizen reports is filed through Open311
GeoReport v2 (`POST /open311/v2/requests.json`, form-encoded, as any outside client would), with
the requester's contact details, which stay on the central service.

The demo backend issues the app its api_key (`demo_key`) before the central service starts. Each
POST carries an `Idempotency-Key`, so a retry after a dropped answer files nothing twice. Incidents
filed this way are not the bots' own: bot.ops sees them in its feed and takes them up like any report
nobody has handled.
"""

from __future__ import annotations

import logging
import random
import uuid
from pathlib import Path
from typing import Any

import requests

log = logging.getLogger(__name__)

SHARE = 0.5  # of the simulator's citizen-app reports
CLIENT_NAME = "演示市民通 App"
_SURNAMES = "王李张刘陈杨赵黄周吴"
_GIVEN = ("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军")


def demo_key(db_path: Path) -> str:
    """A new api_key for the demo's citizen app (the previous run's keys are revoked)."""
    from dispatch_desk.central import open311_keys
    from dispatch_desk.central.storage import Storage

    storage = Storage.open(str(db_path))
    try:
        for old in open311_keys.list_keys(storage):
            if old.name == CLIENT_NAME and old.revoked_at is None:
                open311_keys.revoke(storage, old.id)
        return open311_keys.issue(storage, CLIENT_NAME)[1]
    finally:
        storage.close()


class Open311Client:
    def __init__(self, url: str, api_key: str, *, share: float = SHARE, seed: int = 7, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/") + "/open311/v2/requests.json"
        self.api_key = api_key
        self.share = share
        self.rng = random.Random(seed * 31 + 11)
        self.timeout = timeout
        self.http = requests.Session()
        self.filed = 0
        self.refused = 0

    def take(self, batch: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """File a share of the citizen-app reports of `batch`; returns the reports left to the bots."""
        rest = []
        for args in batch:
            if args.get("source") == "citizen_app" and not args.get("operation") and self.rng.random() < self.share:
                self.file(args)
            else:
                rest.append(args)
        return rest

    def file(self, args: dict[str, Any]) -> str | None:
        """POST one report as a service request; the service_request_id, or None when refused."""
        surname, given = self.rng.choice(_SURNAMES), self.rng.choice(_GIVEN)
        form = {
            "api_key": self.api_key, "service_code": args["category"], "lat": f"{args['lat']:.6f}",
            "long": f"{args['lon']:.6f}", "address_string": args.get("address", ""),
            "description": args.get("description", ""), "first_name": given, "last_name": surname,
            "phone": f"13{self.rng.randint(100000000, 999999999)}", "device_id": f"demo-{self.rng.randint(1, 999):03d}",
            "attribute[hazard]": "yes" if int(args.get("severity", 2)) >= 3 else "no",
        }
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        for _attempt in range(2):  # one retry after a dropped answer: the same key files it once
            try:
                resp = self.http.post(self.url, data=form, headers=headers, timeout=self.timeout)
            except requests.RequestException as exc:
                log.debug("open311 post failed, retrying: %s", exc)
                continue
            if resp.status_code in (200, 201):
                self.filed += 1
                return str(resp.json()[0]["service_request_id"])
            self.refused += 1
            log.debug("open311 request refused: %s %s", resp.status_code, resp.text[:200])
            return None
        self.refused += 1
        return None
