<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="151"/>
        <source>Click to list these %1 incidents in the queue</source>
        <translation>Click to list these %1 incidents in the queue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="382"/>
        <source>M/d</source>
        <translation>M/d</translation>
    </message>
</context>
<context>
    <name>AnalysisWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="251"/>
        <source>Last %1 weeks</source>
        <translation>Last %1 weeks</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="254"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="254"/>
        <source>Hot spots</source>
        <translation>Hot spots</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="254"/>
        <source>Hour and weekday</source>
        <translation>Hour and weekday</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="255"/>
        <source>Time limits by category</source>
        <translation>Time limits by category</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="257"/>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="257"/>
        <source>By source</source>
        <translation>By source</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="258"/>
        <source>By grid cell</source>
        <translation>By grid cell</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="258"/>
        <source>By street</source>
        <translation>By street</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="262"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="263"/>
        <source>Picture of this view (.png)</source>
        <translation>Picture of this view (.png)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="264"/>
        <source>Table of this view (.csv)</source>
        <translation>Table of this view (.csv)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="286"/>
        <source>Could not count: %1</source>
        <translation>Could not count: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="287"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="291"/>
        <source>Incidents reported from %1 to %2 (city time), on this desk&apos;s cache; click a number for the incidents behind it</source>
        <translation>Incidents reported from %1 to %2 (city time), on this desk&apos;s cache; click a number for the incidents behind it</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="306"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="314"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="314"/>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="328"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="314"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="314"/>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="314"/>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="315"/>
        <source>Span (days)</source>
        <translation>Span (days)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="330"/>
        <source>Overdue stages</source>
        <translation>Overdue stages</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="330"/>
        <source>Disposal, median</source>
        <translation>Disposal, median</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="358"/>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="357"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="357"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="359"/>
        <source>Export this view</source>
        <translation>Export this view</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="67"/>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="69"/>
        <source>MMM d</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="71"/>
        <source>Week %1, %2 (%3 – %4)</source>
        <translation>Week %1, %2 (%3 – %4)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="49"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="50"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="51"/>
        <source>Places gained (▲) or lost (▼) since the previous period</source>
        <translation>Places gained (▲) or lost (▼) since the previous period</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="330"/>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="53"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="54"/>
        <source>Composite score 0–100, the weighted mean of the rates</source>
        <translation>Composite score 0–100, the weighted mean of the rates</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="57"/>
        <source>On-time
acceptance</source>
        <translation>On-time
acceptance</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="59"/>
        <source>On-time
disposal</source>
        <translation>On-time
disposal</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="61"/>
        <source>First-time
pass</source>
        <translation>First-time
pass</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="65"/>
        <source>Overdue
stages</source>
        <translation>Overdue
stages</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="67"/>
        <source>Closure
rate</source>
        <translation>Closure
rate</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="58"/>
        <source>Click: the acceptances that ran over their limit</source>
        <translation>Click: the acceptances that ran over their limit</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="60"/>
        <source>Click: the disposals that ran over their limit</source>
        <translation>Click: the disposals that ran over their limit</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="47"/>
        <source>First-time pass</source>
        <translation>First-time pass</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="62"/>
        <source>Click: the incidents whose verification failed</source>
        <translation>Click: the incidents whose verification failed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="63"/>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="27"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="66"/>
        <source>Stages that ran over their limit, or are over it now</source>
        <translation>Stages that ran over their limit, or are over it now</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="49"/>
        <source>Closure rate</source>
        <translation>Closure rate</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="135"/>
        <source>Click to list these incidents in the queue</source>
        <translation>Click to list these incidents in the queue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="18"/>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="19"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="20"/>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="21"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="22"/>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="45"/>
        <source>Accepted on time</source>
        <translation>Accepted on time</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="23"/>
        <source>Disposed</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="24"/>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="46"/>
        <source>Disposed on time</source>
        <translation>Disposed on time</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="25"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="26"/>
        <source>Passed first verification</source>
        <translation>Passed first verification</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="28"/>
        <source>Reworked (verification failed)</source>
        <translation>Reworked (verification failed)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="29"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="30"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="31"/>
        <source>Supervised (督办)</source>
        <translation>Supervised (督办)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="32"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="33"/>
        <source>As co-agency</source>
        <translation>As co-agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="34"/>
        <source>Overdue: registration</source>
        <translation>Overdue: registration</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="35"/>
        <source>Overdue: dispatch</source>
        <translation>Overdue: dispatch</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="36"/>
        <source>Overdue: acceptance</source>
        <translation>Overdue: acceptance</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="37"/>
        <source>Overdue: disposal</source>
        <translation>Overdue: disposal</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="38"/>
        <source>Overdue: verification</source>
        <translation>Overdue: verification</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="48"/>
        <source>Not returned</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="55"/>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="56"/>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="57"/>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="58"/>
        <source>Disposal</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="59"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="64"/>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="64"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="64"/>
        <source>Streets</source>
        <translation>Streets</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="68"/>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="68"/>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="84"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="85"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="55"/>
        <source>%1: median (h)</source>
        <translation>%1: median (h)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="56"/>
        <source>%1: 90th percentile (h)</source>
        <translation>%1: 90th percentile (h)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="73"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="73"/>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="74"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="130"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="368"/>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="188"/>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="242"/>
        <source>The city&apos;s totals</source>
        <translation>The city&apos;s totals</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="260"/>
        <source>Grey: the previous period</source>
        <translation>Grey: the previous period</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="272"/>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/counting.py" line="102"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/counting.py" line="103"/>
        <source>The file was not written: %1</source>
        <translation>The file was not written: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/counting.py" line="106"/>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>AssessmentWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="279"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="280"/>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="283"/>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="284"/>
        <source>Weights…</source>
        <translation>Weights…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="285"/>
        <source>The weights of the composite score</source>
        <translation>The weights of the composite score</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="286"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="287"/>
        <source>Save these figures as a file</source>
        <translation>Save these figures as a file</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="288"/>
        <source>Excel workbook (.xlsx): every kind of unit</source>
        <translation>Excel workbook (.xlsx): every kind of unit</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="289"/>
        <source>CSV table (.csv): the units shown</source>
        <translation>CSV table (.csv): the units shown</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="290"/>
        <source>PDF report (.pdf): the units shown, printable</source>
        <translation>PDF report (.pdf): the units shown, printable</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="339"/>
        <source>Could not compute the assessment: %1</source>
        <translation>Could not compute the assessment: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="340"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="343"/>
        <source>Published by %1 on %2 (city time): the figures every desk shows for this period, %3 incidents counted by the central service</source>
        <translation>Published by %1 on %2 (city time): the figures every desk shows for this period, %3 incidents counted by the central service</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="348"/>
        <source>Live figures of the running period, as of %1 (city time); stages still open count as overdue once past their limit</source>
        <translation>Live figures of the running period, as of %1 (city time); stages still open count as overdue once past their limit</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="352"/>
        <source>Live figures from this desk&apos;s cache; the period ended %1</source>
        <translation>Live figures from this desk&apos;s cache; the period ended %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="365"/>
        <source>No incidents were reported in this period.</source>
        <translation>No incidents were reported in this period.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="366"/>
        <source>No unit of this kind handled an incident in this period.</source>
        <translation>No unit of this kind handled an incident in this period.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="380"/>
        <source>On-time disposal</source>
        <translation>On-time disposal</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="381"/>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="568"/>
        <source>Overdue stages</source>
        <translation>Overdue stages</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="389"/>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="419"/>
        <source>Click to list these incidents in the queue</source>
        <translation>Click to list these incidents in the queue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="390"/>
        <source>vs. the same days of the previous period: %1</source>
        <translation>vs. the same days of the previous period: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="391"/>
        <source>vs. previous period: %1</source>
        <translation>vs. previous period: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="392"/>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="404"/>
        <source>%1 · rank %2 of %3 · score %4</source>
        <translation>%1 · rank %2 of %3 · score %4</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="423"/>
        <source>Working time per stage (suspended time excluded)</source>
        <translation>Working time per stage (suspended time excluded)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="425"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="425"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="425"/>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="425"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="445"/>
        <source>This period has been published.</source>
        <translation>This period has been published.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="447"/>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="512"/>
        <source>The period is still running: it can be published once it has ended.</source>
        <translation>The period is still running: it can be published once it has ended.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="449"/>
        <source>Publishing needs the connection to the central service.</source>
        <translation>Publishing needs the connection to the central service.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="451"/>
        <source>Freeze this period&apos;s assessment on the central service, counted there over every incident, so that every desk shows the same figures</source>
        <translation>Freeze this period&apos;s assessment on the central service, counted there over every incident, so that every desk shows the same figures</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="461"/>
        <source>Publish the assessment</source>
        <translation>Publish the assessment</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="462"/>
        <source>Publish the assessment of %1?

The central service counts it over every incident and every desk then shows those figures for this period. A published period cannot be changed.</source>
        <translation>Publish the assessment of %1?

The central service counts it over every incident and every desk then shows those figures for this period. A published period cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="472"/>
        <source>Sent: the published figures of %1 reach every desk with the next sync</source>
        <translation>Sent: the published figures of %1 reach every desk with the next sync</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="477"/>
        <source>Not published</source>
        <translation>Not published</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="486"/>
        <source>Set by %1 on %2 (city time)</source>
        <translation>Set by %1 on %2 (city time)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="493"/>
        <source>Weights of the score</source>
        <translation>Weights of the score</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="494"/>
        <source>Changing the weights needs the connection to the central service.</source>
        <translation>Changing the weights needs the connection to the central service.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="502"/>
        <source>Weights not changed</source>
        <translation>Weights not changed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="505"/>
        <source>The new weights count from now on</source>
        <translation>The new weights count from now on</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="510"/>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="511"/>
        <source>Only the city operations center publishes assessments.</source>
        <translation>Only the city operations center publishes assessments.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="513"/>
        <source>This period has already been published.</source>
        <translation>This period has already been published.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="514"/>
        <source>Your account is not active.</source>
        <translation>Your account is not active.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="523"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="523"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="524"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="525"/>
        <source>Export the assessment</source>
        <translation>Export the assessment</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="531"/>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="538"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="569"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="581"/>
        <source>No incidents behind this figure</source>
        <translation>No incidents behind this figure</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="78"/>
        <source>%1 over</source>
        <translation>%1 over</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="93"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="93"/>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="432"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="93"/>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="429"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="128"/>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="226"/>
        <source>Reading the local cache…</source>
        <translation>Reading the local cache…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="189"/>
        <source>No district outlines in the local cache</source>
        <translation>No district outlines in the local cache</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="222"/>
        <source>%1 open · %2 overdue</source>
        <translation>%1 open · %2 overdue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="230"/>
        <source>Open incidents: few</source>
        <translation>Open incidents: few</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="230"/>
        <source>many</source>
        <translation>many</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="244"/>
        <source>Overdue incident</source>
        <translation>Overdue incident</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="266"/>
        <source>City overview</source>
        <translation>City overview</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="271"/>
        <source>Open incidents by street</source>
        <translation>Open incidents by street</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="279"/>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="465"/>
        <source>Reported today</source>
        <translation>Reported today</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="279"/>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="280"/>
        <source>since midnight</source>
        <translation>since midnight</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="280"/>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="465"/>
        <source>Closed today</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="281"/>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="281"/>
        <source>%1 supervised</source>
        <translation>%1 supervised</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="282"/>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="283"/>
        <source>%1 near the deadline</source>
        <translation>%1 near the deadline</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="290"/>
        <source>Overdue the longest</source>
        <translation>Overdue the longest</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="292"/>
        <source>Nothing is overdue</source>
        <translation>Nothing is overdue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="314"/>
        <source>No readings in the last 6 hours</source>
        <translation>No readings in the last 6 hours</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="352"/>
        <source>6 hours ago</source>
        <translation>6 hours ago</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="88"/>
        <source>No reading yet</source>
        <translation>No reading yet</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="374"/>
        <source>warning %1</source>
        <translation>warning %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="376"/>
        <source>alarm %1</source>
        <translation>alarm %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="387"/>
        <source>City vital signs</source>
        <translation>City vital signs</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="393"/>
        <source>No vital signs with readings in the local cache</source>
        <translation>No vital signs with readings in the local cache</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="407"/>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="407"/>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="408"/>
        <source>Early warnings (forecast)</source>
        <translation>Early warnings (forecast)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="409"/>
        <source>Not yet acknowledged</source>
        <translation>Not yet acknowledged</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="429"/>
        <source>Early warning</source>
        <translation>Early warning</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="430"/>
        <source>External</source>
        <translation>External</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="430"/>
        <source>Sensor silent</source>
        <translation>Sensor silent</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="431"/>
        <source>Duty unstaffed</source>
        <translation>Duty unstaffed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="440"/>
        <source>Districts, streets and joint command</source>
        <translation>Districts, streets and joint command</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="448"/>
        <source>Open incidents by district</source>
        <translation>Open incidents by district</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="450"/>
        <source>Streets with the most overdue incidents</source>
        <translation>Streets with the most overdue incidents</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="455"/>
        <source>Joint command running</source>
        <translation>Joint command running</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="457"/>
        <source>Alerts not cleared</source>
        <translation>Alerts not cleared</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="462"/>
        <source>No open incidents</source>
        <translation>No open incidents</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="465"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="477"/>
        <source>Open:</source>
        <translation>Open:</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="477"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="478"/>
        <source>near the deadline</source>
        <translation>near the deadline</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="478"/>
        <source>in time</source>
        <translation>in time</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="516"/>
        <source>No joint command is running</source>
        <translation>No joint command is running</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="520"/>
        <source>Level %1 response</source>
        <translation>Level %1 response</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="533"/>
        <source>No alert is open</source>
        <translation>No alert is open</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="542"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="543"/>
        <source>not acknowledged</source>
        <translation>not acknowledged</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="86"/>
        <source>City operations</source>
        <translation>City operations</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="102"/>
        <source>%1 s a page (+ and −)</source>
        <translation>%1 s a page (+ and −)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="105"/>
        <source>Paused (Space)</source>
        <translation>Paused (Space)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="224"/>
        <source>The local cache could not be read; showing the last figures</source>
        <translation>The local cache could not be read; showing the last figures</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="231"/>
        <source>From this desk&apos;s cache only</source>
        <translation>From this desk&apos;s cache only</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="234"/>
        <source>Offline · figures as of the last sync at %1</source>
        <translation>Offline · figures as of the last sync at %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="235"/>
        <source>Offline · figures from this desk&apos;s cache</source>
        <translation>Offline · figures from this desk&apos;s cache</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="236"/>
        <source>Live · updated %1</source>
        <translation>Live · updated %1</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/assess/weights.py" line="35"/>
        <source>Weights of the score</source>
        <translation>Weights of the score</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/weights.py" line="36"/>
        <source>The score of a unit is the weighted mean of its rates: only the proportions matter. Every desk&apos;s figures and every later publication count with these weights; published periods keep the weights they were published with.</source>
        <translation>The score of a unit is the weighted mean of its rates: only the proportions matter. Every desk&apos;s figures and every later publication count with these weights; published periods keep the weights they were published with.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/weights.py" line="61"/>
        <source>Defaults</source>
        <translation>Defaults</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/weights.py" line="62"/>
        <source>The documented defaults: disposal on time first, then first-time verification, acceptance on time, closure and few returns</source>
        <translation>The documented defaults: disposal on time first, then first-time verification, acceptance on time, closure and few returns</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/weights.py" line="95"/>
        <source>Give at least one rate a weight.</source>
        <translation>Give at least one rate a weight.</translation>
    </message>
</context>
</TS>
