"""CAP Atom and RSS feeds the central service polls (the administrator's list, `cap_feeds`).

Every `EVERY` seconds each feed is fetched and its entries read: an Atom <entry> or RSS <item>
names its CAP message by a link (a <link> or <enclosure> of type application/cap+xml, else its
link), or carries it inside its <content>. An entry is taken once per version (its id and updated
time, `cap_feed_entries`); its message goes through the same parser and rules as a POST
(`cap.import_bytes`), as the built-in system officer. A refused message is remembered as taken with
its reason, so a broken one is not fetched forever; a network failure is not, so it is tried again.

Fetching happens outside any transaction; each message is applied in a write transaction of its own,
on the same writer path as the API. Feeds and messages are read with the same safe XML parser as a
POST (no DTD, no entities, no network), with a size limit and a timeout.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin, urlparse

import requests
from lxml import etree
from starlette.concurrency import run_in_threadpool

from dispatch_desk.domain.cap import NAMESPACE, CapError

from . import audit, cap, cap_xml
from .reference import ReferenceCache
from .storage import Storage
from .system import system_officer

log = logging.getLogger(__name__)

EVERY = 60.0  # seconds between polls
TIMEOUT = 10.0
MAX_FEED_BYTES = 2 * 1024 * 1024
MAX_ENTRIES = 200  # the newest entries of one poll of one feed
ATOM = "http://www.w3.org/2005/Atom"
CAP_TYPES = ("application/cap+xml", "application/xml", "text/xml")
USER_AGENT = "dispatch-desk-cap-poller"


@dataclass(frozen=True)
class Feed:
    id: str
    url: str
    created_at: str
    last_polled_at: str | None = None
    last_error: str = ""


@dataclass(frozen=True)
class Entry:
    key: str  # id|updated
    url: str | None  # where the message is
    inline: bytes | None  # or the message itself


class FeedError(Exception):
    pass


# --- the administrator's list ----------------------------------------------------------------------------


def check_url(url: str) -> str:
    url = url.strip()
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise CapError("invalid_feed", "A feed is an http:// or https:// URL.")
    return url


def add_feed(storage: Storage, url: str) -> Feed:
    url = check_url(url)
    with storage.transaction(write=True) as tx:
        if tx.one("SELECT id FROM cap_feeds WHERE url = ?", (url,)) is not None:
            raise CapError("invalid_feed", "This feed is polled already.")
        feed = Feed(f"f-{uuid.uuid4().hex[:12]}", url, datetime.now(UTC).isoformat())
        tx.execute("INSERT INTO cap_feeds (id, url, created_at) VALUES (?, ?, ?)", (feed.id, feed.url, feed.created_at))
        audit.record(tx, "admin.cap_feed", name=feed.id, outcome="added", args={"url": url})
    return feed


def remove_feed(storage: Storage, feed_id: str) -> None:
    with storage.transaction(write=True) as tx:
        if tx.one("SELECT id FROM cap_feeds WHERE id = ?", (feed_id,)) is None:
            raise CapError("invalid_feed", f"No feed '{feed_id}'.")
        tx.execute("DELETE FROM cap_feed_entries WHERE feed_id = ?", (feed_id,))
        tx.execute("DELETE FROM cap_feeds WHERE id = ?", (feed_id,))
        audit.record(tx, "admin.cap_feed", name=feed_id, outcome="removed")


def list_feeds(storage: Storage) -> list[Feed]:
    with storage.transaction() as tx:
        rows = tx.execute("SELECT id, url, created_at, last_polled_at, last_error FROM cap_feeds ORDER BY created_at")
    return [Feed(*row) for row in rows]


# --- reading a feed ----------------------------------------------------------------------------------------


def _fetch(session: requests.Session, url: str, limit: int) -> bytes:
    try:
        with session.get(url, timeout=TIMEOUT, stream=True, headers={"User-Agent": USER_AGENT}) as resp:
            if resp.status_code != 200:
                raise FeedError(f"{url}: HTTP {resp.status_code}")
            chunks, size = [], 0
            for chunk in resp.iter_content(64 * 1024):
                size += len(chunk)
                if size > limit:  # refused like a POST of it: remembered as taken, not fetched again
                    raise CapError("too_large", f"{url}: more than {limit} bytes")
                chunks.append(chunk)
            return b"".join(chunks)
    except requests.RequestException as exc:
        raise FeedError(f"{url}: {exc}") from None


def _text(element: etree._Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def entries(body: bytes, base: str) -> list[Entry]:
    """The entries of an Atom or RSS 2.0 feed, in the feed's order; FeedError if it is neither."""
    try:
        root = etree.fromstring(body, cap_xml.safe_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise FeedError(f"the feed is not XML: {str(exc)[:200]}") from None
    if root.getroottree().docinfo.doctype:
        raise FeedError("the feed carries a DOCTYPE, which is refused")
    found: list[Entry] = []
    if root.tag == f"{{{ATOM}}}feed":
        for entry in root.findall(f"{{{ATOM}}}entry")[:MAX_ENTRIES]:
            ident = _text(entry.find(f"{{{ATOM}}}id"))
            updated = _text(entry.find(f"{{{ATOM}}}updated"))
            inline = entry.find(f"{{{ATOM}}}content/{{{NAMESPACE}}}alert")
            links = entry.findall(f"{{{ATOM}}}link")
            typed = [link.get("href") for link in links if (link.get("type") or "").split(";")[0] in CAP_TYPES]
            plain = [link.get("href") for link in links if link.get("rel", "alternate") == "alternate"]
            href = next((h for h in typed + plain if h), None)
            found.append(_entry(ident or href or "", updated, href, inline, base))
    elif etree.QName(root).localname == "rss":
        for item in root.findall("channel/item")[:MAX_ENTRIES]:
            enclosure = item.find("enclosure")
            href = enclosure.get("url") if enclosure is not None and enclosure.get("type") in CAP_TYPES else None
            href = href or _text(item.find("link")) or None
            ident = _text(item.find("guid")) or href or ""
            found.append(_entry(ident, _text(item.find("pubDate")), href, item.find(f"{{{NAMESPACE}}}alert"), base))
    else:
        raise FeedError(f"the feed is neither Atom nor RSS 2.0 (root <{etree.QName(root).localname}>)")
    return [e for e in found if e.url or e.inline]


def _entry(ident: str, updated: str, href: str | None, inline: etree._Element | None, base: str) -> Entry:
    body = etree.tostring(inline, encoding="utf-8", xml_declaration=True) if inline is not None else None
    url = urljoin(base, href) if href and body is None else None
    if url is not None and urlparse(url).scheme not in ("http", "https"):
        url = None
    return Entry(f"{ident}|{updated}"[:1000], url, body)


# --- polling -----------------------------------------------------------------------------------------------


@dataclass
class PollResult:
    taken: int = 0  # entries whose message was applied (created, updated, cancelled, recorded or duplicate)
    refused: int = 0  # entries whose message was refused (kept as taken, with the reason)
    failed: int = 0  # feeds or messages that could not be fetched (tried again next time)


def poll_once(storage: Storage, cache: ReferenceCache, session: requests.Session | None = None) -> PollResult:
    """Poll every feed once, in the calling thread."""
    session = session or requests.Session()
    result = PollResult()
    with storage.transaction(write=True) as tx:
        officer = system_officer(tx)
    for feed in list_feeds(storage):
        error = ""
        try:
            found = entries(_fetch(session, feed.url, MAX_FEED_BYTES), feed.url)
        except (FeedError, CapError) as exc:
            error, found = str(exc)[:500], []
            result.failed += 1
        with storage.transaction() as tx:
            taken = {row[0] for row in tx.execute("SELECT entry_key FROM cap_feed_entries WHERE feed_id = ?",
                                                  (feed.id,))}
        for entry in reversed(found):  # oldest first: an original before its update
            if entry.key in taken:
                continue
            try:
                body = entry.inline if entry.inline is not None else _fetch(session, entry.url or "", cap_xml.MAX_BYTES)
            except FeedError as exc:
                error = str(exc)[:500]
                result.failed += 1
                continue
            except CapError:
                body = b"x" * (cap_xml.MAX_BYTES + 1)  # refused below for its size, like a POST
            try:
                outcome = cap.import_bytes(storage, cache, body, officer_id=officer.id, device_id="cap-feed",
                                           client=feed.url[:200]).outcome
                result.taken += 1
            except CapError as exc:
                outcome = f"refused: {exc.code}"
                result.refused += 1
                log.warning("CAP feed %s: entry %s refused: %s", feed.url, entry.key, exc.message)
            with storage.transaction(write=True) as tx:
                tx.execute("INSERT INTO cap_feed_entries (feed_id, entry_key, taken_at, outcome) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT DO NOTHING", (feed.id, entry.key, datetime.now(UTC).isoformat(), outcome))
        with storage.transaction(write=True) as tx:
            tx.execute("UPDATE cap_feeds SET last_polled_at = ?, last_error = ? WHERE id = ?",
                       (datetime.now(UTC).isoformat(), error, feed.id))
    return result


async def run_periodically(storage: Storage, cache: ReferenceCache, every: float | None = None) -> None:
    """Poll every `every` seconds (default `EVERY`) until cancelled; failures are logged, not raised."""
    session = requests.Session()
    while True:
        await asyncio.sleep(every or EVERY)
        try:
            await run_in_threadpool(poll_once, storage, cache, session)
        except Exception:
            log.exception("polling CAP feeds failed; it runs again in %.0f s", every or EVERY)
