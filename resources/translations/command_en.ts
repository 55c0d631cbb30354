<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="74"/>
        <source>struck: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLogModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="50"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="51"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="52"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="53"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="54"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="215"/>
        <source>Significant event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="273"/>
        <source>Struck by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="276"/>
        <source>Local entry waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLogWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="243"/>
        <source>Search the log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="244"/>
        <source>★ only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="245"/>
        <source>Only significant events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="246"/>
        <source>Strike…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="247"/>
        <source>★ Significant (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="248"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="249"/>
        <location filename="../../dispatch_desk/ui/command/log.py" line="365"/>
        <source>Write the entry into the log (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="250"/>
        <source>New log entry… (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="251"/>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="265"/>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="270"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/command/log.py" line="315"/>
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="356"/>
        <source>Only the author or the commander can strike an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="358"/>
        <source>The entry is already struck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="363"/>
        <source>Strike the entry with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="364"/>
        <source>Mark or unmark a significant event (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="379"/>
        <source>Write the entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="382"/>
        <source>The entry is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="397"/>
        <source>Strike the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="397"/>
        <source>Why is it wrong?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandWatcher</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/watcher.py" line="108"/>
        <source>New task for your agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/watcher.py" line="111"/>
        <source>Situation report no. %1 published</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/command/watcher.py" line="120"/>
        <source>Your seat ends in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandWords</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="24"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="25"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="26"/>
        <location filename="../../dispatch_desk/ui/command/words.py" line="199"/>
        <source>Standing down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="27"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="33"/>
        <source>Major event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="34"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="40"/>
        <source>Level I response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="41"/>
        <source>Level II response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="42"/>
        <source>Level III response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="43"/>
        <source>Level IV response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="44"/>
        <source>No response level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="49"/>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="50"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="51"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="52"/>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="53"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="54"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="61"/>
        <source>Accept</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="62"/>
        <source>Start</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="63"/>
        <source>Done</source>
        <comment>step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="64"/>
        <source>Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="67"/>
        <source>Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="65"/>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="66"/>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="68"/>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="69"/>
        <source>Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="70"/>
        <source>New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="71"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="78"/>
        <source>Accept the task for your agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="79"/>
        <source>Start work on the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="80"/>
        <source>Mark the task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="81"/>
        <source>The task cannot go on: say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="82"/>
        <source>Write a progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="83"/>
        <source>Cancel the task, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="84"/>
        <source>Give the task to another agency or another due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="85"/>
        <source>Link an incident in the area to the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="86"/>
        <source>Report a new incident from the task and link it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="87"/>
        <source>Assign a new task to an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="93"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="94"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="95"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="96"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="97"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="107"/>
        <source>Not in your cache (yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="108"/>
        <source>Some details are missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="109"/>
        <source>Not possible in the current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="110"/>
        <source>Your role can only view the joint command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="111"/>
        <source>Your account or seat is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="112"/>
        <source>Only the agency the task is assigned to, or the command staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="113"/>
        <source>Only the commander, the deputy or a city ops officer may do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="114"/>
        <source>It exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="115"/>
        <source>No sync engine: this session is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="116"/>
        <source>Choose an operation first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="117"/>
        <source>Select a task first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="118"/>
        <source>Select a log entry first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="119"/>
        <source>Select a seat first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="120"/>
        <source>Not part of this installation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="143"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="145"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="146"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="152"/>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="184"/>
        <source>Task %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="193"/>
        <source>Joint command created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="194"/>
        <source>Joint command started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="195"/>
        <source>Response level set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="197"/>
        <source>Command handed over: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="201"/>
        <source>Joint command closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="202"/>
        <source>%1 task(s) assigned from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="204"/>
        <source>Seat opened: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="206"/>
        <source>Seat closed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="208"/>
        <source>Seat ran out: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="210"/>
        <source>Seat extended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="211"/>
        <source>%1 (%2) checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="213"/>
        <source>%1 (%2) checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="215"/>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="216"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="217"/>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="218"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="219"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="220"/>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="221"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="222"/>
        <source>reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="223"/>
        <source>Incident linked to task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="225"/>
        <source>Incident unlinked from task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="227"/>
        <source>Situation report no. %1 published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="229"/>
        <source>New incident in the area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="231"/>
        <source>Alert in the area: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkIncidentDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="234"/>
        <source>Link an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="238"/>
        <source>Search the incidents in the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="260"/>
        <source>No open incident in the area matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="266"/>
        <source>Choose an incident.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="124"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="130"/>
        <source>What is to be done, and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="136"/>
        <source>At a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="150"/>
        <source>Lon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="152"/>
        <source>Lat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="154"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="155"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="156"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="157"/>
        <source>Due in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="158"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="169"/>
        <source>Please give the task a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="174"/>
        <source>The description is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="182"/>
        <source>The place is outside the operation&apos;s area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationHeader</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="125"/>
        <source>Start operation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="125"/>
        <source>Response level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="126"/>
        <source>Transfer command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="126"/>
        <source>Open seat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="127"/>
        <source>Stand down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="127"/>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="130"/>
        <source>The joint command in view (running and recent ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="164"/>
        <source>Commander %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="166"/>
        <source>Deputy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="181"/>
        <source>No joint command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="194"/>
        <source>Running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="196"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="198"/>
        <source>Tasks %1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="200"/>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="202"/>
        <source>%1 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="205"/>
        <source>%1 in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="228"/>
        <source>Not possible while the operation is %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="92"/>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="95"/>
        <source>At most 1000 characters, please.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="193"/>
        <source>Reassign task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="198"/>
        <source>keep the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="200"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="201"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="202"/>
        <source>New due in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="203"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="213"/>
        <source>Choose another agency or a new due time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatEndDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="313"/>
        <source>Extend the seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="317"/>
        <source> h from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="318"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatsWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="111"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="111"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="111"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="112"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="112"/>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="113"/>
        <source>Show ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="114"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="114"/>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="115"/>
        <source>Open seat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="115"/>
        <source>Extend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="115"/>
        <source>End early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="151"/>
        <source>%1 of %2 seats in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="152"/>
        <source>No joint command in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="169"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="173"/>
        <source>starts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="180"/>
        <source>● here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="180"/>
        <source>○ away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="225"/>
        <source>Only the seated officer or the command staff checks a seat in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="228"/>
        <source>The seat is not open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="230"/>
        <source>Already checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="230"/>
        <source>Not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="236"/>
        <source>The seat has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="240"/>
        <source>Record that the seat&apos;s officer is in the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="241"/>
        <source>Record that the seat&apos;s officer left the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="242"/>
        <source>Seat an officer for an agency until a given time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="243"/>
        <source>Move the seat&apos;s end later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="243"/>
        <source>End the seat now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskBoard</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="201"/>
        <source>Blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="203"/>
        <source>Local change waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="280"/>
        <source>Incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="282"/>
        <source>waiting to sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="304"/>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="306"/>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskBoardWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="420"/>
        <source>Only my agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="421"/>
        <source>Show only the lanes of the agencies you act for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="422"/>
        <source>Show finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="423"/>
        <source>↑/↓ or J/K move · ←/→ lanes · A accept · S start · D done · B block · M note · Enter details · N new task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="466"/>
        <source>No joint command is running. Choose one in the operation header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="468"/>
        <source>No tasks in these lanes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="481"/>
        <source>%1 open · %2 overdue · %3 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="591"/>
        <source>Not possible for a task that is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="629"/>
        <source>Why is the task blocked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="629"/>
        <source>Why cancel the task?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="630"/>
        <source>Progress of the task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDetailsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="281"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="282"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="283"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="284"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="285"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="286"/>
        <source>Blocked because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="287"/>
        <source>Last note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="288"/>
        <source>Linked incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="289"/>
        <source>Assigned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="290"/>
        <source>Assigned at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="291"/>
        <source>From the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="291"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="291"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="294"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDue</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="114"/>
        <source>no due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="115"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
