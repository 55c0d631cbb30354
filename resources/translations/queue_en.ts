<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident/actionbar.py" line="+226"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select an incident first</source>
        <translation>Select an incident first</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/common/dialogs.py" line="+86"/>
        <source>%1 — %n incidents</source>
        <translation>
            <numerusform>%1 — %n incidents</numerusform>
            <numerusform>%1 — %n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n selected incidents</source>
        <translation>
            <numerusform>%n selected incidents</numerusform>
            <numerusform>%n selected incidents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Suggested by the category&apos;s routing</source>
        <translation>Suggested by the category&apos;s routing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Co-agencies</source>
        <translation>Co-agencies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disposal deadline</source>
        <translation>Disposal deadline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspend until</source>
        <translation>Suspend until</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed — dispatch again</source>
        <translation>Failed — dispatch again</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Please write a %1.</source>
        <translation>Please write a %1.</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../../dispatch_desk/ui/common/commands.py" line="+223"/>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 of %3 done</translation>
    </message>
</context>
<context>
    <name>CommandWords</name>
    <message>
        <location filename="../../dispatch_desk/ui/common/labels.py" line="+148"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing down</source>
        <translation>Standing down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Major event</source>
        <translation>Major event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level I response</source>
        <translation>Level I response</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level II response</source>
        <translation>Level II response</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level III response</source>
        <translation>Level III response</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level IV response</source>
        <translation>Level IV response</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response level</source>
        <translation>No response level</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident/conflict.py" line="+46"/>
        <location line="+83"/>
        <source>Issue again</source>
        <translation>Issue again</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+76"/>
        <source>Send the same action again against the server&apos;s current state</source>
        <translation>Send the same action again against the server&apos;s current state</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+82"/>
        <source>Discard my change</source>
        <translation>Discard my change</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <source>Keep the server&apos;s state and drop the refused action</source>
        <translation>Keep the server&apos;s state and drop the refused action</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The operations center did not accept: %1</source>
        <translation>The operations center did not accept: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The center has now:</source>
        <translation>The center has now:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can:</source>
        <translation>You can:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center said: %1</source>
        <translation>The center said: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more refused action(s) on this incident</source>
        <translation>
            <numerusform>%n more refused action on this incident</numerusform>
            <numerusform>%n more refused actions on this incident</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot issue it again: %1</source>
        <translation>Cannot issue it again: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../dispatch_desk/ui/queue/filters.py" line="+128"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any source</source>
        <translation>Any source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any severity</source>
        <translation>Any severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any area</source>
        <translation>Any area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any agency</source>
        <translation>Any agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid cell code</source>
        <translation>Grid cell code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full text over title, description, address and case number; Chinese words of two characters work</source>
        <translation>Full text over title, description, address and case number; Chinese words of two characters work</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the filters</source>
        <translation>Show or hide the filters</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Filters (%1)</source>
        <translation>Filters (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter</source>
        <translation>Remove every filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the current queue and filters as your own queue tab</source>
        <translation>Keep the current queue and filters as your own queue tab</translation>
    </message>
</context>
<context>
    <name>IncidentDetailWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident/detail.py" line="+197"/>
        <source>Select an incident in the queue or on the map.</source>
        <translation>Select an incident in the queue or on the map.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fly the main map to this incident (G)</source>
        <translation>Fly the main map to this incident (G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time apart</source>
        <translation>Time apart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge suggestions</source>
        <translation>Knowledge suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage time limits</source>
        <translation>Stage time limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates (same category, 300 m, 24 h)</source>
        <translation>Possible duplicates (same category, 300 m, 24 h)</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Supervised</source>
        <translation>Supervised</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into %1</source>
        <translation>Merged into %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid cell</source>
        <translation>Grid cell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled at</source>
        <translation>Handled at</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-agencies</source>
        <translation>Co-agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposal deadline</source>
        <translation>Disposal deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended until</source>
        <translation>Suspended until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return reason</source>
        <translation>Return reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reported %1 earlier</source>
        <translation>reported %1 earlier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reported %1 later</source>
        <translation>reported %1 later</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot be merged: %1</source>
        <translation>Cannot be merged: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Merge %n ticked into this incident</source>
        <translation>
            <numerusform>Merge %n ticked into this incident</numerusform>
            <numerusform>Merge %n ticked into this incident</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the reports of the same problem to merge them</source>
        <translation>Tick the reports of the same problem to merge them</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the ticked duplicates and link them to this incident</source>
        <translation>Cancel the ticked duplicates and link them to this incident</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: done, syncing</source>
        <translation>%1: done, syncing</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Merged %n duplicate report(s) of the same problem</source>
        <translation>
            <numerusform>Merged %n duplicate report of the same problem</numerusform>
            <numerusform>Merged %n duplicate reports of the same problem</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/queue/model.py" line="+84"/>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid cell</source>
        <translation>Grid cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead agency</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported at</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Your action is being saved</source>
        <translation>Your action is being saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local change waiting to sync</source>
        <translation>Local change waiting to sync</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — due %2</source>
        <translation>%1 — due %2</translation>
    </message>
</context>
<context>
    <name>Issuer</name>
    <message>
        <location filename="../../dispatch_desk/ui/common/commands.py" line="-156"/>
        <source>%1: saving…</source>
        <translation>%1: saving…</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident/new_incident.py" line="+48"/>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Short summary: what and where</source>
        <translation>Short summary: what and where</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>or a grid cell code</source>
        <translation>or a grid cell code</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lon</source>
        <translation>Lon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lat</source>
        <translation>Lat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid cell</source>
        <translation>Grid cell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No grid cell with code %1</source>
        <translation>No grid cell with code %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please pick the place on the map or type a grid cell code.</source>
        <translation>Please pick the place on the map or type a grid cell code.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick the place on the map, or type a grid cell code.</source>
        <translation>Pick the place on the map, or type a grid cell code.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Outside every grid cell: the city handles it</source>
        <translation>Outside every grid cell: the city handles it</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Please give the incident a title.</source>
        <translation>Please give the incident a title.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose a category.</source>
        <translation>Please choose a category.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reported: %1</source>
        <translation>Reported: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was not saved: %1</source>
        <translation>The report was not saved: %1</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../dispatch_desk/ui/common/photos.py" line="+98"/>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cache cannot keep photos</source>
        <translation>This cache cannot keep photos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The photos could not be kept: %1</source>
        <translation>The photos could not be kept: %1</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location line="-60"/>
        <source>Not downloaded yet: %1</source>
        <translation>Not downloaded yet: %1</translation>
    </message>
</context>
<context>
    <name>QueueWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/queue/widget.py" line="+203"/>
        <source>Dispatch selected…</source>
        <translation>Dispatch selected…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept selected</source>
        <translation>Accept selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close selected</source>
        <translation>Close selected</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Dispatch every selected incident to one lead agency</source>
        <translation>Dispatch every selected incident to one lead agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept every selected incident for your agency</source>
        <translation>Accept every selected incident for your agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close every selected verified incident</source>
        <translation>Close every selected verified incident</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right-click to choose the columns</source>
        <translation>Right-click to choose the columns</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your saved queue</source>
        <translation>Your saved queue</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Close the incidents of this figure and return to the queue</source>
        <translation>Close the incidents of this figure and return to the queue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the incidents behind this figure</source>
        <translation>%1: the incidents behind this figure</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Save queue</source>
        <translation>Save queue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of your queue:</source>
        <translation>Name of your queue:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete this saved queue</source>
        <translation>Delete this saved queue</translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>Saving %n action(s)…</source>
        <translation>
            <numerusform>Saving %n action…</numerusform>
            <numerusform>Saving %n actions…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Filter queue</source>
        <translation>Filter queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑/↓ or J/K move · Enter opens · Ctrl+F filters · right-click header for columns</source>
        <translation>↑/↓ or J/K move · Enter opens · Ctrl+F filters · right-click header for columns</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Columns of my role</source>
        <translation>Columns of my role</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../../dispatch_desk/ui/queue/presets.py" line="+44"/>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To register</source>
        <translation>To register</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To dispatch</source>
        <translation>To dispatch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My agency to accept</source>
        <translation>My agency to accept</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In disposal</source>
        <translation>In disposal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Near due</source>
        <translation>Near due</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My area</source>
        <translation>My area</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supervised</source>
        <translation>Supervised</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>My shift</source>
        <translation>My shift</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../dispatch_desk/ui/common/commands.py" line="+7"/>
        <source>Cannot %1 an incident that is %2</source>
        <translation>Cannot %1 an incident that is %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident is not in the cache</source>
        <translation>The incident is not in the cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some details are missing or invalid</source>
        <translation>Some details are missing or invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible in the incident&apos;s current status</source>
        <translation>Not possible in the incident&apos;s current status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A suspension request is waiting for approval, or none is waiting</source>
        <translation>A suspension request is waiting for approval, or none is waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident is handled at another level</source>
        <translation>The incident is handled at another level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role can only view incidents</source>
        <translation>Your role can only view incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account or temporary seat is not active</source>
        <translation>Your account or temporary seat is not active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident is outside your area or agency</source>
        <translation>The incident is outside your area or agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not do this</source>
        <translation>Your role may not do this</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No engine to send actions to (read-only session)</source>
        <translation>No engine to send actions to (read-only session)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident/verdicts.py" line="+44"/>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select an incident first</source>
        <translation>Select an incident first</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no running time limit to extend</source>
        <translation>There is no running time limit to extend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident is not suspended</source>
        <translation>The incident is not suspended</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A suspension request is already waiting for approval</source>
        <translation>A suspension request is already waiting for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No suspension request is waiting for approval</source>
        <translation>No suspension request is waiting for approval</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident is already handled at city level: there is no level above</source>
        <translation>The incident is already handled at city level: there is no level above</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an officer above the %1 level that handles the incident can do this</source>
        <translation>Only an officer above the %1 level that handles the incident can do this</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident is handled at %1 level; you work at %2 level</source>
        <translation>The incident is handled at %1 level; you work at %2 level</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the lead agency can do this, and the incident is not dispatched yet</source>
        <translation>Only the lead agency can do this, and the incident is not dispatched yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the lead agency (%1) can do this</source>
        <translation>Only the lead agency (%1) can do this</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A liaison acts only on the incidents of their joint command</source>
        <translation>A liaison acts only on the incidents of their joint command</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident is outside your area</source>
        <translation>The incident is outside your area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You take no part in this incident</source>
        <translation>You take no part in this incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not %1 incidents</source>
        <translation>Your role may not %1 incidents</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not possible while the incident is %2</source>
        <translation>%1 is not possible while the incident is %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not possible while the incident is %2; it is possible when it is %3</source>
        <translation>%1 is not possible while the incident is %2; it is possible when it is %3</translation>
    </message>
</context>
<context>
    <name>StageTable</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident/history.py" line="+52"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In time</source>
        <translation>In time</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location line="+54"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (waiting to sync)</source>
        <translation>%1 (waiting to sync)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>lead: %1</source>
        <translation>lead: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with: %1</source>
        <translation>with: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>merged %n duplicate(s)</source>
        <translation>
            <numerusform>merged %n duplicate</numerusform>
            <numerusform>merged %n duplicates</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merged into %1</source>
        <translation>merged into %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../dispatch_desk/ui/common/labels.py" line="-140"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>12345 hotline</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid patrol</source>
        <translation>Grid patrol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IoT sensor</source>
        <translation>IoT sensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video AI</source>
        <translation>Video AI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>110 linkage</source>
        <translation>110 linkage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen app</source>
        <translation>Citizen app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency report</source>
        <translation>Agency report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator alarm</source>
        <translation>Indicator alarm</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No clock</source>
        <translation>No clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near due</source>
        <translation>Near due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Dispose</source>
        <translation>Dispose</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend</source>
        <translation>Suspend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve suspension</source>
        <translation>Approve suspension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend deadline</source>
        <translation>Extend deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervise</source>
        <translation>Supervise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1%2d %3:%4</source>
        <translation>%1%2d %3:%4</translation>
    </message>
</context>
</TS>
