"""Bulk loading: the fast path into an empty cache and the chunked path into a filled one give the same
cache as the change feed would, search index and queue indexes included."""

from dataclasses import replace

from dispatch_desk.domain.codec import to_wire
from dispatch_desk.domain.records import IncidentStatus
from dispatch_desk.store import IncidentQuery, Store, cache

from .conftest import incident


def index_names(store):
    return sorted(r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'"))


def test_bulk_load_into_an_empty_cache_equals_the_records_and_keeps_every_index(store, monkeypatch):
    monkeypatch.setattr(cache, "BULK_CHUNK", 7)  # several chunks
    before = index_names(store)
    records = [incident(n, co_agencies=("A-LH",) if n % 3 == 0 else ()) for n in range(50)]
    assert store.bulk_load_incidents(iter(records)) == 50
    assert index_names(store) == before
    assert all(store.get("incident", r.id) == to_wire(r) for r in records)
    assert store.count_incidents(IncidentQuery(text="井盖")) == 50
    assert store.count_incidents(IncidentQuery(agency="A-LH")) == 17  # co-agency of every third
    assert store.count_incidents(IncidentQuery(agency="A-CG")) == 50  # the lead of all


def test_bulk_load_into_a_filled_cache_upserts_in_chunks(store, monkeypatch):
    monkeypatch.setattr(cache, "BULK_CHUNK", 4)
    store.bulk_load_incidents(incident(n) for n in range(10))
    changed = [replace(incident(n), status=IncidentStatus.CLOSED, title="道路积水") for n in range(5)]
    # the same incident twice in one stream: the later version wins
    store.bulk_load_incidents([*changed, incident(20), replace(incident(20), title="路灯不亮")])
    assert store.count_incidents(IncidentQuery()) == 11
    assert store.count_incidents(IncidentQuery(text="积水")) == 5
    assert store.count_incidents(IncidentQuery(text="井盖")) == 5
    assert store.count_incidents(IncidentQuery(text="路灯")) == 1
    assert store.count_incidents(IncidentQuery(open_only=True)) == 6
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_reader_sees_committed_writes(store):
    reader = store.reader()
    try:
        store.bulk_load_incidents([incident(1)])
        assert reader.get_incident("inc-0001") == incident(1)
    finally:
        reader.close()


def test_search_index_is_rebuilt_when_the_term_splitting_changes(tmp_path):
    path = tmp_path / "c.db"
    with Store.open(path) as store:
        store.bulk_load_incidents([incident(1)])
        store.set_setting("store.search_terms_version", 0)
        store.conn.execute("INSERT INTO incident_fts (incident_fts) VALUES ('delete-all')")
        assert store.count_incidents(IncidentQuery(text="井盖")) == 0
    with Store.open(path) as store:
        assert store.count_incidents(IncidentQuery(text="井盖")) == 1
