/* Dispatch Desk grid map: layers, live diffs and the bridge back to the application.
 *
 * The page is generated once; the application then calls DD.load(snapshot) and afterwards only
 * small diffs (DD.apply). Clicks travel back through the QWebChannel object "bridge" when the page
 * runs inside the application; an exported report page has no bridge and stays read-only.
 */
(function () {
  'use strict';
  var DD = window.DD = {version: 0, loaded: false};
  var map, cfg, canvas, base, under, areas, bridge = null;  // canvas: outlines + markers; under: cells
  var regions = {}, cells = {}, cellLoad = {}, incidents = {};
  var groups = {};
  var scope = {level: 'city', code: null};
  var mode = 'load', indicator = null;
  var heat = null, heatOn = false, heatTimer = null;
  var highlight = null, legend = null, tool = null;
  var opLayers = {}, opLabels = {}, opShown = null;  // operation areas by id; the operation in view
  var tasks = {}, taskSelected = null;  // task markers of the operation in view (Leaflet markers)

  var STATUS_COLORS = {
    reported: '#2563eb', registered: '#2563eb',
    dispatched: '#f59e0b', accepted: '#d97706',
    returned: '#9333ea', escalated: '#9333ea',
    suspended: '#64748b',
    disposed: '#16a34a', verified: '#15803d',
    closed: '#9ca3af', cancelled: '#9ca3af'
  };
  var SEVERITY_RADIUS = {1: 4, 2: 5.5, 3: 7.5, 4: 10};
  var LOAD_COLORS = {none: '#dcefd8', open1: '#fef3c7', open3: '#fde68a', open6: '#facc15',
                     near: '#fb923c', overdue1: '#f87171', overdue2: '#b91c1c'};
  var IND_COLORS = {ok: '#4ade80', warn: '#facc15', alarm: '#dc2626', none: '#e5e7eb'};
  var TASK_COLORS = {assigned: '#0369a1', accepted: '#4338ca', in_progress: '#d97706', blocked: '#9f1239',
                     done: '#15803d'};
  var TASK_ORDER = ['assigned', 'accepted', 'in_progress', 'blocked', 'done'];

  function call(name) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (bridge && bridge[name]) { bridge[name].apply(bridge, args); }
  }

  function esc(s) {
    return String(s === null || s === undefined ? '' : s).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  // ---------------------------------------------------------------- styles
  function loadColor(load) {
    var open = load ? load[0] : 0, near = load ? load[1] : 0, over = load ? load[2] : 0;
    if (mode === 'overdue') {
      return over >= 2 ? LOAD_COLORS.overdue2 : over === 1 ? LOAD_COLORS.overdue1 : LOAD_COLORS.none;
    }
    if (mode === 'load') {
      if (over >= 2) { return LOAD_COLORS.overdue2; }
      if (over === 1) { return LOAD_COLORS.overdue1; }
      if (near > 0) { return LOAD_COLORS.near; }
    }
    if (open >= 6) { return LOAD_COLORS.open6; }
    if (open >= 3) { return LOAD_COLORS.open3; }
    if (open >= 1) { return LOAD_COLORS.open1; }
    return LOAD_COLORS.none;
  }

  function indicatorColor(code) {
    var v = indicator.values[code];
    if (v === undefined || v === null) { return IND_COLORS.none; }
    var up = indicator.direction !== 'down';
    var past = function (t) { return t !== null && t !== undefined && (up ? v >= t : v <= t); };
    if (past(indicator.alarm)) { return IND_COLORS.alarm; }
    if (past(indicator.warn)) { return IND_COLORS.warn; }
    return IND_COLORS.ok;
  }

  function cellStyle(code) {
    var fill = mode === 'indicator' && indicator ? indicatorColor(code) : loadColor(cellLoad[code]);
    return {color: '#475569', weight: 0.7, opacity: 0.9, fillColor: fill, fillOpacity: 0.55};
  }

  function markerStyle(p) {
    var stroke = '#ffffff', weight = 1.2;
    if (p.q === 'overdue') { stroke = '#b91c1c'; weight = 3; }
    else if (p.q === 'near') { stroke = '#ea580c'; weight = 2.5; }
    return {radius: SEVERITY_RADIUS[p.v] || 5, color: stroke, weight: weight, opacity: 1,
            fillColor: STATUS_COLORS[p.s] || '#2563eb', fillOpacity: 0.95};
  }

  // ---------------------------------------------------------------- legend
  function swatch(color, label, round) {
    return '<div class="dd-row"><i class="dd-sw' + (round ? ' dd-dot' : '') + '" style="background:' + color +
      '"></i>' + esc(label) + '</div>';
  }

  // The legend folds to its title: on a laptop's small map it would otherwise cover the officer's area.
  // Until the officer opens or folds it, the map's size decides, again at every resize (the page
  // first lays out before the window has its final size).
  var legendOpen = null, legendChosen = false;

  function toggleLegend() {
    legendOpen = !legendOpen;
    legendChosen = true;
    renderLegend();
  }

  function legendFits() {
    var size = map.getSize();
    return size.y >= 640 && size.x >= 640;
  }

  function renderLegend() {
    if (!legend) { return; }
    var t = cfg.tr, h = '';
    if (legendOpen === null || !legendChosen) { legendOpen = legendFits(); }
    var head = '<div class="dd-legend-head" title="' + esc(t.legend_toggle) + '">' + esc(t.legend) +
      '<span class="dd-fold">' + (legendOpen ? '▾' : '▸') + '</span></div>';
    if (!legendOpen) {
      legend.getContainer().innerHTML = head;
      legend.getContainer().classList.add('dd-folded');
      return;
    }
    legend.getContainer().classList.remove('dd-folded');
    if (mode === 'indicator' && indicator) {
      h += '<b>' + esc(indicator.name) + (indicator.unit ? ' (' + esc(indicator.unit) + ')' : '') + '</b>';
      var fmt = function (x) { return x === null || x === undefined ? '—' : x; };
      h += swatch(IND_COLORS.ok, t.ind_ok);
      h += swatch(IND_COLORS.warn, t.ind_warn + ' ' + fmt(indicator.warn));
      h += swatch(IND_COLORS.alarm, t.ind_alarm + ' ' + fmt(indicator.alarm));
      h += swatch(IND_COLORS.none, t.no_data);
    } else {
      h += '<b>' + esc(t['mode_' + mode]) + '</b>';
      if (mode === 'load') {
        h += swatch(LOAD_COLORS.overdue2, t.overdue_many) + swatch(LOAD_COLORS.overdue1, t.overdue_one);
        h += swatch(LOAD_COLORS.near, t.near);
      }
      if (mode === 'overdue') {
        h += swatch(LOAD_COLORS.overdue2, t.overdue_many) + swatch(LOAD_COLORS.overdue1, t.overdue_one);
      } else {
        h += swatch(LOAD_COLORS.open6, t.open6) + swatch(LOAD_COLORS.open3, t.open3) + swatch(LOAD_COLORS.open1, t.open1);
      }
      h += swatch(LOAD_COLORS.none, t.open0);
    }
    h += '<b class="dd-sec">' + esc(t.markers) + '</b>';
    h += swatch(STATUS_COLORS.reported, t.st_new, true) + swatch(STATUS_COLORS.dispatched, t.st_handling, true);
    h += swatch(STATUS_COLORS.returned, t.st_returned, true) + swatch(STATUS_COLORS.disposed, t.st_done, true);
    h += swatch(STATUS_COLORS.suspended, t.st_suspended, true);
    h += '<div class="dd-row"><i class="dd-sw dd-dot dd-ring-over"></i>' + esc(t.ring_overdue) + '</div>';
    h += '<div class="dd-row"><i class="dd-sw dd-dot dd-ring-near"></i>' + esc(t.ring_near) + '</div>';
    h += '<div class="dd-row dd-sizes"><i class="dd-dot" style="width:7px;height:7px"></i>' +
      '<i class="dd-dot" style="width:11px;height:11px"></i><i class="dd-dot" style="width:15px;height:15px"></i>' +
      '<i class="dd-dot" style="width:20px;height:20px"></i>' + esc(t.severity) + '</div>';
    if (opShown || Object.keys(tasks).length) {
      h += '<b class="dd-sec">' + esc(t.tasks) + '</b>';
      TASK_ORDER.forEach(function (s) {
        h += '<div class="dd-row"><i class="dd-sw dd-task-sw" style="background:' + TASK_COLORS[s] + '"></i>' +
          esc(cfg.taskStatusNames[s] || s) + '</div>';
      });
      h += '<div class="dd-row"><i class="dd-sw dd-task-sw dd-task-sw-over"></i>' + esc(t.task_overdue) + '</div>';
    }
    legend.getContainer().innerHTML = head + h;
  }

  // ---------------------------------------------------------------- regions & drill-down
  function regionLayer(f, level) {
    var layer = L.geoJSON(f, {renderer: canvas, style: function () {
      return level === 'district'
        ? {color: '#1e293b', weight: 2.2, opacity: 0.9, fillOpacity: 0.0, fill: true}
        : {color: '#334155', weight: 1.4, opacity: 0.9, dashArray: '5 4', fillOpacity: 0.0, fill: true};
    }}).getLayers()[0];
    layer.ddCode = f.id;
    layer.ddProps = f.properties;
    layer.on('click', function (e) { L.DomEvent.stop(e); if (!tool) { DD.drill(f.id); } });
    layer.bindTooltip(esc(f.properties.name), {sticky: true, direction: 'top', className: 'dd-tip'});
    return layer;
  }

  function cellLayer(f) {
    var layer = L.geoJSON(f, {renderer: under, style: function () { return cellStyle(f.id); }}).getLayers()[0];
    layer.ddCode = f.id;
    layer.ddProps = f.properties;
    layer.options.interactive = false;  // a passive canvas: clicks come through the map (cellAt)
    return layer;
  }

  function inRing(ll, ring) {
    var inside = false, x = ll.lng, y = ll.lat;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var xi = ring[i].lng, yi = ring[i].lat, xj = ring[j].lng, yj = ring[j].lat;
      if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) { inside = !inside; }
    }
    return inside;
  }

  function cellAt(ll) {
    var found = null;
    groups.cells.eachLayer(function (layer) {
      if (!found && layer.getBounds().contains(ll)) {
        var rings = layer.getLatLngs();
        if (inRing(ll, Array.isArray(rings[0]) ? rings[0] : rings)) { found = layer; }
      }
    });
    return found;
  }

  function cellPopup(layer, latlng) {
    var f = {id: layer.ddCode, properties: layer.ddProps};
    var load = cellLoad[f.id] || [0, 0, 0], t = cfg.tr;
    var html = '<div class="dd-pop"><b>' + esc(f.properties.name) + '</b><div class="dd-sub">' + esc(f.id) +
      (f.properties.team ? ' · ' + esc(f.properties.team) : '') + '</div>' +
      '<div>' + esc(t.open_count) + ' <b>' + load[0] + '</b> · ' + esc(t.near) + ' <b>' + load[1] +
      '</b> · ' + esc(t.overdue) + ' <b>' + load[2] + '</b></div>';
    if (mode === 'indicator' && indicator && indicator.values[f.id] !== undefined) {
      html += '<div>' + esc(indicator.name) + ': <b>' + indicator.values[f.id] + '</b> ' + esc(indicator.unit) + '</div>';
    }
    L.popup().setLatLng(latlng).setContent(html + '</div>').openOn(map);
    call('cellClicked', f.id);
  }

  function labelFor(layer) {
    return L.tooltip({permanent: true, direction: 'center', className: 'dd-label', interactive: false})
      .setLatLng(layer.ddProps.label || layer.getBounds().getCenter()).setContent(esc(layer.ddProps.name));
  }

  // Fit `bounds` into the part of the map the legend leaves free: beside it or above it, whichever
  // shows the area larger (the legend sits in the bottom-right corner).
  function fitClear(bounds, pad, maxZoom) {
    var box = legend && legend.getContainer(), size = map.getSize();
    var opts = {paddingTopLeft: [pad, pad], paddingBottomRight: [pad, pad], animate: false};
    if (maxZoom) { opts.maxZoom = maxZoom; }
    if (box && box.offsetWidth) {
      var w = box.offsetWidth + 10 + pad, h = box.offsetHeight + 10 + pad;  // the control's 10px margin
      var beside = w < size.x - 2 * pad ? map.getBoundsZoom(bounds, false, L.point(pad + w, 2 * pad)) : -Infinity;
      var above = h < size.y - 2 * pad ? map.getBoundsZoom(bounds, false, L.point(2 * pad, pad + h)) : -Infinity;
      if (beside > -Infinity || above > -Infinity) {
        opts.paddingBottomRight = beside >= above ? [w, pad] : [pad, h];
      }
    }
    map.fitBounds(bounds, opts);
    autoFit = {bounds: bounds, pad: pad, maxZoom: maxZoom};
    return opts.paddingBottomRight;
  }
  // The last fit holds until the officer moves the map: when the map is resized before that (the
  // window's first layout, a dock opened or closed), the same area is fitted again.
  var autoFit = null, refitTimer = null;
  function refitSoon() {
    if (!autoFit || refitTimer) { return; }
    refitTimer = setTimeout(function () {
      refitTimer = null;
      if (autoFit) { fitClear(autoFit.bounds, autoFit.pad, autoFit.maxZoom); }
    }, 120);
  }
  DD.legendBox = function () {  // where the legend is, in container pixels (tests, diagnostics)
    var box = legend && legend.getContainer(), m = map.getContainer().getBoundingClientRect();
    if (!box) { return null; }
    var r = box.getBoundingClientRect();
    return {left: r.left - m.left, top: r.top - m.top, right: r.right - m.left, bottom: r.bottom - m.top,
            folded: !legendOpen};
  };
  // Where a region is on screen, in container pixels (tests, diagnostics).
  DD.regionBox = function (code) {
    var r = regions[code];
    if (!r) { return null; }
    var b = r.getBounds(), nw = map.latLngToContainerPoint(b.getNorthWest()), se = map.latLngToContainerPoint(b.getSouthEast());
    return {left: nw.x, top: nw.y, right: se.x, bottom: se.y};
  };

  DD.drill = function (code) {
    var r = code ? regions[code] : null;
    var level = r ? r.ddProps.level : 'city';
    if (level === 'city') { code = null; }
    scope = {level: level, code: code};
    groups.regions.clearLayers();
    groups.labels.clearLayers();
    groups.cells.clearLayers();
    // Choose what to show and fit the view first, then add: layers on the map are re-projected
    // on every view change, so fitting with 2,000 cells on it would project them twice.
    var district = level === 'district' ? code : level === 'street' ? r.ddProps.parent : null;
    var shownRegions = [], shownCells = [], bounds = r ? r.getBounds() : null;
    Object.keys(regions).forEach(function (k) {
      var p = regions[k].ddProps;
      // city: every district; district: its streets over the other districts; street: its siblings.
      var show = p.level === 'district' ? level !== 'street' || k === district
        : p.level === 'street' && district !== null && p.parent === district;
      if (show) { shownRegions.push(k); }
    });
    Object.keys(cells).forEach(function (k) {
      var layer = cells[k], p = layer.ddProps;
      var inside = level === 'city' || level === 'district' && p.district === code || level === 'street' && p.street === code;
      if (!inside) { return; }
      shownCells.push(layer);
      if (!r) {
        var b = layer.getBounds();
        bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
      }
    });
    map.invalidateSize(false);
    renderLegend();  // folded or open for this size, before the fit measures it
    if (bounds && bounds.isValid()) { fitClear(bounds, 12); }
    shownCells.forEach(function (layer) { groups.cells.addLayer(layer); });
    shownRegions.forEach(function (k) {
      var layer = regions[k], p = layer.ddProps;
      var current = k === code || level === 'street' && k === district;
      layer.options.interactive = !current;
      layer.setStyle({weight: current ? 3.2 : (p.level === 'district' ? 2.2 : 1.4),
                      opacity: current ? 1 : (level !== 'city' && p.level === 'district' ? 0.45 : 0.9)});
      groups.regions.addLayer(layer);
      layer.bringToBack();  // under the markers in the shared canvas: markers win the clicks
      var label = level === 'city' ? p.level === 'district' : p.level === 'street' && (level === 'district' || k === code);
      if (label) { groups.labels.addLayer(labelFor(layer)); }
    });
    var trail = [];
    for (var c = code; c && regions[c] && regions[c].ddProps.level !== 'city'; c = regions[c].ddProps.parent) {
      trail.unshift({code: c, name: regions[c].ddProps.name, level: regions[c].ddProps.level});
    }
    DD.scope = {level: level, code: code, trail: trail};
    call('scopeChanged', JSON.stringify(DD.scope));
    return DD.scope;
  };

  // ---------------------------------------------------------------- incidents
  function slaText(p) {
    var t = cfg.tr;
    if (p.q === 'none' || !p.d) { return t.sla_none; }
    var left = p.d - Date.now() / 1000, a = Math.abs(left);
    var h = Math.floor(a / 3600), m = Math.floor(a % 3600 / 60);
    var span = (h ? h + t.hours : '') + m + t.minutes;
    return left < 0 ? t.sla_over.replace('%1', span) : t.sla_left.replace('%1', span);
  }

  function popupHtml(id) {
    var p = incidents[id].ddProps, t = cfg.tr;
    var cls = p.q === 'overdue' ? 'dd-over' : p.q === 'near' ? 'dd-near' : '';
    return '<div class="dd-pop"><b>' + esc(p.t) + '</b>' +
      '<div class="dd-sub">' + esc(p.n || id) + '</div>' +
      '<table><tr><th>' + esc(t.category) + '</th><td>' + esc(p.k) + '</td></tr>' +
      '<tr><th>' + esc(t.status) + '</th><td><i class="dd-dot" style="background:' + (STATUS_COLORS[p.s] || '#999') +
      '"></i> ' + esc(cfg.statusNames[p.s] || p.s) + '</td></tr>' +
      '<tr><th>' + esc(t.severity_one) + '</th><td>' + esc(cfg.severityNames[p.v] || p.v) + '</td></tr>' +
      '<tr><th>' + esc(t.sla) + '</th><td class="' + cls + '">' + esc(slaText(p)) + '</td></tr></table>' +
      '<button class="dd-open" data-dd-open="' + esc(id) + '">' + esc(t.open) + '</button></div>';
  }

  // Markers: 10,000 of them are too many for one Leaflet layer each. One canvas renderer draws
  // them all, batched by style (one path per style: a few dozen fills and strokes per frame), and
  // finds the marker under the mouse itself. It lets the mouse through to the outlines below.
  function Marker(id, lon, lat, props) {
    this.ddId = id;
    this.ddProps = props;
    this.latlng = L.latLng(lat, lon);
    this.options = markerStyle(props);
    // Web Mercator pixels at zoom 0, once: at zoom z a point is just this times 2^z, so a zoom
    // costs a multiplication per marker instead of the projection's logarithms.
    var p = map.options.crs.latLngToPoint(this.latlng, 0);
    this.bx = p.x;
    this.by = p.y;
    var o = this.options;
    this.key = o.radius + '|' + (o.weight * 10) + '|' + o.color + '|' + o.fillColor;  // its draw batch
    this.reach = o.radius + o.weight;
  }

  var markerList = null;  // incidents as an array, rebuilt after adds and removes
  function allMarkers() {
    if (!markerList) { markerList = Object.keys(incidents).map(function (k) { return incidents[k]; }); }
    return markerList;
  }

  function place(m, scale, origin) {
    m.x = m.bx * scale - origin.x;
    m.y = m.by * scale - origin.y;
  }
  Marker.prototype.getLatLng = function () { return this.latlng; };

  var MarkerCanvas = L.Canvas.extend({
    _update: function () {
      L.Canvas.prototype._update.call(this);
      if (!this._map._animatingZoom) { this._full = true; this._redraw(); }  // resizing the canvas cleared it
    },
    requestFull: function () {
      if (!this._map) { return; }
      this._full = true;
      this._redrawRequest = this._redrawRequest || L.Util.requestAnimFrame(this._redraw, this);
    },
    // A live change redraws only where the marker was and is: a small damaged area is far cheaper
    // to raster than the whole canvas.
    requestMarker: function (m) {
      if (!this._map || this._full) { return; }
      place(m, Math.pow(2, this._map.getZoom()), this._map.getPixelOrigin());
      var x = m.x, y = m.y, r = m.options.radius + m.options.weight + 2;
      this._redrawBounds = this._redrawBounds || new L.Bounds();
      this._redrawBounds.extend(L.point(x - r, y - r));
      this._redrawBounds.extend(L.point(x + r, y + r));
      this._redrawRequest = this._redrawRequest || L.Util.requestAnimFrame(this._redraw, this);
    },
    _redraw: function () {
      if (this._full) { this._redrawBounds = null; this._full = false; }
      L.Canvas.prototype._redraw.call(this);
    },
    _draw: function () {
      if (!markersShown) { return; }
      var ctx = this._ctx, origin = this._map.getPixelOrigin(), scale = Math.pow(2, this._map.getZoom());
      var b = this._redrawBounds || this._bounds, batches = {}, keys = [];
      if (this._redrawBounds) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(b.min.x, b.min.y, b.max.x - b.min.x, b.max.y - b.min.y);
        ctx.clip();
      }
      var list = allMarkers(), minX = b.min.x, minY = b.min.y, maxX = b.max.x, maxY = b.max.y;
      for (var n = 0; n < list.length; n++) {
        var m = list[n], r = m.reach;
        m.x = m.bx * scale - origin.x;
        m.y = m.by * scale - origin.y;
        if (m.x + r < minX || m.x - r > maxX || m.y + r < minY || m.y - r > maxY) { continue; }
        var batch = batches[m.key];
        if (!batch) { batch = batches[m.key] = []; keys.push(m.key); }
        batch.push(m);
      }
      // Higher severity and overdue rings draw last, on top.
      keys.sort(function (a, b) {
        var pa = a.split('|'), pb = b.split('|');
        return (pa[0] - pb[0]) || (pa[1] - pb[1]);
      });
      keys.forEach(function (key) {
        var list = batches[key], o = list[0].options;
        ctx.beginPath();
        for (var i = 0; i < list.length; i++) {
          ctx.moveTo(list[i].x + o.radius, list[i].y);
          ctx.arc(list[i].x, list[i].y, o.radius, 0, Math.PI * 2);
        }
        ctx.globalAlpha = o.fillOpacity;
        ctx.fillStyle = o.fillColor;
        ctx.fill();
        ctx.globalAlpha = o.opacity;
        ctx.lineWidth = o.weight;
        ctx.strokeStyle = o.color;
        ctx.stroke();
      });
      ctx.globalAlpha = 1;
      if (this._redrawBounds) { ctx.restore(); }
    },
    markerAt: function (containerPoint) {
      var p = this._map.containerPointToLayerPoint(containerPoint), best = null, bestR = 0;
      var list = allMarkers();
      for (var n = 0; n < list.length; n++) {
        var m = list[n];
        if (m.x === undefined) { continue; }
        var r = m.options.radius + m.options.weight / 2 + 2, dx = m.x - p.x, dy = m.y - p.y;
        // The biggest marker under the point wins: it is the one drawn on top.
        if (dx * dx + dy * dy <= r * r && r >= bestR) { best = m; bestR = r; }
      }
      return best;
    }
  });

  var markerLayer = null, markersShown = true, pressedAt = null;

  function redrawMarkers() { if (markerLayer) { markerLayer.requestFull(); } }

  function hookMarkerMouse() {
    var box = map.getContainer();
    box.addEventListener('mousedown', function (e) { pressedAt = [e.clientX, e.clientY]; }, true);
    box.addEventListener('click', function (e) {
      if (tool || !markersShown || !pressedAt) { return; }
      if (Math.abs(e.clientX - pressedAt[0]) + Math.abs(e.clientY - pressedAt[1]) > 4) { return; }  // a drag
      if (e.target.closest && e.target.closest('.leaflet-control, .leaflet-popup, .dd-task')) { return; }
      var m = markerLayer.markerAt(map.mouseEventToContainerPoint(e));
      if (!m) { return; }
      e.stopPropagation();  // the outline under the marker does not get this click
      L.popup({minWidth: 200}).setLatLng(m.latlng).setContent(popupHtml(m.ddId)).openOn(map);
      call('incidentClicked', m.ddId);
    }, true);
    box.addEventListener('mousemove', function (e) {
      if (tool || !markersShown) { return; }
      var over = !!markerLayer.markerAt(map.mouseEventToContainerPoint(e));
      L.DomUtil[over ? 'addClass' : 'removeClass'](box, 'dd-over-marker');
    }, true);
  }

  function addIncident(f) {
    var c = f.geometry.coordinates, old = incidents[f.id], m = new Marker(f.id, c[0], c[1], f.properties);
    if (old && markerLayer) { markerLayer.requestMarker(old); }
    incidents[f.id] = m;
    markerList = null;
    if (markerLayer) { markerLayer.requestMarker(m); }
  }

  // The snapshot's flat rows: id, lon, lat, then the property columns.
  function addRows(block) {
    markerList = null;
    var cols = block.columns, names = cols.slice(3), rows = block.rows;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i], p = {};
      for (var j = 0; j < names.length; j++) { p[names[j]] = r[j + 3]; }
      incidents[r[0]] = new Marker(r[0], r[1], r[2], p);
    }
  }

  function updateIncident(f) {
    addIncident(f);
  }

  function removeIncident(id) {
    if (!incidents[id]) { return; }
    if (markerLayer) { markerLayer.requestMarker(incidents[id]); }
    delete incidents[id];
    markerList = null;
    if (highlight && highlight.ddId === id) { map.removeLayer(highlight); highlight = null; }
  }

  DD.open = function (id) { call('openIncident', id); };

  DD.focus = function (id, zoom) {
    var m = incidents[id];
    if (!m) { return false; }
    if (highlight) { map.removeLayer(highlight); }
    highlight = L.circleMarker(m.getLatLng(), {renderer: DD.draftRenderer, radius: 18, color: '#e11d48', weight: 3,
      fill: false, interactive: false, dashArray: '4 3'}).addTo(map);
    highlight.ddId = id;
    var target = Math.max(map.getZoom(), zoom || 16);
    autoFit = null;  // the incident is the view now
    map.flyTo(m.getLatLng(), target, {duration: 0.4});
    L.popup({minWidth: 200}).setLatLng(m.getLatLng()).setContent(popupHtml(id)).openOn(map);
    return true;
  };

  // ---------------------------------------------------------------- heat
  function heatPoints() {
    var out = [];
    Object.keys(incidents).forEach(function (k) {
      var m = incidents[k], p = m.ddProps, ll = m.latlng;
      out.push([ll.lat, ll.lng, p.q === 'overdue' ? 1.0 : 0.3 + 0.15 * p.v]);
    });
    return out;
  }

  function refreshHeat() {
    heatTimer = null;
    if (heat && heatOn) { heat.setLatLngs(heatPoints()); }
  }

  DD.setHeat = function (on) {
    heatOn = !!on;
    if (!L.heatLayer) { return false; }
    if (heatOn) {
      if (!heat) { heat = L.heatLayer([], {radius: 22, blur: 18, maxZoom: 16, minOpacity: 0.25}); }
      heat.addTo(map);
      refreshHeat();
      markersShown = false;
    } else {
      if (heat) { map.removeLayer(heat); }
      markersShown = true;
    }
    redrawMarkers();
    return heatOn;
  };

  // ---------------------------------------------------------------- data in
  DD.load = function (snap) {
    var T = [performance.now()];
    // Markers are gathered off the map and put on it in one go, after the view is set: every
    // layer on the map is re-projected when the view changes.
    incidents = {};
    markerList = null;
    cellLoad = snap.cells || {};
    regions = {};
    cells = {};
    (snap.regions || []).forEach(function (f) {
      if (f.properties.level !== 'city') { regions[f.id] = regionLayer(f, f.properties.level); }
      else { regions[f.id] = L.geoJSON(f).getLayers()[0]; regions[f.id].ddProps = f.properties; }
    });
    (snap.gridCells || []).forEach(function (f) { cells[f.id] = cellLayer(f); });
    if (snap.basemap && snap.basemap.features) {
      groups.basemap.clearLayers();
      groups.basemap.addLayer(L.geoJSON(snap.basemap, {renderer: base, interactive: false, style: basemapStyle}));
    }
    DD.setOperations(snap.operations || []);
    if (snap.tasks) {  // a report of the operation in view
      DD.setTasks(snap.tasks, snap.operationShown || null);
      DD.showOperation(snap.operationShown || null, false);
    }
    T.push(performance.now());
    DD.drill(null);
    T.push(performance.now());
    var block = snap.incidents || {};
    if (block.rows) { addRows(block); } else { (block.features || []).forEach(addIncident); }
    redrawMarkers();
    T.push(performance.now());
    redrawMarkers();
    DD.loaded = true;
    T.push(performance.now());
    DD.loadTimes = T.map(function (t) { return t - T[0]; });
    if (heatOn) { refreshHeat(); }
    return Object.keys(incidents).length;
  };

  DD.loadJson = function (text) { return DD.load(JSON.parse(text)); };

  function basemapStyle(f) {
    var p = f.properties || {}, k = p.kind || p.type || '', rank = p.rank || 3;
    if (k === 'river' || k === 'water' || /lake|creek/.test(k)) {
      return {color: '#9cc3ec', weight: k === 'river' ? 9 : 5, opacity: 1, fillColor: '#b9d7f5', fillOpacity: 1};
    }
    if (/park|green|forest/.test(k)) { return {color: '#a7dcae', weight: 1, fillColor: '#cdebd0', fillOpacity: 1}; }
    if (k === 'expressway') { return {color: '#f6c677', weight: 6, opacity: 1}; }
    if (/road|street|highway/.test(k)) { return {color: '#ffffff', weight: rank <= 1 ? 5 : rank === 2 ? 3.5 : 2.2, opacity: 1}; }
    return {color: '#cbd5e1', weight: 1, fillColor: '#e2e8f0', fillOpacity: 0.5};
  }

  DD.apply = function (diff) {
    (diff.added || []).forEach(addIncident);
    (diff.changed || []).forEach(updateIncident);
    (diff.removed || []).forEach(removeIncident);
    var touched = diff.cells || {};
    Object.keys(touched).forEach(function (code) {
      var v = touched[code];
      if (v[0] || v[1] || v[2]) { cellLoad[code] = v; } else { delete cellLoad[code]; }
      if (cells[code] && mode !== 'indicator') { cells[code].setStyle(cellStyle(code)); }
    });
    if (heatOn && !heatTimer) { heatTimer = setTimeout(refreshHeat, 250); }
    DD.version += 1;
    return DD.version;
  };

  DD.setMode = function (m, ind) {
    mode = m;
    indicator = m === 'indicator' ? ind : null;
    Object.keys(cells).forEach(function (k) { cells[k].setStyle(cellStyle(k)); });
    renderLegend();
    return mode;
  };

  function operationStyle(id) {
    if (opShown && id === opShown) {
      return {color: '#6d28d9', weight: 4, opacity: 1, dashArray: null, fillColor: '#8b5cf6', fillOpacity: 0.1};
    }
    return {color: '#7c3aed', weight: 2.5, opacity: opShown ? 0.55 : 1, dashArray: '8 5', fillColor: '#a78bfa',
            fillOpacity: opShown ? 0.05 : 0.12};
  }

  DD.setOperations = function (features) {
    groups.operations.clearLayers();
    opLayers = {};
    opLabels = {};
    features.forEach(function (f) {
      var layer = L.geoJSON(f, {renderer: areas, interactive: false, style: function () {
        return operationStyle(f.id);
      }});
      opLayers[f.id] = layer;
      groups.operations.addLayer(layer);
      // The operation's name hangs from the top of its area, clear of the district and street names that
      // sit inside the area (an operation often covers the whole city, whose centre they crowd).
      var b = layer.getBounds();
      opLabels[f.id] = L.tooltip({permanent: true, direction: 'bottom', offset: [0, 2],
        className: 'dd-label dd-op-label' + (f.id === opShown ? ' dd-op-shown' : ''),
        interactive: false}).setLatLng([b.getNorth(), b.getCenter().lng]).setContent(esc(f.properties.name));
      groups.operations.addLayer(opLabels[f.id]);
    });
  };

  // The CAP warnings in force, each area outlined over the grid with its headline: every desk sees them
  // as they arrive (features as GeoJSON; [] clears them). Returns how many were drawn.
  DD.setWarnings = function (features) {
    groups.warnings.clearLayers();
    (features || []).forEach(function (f) {
      var layer = L.geoJSON(f, {renderer: areas, interactive: false, style: function () {
        return {color: '#ea580c', weight: 2, opacity: 0.8, dashArray: '6 6', fillColor: '#fdba74', fillOpacity: 0.08};
      }});
      groups.warnings.addLayer(layer);
      var b = layer.getBounds();
      if (b.isValid()) {
        groups.warnings.addLayer(L.tooltip({permanent: true, direction: 'top', offset: [0, -2],
          className: 'dd-label dd-warning-label dd-warnings-label', interactive: false})
          .setLatLng([b.getSouth(), b.getCenter().lng]).setContent(esc(f.properties.name)));
      }
    });
    return (features || []).length;
  };

  // A warning's area (a CAP alert's polygons and circles, as GeoJSON), drawn over the grid in the warning's
  // colour with its headline, and the view fitted to it; null clears it. True when something was drawn.
  DD.showWarning = function (feature) {
    groups.warning.clearLayers();
    if (!feature) { return false; }
    var layer = L.geoJSON(feature, {renderer: areas, interactive: false, style: function () {
      return {color: '#c2410c', weight: 3, opacity: 0.9, dashArray: '10 6', fillColor: '#fb923c', fillOpacity: 0.18};
    }});
    groups.warning.addLayer(layer);
    var b = layer.getBounds();
    if (!b.isValid()) { return false; }
    groups.warning.addLayer(L.tooltip({permanent: true, direction: 'bottom', offset: [0, 2],
      className: 'dd-label dd-warning-label', interactive: false})
      .setLatLng([b.getNorth(), b.getCenter().lng]).setContent(esc(feature.properties.name)));
    map.invalidateSize(false);
    fitClear(b, 24, 17);
    return true;
  };

  // The joint command in view: its area stands out and the view fits it (false: it has no area here).
  DD.showOperation = function (id, fit) {
    opShown = id || null;
    var shown = false;
    Object.keys(opLabels).forEach(function (k) {
      var el = opLabels[k].getElement && opLabels[k].getElement();
      if (el) { L.DomUtil[k === opShown ? 'addClass' : 'removeClass'](el, 'dd-op-shown'); }
    });
    Object.keys(opLayers).forEach(function (k) { opLayers[k].setStyle(operationStyle(k)); });
    var layer = opShown ? opLayers[opShown] : null, bounds = layer ? layer.getBounds() : null;
    if (!bounds && opShown && Object.keys(tasks).length) {  // no area drawn: the tasks' places
      bounds = L.latLngBounds(Object.keys(tasks).map(function (k) { return tasks[k].getLatLng(); }));
    }
    shown = !!layer;
    if (bounds && bounds.isValid() && fit !== false) {
      map.invalidateSize(false);
      renderLegend();
      fitClear(bounds, 24, 17);
    }
    renderLegend();
    return shown;
  };

  // ---------------------------------------------------------------- the operation's tasks
  function taskTip(p) {
    return '<b>' + esc(p.t) + '</b><br>' + esc(p.a) + ' · ' + esc(cfg.taskStatusNames[p.s] || p.s) +
      (p.o ? ' · <span class="dd-over">' + esc(cfg.tr.task_overdue) + '</span>' : '');
  }

  function taskIcon(id, p) {
    var cls = 'dd-task dd-task-' + p.s + (p.o ? ' dd-task-over' : '') + (id === taskSelected ? ' dd-task-sel' : '');
    return L.divIcon({className: cls, iconSize: [22, 22], iconAnchor: [11, 11],
      html: '<i class="dd-task-shape" style="background:' + (TASK_COLORS[p.s] || '#0369a1') + '"></i>' +
            (p.s === 'blocked' ? '<b class="dd-task-mark">!</b>' : p.s === 'done' ? '<b class="dd-task-mark">✓</b>' : '')});
  }

  function addTask(f) {
    var c = f.geometry.coordinates, old = tasks[f.id];
    if (old) {
      old.setLatLng([c[1], c[0]]);
      old.ddProps = f.properties;
      old.setIcon(taskIcon(f.id, f.properties));
      old.setTooltipContent(taskTip(f.properties));
      return;
    }
    var m = L.marker([c[1], c[0]], {pane: 'ddTasks', icon: taskIcon(f.id, f.properties), keyboard: false,
                                    riseOnHover: true});
    m.ddId = f.id;
    m.ddProps = f.properties;
    m.bindTooltip(taskTip(f.properties), {direction: 'top', offset: [0, -10], className: 'dd-tip'});
    m.on('click', function (e) {
      if (e.originalEvent) { L.DomEvent.stop(e.originalEvent); }
      if (tool) { return; }
      DD.selectTask(f.id);
      call('taskClicked', f.id);
    });
    tasks[f.id] = m;
    groups.tasks.addLayer(m);
  }

  function removeTask(id) {
    var m = tasks[id];
    if (!m) { return; }
    groups.tasks.removeLayer(m);
    delete tasks[id];
    if (taskSelected === id) { taskSelected = null; }
  }

  // All the tasks of the operation in view at once (another operation, or the first show).
  DD.setTasks = function (features, opId) {
    Object.keys(tasks).forEach(removeTask);
    if (opId !== undefined) { opShown = opId || null; }
    (features || []).forEach(addTask);
    renderLegend();
    DD.taskVersion = (DD.taskVersion || 0) + 1;
    return Object.keys(tasks).length;
  };

  DD.applyTasks = function (diff) {
    (diff.added || []).forEach(addTask);
    (diff.changed || []).forEach(addTask);
    (diff.removed || []).forEach(removeTask);
    DD.taskVersion = (DD.taskVersion || 0) + 1;
    return DD.taskVersion;
  };

  // Mark a task as the one chosen (on the board or here); pan to it when asked. False: not on the map.
  DD.selectTask = function (id, pan) {
    var before = taskSelected;
    taskSelected = id && tasks[id] ? id : null;
    [before, taskSelected].forEach(function (k) {
      if (k && tasks[k]) { tasks[k].setIcon(taskIcon(k, tasks[k].ddProps)); }
    });
    if (taskSelected) {
      tasks[taskSelected].setZIndexOffset(1000);
      if (before && before !== taskSelected && tasks[before]) { tasks[before].setZIndexOffset(0); }
      if (pan) {
        var ll = tasks[taskSelected].getLatLng();
        if (!map.getBounds().pad(-0.1).contains(ll)) { map.panTo(ll, {animate: false}); }
      }
    }
    return !!taskSelected;
  };

  DD.task = function (id) {  // read-back for tests and diagnostics
    var m = tasks[id];
    if (!m) { return null; }
    var el = m.getElement();
    return {s: m.ddProps.s, o: m.ddProps.o, t: m.ddProps.t, selected: taskSelected === id,
            color: TASK_COLORS[m.ddProps.s], lon: m.getLatLng().lng, lat: m.getLatLng().lat,
            overdueRing: !!(el && L.DomUtil.hasClass(el, 'dd-task-over'))};
  };

  // ---------------------------------------------------------------- base tiles missing offline
  // Offline in an area never seen online the tile server cannot be asked: where a tile is missing
  // the page draws a hatched square that says so, and a notice over the map explains it. When the
  // application says the tile server answers again, the missing tiles are asked for once more and
  // the notice offers to keep this area for offline use.
  var tileLayer = null, tilesMissing = {}, notice = null, noticeTimer = null;
  var tilesOnline = true, offerShown = false, offerDismissed = false, hadMissing = false;
  var noticeFolded = false;  // the missing-tiles notice down to its headline: a click on it, or the map moved

  function tileKey(c) { return c.z + '/' + c.x + '/' + c.y; }

  function missingTileUrl() {
    var t = (cfg.tr.tiles_missing_tile || '').replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
    var svg = '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256">' +
      '<defs><pattern id="h" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
      '<rect width="12" height="12" fill="#e7eaee"/><line x1="0" y1="0" x2="0" y2="12" stroke="#d3d8de" stroke-width="5"/>' +
      '</pattern></defs><rect width="256" height="256" fill="url(#h)"/>' +
      '<text x="128" y="132" text-anchor="middle" font-size="13" fill="#64748b" ' +
      'font-family="Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif">' + t + '</text></svg>';
    return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  }

  function missingCount() { return Object.keys(tilesMissing).length; }

  function noticeSoon() {
    if (!noticeTimer) { noticeTimer = setTimeout(function () { noticeTimer = null; renderNotice(); }, 150); }
  }

  function renderNotice() {
    if (!notice) { return; }
    var t = cfg.tr, n = missingCount(), html = '', kind = '';
    if (n) { hadMissing = true; }
    if (n && !tilesOnline) {
      kind = 'missing';
      html = '<b data-dd-act="fold" title="' + esc(t.tiles_toggle) + '">' + esc(t.tiles_missing) +
        '<span class="dd-fold">' + (noticeFolded ? '▸' : '▾') + '</span></b>' +
        (noticeFolded ? '' : '<div>' + esc(t.tiles_missing_hint) + '</div>');
    } else if (offerShown && !offerDismissed) {
      kind = 'offer';
      html = '<b>' + esc(t.tiles_back) + '</b><div>' + esc(t.tiles_back_hint) + '</div>' +
        '<div class="dd-notice-acts"><button class="dd-open" data-dd-act="prefetch">' + esc(t.tiles_prefetch) +
        '</button><button class="dd-notice-later" data-dd-act="later">' + esc(t.tiles_later) + '</button></div>';
    } else if (n) {
      kind = 'missing';
      html = '<b>' + esc(t.tiles_missing) + '</b>';
    }
    notice.innerHTML = html;
    notice.setAttribute('data-kind', kind);
    notice.style.display = html ? '' : 'none';
  }

  // The application's word on the tile server: false, it cannot be reached; true, it answers again.
  DD.setTileNetwork = function (online) {
    var was = tilesOnline;
    tilesOnline = !!online;
    if (tilesOnline && !was && tileLayer) {
      if (hadMissing || missingCount()) { offerShown = true; offerDismissed = false; }
      tilesMissing = {};
      tileLayer.options['try'] += 1;
      // Ask again for what failed: the server answers now. Off the map and back on, not redraw():
      // redraw() asks for tiles at a fractional zoom (14.25/…) when the view's zoom is fractional.
      map.removeLayer(tileLayer);
      tileLayer.addTo(map);
    }
    renderNotice();
    return DD.tileNotice();
  };

  DD.tileNotice = function () {  // read-back for tests and diagnostics
    return {missing: missingCount(), online: tilesOnline, kind: notice ? notice.getAttribute('data-kind') || '' : '',
            text: notice && notice.style.display !== 'none' ? notice.innerText : ''};
  };

  // ---------------------------------------------------------------- tools: measure, draw
  function endTool() {
    if (!tool) { return; }
    map.off('click', tool.onClick);
    map.off('dblclick', tool.onDbl);
    map.off('mousemove', tool.onMove);
    map.doubleClickZoom.enable();
    L.DomUtil.removeClass(map.getContainer(), 'dd-tool');
    var done = tool;
    tool = null;
    return done;
  }

  function startTool(kind, onDone) {
    endTool();
    var pts = [], layer = kind === 'measure'
      ? L.polyline([], {renderer: DD.draftRenderer, color: '#0f766e', weight: 3, dashArray: '6 4', interactive: false})
      : L.polygon([], {renderer: DD.draftRenderer, color: '#7c3aed', weight: 2.5, fillOpacity: 0.15, interactive: false});
    var ghost = L.polyline([], {renderer: DD.draftRenderer, color: '#64748b', weight: 1.5, dashArray: '3 3', interactive: false});
    groups.draft.addLayer(layer);
    groups.draft.addLayer(ghost);
    var tip = L.tooltip({permanent: true, direction: 'right', className: 'dd-tip', offset: [10, 0]});
    function length(list) {
      var d = 0;
      for (var i = 1; i < list.length; i++) { d += list[i - 1].distanceTo(list[i]); }
      return d;
    }
    function fmt(m) { return m >= 1000 ? (m / 1000).toFixed(2) + ' ' + cfg.tr.km : Math.round(m) + ' ' + cfg.tr.m; }
    tool = {kind: kind, layer: layer, points: pts};
    tool.onClick = function (e) {
      pts.push(e.latlng);
      layer.setLatLngs(pts);
      if (kind === 'measure') {
        tip.setLatLng(e.latlng).setContent(fmt(length(pts)));
        if (!map.hasLayer(tip)) { tip.addTo(map); }
      }
    };
    tool.onMove = function (e) {
      if (pts.length) { ghost.setLatLngs([pts[pts.length - 1], e.latlng]); }
    };
    tool.onDbl = function () { DD.finishTool(); };
    tool.finish = function () {
      groups.draft.removeLayer(ghost);
      if (kind === 'measure') {
        var total = length(pts);
        if (pts.length) { tip.setContent(fmt(total)); }
        onDone(total, pts);
      } else {
        if (pts.length < 3) { groups.draft.removeLayer(layer); onDone(null, pts); return; }
        onDone(pts.map(function (p) { return [p.lng, p.lat]; }), pts);
      }
    };
    tool.tip = tip;
    map.doubleClickZoom.disable();
    L.DomUtil.addClass(map.getContainer(), 'dd-tool');
    map.on('click', tool.onClick);
    map.on('dblclick', tool.onDbl);
    map.on('mousemove', tool.onMove);
    return true;
  }

  DD.startMeasure = function () {
    return startTool('measure', function (metres) { call('measuredDistance', metres); });
  };
  DD.startDraw = function () {
    return startTool('draw', function (ring) { if (ring) { call('polygonDrawn', JSON.stringify(ring)); } });
  };
  DD.toolPoint = function (lon, lat) {  // what a click does, for keyboard use and tests
    if (tool) { tool.onClick({latlng: L.latLng(lat, lon)}); }
  };
  DD.finishTool = function () {
    var t = endTool();
    if (t) { t.finish(); }
  };
  DD.clearDrafts = function () { endTool(); groups.draft.clearLayers(); map.eachLayer(function (l) {
    if (l instanceof L.Tooltip && l.options.className === 'dd-tip' && l.options.permanent) { map.removeLayer(l); }
  }); };

  DD.view = function () {
    var b = map.getBounds();
    return {west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth(), zoom: map.getZoom()};
  };

  DD.setView = function (v) {
    autoFit = null;
    map.fitBounds([[v.south, v.west], [v.north, v.east]], {animate: false});
  };

  DD.stats = function () {
    return {incidents: Object.keys(incidents).length, cellsShown: groups.cells.getLayers().length,
            regionsShown: groups.regions.getLayers().length, version: DD.version, scope: DD.scope,
            operations: groups.operations.getLayers().filter(function (l) { return !(l instanceof L.Tooltip); }).length,
            tasks: Object.keys(tasks).length, operationShown: opShown, taskSelected: taskSelected,
            taskVersion: DD.taskVersion || 0,
            mode: mode, heat: heatOn};
  };

  // Tell the application when the next frame is on screen: canvas layers redraw in the animation
  // frame after a change; a task queued from a later frame callback runs once that frame is painted.
  DD.paintedAfter = function (token) {
    requestAnimationFrame(function () { setTimeout(function () { call('framePainted', token); }, 0); });
    return token;
  };

  // How long each canvas takes to draw in full, in ms (diagnostics for the benchmarks).
  DD.drawCost = function () {
    var out = {};
    [['base', base], ['cells', under], ['areas', areas], ['outlines', canvas], ['markers', markerLayer]].forEach(function (r) {
      if (!r[1] || !r[1]._map) { return; }
      var t = performance.now();
      r[1]._redrawBounds = null;
      r[1]._redraw();
      out[r[0]] = Math.round((performance.now() - t) * 10) / 10;
    });
    return out;
  };

  // Read-back of what is drawn, for diagnostics and tests.
  DD.marker = function (id) {
    var m = incidents[id];
    if (!m) { return null; }
    return {s: m.ddProps.s, v: m.ddProps.v, q: m.ddProps.q, radius: m.options.radius, stroke: m.options.color};
  };
  DD.cellLoad = function (code) { return cellLoad[code] || [0, 0, 0]; };
  DD.cellFill = function (code) { return cells[code] ? cells[code].options.fillColor : null; };
  DD.severities = function () {
    var seen = {};
    Object.keys(incidents).forEach(function (k) { seen[incidents[k].ddProps.v] = true; });
    return Object.keys(seen).map(Number);
  };

  // Frame times while the map pans and zooms as a person would (animated pans and zooms, one
  // every 300 ms: frames inside an animation, and the redraw that ends each), measured with
  // requestAnimationFrame.
  DD.measureFrames = function (ms) {
    DD.frames = null;
    var times = [], start = performance.now(), last = start, center = map.getCenter(), zoom = map.getZoom();
    var steps = [[160, 90], 'in', [-200, 40], [-60, -150], 'out', [120, 60]], step = 0;
    var timer = setInterval(function () {
      var s = steps[step++ % steps.length];
      if (s === 'in') { map.zoomIn(1, {animate: true}); }
      else if (s === 'out') { map.zoomOut(1, {animate: true}); }
      else { map.panBy(s, {animate: true, duration: 0.25}); }
    }, 300);
    function frame(now) {
      times.push(now - last);
      last = now;
      if (now - start < ms) { requestAnimationFrame(frame); return; }
      clearInterval(timer);
      map.setView(center, zoom, {animate: false});
      times.sort(function (a, b) { return a - b; });
      DD.frames = {count: times.length, median: times[Math.floor(times.length / 2)],
                   p95: times[Math.floor(times.length * 0.95)], max: times[times.length - 1]};
    }
    requestAnimationFrame(frame);
  };

  // ---------------------------------------------------------------- start
  DD.init = function (leafletMap, config) {
    map = leafletMap;
    cfg = config;
    // Passive canvases in their own panes keep the drawing order fixed (basemap < cells < areas <
    // markers) however often drill-down takes layers off and puts them back; they let the mouse
    // through, so that one interactive canvas on top (outlines and markers) gets every click.
    [['ddBase', 250, false], ['ddCells', 300, false], ['ddAreas', 350, false], ['ddOutlines', 380, true],
     ['ddMarkers', 450, false], ['ddTasks', 470, true], ['ddDraft', 500, false]].forEach(function (p) {
      var pane = map.createPane(p[0]);
      pane.style.zIndex = p[1];
      if (!p[2]) { pane.style.pointerEvents = 'none'; }
    });
    under = L.canvas({pane: 'ddCells', padding: 0.1});
    base = under;  // the basemap goes in first and is never re-added, so it stays under the cells
    areas = L.canvas({pane: 'ddAreas', padding: 0.1});
    canvas = L.canvas({pane: 'ddOutlines', padding: 0.1, tolerance: 2});
    var draft = L.canvas({pane: 'ddDraft', padding: 0.1});
    DD.draftRenderer = draft;
    if (config.tileUrl) {
      // {try} changes each time the tiles are asked for again: the page remembers a failed image by its URL.
      tileLayer = L.tileLayer(config.tileUrl + '?try={try}', {maxZoom: config.maxZoom || 18,
                                                              attribution: config.attribution || '',
                                                              errorTileUrl: missingTileUrl(), 'try': 0});
      tileLayer.on('tileerror', function (e) { tilesMissing[tileKey(e.coords)] = true; noticeSoon(); });
      tileLayer.on('tileload tileunload', function (e) {
        // The error tile loading is reported as a tile load too: it is still a missing tile.
        if (e.type === 'tileload' && e.tile && e.tile.src === tileLayer.options.errorTileUrl) { return; }
        delete tilesMissing[tileKey(e.coords)];
        noticeSoon();
      });
      tileLayer.addTo(map);
      notice = L.DomUtil.create('div', 'dd-notice', map.getContainer());
      notice.style.display = 'none';
      L.DomEvent.disableClickPropagation(notice);
      L.DomEvent.disableScrollPropagation(notice);
      L.DomEvent.on(notice, 'click', function (e) {
        var act = e.target.closest && e.target.closest('[data-dd-act]');
        if (!act) { return; }
        if (act.getAttribute('data-dd-act') === 'fold') { noticeFolded = !noticeFolded; renderNotice(); return; }
        if (act.getAttribute('data-dd-act') === 'prefetch') { call('prefetchArea'); }
        offerShown = false;
        offerDismissed = true;
        renderNotice();
      });
    } else {
      L.DomUtil.addClass(map.getContainer(), 'dd-plain');
    }
    ['basemap', 'operations', 'cells', 'regions', 'warnings', 'warning', 'labels', 'tasks', 'draft'].forEach(function (k) {
      groups[k] = L.layerGroup().addTo(map);
    });
    markerLayer = new MarkerCanvas({pane: 'ddMarkers', padding: 0.1});
    map.addLayer(markerLayer);
    hookMarkerMouse();
    legend = L.control({position: 'bottomright'});
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'dd-legend');
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.on(div, 'click', function (e) {
        if (e.target.closest && e.target.closest('.dd-legend-head')) { toggleLegend(); }
      });
      return div;
    };
    legend.addTo(map);
    renderLegend();
    map.on('resize', function () {
      if (!legendChosen && legendOpen !== legendFits()) { renderLegend(); }
      refitSoon();
    });
    ['mousedown', 'wheel', 'dblclick', 'keydown', 'touchstart'].forEach(function (kind) {
      map.getContainer().addEventListener(kind, function (e) {
        if (e.target.closest && e.target.closest('.dd-legend, .dd-notice')) { return; }
        autoFit = null;
        if (!noticeFolded && notice && notice.getAttribute('data-kind') === 'missing') {
          noticeFolded = true;  // the officer is at work on the map: the headline is enough
          renderNotice();
        }
      }, true);
    });
    map.on('contextmenu', function (e) {
      if (tool) { DD.finishTool(); return; }
      call('contextMenu', e.latlng.lng, e.latlng.lat);
    });
    map.on('click', function (e) {
      if (tool || scope.level !== 'street') { return; }
      var cell = cellAt(e.latlng);
      if (cell) { cellPopup(cell, e.latlng); }
    });
    map.on('moveend', function () { call('viewChanged', JSON.stringify(DD.view())); });
    // "Open" in a popup: one listener for all, the id in a data attribute (never in inline script).
    document.addEventListener('click', function (e) {
      var button = e.target.closest && e.target.closest('[data-dd-open]');
      if (button) { DD.open(button.getAttribute('data-dd-open')); }
    });
    document.addEventListener('keydown', function (e) {
      if (!tool) { return; }
      if (e.key === 'Escape') { endTool(); groups.draft.clearLayers(); }
      if (e.key === 'Enter') { DD.finishTool(); }
    });
    if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
      new QWebChannel(window.qt.webChannelTransport, function (channel) {
        bridge = channel.objects.bridge;
        call('pageReady');
      });
    }
  };
})();
