"""What an OASIS CAP 1.2 message says, as frozen records (the `cap` of an `Alert` from one).

Field names follow the specification's element names in snake case. Coordinates are (lon, lat) like
every polygon of the project, although CAP writes "lat,lon"; times are timezone-aware UTC. Parsing
the XML is the central service's work (`central/cap_xml.py`); the rules are in `domain/cap.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

CapRing = tuple[tuple[float, float], ...]  # (lon, lat) pairs, closed
Pair = tuple[str, str]  # a <valueName>/<value> pair (eventCode, parameter, geocode)


@dataclass(frozen=True, slots=True)
class CapArea:
    description: str  # <areaDesc>
    polygons: tuple[CapRing, ...] = ()
    circles: tuple[tuple[float, float, float], ...] = ()  # (lon, lat, radius in km)
    geocodes: tuple[Pair, ...] = ()
    altitude: float | None = None
    ceiling: float | None = None


@dataclass(frozen=True, slots=True)
class CapInfo:
    event: str
    urgency: str  # Immediate, Expected, Future, Past, Unknown
    severity: str  # Extreme, Severe, Moderate, Minor, Unknown
    certainty: str  # Observed, Likely, Possible, Unlikely, Unknown
    language: str = "en-US"  # the specification's default when <language> is absent
    categories: tuple[str, ...] = ()
    response_types: tuple[str, ...] = ()
    audience: str = ""
    event_codes: tuple[Pair, ...] = ()
    effective: datetime | None = None
    onset: datetime | None = None
    expires: datetime | None = None
    sender_name: str = ""
    headline: str = ""
    description: str = ""
    instruction: str = ""
    web: str = ""
    contact: str = ""
    parameters: tuple[Pair, ...] = ()
    areas: tuple[CapArea, ...] = ()


@dataclass(frozen=True, slots=True)
class CapMessage:
    identifier: str
    sender: str
    sent: datetime
    status: str  # Actual, Exercise, System, Test, Draft
    msg_type: str  # Alert, Update, Cancel, Ack, Error
    scope: str  # Public, Restricted, Private
    source: str = ""
    restriction: str = ""
    addresses: str = ""
    codes: tuple[str, ...] = ()
    note: str = ""
    references: tuple[str, ...] = ()  # message keys (`cap.message_key`) of earlier messages
    incidents: str = ""
    infos: tuple[CapInfo, ...] = ()
