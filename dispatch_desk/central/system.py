"""The officer the central service acts as when nobody did: alarms that report incidents (智能发现),
suspensions that run out. Role admin so it may act anywhere; no password, so nobody can log in as it."""

from __future__ import annotations

from dispatch_desk.domain.records import Officer, Role

from . import ledger
from .storage import Tx

SYSTEM_OFFICER = Officer("o-system", "system", "城运中心系统", Role.ADMIN)


def system_officer(tx: Tx) -> Officer:
    """Created on first use, so that it reaches every feed like any officer record."""
    found = ledger.get(tx, Officer, SYSTEM_OFFICER.id)
    if found is None:
        ledger.put(tx, SYSTEM_OFFICER)
        return SYSTEM_OFFICER
    return found
