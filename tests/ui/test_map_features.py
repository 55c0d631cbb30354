"""The map's pure parts: records → GeoJSON, diffs, filter checks, and the generated pages."""

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from dispatch_desk.domain.records import IncidentStatus, Severity
from dispatch_desk.store import IncidentQuery
from dispatch_desk.ui.map.features import (
    IncidentLayerModel,
    cell_features,
    incident_feature,
    region_features,
    sla_state,
)
from dispatch_desk.ui.map.filtering import as_row, decidable, matches
from dispatch_desk.ui.map.page import build_page, build_report
from dispatch_desk.ui.map.sample import sample_city

NOW = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)


def _city():
    ref, incidents = sample_city(cells=60, incidents=80, seed=3, now=NOW)
    rules = {(r.category, str(r.stage)): r for r in ref.sla_rules}
    return ref, incidents, rules


def test_incident_features_carry_what_the_marker_and_popup_need():
    _, incidents, rules = _city()
    inc = replace(incidents[0], status=IncidentStatus.DISPATCHED, severity=Severity.HIGH,
                  due_at=NOW + timedelta(minutes=30))
    f = incident_feature(as_row(inc, rules), NOW, {inc.category: "暴露垃圾"})
    assert f["id"] == inc.id
    assert f["geometry"] == {"type": "Point", "coordinates": [round(inc.lon, 6), round(inc.lat, 6)]}
    p = f["properties"]
    assert (p["t"], p["s"], p["v"], p["c"]) == (inc.title, "dispatched", 3, inc.grid_cell)
    assert p["k"] == "暴露垃圾"
    assert p["q"] == "near"  # 30 minutes left, the rule's near window is 60
    assert p["d"] == int((NOW + timedelta(minutes=30)).timestamp())


def test_sla_state_follows_the_deadline_and_stops_when_closed_or_suspended():
    _, incidents, rules = _city()
    inc = replace(incidents[0], status=IncidentStatus.ACCEPTED, due_at=NOW + timedelta(hours=3))
    assert sla_state(as_row(inc, rules), NOW) == "ok"
    assert sla_state(as_row(inc, rules), NOW + timedelta(hours=2, minutes=30)) == "near"
    assert sla_state(as_row(inc, rules), NOW + timedelta(hours=3)) == "near"  # the deadline instant is in time
    assert sla_state(as_row(inc, rules), NOW + timedelta(hours=3, seconds=1)) == "overdue"
    assert sla_state(as_row(replace(inc, status=IncidentStatus.SUSPENDED), rules), NOW + timedelta(hours=5)) == "none"
    assert sla_state(as_row(replace(inc, status=IncidentStatus.CLOSED), rules), NOW + timedelta(hours=5)) == "none"


def test_regions_and_cells_become_polygons_with_their_hierarchy():
    ref, _, _ = _city()
    regions = region_features(ref.regions)
    assert {f["properties"]["level"] for f in regions} == {"city", "district", "street"}
    cells = cell_features(ref.grid_cells, ref.regions)
    first = cells[0]
    street = next(r for r in ref.regions if r.code == first["properties"]["street"])
    assert first["properties"]["district"] == street.parent
    ring = first["geometry"]["coordinates"][0]
    assert ring[0] == ring[-1] and len(ring) == 5


def test_diffs_say_only_what_changed_and_recolor_the_touched_cells():
    _, incidents, rules = _city()
    opened = [replace(i, status=IncidentStatus.DISPATCHED, due_at=NOW + timedelta(hours=5)) for i in incidents[:5]]
    model = IncidentLayerModel()
    first = model.replace_all([as_row(i, rules) for i in opened], NOW)
    assert len(first.added) == 5 and not first.changed and not first.removed
    assert sum(v[0] for v in first.cells.values()) == 5

    assert not model.replace_all([as_row(i, rules) for i in opened], NOW)  # nothing changed: empty diff

    overdue = replace(opened[0], due_at=NOW - timedelta(minutes=1))
    diff = model.upsert([as_row(overdue, rules)], NOW)
    assert [f["id"] for f in diff.changed] == [overdue.id] and not diff.added
    assert diff.cells[overdue.grid_cell][2] >= 1  # the cell now counts an overdue incident

    closed = replace(overdue, status=IncidentStatus.CLOSED, due_at=None)
    diff = model.upsert([as_row(closed, rules)], NOW)
    assert diff.cells[overdue.grid_cell][0] == model.load.get(overdue.grid_cell, (0, 0, 0))[0]

    diff = model.replace_all([as_row(i, rules) for i in opened[2:]], NOW)
    assert set(diff.removed) == {opened[0].id, opened[1].id}
    assert diff.to_js()["removed"] == diff.removed


def test_retime_turns_markers_overdue_as_the_clock_runs():
    _, incidents, rules = _city()
    inc = replace(incidents[0], status=IncidentStatus.ACCEPTED, due_at=NOW + timedelta(minutes=90))
    model = IncidentLayerModel()
    model.replace_all([as_row(inc, rules)], NOW)
    assert not model.retime(NOW + timedelta(minutes=10))
    assert model.retime(NOW + timedelta(minutes=45)).changed[0]["properties"]["q"] == "near"
    diff = model.retime(NOW + timedelta(minutes=91))
    assert diff.changed[0]["properties"]["q"] == "overdue"
    assert diff.cells[inc.grid_cell] == (1, 0, 1)


def test_filter_checks_mirror_the_store_query():
    _, incidents, rules = _city()
    inc = as_row(replace(incidents[0], status=IncidentStatus.DISPATCHED, severity=Severity.CRITICAL,
                         due_at=NOW - timedelta(minutes=5)), rules)
    assert matches(IncidentQuery(open_only=True), inc, NOW)
    assert matches(IncidentQuery(severities=(4,), sla=("overdue",)), inc, NOW)
    assert not matches(IncidentQuery(severities=(1, 2)), inc, NOW)
    assert matches(IncidentQuery(region=inc.street), inc, NOW)
    assert matches(IncidentQuery(region=inc.district), inc, NOW)
    assert not matches(IncidentQuery(region="elsewhere"), inc, NOW)
    assert not matches(IncidentQuery(statuses=("closed",)), inc, NOW)
    assert not matches(IncidentQuery(bbox=(0, 0, 1, 1)), inc, NOW)
    assert decidable(IncidentQuery()) and not decidable(IncidentQuery(text="井盖"))


def test_the_page_references_only_local_assets():
    html = build_page({"tr": {}, "tileUrl": None})
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls and all(u.startswith("ddmap://map/") for u in urls)
    assert "http://" not in html and "https://" not in html
    for banned in ("jquery", "bootstrap", "awesome", "font-awesome", "cdn"):
        assert banned not in html.lower()
    assert "preferCanvas" in html and '"preferCanvas": true' in html
    assert html.index("leaflet.js") < html.index("leaflet-heat.js") < html.index("dd_map.js")
    assert html.index("var map_dd") < html.index("DD.init(map_dd")


def test_the_report_page_is_one_self_contained_file():
    html = build_report({"tr": {}, "tileUrl": None}, {"incidents": {"features": []}}, None, ("load", None))
    assert not re.findall(r'<(?:script|link|img)[^>]*(?:src|href)=', html)  # no linked scripts, styles, images
    assert "Leaflet 1.9" in html and "DD.load(" in html and "data:image/png;base64," in html
    assert "qt.webChannelTransport" in html  # our script, which checks for the bridge before using it


def test_a_region_name_sits_inside_its_region_even_where_its_bounding_box_centre_does_not():
    from shapely.geometry import Point
    from shapely.geometry import Polygon as Shape

    from dispatch_desk.domain.records import Region, RegionLevel

    # An L-shaped district: the centre of its bounding box (2, 2) lies outside it, in the notch.
    ell = (((0.0, 0.0), (4.0, 0.0), (4.0, 1.0), (1.0, 1.0), (1.0, 4.0), (0.0, 4.0), (0.0, 0.0)),)
    [feature] = region_features([Region("d", "L区", RegionLevel.DISTRICT, polygon=ell)])
    lat, lon = feature["properties"]["label"]
    assert Shape(ell[0]).contains(Point(lon, lat))
    assert not Shape(ell[0]).contains(Point(2.0, 2.0))
