"""CAP Atom and RSS feeds (central/cap_feeds.py) against a real local HTTP server serving them."""

from __future__ import annotations

import functools
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dispatch_desk.central import cap_feeds
from dispatch_desk.central.reference import ReferenceCache
from dispatch_desk.domain.cap import CapError
from tests.central.conftest import populate
from tests.central.test_cap import BILLION_LAUGHS, alerts, fresh, ref, sample
from tests.support.central import CentralServer


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real HTTP server on loopback serving the files of a folder: (base URL, folder)."""
    root = tmp_path / "site"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", root
    server.shutdown()
    server.server_close()


def atom(entries: list[tuple[str, str, str]], inline: bytes | None = None) -> bytes:
    """An Atom feed of (id, updated, href) entries with CAP links; `inline` one more with the message inside."""
    items = "".join(f"""
  <entry>
    <id>{ident}</id><title>{ident}</title><updated>{updated}</updated>
    <link rel="alternate" type="text/html" href="/html/{ident}.html"/>
    <link rel="related" type="application/cap+xml" href="{href}"/>
  </entry>""" for ident, updated, href in entries)
    if inline is not None:
        message = inline.split(b"?>", 1)[1].decode()
        items += f"""
  <entry><id>urn:inline</id><title>inline</title><updated>2026-09-14T00:00:00Z</updated>
    <content type="application/cap+xml">{message}</content></entry>"""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>City warnings</title><id>urn:feed</id>
<updated>2026-09-14T00:00:00Z</updated>{items}
</feed>""".encode()


def test_an_atom_feed_is_polled_once_per_entry_version(any_central: CentralServer, site) -> None:
    city = populate(any_central)
    base, root = site
    now = datetime.now(UTC)
    warning = fresh(sample("typhoon_warning.xml"), now - timedelta(minutes=20))
    update = fresh(sample("typhoon_warning.xml"), now - timedelta(minutes=10), identifier="TY-02", msgType="Update",
                   references=ref(warning))
    (root / "warning.xml").write_bytes(warning)
    (root / "update.xml").write_bytes(update)
    (root / "laughs.xml").write_bytes(BILLION_LAUGHS)
    storm = fresh(sample("thunderstorm_warning.xml"))
    # newest first, as feeds list them; the update names the warning, so the oldest must be taken first
    (root / "feed.xml").write_bytes(atom([("urn:2", "2026-09-14T01:00:00Z", "update.xml"),
                                          ("urn:bad", "2026-09-14T00:30:00Z", f"{base}/laughs.xml"),
                                          ("urn:1", "2026-09-14T00:00:00Z", "/warning.xml"),
                                          ("urn:gone", "2026-09-14T00:00:00Z", "/missing.xml")], inline=storm))
    feed = cap_feeds.add_feed(city.storage, f"{base}/feed.xml")
    with pytest.raises(CapError):
        cap_feeds.add_feed(city.storage, f"{base}/feed.xml")
    with pytest.raises(CapError):
        cap_feeds.add_feed(city.storage, "file:///etc/passwd")
    result = cap_feeds.poll_once(city.storage, ReferenceCache())
    assert (result.taken, result.refused, result.failed) == (3, 1, 1)  # the missing one is tried again later
    found = alerts(city)
    assert len(found) == 2  # the typhoon warning (updated by TY-02) and the inline thunderstorm
    typhoon = next(a for a in found.values() if a.cap.sender == "warning@weather.example.cn")
    assert typhoon.cap.identifier == "TY-02"
    [listed] = cap_feeds.list_feeds(city.storage)
    assert listed.id == feed.id and "missing.xml" in listed.last_error and listed.last_polled_at
    # a second poll fetches nothing it took (a refused message is not fetched again either)
    again = cap_feeds.poll_once(city.storage, ReferenceCache())
    assert (again.taken, again.refused, again.failed) == (0, 0, 1)
    (root / "missing.xml").write_bytes(fresh(sample("homeland_advisory.xml")))
    assert cap_feeds.poll_once(city.storage, ReferenceCache()).taken == 1 and len(alerts(city)) == 3
    cap_feeds.remove_feed(city.storage, feed.id)
    assert cap_feeds.list_feeds(city.storage) == []


def test_an_rss_feed_names_its_messages_by_enclosure_or_link(central: CentralServer, site) -> None:
    city = populate(central)
    base, root = site
    (root / "a.xml").write_bytes(fresh(sample("typhoon_warning.xml")))
    (root / "b.xml").write_bytes(fresh(sample("thunderstorm_warning.xml")))
    (root / "rss.xml").write_bytes(f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>warnings</title><link>{base}</link><description>d</description>
<item><title>a</title><guid>a-1</guid><link>{base}/a.html</link>
  <enclosure url="{base}/a.xml" type="application/cap+xml" length="1"/></item>
<item><title>b</title><link>{base}/b.xml</link></item>
</channel></rss>""".encode())
    cap_feeds.add_feed(city.storage, f"{base}/rss.xml")
    assert cap_feeds.poll_once(city.storage, ReferenceCache()).taken == 2 and len(alerts(city)) == 2


def test_what_is_not_a_feed_is_named_and_changes_nothing(central: CentralServer, site) -> None:
    city = populate(central)
    base, root = site
    (root / "page.html").write_bytes(b"<html><body>not a feed</body></html>")
    (root / "dtd.xml").write_bytes(b'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY e "x">]>'
                                   b'<feed xmlns="http://www.w3.org/2005/Atom">&e;</feed>')
    for name in ("page.html", "dtd.xml", "nothing-here.xml"):
        cap_feeds.add_feed(city.storage, f"{base}/{name}")
    result = cap_feeds.poll_once(city.storage, ReferenceCache())
    assert result.failed == 3 and result.taken == 0 and alerts(city) == {}
    errors = sorted(f.last_error for f in cap_feeds.list_feeds(city.storage))
    assert any("DOCTYPE" in e for e in errors) and any("neither Atom nor RSS" in e for e in errors)


def test_the_running_service_polls_by_itself(central_factory, site, monkeypatch) -> None:
    monkeypatch.setattr(cap_feeds, "EVERY", 0.2)
    city = populate(central_factory("sqlite"))
    base, root = site
    (root / "w.xml").write_bytes(fresh(sample("typhoon_warning.xml")))
    (root / "feed.xml").write_bytes(atom([("urn:w", "2026-09-14T00:00:00Z", "w.xml")]))
    done = subprocess.run([sys.executable, "-m", "dispatch_desk.cli", "central", "cap-feed-add", "--db", city.db_url,
                           "--url", f"{base}/feed.xml"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    deadline = time.monotonic() + 30
    while not alerts(city) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(alerts(city)) == 1
