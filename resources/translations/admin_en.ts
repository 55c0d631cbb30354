<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="132"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="132"/>
        <source>Change the account</source>
        <translation>Change the account</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="133"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="133"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="133"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="133"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="134"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="134"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="134"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="158"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="22"/>
        <source>The central service cannot be reached: this is changed there. Nothing was changed.</source>
        <translation>The central service cannot be reached: this is changed there. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="25"/>
        <source>Your session has ended: sign in again.</source>
        <translation>Your session has ended: sign in again.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="28"/>
        <source>This username is taken.</source>
        <translation>This username is taken.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="30"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="31"/>
        <source>The central service refused it: %1</source>
        <translation>The central service refused it: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="32"/>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="74"/>
        <source>Asking the central service…</source>
        <translation>Asking the central service…</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="97"/>
        <source>Stationed as a whole</source>
        <translation>Stationed as a whole</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="98"/>
        <source>Regularly stationed</source>
        <translation>Regularly stationed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="99"/>
        <source>Temporarily stationed</source>
        <translation>Temporarily stationed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="157"/>
        <source>Nothing to save: the form is as the agency is.</source>
        <translation>Nothing to save: the form is as the agency is.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="162"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="166"/>
        <source>An agency&apos;s code has 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>An agency&apos;s code has 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="167"/>
        <source>An agency&apos;s names have 1 to 40 characters (the short ones 12).</source>
        <translation>An agency&apos;s names have 1 to 40 characters (the short ones 12).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="168"/>
        <source>A telephone number has digits, spaces, &apos;+&apos;, &apos;-&apos; and brackets only.</source>
        <translation>A telephone number has digits, spaces, &apos;+&apos;, &apos;-&apos; and brackets only.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="172"/>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="173"/>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="176"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="173"/>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="176"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="173"/>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="176"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="174"/>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="178"/>
        <source>Stationing</source>
        <translation>Stationing</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="175"/>
        <source>The chosen agency</source>
        <translation>The chosen agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="177"/>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="177"/>
        <source>Short name in English</source>
        <translation>Short name in English</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="178"/>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="182"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="183"/>
        <source>New agency</source>
        <translation>New agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="184"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="50"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="51"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="139"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="139"/>
        <source>Grid cell</source>
        <translation>Grid cell</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="201"/>
        <source>Nothing to save: the form is as the category is.</source>
        <translation>Nothing to save: the form is as the category is.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="213"/>
        <source>Saved %1; new limits count for stages entered from now on.</source>
        <translation>Saved %1; new limits count for stages entered from now on.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="218"/>
        <source>A category&apos;s name has 1 to 40 characters.</source>
        <translation>A category&apos;s name has 1 to 40 characters.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="219"/>
        <source>There is no such agency.</source>
        <translation>There is no such agency.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="220"/>
        <source>A time limit is 1 to 43,200 minutes (30 days).</source>
        <translation>A time limit is 1 to 43,200 minutes (30 days).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="221"/>
        <source>The near-deadline margin is at least 0 and less than the limit.</source>
        <translation>The near-deadline margin is at least 0 and less than the limit.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="226"/>
        <source>Categories and time limits</source>
        <translation>Categories and time limits</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="227"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="227"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="227"/>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="231"/>
        <source>Dispatched to</source>
        <translation>Dispatched to</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="228"/>
        <source>Open data location</source>
        <translation>Open data location</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="229"/>
        <source>The chosen category</source>
        <translation>The chosen category</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="230"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="230"/>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="233"/>
        <source>Open data may show the exact point</source>
        <translation>Open data may show the exact point</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="234"/>
        <source>For problems of public space (a pothole, a fallen tree). Without it, open data shows the grid cell, for problems that may point at a household.</source>
        <translation>For problems of public space (a pothole, a fallen tree). Without it, open data shows the grid cell, for problems that may point at a household.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="236"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="236"/>
        <source>Limit (minutes)</source>
        <translation>Limit (minutes)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="237"/>
        <source>Near the deadline from (minutes before)</source>
        <translation>Near the deadline from (minutes before)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="241"/>
        <source>A new limit counts for stages entered from then on: an incident already in a stage keeps its deadline.</source>
        <translation>A new limit counts for stages entered from then on: an incident already in a stage keeps its deadline.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="243"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="244"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GridImportDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="67"/>
        <source>A grid file</source>
        <translation>A grid file</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="68"/>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="79"/>
        <source>The file is larger than 32 MB: import it in parts.</source>
        <translation>The file is larger than 32 MB: import it in parts.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="84"/>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="96"/>
        <source>Checking the file on the central service…</source>
        <translation>Checking the file on the central service…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="96"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="102"/>
        <source>%1 cells: %2 new, %3 replacing a known one, %4 as they are.</source>
        <translation>%1 cells: %2 new, %3 replacing a known one, %4 as they are.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="110"/>
        <source>The file is refused; nothing would be written. Mend these and try again:</source>
        <translation>The file is refused; nothing would be written. Mend these and try again:</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="108"/>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="113"/>
        <source>Imported. %1 Every desk gets them with its next sync.</source>
        <translation>Imported. %1 Every desk gets them with its next sync.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="114"/>
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="119"/>
        <source>The file is not a GeoJSON FeatureCollection.</source>
        <translation>The file is not a GeoJSON FeatureCollection.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="120"/>
        <source>The file has no cells.</source>
        <translation>The file has no cells.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="121"/>
        <source>One import takes 20,000 cells at most.</source>
        <translation>One import takes 20,000 cells at most.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="122"/>
        <source>Not a GeoJSON Feature.</source>
        <translation>Not a GeoJSON Feature.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="123"/>
        <source>No properties.</source>
        <translation>No properties.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="124"/>
        <source>No code of 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>No code of 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="125"/>
        <source>%1: no name of 1 to 60 characters.</source>
        <translation>%1: no name of 1 to 60 characters.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="126"/>
        <source>%1: no street.</source>
        <translation>%1: no street.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="127"/>
        <source>%1: the geometry is not a Polygon.</source>
        <translation>%1: the geometry is not a Polygon.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="128"/>
        <source>%1: a ring needs at least four positions.</source>
        <translation>%1: a ring needs at least four positions.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="129"/>
        <source>%1: a position is not [lon, lat] in numbers.</source>
        <translation>%1: a position is not [lon, lat] in numbers.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="130"/>
        <source>%1: a position lies outside longitude −180…180 or latitude −90…90.</source>
        <translation>%1: a position lies outside longitude −180…180 or latitude −90…90.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="131"/>
        <source>%1: a ring is not closed (its first and last positions differ).</source>
        <translation>%1: a ring is not closed (its first and last positions differ).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="132"/>
        <source>%1: the outline crosses itself or has no area.</source>
        <translation>%1: the outline crosses itself or has no area.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="133"/>
        <source>%1: the code is already used by another cell of the file.</source>
        <translation>%1: the code is already used by another cell of the file.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="134"/>
        <source>%1: there is no street %2.</source>
        <translation>%1: there is no street %2.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="135"/>
        <source>%1: the cell lies outside its street %2.</source>
        <translation>%1: the cell lies outside its street %2.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="136"/>
        <source>%1 and %2 overlap: the same ground cannot be two cells of one street.</source>
        <translation>%1 and %2 overlap: the same ground cannot be two cells of one street.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="141"/>
        <source>Feature %1: %2</source>
        <translation>Feature %1: %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="151"/>
        <source>Import grid cells</source>
        <translation>Import grid cells</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="152"/>
        <source>A GeoJSON FeatureCollection: one Polygon per cell, with the properties code, name and street (a street&apos;s code), and name_en and team if you have them. A cell of a known code is replaced. The whole file is checked first: closed rings, every cell inside its street, no two cells of one street overlapping.</source>
        <translation>A GeoJSON FeatureCollection: one Polygon per cell, with the properties code, name and street (a street&apos;s code), and name_en and team if you have them. A cell of a known code is replaced. The whole file is checked first: closed rings, every cell inside its street, no two cells of one street overlapping.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="156"/>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="157"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="158"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="82"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="84"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="87"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="88"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="237"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="240"/>
        <source>Asking the central service…</source>
        <translation>Asking the central service…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="238"/>
        <source>As of %1 (city time)</source>
        <translation>As of %1 (city time)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="244"/>
        <source>The central service cannot be reached: what is shown is as it was last read.</source>
        <translation>The central service cannot be reached: what is shown is as it was last read.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="246"/>
        <source>Your session has ended: sign in again.</source>
        <translation>Your session has ended: sign in again.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="248"/>
        <source>Only an administrator sees operations and maintenance.</source>
        <translation>Only an administrator sees operations and maintenance.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="250"/>
        <source>The central service refused the filter: %1</source>
        <translation>The central service refused the filter: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="252"/>
        <source>Not read: %1</source>
        <translation>Not read: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="272"/>
        <source>%1, since %2</source>
        <translation>%1, since %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="294"/>
        <source>%1 desks; %2 not heard of for ten minutes; %3 with unsent changes or conflicts</source>
        <translation>%1 desks; %2 not heard of for ten minutes; %3 with unsent changes or conflicts</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="302"/>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="316"/>
        <source>%1 sensors, %2 silent</source>
        <translation>%1 sensors, %2 silent</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="318"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="318"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="318"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="321"/>
        <source>Silent for %1</source>
        <translation>Silent for %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="322"/>
        <source>Never sent</source>
        <translation>Never sent</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="322"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="325"/>
        <source>Not monitored</source>
        <translation>Not monitored</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="350"/>
        <source>%1 entries listed</source>
        <translation>%1 entries listed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="351"/>
        <source>, more below</source>
        <translation>, more below</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="375"/>
        <source>Export the audit</source>
        <translation>Export the audit</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="376"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="384"/>
        <source>The file was not written: %1</source>
        <translation>The file was not written: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="386"/>
        <source>Saved %1 entries to %2</source>
        <translation>Saved %1 entries to %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="391"/>
        <source>Operations and maintenance</source>
        <translation>Operations and maintenance</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="392"/>
        <source>Central service</source>
        <translation>Central service</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="392"/>
        <source>Sensors</source>
        <translation>Sensors</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="392"/>
        <source>Desks</source>
        <translation>Desks</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="393"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="395"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="403"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="395"/>
        <source>Running for</source>
        <translation>Running for</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="395"/>
        <source>Live streams</source>
        <translation>Live streams</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="396"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="396"/>
        <source>Database round trip</source>
        <translation>Database round trip</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="397"/>
        <source>Database size</source>
        <translation>Database size</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="397"/>
        <source>Feed position</source>
        <translation>Feed position</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="397"/>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="398"/>
        <source>Background jobs</source>
        <translation>Background jobs</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="401"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="401"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="401"/>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="402"/>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="402"/>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="404"/>
        <source>Last heard of</source>
        <translation>Last heard of</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="404"/>
        <source>Behind the feed</source>
        <translation>Behind the feed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="405"/>
        <source>Unsent</source>
        <translation>Unsent</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="405"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="405"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="406"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="406"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="406"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="407"/>
        <source>Last reading</source>
        <translation>Last reading</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="407"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="407"/>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="408"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="403"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="409"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="420"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="403"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="409"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="421"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="409"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="421"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="410"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="420"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="410"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="410"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="413"/>
        <source>officer id, e.g. o-ops</source>
        <translation>officer id, e.g. o-ops</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="414"/>
        <source>e.g. incident. or open_data.export</source>
        <translation>e.g. incident. or open_data.export</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="415"/>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="416"/>
        <source>Refused only</source>
        <translation>Refused only</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="417"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="418"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="419"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="420"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="420"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="421"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="422"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="422"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="422"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="423"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="424"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="49"/>
        <source>Ops officer</source>
        <translation>Ops officer</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="50"/>
        <source>Agency officer</source>
        <translation>Agency officer</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="51"/>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="52"/>
        <source>Street supervisor</source>
        <translation>Street supervisor</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="53"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="54"/>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="55"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="62"/>
        <source>A username has 2 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>A username has 2 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="64"/>
        <source>A name has 1 to 40 printable characters.</source>
        <translation>A name has 1 to 40 printable characters.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="65"/>
        <source>This role needs the region of its area.</source>
        <translation>This role needs the region of its area.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="66"/>
        <source>A street supervisor&apos;s region is a street.</source>
        <translation>A street supervisor&apos;s region is a street.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="67"/>
        <source>This role needs its agency.</source>
        <translation>This role needs its agency.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="68"/>
        <source>There is no such agency.</source>
        <translation>There is no such agency.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="69"/>
        <source>A password has 8 to 256 characters.</source>
        <translation>A password has 8 to 256 characters.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="70"/>
        <source>A password is not the username.</source>
        <translation>A password is not the username.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="277"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="277"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="309"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="309"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="327"/>
        <source>The account %1 can sign in now.</source>
        <translation>The account %1 can sign in now.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="340"/>
        <source>The account %1 is changed.</source>
        <translation>The account %1 is changed.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="349"/>
        <source>The account %1 is enabled.</source>
        <translation>The account %1 is enabled.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="350"/>
        <source>The account %1 is disabled: its sessions have ended.</source>
        <translation>The account %1 is disabled: its sessions have ended.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="364"/>
        <source>The password of %1 is set; they sign in again with it.</source>
        <translation>The password of %1 is set; they sign in again with it.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="368"/>
        <source>Officers&apos; accounts</source>
        <translation>Officers&apos; accounts</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="369"/>
        <source>Name or username</source>
        <translation>Name or username</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="370"/>
        <source>Every role</source>
        <translation>Every role</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="371"/>
        <source>Show disabled accounts</source>
        <translation>Show disabled accounts</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="372"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="372"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="372"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="372"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="373"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="373"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="374"/>
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="375"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="376"/>
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="377"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OpenDataDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="279"/>
        <source>The selection changed: review it again before exporting.</source>
        <translation>The selection changed: review it again before exporting.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="303"/>
        <source>Asking the central service what this selection publishes…</source>
        <translation>Asking the central service what this selection publishes…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="316"/>
        <source>Check the rows and the figures, then approve to export.</source>
        <translation>Check the rows and the figures, then approve to export.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="333"/>
        <source>names</source>
        <translation>names</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="333"/>
        <source>telephone or ID numbers</source>
        <translation>telephone or ID numbers</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="334"/>
        <source>e-mail addresses</source>
        <translation>e-mail addresses</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="334"/>
        <source>vehicle plates</source>
        <translation>vehicle plates</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="337"/>
        <source>%1 incidents will be published; %2 of them at their grid cell instead of their point.</source>
        <translation>%1 incidents will be published; %2 of them at their grid cell instead of their point.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="339"/>
        <source>Masked in the texts: %1.</source>
        <translation>Masked in the texts: %1.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="340"/>
        <source>No personal data was found in the texts.</source>
        <translation>No personal data was found in the texts.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="342"/>
        <source>Nothing to publish: no incident of this selection was reported in the period.</source>
        <translation>Nothing to publish: no incident of this selection was reported in the period.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="344"/>
        <source>The first %1 rows as they will be published:</source>
        <translation>The first %1 rows as they will be published:</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="346"/>
        <source>Point (about 10 m)</source>
        <translation>Point (about 10 m)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="346"/>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="456"/>
        <source>Grid cell</source>
        <translation>Grid cell</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="361"/>
        <source>Export open data into</source>
        <translation>Export open data into</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="391"/>
        <source>Open data exported into %1</source>
        <translation>Open data exported into %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="397"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="405"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="406"/>
        <source>OpenData</source>
        <translation>OpenData</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="417"/>
        <source>The central service cannot be reached. Open data is reviewed and exported there, where each export is recorded: nothing was exported.</source>
        <translation>The central service cannot be reached. Open data is reviewed and exported there, where each export is recorded: nothing was exported.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="420"/>
        <source>Your session has ended: sign in again to export open data.</source>
        <translation>Your session has ended: sign in again to export open data.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="423"/>
        <source>Only an administrator exports open data.</source>
        <translation>Only an administrator exports open data.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="426"/>
        <source>The review no longer covers this selection (it changed, or is more than an hour old): review it again.</source>
        <translation>The review no longer covers this selection (it changed, or is more than an hour old): review it again.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="429"/>
        <source>The central service refused the selection: %1</source>
        <translation>The central service refused the selection: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="431"/>
        <source>The files were not written: %1</source>
        <translation>The files were not written: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="432"/>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="436"/>
        <source>Open data export</source>
        <translation>Open data export</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="437"/>
        <source>What to publish</source>
        <translation>What to publish</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="438"/>
        <source>Reported from</source>
        <translation>Reported from</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="439"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="440"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="441"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="442"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="443"/>
        <source>Whole city</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="444"/>
        <source>Desensitisation rules</source>
        <translation>Desensitisation rules</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="446"/>
        <source>Never published: the reporter, officers, internal notes and return reasons, the joint command. In titles, descriptions, addresses and results, names, telephone and ID numbers, e-mail addresses and vehicle plates are masked. A category at home is published at its grid cell, with its street for an address and its times to the hour; a category of public space keeps its point to about 10 m, without room or unit numbers, unless you coarsen it here.</source>
        <translation>Never published: the reporter, officers, internal notes and return reasons, the joint command. In titles, descriptions, addresses and results, names, telephone and ID numbers, e-mail addresses and vehicle plates are masked. A category at home is published at its grid cell, with its street for an address and its times to the hour; a category of public space keeps its point to about 10 m, without room or unit numbers, unless you coarsen it here.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="451"/>
        <source>Publish category</source>
        <translation>Publish category</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="451"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="456"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="452"/>
        <source>Grid cell only</source>
        <translation>Grid cell only</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="387"/>
        <source>Exported %1 incidents into %2 (%3 files).</source>
        <translation>Exported %1 incidents into %2 (%3 files).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="452"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="458"/>
        <source>Withhold titles, descriptions and results (publish the category only)</source>
        <translation>Withhold titles, descriptions and results (publish the category only)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="459"/>
        <source>Review what this publishes</source>
        <translation>Review what this publishes</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="460"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="461"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="461"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="461"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="462"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="462"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="462"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="463"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="464"/>
        <source>I have reviewed these rows and figures and approve publishing them</source>
        <translation>I have reviewed these rows and figures and approve publishing them</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="465"/>
        <source>Formats:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="466"/>
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="467"/>
        <source>GeoJSON map</source>
        <translation>GeoJSON map</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="468"/>
        <source>Open311 GeoReport v2</source>
        <translation>Open311 GeoReport v2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="469"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="470"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="472"/>
        <source>Each review and each export is recorded in the central service&apos;s audit.</source>
        <translation>Each review and each export is recorded in the central service&apos;s audit.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="194"/>
        <source>Set a password</source>
        <translation>Set a password</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="195"/>
        <source>A new password for %1. Their sessions end: they sign in again with it.</source>
        <translation>A new password for %1. Their sessions end: they sign in again with it.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="197"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="198"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="202"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="159"/>
        <source>Typhoon</source>
        <translation>Typhoon</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="159"/>
        <source>Flood</source>
        <translation>Flood</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="159"/>
        <source>Heatwave</source>
        <translation>Heatwave</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="160"/>
        <source>Snow and ice</source>
        <translation>Snow and ice</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="160"/>
        <source>Marathon</source>
        <translation>Marathon</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="161"/>
        <source>Festival or crowd event</source>
        <translation>Festival or crowd event</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="161"/>
        <source>Major conference</source>
        <translation>Major conference</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="162"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="166"/>
        <source>A plan&apos;s code has 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>A plan&apos;s code has 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="167"/>
        <source>A plan&apos;s names have 1 to 80 characters on one line.</source>
        <translation>A plan&apos;s names have 1 to 80 characters on one line.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="168"/>
        <source>Choose the kind of plan.</source>
        <translation>Choose the kind of plan.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="169"/>
        <source>A plan has 1 to 50 tasks.</source>
        <translation>A plan has 1 to 50 tasks.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="170"/>
        <source>Choose the agency of each task.</source>
        <translation>Choose the agency of each task.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="171"/>
        <source>A task&apos;s titles have 1 to 200 characters on one line.</source>
        <translation>A task&apos;s titles have 1 to 200 characters on one line.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="172"/>
        <source>A task&apos;s description has at most 4000 characters of text.</source>
        <translation>A task&apos;s description has at most 4000 characters of text.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="173"/>
        <source>A task is due at most a week after the start.</source>
        <translation>A task is due at most a week after the start.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="174"/>
        <source>The plan gives the same task to the same agency twice.</source>
        <translation>The plan gives the same task to the same agency twice.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="186"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="186"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="250"/>
        <source>A copy: give it a code of its own, then save.</source>
        <translation>A copy: give it a code of its own, then save.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="297"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="298"/>
        <source>at the start</source>
        <translation>at the start</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="366"/>
        <source>Nothing to save: the form is as the plan is.</source>
        <translation>Nothing to save: the form is as the plan is.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="369"/>
        <source>There is a plan %1 already: choose it to change it.</source>
        <translation>There is a plan %1 already: choose it to change it.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="379"/>
        <source>Saved %1: operations started from now on follow it.</source>
        <translation>Saved %1: operations started from now on follow it.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="385"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="386"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="386"/>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="389"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="386"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="386"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="387"/>
        <source>The chosen plan</source>
        <translation>The chosen plan</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="388"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="388"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="388"/>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="393"/>
        <source>The kind decides which vital signs its joint commands watch first</source>
        <translation>The kind decides which vital signs its joint commands watch first</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="394"/>
        <source>In force: offered when a joint command starts</source>
        <translation>In force: offered when a joint command starts</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="395"/>
        <source>Tasks it assigns when a joint command starts from it, in order</source>
        <translation>Tasks it assigns when a joint command starts from it, in order</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="396"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="396"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="396"/>
        <source>Task in English</source>
        <translation>Task in English</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="397"/>
        <source>Due after the start</source>
        <translation>Due after the start</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="399"/>
        <source>Description of the chosen task</source>
        <translation>Description of the chosen task</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="400"/>
        <source>Add task</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="401"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="402"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="403"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="404"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="405"/>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="406"/>
        <source>Copy as new</source>
        <translation>Copy as new</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="407"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
