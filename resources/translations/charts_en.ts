<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertsWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/charts/alerts.py" line="+88"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+322"/>
        <source>Raise incident</source>
        <translation>Raise incident</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+328"/>
        <source>Start plan</source>
        <translation>Start plan</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Counted: the alerts not yet cleared, by kind, and how many of them nobody has acknowledged; then the cleared ones.</source>
        <translation>Counted: the alerts not yet cleared, by kind, and how many of them nobody has acknowledged; then the cleared ones.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Alarms %1 (%2 unacknowledged)</source>
        <translation>Alarms %1 (%2 unacknowledged)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings %1 (%2 unacknowledged)</source>
        <translation>Warnings %1 (%2 unacknowledged)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early warnings %1</source>
        <translation>Early warnings %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors silent %1</source>
        <translation>Sensors silent %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared %1</source>
        <translation>Cleared %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacknowledged</source>
        <translation>Unacknowledged</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>proposes %1</source>
        <translation>proposes %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Extreme</source>
        <translation>Extreme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severe</source>
        <translation>Severe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Immediate</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Future</source>
        <translation>Future</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely</source>
        <translation>Likely</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlikely</source>
        <translation>Unlikely</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity · urgency · certainty (CAP)</source>
        <translation>Severity · urgency · certainty (CAP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area: %1</source>
        <translation>Area: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streets: %1</source>
        <translation>Streets: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends at %1</source>
        <translation>Ends at %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Plan “%1” started for this warning.</source>
        <translation>Plan “%1” started for this warning.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>Acknowledged by %1 at %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has acknowledged this alert yet.</source>
        <translation>Nobody has acknowledged this alert yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared at %1: the value is back within its threshold.</source>
        <translation>Cleared at %1: the value is back within its threshold.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sensor silent</source>
        <translation>Sensor silent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty unstaffed</source>
        <translation>Duty unstaffed</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Record that you have seen this alert (告警确认)</source>
        <translation>Record that you have seen this alert (告警确认)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open incident</source>
        <translation>Open incident</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This alert has already raised incident %1; open it.</source>
        <translation>This alert has already raised incident %1; open it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This alert has already raised an incident, which this desk does not show.</source>
        <translation>This alert has already raised an incident, which this desk does not show.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register the alarm as an incident (smart discovery), prefilled</source>
        <translation>Register the alarm as an incident (smart discovery), prefilled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start plan “%1”</source>
        <translation>Start plan “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start this plan&apos;s joint command over the warning&apos;s area. The warning only proposes it: nothing starts by itself.</source>
        <translation>Start this plan&apos;s joint command over the warning&apos;s area. The warning only proposes it: nothing starts by itself.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan is proposed for this alert.</source>
        <translation>No plan is proposed for this alert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This alert is outside your area: the officers of its region acknowledge it.</source>
        <translation>This alert is outside your area: the officers of its region acknowledge it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account is not active.</source>
        <translation>Your account is not active.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not acknowledge alerts.</source>
        <translation>Your role does not acknowledge alerts.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This alert has already raised an incident; open it instead.</source>
        <translation>This alert has already raised an incident; open it instead.</translation>
    </message>
    <message>
        <location line="-406"/>
        <source>Show on map</source>
        <translation>Show on map</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>incident raised</source>
        <translation>incident raised</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early warning</source>
        <translation>Early warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>External</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/charts/dashboard.py" line="+94"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the charts as a picture or their data as CSV</source>
        <translation>Export the charts as a picture or their data as CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export PNG</source>
        <translation>Export PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the indicator tree</source>
        <translation>Show or hide the indicator tree</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this operation</source>
        <translation>Only this operation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the indicators of the joint command in view: of its area and of its plan&apos;s dimensions</source>
        <translation>Show only the indicators of the joint command in view: of its area and of its plan&apos;s dimensions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click an indicator on the left to add a chart.</source>
        <translation>Double-click an indicator on the left to add a chart.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 · %2 indicators</source>
        <translation>%1 · %2 indicators</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No lower-level figures for this indicator.</source>
        <translation>No lower-level figures for this indicator.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Time series</source>
        <translation>Time series</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big number</source>
        <translation>Big number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the regions below</source>
        <translation>Compare the regions below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color the map by this indicator</source>
        <translation>Color the map by this indicator</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Early warning</source>
        <translation>Early warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) is likely to cross %3 within the hour</source>
        <translation>%1 (%2) is likely to cross %3 within the hour</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean</source>
        <translation>mean</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Export chart data as CSV</source>
        <translation>Export chart data as CSV</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export charts as PNG</source>
        <translation>Export charts as PNG</translation>
    </message>
</context>
<context>
    <name>IndicatorTree</name>
    <message>
        <location filename="../../dispatch_desk/ui/charts/indicator_tree.py" line="+26"/>
        <source>Search indicators…</source>
        <translation>Search indicators…</translation>
    </message>
</context>
<context>
    <name>NumberTile</name>
    <message>
        <location filename="../../dispatch_desk/ui/charts/tiles.py" line="+282"/>
        <source>Change over 15 minutes: %1</source>
        <translation>Change over 15 minutes: %1</translation>
    </message>
</context>
<context>
    <name>SeriesTile</name>
    <message>
        <location line="+22"/>
        <location line="+93"/>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+92"/>
        <source>alarm</source>
        <translation>alarm</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>No readings yet</source>
        <translation>No readings yet</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Next hour: no threshold crossing expected</source>
        <translation>Next hour: no threshold crossing expected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Early warning: %1% chance of crossing the %2 level (%3) within the hour</source>
        <translation>Early warning: %1% chance of crossing the %2 level (%3) within the hour</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location line="-270"/>
        <source>%1 by region</source>
        <translation>%1 by region</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chart actions</source>
        <translation>Chart actions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export picture (PNG)…</source>
        <translation>Export picture (PNG)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export data (CSV)…</source>
        <translation>Export data (CSV)…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Compare across the regions below</source>
        <translation>Compare across the regions below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color the map by this indicator</source>
        <translation>Color the map by this indicator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove this tile</source>
        <translation>Remove this tile</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../dispatch_desk/ui/charts/labels.py" line="+12"/>
        <source>City basics</source>
        <translation>City basics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilities and supply</source>
        <translation>Utilities and supply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vitality</source>
        <translation>Vitality</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 hours</source>
        <translation>6 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
</context>
</TS>
