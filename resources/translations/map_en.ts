<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="10"/>
        <source>Grid load</source>
        <translation>Grid load</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="11"/>
        <source>Open incidents</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="12"/>
        <source>Overdue incidents</source>
        <translation>Overdue incidents</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="13"/>
        <source>Overdue ≥ 2</source>
        <translation>Overdue ≥ 2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="14"/>
        <source>Overdue 1</source>
        <translation>Overdue 1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="15"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="16"/>
        <source>Near overdue</source>
        <translation>Near overdue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="17"/>
        <source>Open ≥ 6</source>
        <translation>Open ≥ 6</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="18"/>
        <source>Open 3–5</source>
        <translation>Open 3–5</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="19"/>
        <source>Open 1–2</source>
        <translation>Open 1–2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="20"/>
        <source>No open incidents</source>
        <translation>No open incidents</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="21"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="22"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="23"/>
        <source>Warning ≥</source>
        <translation>Warning ≥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="24"/>
        <source>Alarm ≥</source>
        <translation>Alarm ≥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="25"/>
        <source>No reading</source>
        <translation>No reading</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="26"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="27"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="28"/>
        <source>Click to show or hide the legend</source>
        <translation>Click to show or hide the legend</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="29"/>
        <source>New / registered</source>
        <translation>New / registered</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="30"/>
        <source>Dispatched / in hand</source>
        <translation>Dispatched / in hand</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="31"/>
        <source>Returned / escalated</source>
        <translation>Returned / escalated</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="32"/>
        <source>Disposed / verified</source>
        <translation>Disposed / verified</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="33"/>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="75"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="34"/>
        <source>Red ring: overdue</source>
        <translation>Red ring: overdue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="35"/>
        <source>Orange ring: near overdue</source>
        <translation>Orange ring: near overdue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="36"/>
        <source>Size: severity</source>
        <translation>Size: severity</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="37"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="38"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="40"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="41"/>
        <source>No running clock</source>
        <translation>No running clock</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="42"/>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="43"/>
        <source>Overdue by %1</source>
        <translation>Overdue by %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="44"/>
        <source>h </source>
        <translation>h </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="45"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="46"/>
        <source>Open</source>
        <comment>popup button that selects the incident</comment>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="47"/>
        <source>Operation tasks</source>
        <translation>Operation tasks</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="48"/>
        <source>Overdue</source>
        <comment>a task past its due time</comment>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="49"/>
        <source>No base map here offline</source>
        <translation>No base map here offline</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="50"/>
        <source>This area was never shown while online, so only the grid is drawn. You will be offered to keep it for offline use when the network is back.</source>
        <translation>This area was never shown while online, so only the grid is drawn. You will be offered to keep it for offline use when the network is back.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="53"/>
        <source>Click to show or hide the explanation</source>
        <translation>Click to show or hide the explanation</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="54"/>
        <source>No base map offline</source>
        <comment>on a missing map tile</comment>
        <translation>No base map offline</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="55"/>
        <source>The network is back: the base map is loading</source>
        <translation>The network is back: the base map is loading</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="56"/>
        <source>Keep this area&apos;s base map for offline use?</source>
        <translation>Keep this area&apos;s base map for offline use?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="57"/>
        <source>Prefetch this area…</source>
        <translation>Prefetch this area…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="58"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="59"/>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="60"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="66"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="67"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="68"/>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="69"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="70"/>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="71"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="72"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="73"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="74"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="76"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="82"/>
        <source>Low</source>
        <comment>severity</comment>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="83"/>
        <source>Normal</source>
        <comment>severity</comment>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="84"/>
        <source>High</source>
        <comment>severity</comment>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="85"/>
        <source>Critical</source>
        <comment>severity</comment>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="91"/>
        <source>Assigned</source>
        <comment>task status</comment>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="92"/>
        <source>Accepted</source>
        <comment>task status</comment>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="93"/>
        <source>In progress</source>
        <comment>task status</comment>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="94"/>
        <source>Blocked</source>
        <comment>task status</comment>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="95"/>
        <source>Done</source>
        <comment>task status</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="96"/>
        <source>Cancelled</source>
        <comment>task status</comment>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>MapPrefetch</name>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="336"/>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="373"/>
        <source>Offline map</source>
        <translation>Offline map</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="340"/>
        <source>This area is too large to prefetch; zoom in first.</source>
        <translation>This area is too large to prefetch; zoom in first.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="345"/>
        <source>This area is already available offline.</source>
        <translation>This area is already available offline.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="348"/>
        <source>Fetch %1 map tiles (zoom %2–%3, about %4 MB) for offline use?</source>
        <translation>Fetch %1 map tiles (zoom %2–%3, about %4 MB) for offline use?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="369"/>
        <source>Fetching map tiles…</source>
        <translation>Fetching map tiles…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="369"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="402"/>
        <source>Fetched %1 of %2 tiles (%3 MB)</source>
        <translation>Fetched %1 of %2 tiles (%3 MB)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="410"/>
        <source>Offline map: %1 tiles fetched, %2 failed</source>
        <translation>Offline map: %1 tiles fetched, %2 failed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="412"/>
        <source>Offline map: %1 tiles fetched, %2 failed (cancelled)</source>
        <translation>Offline map: %1 tiles fetched, %2 failed (cancelled)</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="188"/>
        <source>Color the grid cells by</source>
        <translation>Color the grid cells by</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="190"/>
        <source>Grid load</source>
        <translation>Grid load</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="191"/>
        <source>Open incidents</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="192"/>
        <source>Overdue incidents</source>
        <translation>Overdue incidents</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="200"/>
        <source>Indicator: %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="202"/>
        <source>%1 (%2)</source>
        <comment>indicator and its unit</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="222"/>
        <source>Heat</source>
        <translation>Heat</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="222"/>
        <source>Show incident density instead of markers</source>
        <translation>Show incident density instead of markers</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="224"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="224"/>
        <source>Click points on the map; double-click to finish</source>
        <translation>Click points on the map; double-click to finish</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="226"/>
        <source>Draw area</source>
        <translation>Draw area</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="226"/>
        <source>Draw an operation area; double-click to finish</source>
        <translation>Draw an operation area; double-click to finish</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="228"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="228"/>
        <source>Remove measurements and drawn areas</source>
        <translation>Remove measurements and drawn areas</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="231"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="231"/>
        <source>Save the current view as a standalone HTML map</source>
        <translation>Save the current view as a standalone HTML map</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="233"/>
        <source>Offline…</source>
        <translation>Offline…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="233"/>
        <source>Prefetch the base map of this area for offline use</source>
        <translation>Prefetch the base map of this area for offline use</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="240"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="241"/>
        <source>The map tools that do not fit in this width</source>
        <translation>The map tools that do not fit in this width</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="302"/>
        <source>Whole city</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="325"/>
        <source>Distance: %1</source>
        <translation>Distance: %1</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/map/widget.py" line="296"/>
        <source>The map could not read its data: %1</source>
        <translation>The map could not read its data: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/widget.py" line="547"/>
        <source>New incident here</source>
        <translation>New incident here</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/widget.py" line="549"/>
        <source>Measure distance</source>
        <translation>Measure distance</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/widget.py" line="567"/>
        <source>Export map</source>
        <translation>Export map</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/widget.py" line="567"/>
        <source>HTML map (*.html)</source>
        <translation>HTML map (*.html)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/widget.py" line="570"/>
        <source>Map exported to %1</source>
        <translation>Map exported to %1</translation>
    </message>
</context>
</TS>
