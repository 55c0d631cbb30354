"""English names enter the central service with the reference data, and bad ones are refused whole:
a clear message, nothing written."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest

from dispatch_desk import cli
from dispatch_desk.central import admin
from dispatch_desk.central.storage import Storage
from dispatch_desk.domain.records import Agency, Category, Region, RegionLevel, Stationing
from tests.support.central import CentralServer, city_bundle


def _run(monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    return cli.main(["central", *argv])


def _counts(storage: Storage) -> dict[str, int]:
    with storage.transaction() as tx:
        return dict(tx.execute("SELECT entity, COUNT(*) FROM records GROUP BY entity"))


def test_a_bundle_with_a_bad_english_name_is_refused_and_nothing_is_written(central: CentralServer):
    bundle = city_bundle()
    bundle.regions[1] = dataclasses.replace(bundle.regions[1], name_en="District\x00One")
    with pytest.raises(admin.AdminError) as refused:
        admin.load_bundle(central.storage, bundle)
    message = str(refused.value)
    assert message.startswith("The bundle was not loaded:")
    assert "Region 'D1'" in message and "name_en" in message and "control characters" in message
    assert _counts(central.storage) == {}
    assert admin.audit_entries(central.storage, kind="admin.import") == []


def test_a_bad_english_name_does_not_replace_a_good_record(central: CentralServer):
    central.load(city_bundle())
    before = _counts(central.storage)
    good = Agency("CG", "城管局", Stationing.RESIDENT, name_en="Urban Management Bureau")
    central.add(good)
    bad = dataclasses.replace(good, short_name_en="x" * 500)
    with pytest.raises(admin.AdminError, match=r"Agency 'CG': short_name_en — String should have at most 200"):
        admin.put_records(central.storage, [bad, Category("new", "新类别")])
    assert next(a for a in admin.list_records(central.storage, Agency) if a.code == "CG") == good
    assert _counts(central.storage) == before  # the good category of the same call was not written either


def test_a_bundle_file_keeps_its_english_names_and_a_bad_one_is_an_error_for_people(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    bundle = city_bundle()
    bundle.regions[0] = dataclasses.replace(bundle.regions[0], name_en="Demo City")
    wire = admin.bundle_to_wire(bundle)
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(wire, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert _run(monkeypatch, "import", "--db", db, str(path)) == 0
    storage = Storage.open(db)
    try:
        assert {r.code: r.name_en for r in admin.list_records(storage, Region)}["C"] == "Demo City"
    finally:
        storage.close()

    wire["indicators"][0]["unit_en"] = 42  # not text
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(wire, ensure_ascii=False), encoding="utf-8")
    fresh = str(tmp_path / "fresh.db")
    capsys.readouterr()
    assert _run(monkeypatch, "import", "--db", fresh, str(bad)) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "Indicator 'pm25': unit_en" in err
    storage = Storage.open(fresh)
    try:
        assert _counts(storage) == {}
    finally:
        storage.close()


def test_the_admin_commands_take_english_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    db = str(tmp_path / "c.db")
    assert _run(monkeypatch, "add-agency", "--db", db, "--code", "CG", "--name", "城管局", "--short-name", "城管",
                "--name-en", "Urban Management Bureau", "--short-name-en", "Urban Management") == 0
    assert _run(monkeypatch, "add-region", "--db", db, "--code", "S1", "--name", "陆家嘴街道", "--level", "street",
                "--name-en", "Lujiazui Subdistrict") == 0
    assert _run(monkeypatch, "add-category", "--db", db, "--code", "garbage", "--name", "暴露垃圾",
                "--group", "市容环境", "--name-en", "Exposed garbage", "--group-en", "City appearance") == 0
    assert _run(monkeypatch, "add-region", "--db", db, "--code", "S2", "--name", "二街道", "--level", "street",
                "--name-en", "Bad\x07") == 2
    storage = Storage.open(db)
    try:
        agency, = admin.list_records(storage, Agency)
        assert (agency.name_en, agency.short_name_en) == ("Urban Management Bureau", "Urban Management")
        assert [r.name_en for r in admin.list_records(storage, Region)] == ["Lujiazui Subdistrict"]
        category, = admin.list_records(storage, Category)
        assert (category.name_en, category.group_en) == ("Exposed garbage", "City appearance")
    finally:
        storage.close()


def test_records_stored_before_the_english_names_are_read_and_served_with_empty_ones(central: CentralServer):
    from dispatch_desk.central import ledger
    from dispatch_desk.domain import codec

    old = Region("C", "示范市", RegionLevel.CITY)
    with central.storage.transaction(write=True) as tx:
        ledger.put_raw(tx, "region", "C", {k: v for k, v in codec.to_wire(old).items() if k != "name_en"})
    assert admin.list_records(central.storage, Region) == [old]
    central.create_officer("wang", "ops_officer", region="C")
    changes, _ = central.client("wang").pull()
    region = next(c["data"] for c in changes if c["entity"] == "region")
    assert codec.from_wire(Region, region) == old  # the desk reads it with an empty English name
