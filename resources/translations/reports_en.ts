<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Exports</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/exports.py" line="+188"/>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+302"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+318"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time (%1)</source>
        <translation>Time (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+287"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Struck</source>
        <translation>Struck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant</source>
        <translation>Significant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>published by %1 at %2</source>
        <translation>published by %1 at %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>drafted by %1 at %2</source>
        <translation>drafted by %1 at %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agencies</source>
        <translation>The agencies</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Map of the area</source>
        <translation>Map of the area</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>City vital signs</source>
        <translation>City vital signs</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Response level</source>
        <translation>Response level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports published</source>
        <translation>Reports published</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Situation at the end</source>
        <translation>Situation at the end</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks by agency</source>
        <translation>Tasks by agency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+54"/>
        <source>After-action report: %1</source>
        <translation>After-action report: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Significant log entries</source>
        <translation>Significant log entries</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None flagged.</source>
        <translation>None flagged.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export report as PDF</source>
        <translation>Export report as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is not in the cache.</source>
        <translation>The report is not in the cache.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report exported to %1</source>
        <translation>Report exported to %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Folder for the after-action export</source>
        <translation>Folder for the after-action export</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After-action export written to %1</source>
        <translation>After-action export written to %1</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/lifecycle.py" line="+81"/>
        <location line="+597"/>
        <source>The operation already has this response level.</source>
        <translation>The operation already has this response level.</translation>
    </message>
    <message>
        <location line="-595"/>
        <location line="+633"/>
        <source>Choose another commander or deputy: this is the command already.</source>
        <translation>Choose another commander or deputy: this is the command already.</translation>
    </message>
    <message>
        <location line="-631"/>
        <location line="+633"/>
        <source>The commander cannot be their own deputy.</source>
        <translation>The commander cannot be their own deputy.</translation>
    </message>
    <message>
        <location line="-632"/>
        <location line="+464"/>
        <source>Please give the operation a name.</source>
        <translation>Please give the operation a name.</translation>
    </message>
    <message>
        <location line="-462"/>
        <location line="+773"/>
        <source>The seat must end after it starts, and in the future.</source>
        <translation>The seat must end after it starts, and in the future.</translation>
    </message>
    <message>
        <location line="-771"/>
        <source>A seat lasts at most 30 days; extend it later if needed.</source>
        <translation>A seat lasts at most 30 days; extend it later if needed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This officer already holds a seat in the operation.</source>
        <translation>This officer already holds a seat in the operation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator needs no seat.</source>
        <translation>An administrator needs no seat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The final report must be published first.</source>
        <translation>The final report must be published first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a city ops officer opens a joint command.</source>
        <translation>Only a city ops officer opens a joint command.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an active officer who may act (not a leader).</source>
        <translation>Choose an active officer who may act (not a leader).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The area is not a valid polygon: draw it again or choose regions.</source>
        <translation>The area is not a valid polygon: draw it again or choose regions.</translation>
    </message>
    <message>
        <location line="+243"/>
        <location line="+156"/>
        <location line="+234"/>
        <source>Start now</source>
        <translation>Start now</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>New joint command</source>
        <translation>New joint command</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blank — no plan</source>
        <translation>Blank — no plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 台风“海鸥”防御联动指挥</source>
        <translation>e.g. 台风“海鸥”防御联动指挥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 防台防汛Ⅱ级响应</source>
        <translation>e.g. 防台防汛Ⅱ级响应</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From regions</source>
        <translation>From regions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn on the map</source>
        <translation>Drawn on the map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No area yet</source>
        <translation>No area yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draw on the map…</source>
        <translation>Draw on the map…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+291"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Start now (战时)</source>
        <translation>Start now (战时)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create as planned</source>
        <translation>Create as planned</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan tasks</source>
        <translation>Plan tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <source>Response level</source>
        <translation>Response level</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+258"/>
        <source>Deputy</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Draw the area on the map; double-click to end.</source>
        <translation>Draw the area on the map; double-click to end.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No plan: tasks are assigned by hand.</source>
        <translation>No plan: tasks are assigned by hand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due +%1</source>
        <translation>due +%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Instantiated as tasks when the operation starts.</source>
        <translation>Instantiated as tasks when the operation starts.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the regions of the area, draw it on the map, or choose no area.</source>
        <translation>Choose the regions of the area, draw it on the map, or choose no area.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Area of about %1 km²</source>
        <translation>Area of about %1 km²</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the regions do not adjoin: their enclosing outline</source>
        <translation>the regions do not adjoin: their enclosing outline</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Set level</source>
        <translation>Set level</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the level changes (recorded in the log)</source>
        <translation>Why the level changes (recorded in the log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New level</source>
        <translation>New level</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <location line="+69"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Raise: %1 → %2</source>
        <translation>Raise: %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower: %1 → %2</source>
        <translation>Lower: %1 → %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer command</source>
        <translation>Transfer command</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deputy %1</source>
        <translation>deputy %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why command changes hands (recorded in the log)</source>
        <translation>Why command changes hands (recorded in the log)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New commander</source>
        <translation>New commander</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start the planned operation</source>
        <translation>Start the planned operation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operation goes active now.</source>
        <translation>The operation goes active now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 task(s) of the plan are assigned: %2</source>
        <translation>%1 task(s) of the plan are assigned: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Stand down</source>
        <translation>Stand down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing down ends the active phase: no new tasks or seats; open tasks can still be finished and the final report written. Close the operation afterwards.</source>
        <translation>Standing down ends the active phase: no new tasks or seats; open tasks can still be finished and the final report written. Close the operation afterwards.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 台风已移出本市，转入灾后恢复</source>
        <translation>e.g. 台风已移出本市，转入灾后恢复</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open seat</source>
        <translation>Open seat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a liaison seat</source>
        <translation>Open a liaison seat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>+%1 h</source>
        <translation>+%1 h</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End of day</source>
        <translation>End of day</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For agency</source>
        <translation>For agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the officer to seat.</source>
        <translation>Choose the officer to seat.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Close operation</source>
        <translation>Close operation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Close the joint command</source>
        <translation>Close the joint command</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Closing ends every seat and makes the operation read-only.</source>
        <translation>Closing ends every seat and makes the operation read-only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final report: no. %1 %2</source>
        <translation>Final report: no. %1 %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>After-action export</source>
        <translation>After-action export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The joint command is closed. Export the after-action report (PDF) and the timeline (CSV) now?</source>
        <translation>The joint command is closed. Export the after-action report (PDF) and the timeline (CSV) now?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/reports.py" line="+59"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Final report (closes the operation)</source>
        <translation>Final report (closes the operation)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command (conditions, actions, needs)</source>
        <translation>Command (conditions, actions, needs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in from live data</source>
        <translation>Fill in from live data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the command part with the current figures: incidents in the area, indicators against thresholds, task progress</source>
        <translation>Replace the command part with the current figures: incidents in the area, indicators against thresholds, task progress</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my section</source>
        <translation>Save my section</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve and publish…</source>
        <translation>Approve and publish…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+342"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="-341"/>
        <location line="+128"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>by %1 at %2</source>
        <translation>by %1 at %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agency sections: the operation has no agencies yet.</source>
        <translation>No agency sections: the operation has no agencies yet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>final report</source>
        <translation>final report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>situation report</source>
        <translation>situation report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1 %2, published by %3 at %4 — read-only</source>
        <translation>No. %1 %2, published by %3 at %4 — read-only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situation report no. %1</source>
        <translation>Situation report no. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft by %1, %2</source>
        <translation>Draft by %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situation report draft</source>
        <translation>Situation report draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New draft, prefilled from the live data — edit before saving</source>
        <translation>New draft, prefilled from the live data — edit before saving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New situation report</source>
        <translation>New situation report</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The final report: once it is published the operation can be closed with it.</source>
        <translation>The final report: once it is published the operation can be closed with it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agencies write their own sections; publishing numbers the report and notifies every seat.</source>
        <translation>Agencies write their own sections; publishing numbers the report and notifies every seat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You write the section of %1; the commander publishes.</source>
        <translation>You write the section of %1; the commander publishes.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Please give the report a title.</source>
        <translation>Please give the report a title.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publish the report</source>
        <translation>Publish the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish this report as no. %1? It becomes numbered and can no longer be changed; every seat is notified.</source>
        <translation>Publish this report as no. %1? It becomes numbered and can no longer be changed; every seat is notified.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>New report…</source>
        <translation>New report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Draft · %1</source>
        <translation>Draft · %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Situation reports</source>
        <translation>Situation reports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 published, %3 draft(s)</source>
        <translation>%1 — %2 published, %3 draft(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reports yet. A new report is prefilled from the live data.</source>
        <translation>No reports yet. A new report is prefilled from the live data.</translation>
    </message>
</context>
<context>
    <name>SituationText</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/situation_text.py" line="+39"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <comment>between names</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alarm</source>
        <translation>alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2): no reading yet</source>
        <translation>%1 (%2): no reading yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3, normal</source>
        <translation>%1 (%2): %3, normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3, beyond the %4 line of %5</source>
        <translation>%1 (%2): %3, beyond the %4 line of %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incidents in the area: %1 in all, %2 open, %3 overdue (%4).</source>
        <translation>Incidents in the area: %1 in all, %2 open, %3 overdue (%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incidents reported in the area.</source>
        <translation>No incidents reported in the area.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicators beyond their thresholds:</source>
        <translation>Indicators beyond their thresholds:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All %1 indicators of the area are within their thresholds.</source>
        <translation>All %1 indicators of the area are within their thresholds.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tasks assigned yet.</source>
        <translation>No tasks assigned yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks: %1 in all, %2 done, %3 open, %4 overdue.</source>
        <translation>Tasks: %1 in all, %2 done, %3 open, %4 overdue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>· %1: %2 of %3 done, %4 in progress, %5 waiting</source>
        <translation>· %1: %2 of %3 done, %4 in progress, %5 waiting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 blocked</source>
        <translation>%1 blocked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>· %1 is blocked: %2</source>
        <translation>· %1 is blocked: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>· %1 has %2 overdue task(s) to catch up on</source>
        <translation>· %1 has %2 overdue task(s) to catch up on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>· %1 incident(s) in the area are overdue</source>
        <translation>· %1 incident(s) in the area are overdue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of %1:</source>
        <translation>As of %1:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — final report</source>
        <translation>%1 — final report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — situation report no. %2</source>
        <translation>%1 — situation report no. %2</translation>
    </message>
</context>
</TS>
