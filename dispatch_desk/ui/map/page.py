"""The map page, generated once by folium with local assets only.

folium's default CDN scripts and styles (jQuery, Bootstrap, awesome-markers, Font Awesome …) are
replaced by Leaflet from the xstatic package and our own script; the page carries only its
configuration (translated texts, colors, the tile URL), and the data arrives later over the bridge.
The same builder makes the standalone report page: assets inlined, a data snapshot embedded.
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from dispatch_desk.ui.map.assets import BASE_URL, SCRIPTS, STYLES, asset_bytes


class _Script(MacroElement):
    """Inline script placed after the map's own, so that the map object exists when it runs."""

    _template = Template("{% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}")

    def __init__(self, code: str) -> None:
        super().__init__()
        self._name = "DDScript"
        self.code = code


class _LocalMap(folium.Map):
    # folium renders these first, in order, in place of its CDN list.
    default_js = [(name, BASE_URL + name) for name in SCRIPTS]
    default_css = [(name, BASE_URL + name) for name in STYLES]


def _json(value: Any) -> str:
    # "</" would end the inline script early in a report whose data holds "</script>".
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def build_page(config: dict[str, Any], center: tuple[float, float] = (31.23, 121.47), zoom: int = 12) -> str:
    """The application's page: assets referenced through the ddmap:// scheme."""
    m = _LocalMap(location=list(center), zoom_start=zoom, tiles=None, prefer_canvas=True, control_scale=True,
                  zoom_snap=0.25, zoom_delta=0.5)
    m._id = "dd"  # a fixed name (map_dd) keeps the generated page stable between runs
    root = m.get_root()
    m.add_child(_Script(f"DD.init({m.get_name()}, {_json(config)});"))
    return root.render()


def _data_url(mime: str, data: bytes) -> str:
    return f"data:{mime.split(';')[0]};base64,{base64.b64encode(data).decode('ascii')}"


def build_report(
    config: dict[str, Any], snapshot: dict[str, Any], view: dict[str, float] | None, mode: tuple[str, Any]
) -> str:
    """A standalone HTML map of the current view for reports: every asset inlined, no bridge."""
    config = {**config, "report": True}
    m = folium.Map(location=[0, 0], zoom_start=2, tiles=None, prefer_canvas=True, control_scale=True, zoom_snap=0.25)
    m.default_js = []
    m.default_css = []
    m._id = "dd"
    root = m.get_root()
    for name in STYLES:
        mime, data = asset_bytes(name) or ("text/css", b"")
        css = data.decode("utf-8")
        # leaflet.css points at images/… next to it; inline them so the report is one file.
        css = re.sub(
            r"url\((images/[\w.-]+)\)",
            lambda mt: f"url({_data_url('image/png', (asset_bytes(mt.group(1)) or ('', b''))[1])})",
            css,
        )
        root.header.add_child(Element(f"<style>\n{css}\n</style>"), name=f"css_{name}")
    for name in SCRIPTS:
        if name == "qwebchannel.js":
            continue
        data = (asset_bytes(name) or ("", b""))[1].decode("utf-8").replace("</script", "<\\/script")
        root.header.add_child(Element(f"<script>\n{data}\n</script>"), name=f"js_{name}")
    script = [f"DD.init({m.get_name()}, {_json(config)});", f"DD.load({_json(snapshot)});"]
    script.append(f"DD.setMode({_json(mode[0])}, {_json(mode[1])});")
    if view:
        script.append(f"DD.setView({_json(view)});")
    m.add_child(_Script("\n".join(script)))
    return root.render()
