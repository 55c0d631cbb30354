<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>OpenDataDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="279"/>
        <source>The selection changed: review it again before exporting.</source>
        <translation>The selection changed: review it again before exporting.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="303"/>
        <source>Asking the central service what this selection publishes…</source>
        <translation>Asking the central service what this selection publishes…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="316"/>
        <source>Check the rows and the figures, then approve to export.</source>
        <translation>Check the rows and the figures, then approve to export.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="333"/>
        <source>names</source>
        <translation>names</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="333"/>
        <source>telephone or ID numbers</source>
        <translation>telephone or ID numbers</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="334"/>
        <source>e-mail addresses</source>
        <translation>e-mail addresses</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="334"/>
        <source>vehicle plates</source>
        <translation>vehicle plates</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="337"/>
        <source>%1 incidents will be published; %2 of them at their grid cell instead of their point.</source>
        <translation>%1 incidents will be published; %2 of them at their grid cell instead of their point.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="339"/>
        <source>Masked in the texts: %1.</source>
        <translation>Masked in the texts: %1.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="340"/>
        <source>No personal data was found in the texts.</source>
        <translation>No personal data was found in the texts.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="342"/>
        <source>Nothing to publish: no incident of this selection was reported in the period.</source>
        <translation>Nothing to publish: no incident of this selection was reported in the period.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="344"/>
        <source>The first %1 rows as they will be published:</source>
        <translation>The first %1 rows as they will be published:</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="346"/>
        <source>Point (about 10 m)</source>
        <translation>Point (about 10 m)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="346"/>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="456"/>
        <source>Grid cell</source>
        <translation>Grid cell</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="361"/>
        <source>Export open data into</source>
        <translation>Export open data into</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="391"/>
        <source>Open data exported into %1</source>
        <translation>Open data exported into %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="397"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="405"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="406"/>
        <source>OpenData</source>
        <translation>OpenData</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="417"/>
        <source>The central service cannot be reached. Open data is reviewed and exported there, where each export is recorded: nothing was exported.</source>
        <translation>The central service cannot be reached. Open data is reviewed and exported there, where each export is recorded: nothing was exported.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="420"/>
        <source>Your session has ended: sign in again to export open data.</source>
        <translation>Your session has ended: sign in again to export open data.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="423"/>
        <source>Only an administrator exports open data.</source>
        <translation>Only an administrator exports open data.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="426"/>
        <source>The review no longer covers this selection (it changed, or is more than an hour old): review it again.</source>
        <translation>The review no longer covers this selection (it changed, or is more than an hour old): review it again.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="429"/>
        <source>The central service refused the selection: %1</source>
        <translation>The central service refused the selection: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="431"/>
        <source>The files were not written: %1</source>
        <translation>The files were not written: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="432"/>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="436"/>
        <source>Open data export</source>
        <translation>Open data export</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="437"/>
        <source>What to publish</source>
        <translation>What to publish</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="438"/>
        <source>Reported from</source>
        <translation>Reported from</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="439"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="440"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="441"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="442"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="443"/>
        <source>Whole city</source>
        <translation>Whole city</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="444"/>
        <source>Desensitisation rules</source>
        <translation>Desensitisation rules</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="446"/>
        <source>Never published: the reporter, officers, internal notes and return reasons, the joint command. In titles, descriptions, addresses and results, names, telephone and ID numbers, e-mail addresses and vehicle plates are masked. A category at home is published at its grid cell, with its street for an address and its times to the hour; a category of public space keeps its point to about 10 m, without room or unit numbers, unless you coarsen it here.</source>
        <translation>Never published: the reporter, officers, internal notes and return reasons, the joint command. In titles, descriptions, addresses and results, names, telephone and ID numbers, e-mail addresses and vehicle plates are masked. A category at home is published at its grid cell, with its street for an address and its times to the hour; a category of public space keeps its point to about 10 m, without room or unit numbers, unless you coarsen it here.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="451"/>
        <source>Publish category</source>
        <translation>Publish category</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="451"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="456"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="452"/>
        <source>Grid cell only</source>
        <translation>Grid cell only</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="387"/>
        <source>Exported %1 incidents into %2 (%3 files).</source>
        <translation>Exported %1 incidents into %2 (%3 files).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="452"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="458"/>
        <source>Withhold titles, descriptions and results (publish the category only)</source>
        <translation>Withhold titles, descriptions and results (publish the category only)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="459"/>
        <source>Review what this publishes</source>
        <translation>Review what this publishes</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="460"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="461"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="461"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="461"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="462"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="462"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="462"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="463"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="464"/>
        <source>I have reviewed these rows and figures and approve publishing them</source>
        <translation>I have reviewed these rows and figures and approve publishing them</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="465"/>
        <source>Formats:</source>
        <translation>Formats:</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="466"/>
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="467"/>
        <source>GeoJSON map</source>
        <translation>GeoJSON map</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="468"/>
        <source>Open311 GeoReport v2</source>
        <translation>Open311 GeoReport v2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="469"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="470"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/opendata/dialog.py" line="472"/>
        <source>Each review and each export is recorded in the central service&apos;s audit.</source>
        <translation>Each review and each export is recorded in the central service&apos;s audit.</translation>
    </message>
</context>
</TS>
