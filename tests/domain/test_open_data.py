"""The rules of open data: what is masked, what is coarsened, and what a selection may name."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dispatch_desk.domain import open_data as od
from dispatch_desk.domain.geo import GridIndex, RegionTree
from dispatch_desk.domain.records import Agency, Incident, IncidentStatus, Severity, Source, Stationing
from tests.support.central import city_bundle

NOW = datetime(2026, 11, 20, 3, 17, 45, tzinfo=UTC)


@pytest.mark.parametrize(("text", "published", "kind"), [
    ("联系电话13812345678", "联系电话＊＊＊", "number"),
    ("电话 138-1234-5678 请回电", "电话 ＊＊＊ 请回电", "number"),
    ("座机021-64871234", "座机＊＊＊", "number"),
    ("身份证31010519800101123X", "身份证＊＊＊", "number"),
    ("邮箱 wang.wu@example.com", "邮箱 ＊＊＊", "email"),
    ("沪A12345 占用消防通道", "＊＊＊ 占用消防通道", "plate"),
    ("张先生反映楼下噪音", "某先生反映楼下噪音", "name"),
    ("联系人：王小五，住3楼", "联系人：＊，住3楼", "name"),
    ("Called by Mr. Smith about the bins", "Called by Mr ＊ about the bins", "name"),
])
def test_personal_data_in_a_text_is_masked(text: str, published: str, kind: str) -> None:
    tally: Counter[str] = Counter()
    assert od.mask(text, tally) == published
    assert tally == {kind: 1}


@pytest.mark.parametrize("text", ["道路破损约2平方米", "2026年11月", "3号楼前", "井盖缺失 1 处", "PM2.5 超标"])
def test_ordinary_words_and_short_numbers_are_kept(text: str) -> None:
    assert od.mask(text) == text


@given(st.text(alphabet="路口垃圾桶满溢请处理 ，。abc", max_size=30), st.text(alphabet="路口，。 ", max_size=30),
       st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_no_mobile_number_survives_whatever_surrounds_it(before: str, after: str, number: str) -> None:
    assert number not in od.mask(before + number + after)


def _names() -> od.Names:
    bundle = city_bundle()
    categories = {c.code: c for c in bundle.categories}
    categories["road_damage"] = replace(categories["road_damage"], exact_location=True)
    tree = RegionTree(bundle.regions)
    return od.Names(categories, {"CG": Agency("CG", "城管局", Stationing.RESIDENT)}, tree,
                    GridIndex(bundle.grid_cells, tree))


def _incident(category: str = "garbage", **extra) -> Incident:
    values = dict(id="inc-1", title="垃圾堆放：示范路100号", category=category, source=Source.HOTLINE_12345,
                  severity=Severity.NORMAL, status=IncidentStatus.DISPATCHED, lon=121.40312, lat=31.20477,
                  reported_at=NOW, updated_at=NOW, description="张先生来电 13812345678", code="2026112000001",
                  address="示范路100号2单元302室", grid_cell="G11", street="S11", district="D1", reporter="o-ops",
                  lead_agency="CG", return_reason="不属本单位", deadline=NOW + timedelta(days=1))
    values.update(extra)
    return Incident(**values)


def _selection(**extra) -> od.Selection:
    return od.Selection(NOW - timedelta(days=1), NOW + timedelta(days=1), **extra)


def test_a_category_at_home_publishes_its_grid_cell_its_street_and_the_hour() -> None:
    row = od.publish(_incident(), _selection(), _names())
    assert (row.lon, row.lat, row.precision) == (121.405, 31.205, "grid_cell")
    assert row.address == "S11街道" and row.title == "垃圾堆放：S11街道"
    assert row.reported_at == NOW.replace(minute=0, second=0)
    assert row.description == "某先生来电 ＊＊＊" and row.agency == "城管局" and row.case == "2026112000001"


def test_a_category_of_public_space_keeps_its_point_to_ten_metres_without_the_room() -> None:
    row = od.publish(_incident("road_damage", title="道路破损：示范路100号"), _selection(), _names())
    assert (row.lon, row.lat, row.precision) == (121.4031, 31.2048, "point")
    assert row.address == "示范路100号" and row.reported_at == NOW


def test_the_reviewer_coarsens_more_and_withholds_the_texts() -> None:
    tally: Counter[str] = Counter()
    row = od.publish(_incident("road_damage"), _selection(coarsen=("road_damage",), withhold_text=True), _names(),
                     result="已修复，联系人：李四", tally=tally)
    assert row.precision == "grid_cell" and tally["coarsened"] == 1
    assert (row.title, row.description, row.result) == ("道路破损", "", "")


def test_no_field_of_a_published_row_carries_what_the_rules_withhold() -> None:
    row = od.publish(_incident(), _selection(), _names())
    for fmt in od.FORMATS:
        text = od.render([row], fmt).decode("utf-8-sig")
        for secret in ("o-ops", "inc-1", "不属本单位", "13812345678", "302室", "121.40312"):
            assert secret not in text, (fmt, secret)


def test_the_three_formats_carry_the_same_rows() -> None:
    names = _names()
    rows = [od.publish(_incident(id=f"inc-{n}", code=f"C{n}"), _selection(), names) for n in range(3)]
    table = list(csv.DictReader(io.StringIO(od.render(rows, "csv").decode("utf-8-sig"))))
    features = json.loads(od.render(rows, "geojson"))["features"]
    requests = json.loads(od.render(rows, "open311"))
    assert [r["case"] for r in table] == [f["id"] for f in features] == [r["service_request_id"] for r in requests]
    assert features[0]["geometry"]["coordinates"] == [121.405, 31.205]
    assert requests[0]["status"] == "open" and requests[0]["address_id"] == "G11"
    assert table[0]["reported_at"] == "2026-11-20T11:00:00+08:00"


def test_the_selection_covers_its_period_area_and_categories_but_no_cancelled_case() -> None:
    tree = RegionTree(city_bundle().regions)
    assert _selection().covers(_incident(), tree)
    assert not _selection(area="D2").covers(_incident(), tree)
    assert _selection(area="D1").covers(_incident(), tree) and _selection(area="C").covers(_incident(), tree)
    assert not _selection(categories=("road_damage",)).covers(_incident(), tree)
    assert not _selection().covers(_incident(status=IncidentStatus.CANCELLED), tree)
    assert not _selection().covers(_incident(reported_at=NOW + timedelta(days=2)), tree)


def test_a_review_covers_only_its_own_selection_for_an_hour() -> None:
    chosen = _selection()
    assert od.why_not_reviewed(chosen.args(), chosen, NOW, NOW + timedelta(minutes=59)) is None
    assert od.why_not_reviewed(chosen.args(), chosen, NOW, NOW + timedelta(minutes=61))
    assert od.why_not_reviewed(chosen.args(), _selection(withhold_text=True), NOW, NOW)
    assert od.why_not_reviewed(chosen.args(), chosen, NOW + timedelta(minutes=5), NOW)  # a review from the future


def test_a_selection_is_parsed_into_sorted_codes_and_aware_times() -> None:
    tree, categories = RegionTree(city_bundle().regions), ["garbage", "road_damage"]
    chosen = od.parse_selection({"start": "2026-11-01T00:00:00+08:00", "end": "2026-11-02T00:00:00+08:00",
                                 "area": "S11", "categories": ["road_damage", "garbage", "garbage"]}, tree, categories, NOW)
    assert isinstance(chosen, od.Selection)
    assert chosen.categories == ("garbage", "road_damage") and chosen.area == "S11"
    assert od.parse_selection({"start": "2026-12-01T00:00:00+08:00", "end": "2026-12-02T00:00:00+08:00"},
                              tree, categories, NOW).reason == "The period has not started yet"
    assert "withhold_text" in od.parse_selection({"start": "2026-11-01T00:00:00+08:00", "end": "2026-11-02T00:00:00+08:00",
                                                  "withhold_text": "yes"}, tree, categories, NOW).reason
