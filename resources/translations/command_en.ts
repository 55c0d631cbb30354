<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="76"/>
        <source>struck: %1</source>
        <translation>struck: %1</translation>
    </message>
</context>
<context>
    <name>CommandLogModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="50"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="51"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="52"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="53"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="54"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="240"/>
        <source>Significant event</source>
        <translation>Significant event</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="298"/>
        <source>Struck by %1: %2</source>
        <translation>Struck by %1: %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="301"/>
        <source>Local entry waiting to sync</source>
        <translation>Local entry waiting to sync</translation>
    </message>
</context>
<context>
    <name>CommandLogWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="245"/>
        <source>Search the log (Ctrl+F)</source>
        <translation>Search the log (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="246"/>
        <source>★ only</source>
        <translation>★ only</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="247"/>
        <source>Only significant events</source>
        <translation>Only significant events</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="248"/>
        <source>Strike…</source>
        <translation>Strike…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="249"/>
        <source>★ Significant (F)</source>
        <translation>★ Significant (F)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="250"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="251"/>
        <location filename="../../dispatch_desk/ui/command/log.py" line="376"/>
        <source>Write the entry into the log (Ctrl+Enter)</source>
        <translation>Write the entry into the log (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="252"/>
        <source>New log entry… (Ctrl+Enter sends)</source>
        <translation>New log entry… (Ctrl+Enter sends)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="253"/>
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="275"/>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="280"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/command/log.py" line="326"/>
        <source>%n entries</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="367"/>
        <source>Only the author or the commander can strike an entry</source>
        <translation>Only the author or the commander can strike an entry</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="369"/>
        <source>The entry is already struck</source>
        <translation>The entry is already struck</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="374"/>
        <source>Strike the entry with a reason</source>
        <translation>Strike the entry with a reason</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="375"/>
        <source>Mark or unmark a significant event (F)</source>
        <translation>Mark or unmark a significant event (F)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="390"/>
        <source>Write the entry first.</source>
        <translation>Write the entry first.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="393"/>
        <source>The entry is too long (at most %1 characters).</source>
        <translation>The entry is too long (at most %1 characters).</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="408"/>
        <source>Strike the entry</source>
        <translation>Strike the entry</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="408"/>
        <source>Why is it wrong?</source>
        <translation>Why is it wrong?</translation>
    </message>
</context>
<context>
    <name>CommandWatcher</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/watcher.py" line="109"/>
        <source>New task for your agency</source>
        <translation>New task for your agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/watcher.py" line="112"/>
        <source>Situation report no. %1 published</source>
        <translation>Situation report no. %1 published</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/command/watcher.py" line="122"/>
        <source>Your seat ends in %n minute(s)</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandWords</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="192"/>
        <source>Standing down</source>
        <translation>Standing down</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="54"/>
        <source>Accept</source>
        <comment>step</comment>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="55"/>
        <source>Start</source>
        <comment>step</comment>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="56"/>
        <source>Done</source>
        <comment>step</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="57"/>
        <source>Block…</source>
        <translation>Block…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="60"/>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="58"/>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="59"/>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="61"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="62"/>
        <source>Incident…</source>
        <translation>Incident…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="63"/>
        <source>New task…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="64"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="71"/>
        <source>Accept the task for your agency</source>
        <translation>Accept the task for your agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="72"/>
        <source>Start work on the task</source>
        <translation>Start work on the task</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="73"/>
        <source>Mark the task done</source>
        <translation>Mark the task done</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="74"/>
        <source>The task cannot go on: say why</source>
        <translation>The task cannot go on: say why</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="75"/>
        <source>Write a progress note</source>
        <translation>Write a progress note</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="76"/>
        <source>Cancel the task, with a reason</source>
        <translation>Cancel the task, with a reason</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="77"/>
        <source>Give the task to another agency or another due time</source>
        <translation>Give the task to another agency or another due time</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="78"/>
        <source>Link an incident in the area to the task</source>
        <translation>Link an incident in the area to the task</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="79"/>
        <source>Report a new incident from the task and link it</source>
        <translation>Report a new incident from the task and link it</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="80"/>
        <source>Assign a new task to an agency</source>
        <translation>Assign a new task to an agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="86"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="87"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="88"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="89"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="90"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="100"/>
        <source>Not in your cache (yet)</source>
        <translation>Not in your cache (yet)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="101"/>
        <source>Some details are missing or invalid</source>
        <translation>Some details are missing or invalid</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="102"/>
        <source>Not possible in the current status</source>
        <translation>Not possible in the current status</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="103"/>
        <source>Your role can only view the joint command</source>
        <translation>Your role can only view the joint command</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="104"/>
        <source>Your account or seat is not active</source>
        <translation>Your account or seat is not active</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="105"/>
        <source>Only the agency the task is assigned to, or the command staff</source>
        <translation>Only the agency the task is assigned to, or the command staff</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="106"/>
        <source>Only the commander, the deputy or a city ops officer may do this</source>
        <translation>Only the commander, the deputy or a city ops officer may do this</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="107"/>
        <source>It exists already</source>
        <translation>It exists already</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="108"/>
        <source>No sync engine: this session is read-only</source>
        <translation>No sync engine: this session is read-only</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="109"/>
        <source>Choose an operation first</source>
        <translation>Choose an operation first</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="110"/>
        <source>Select a task first</source>
        <translation>Select a task first</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="111"/>
        <source>Select a log entry first</source>
        <translation>Select a log entry first</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="112"/>
        <source>Select a seat first</source>
        <translation>Select a seat first</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="113"/>
        <source>Not part of this installation yet</source>
        <translation>Not part of this installation yet</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="136"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="138"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="139"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="145"/>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="177"/>
        <source>Task %1: %2 (%3)</source>
        <translation>Task %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="186"/>
        <source>Joint command created</source>
        <translation>Joint command created</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="187"/>
        <source>Joint command started</source>
        <translation>Joint command started</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="188"/>
        <source>Response level set to %1</source>
        <translation>Response level set to %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="190"/>
        <source>Command handed over: %1 → %2</source>
        <translation>Command handed over: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="194"/>
        <source>Joint command closed</source>
        <translation>Joint command closed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="195"/>
        <source>%1 task(s) assigned from the plan</source>
        <translation>%1 task(s) assigned from the plan</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="197"/>
        <source>Seat opened: %1 (%2)</source>
        <translation>Seat opened: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="199"/>
        <source>Seat closed: %1 (%2)</source>
        <translation>Seat closed: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="201"/>
        <source>Seat ran out: %1 (%2)</source>
        <translation>Seat ran out: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="203"/>
        <source>Seat extended: %1</source>
        <translation>Seat extended: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="204"/>
        <source>%1 (%2) checked in</source>
        <translation>%1 (%2) checked in</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="206"/>
        <source>%1 (%2) checked out</source>
        <translation>%1 (%2) checked out</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="208"/>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="209"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="210"/>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="211"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="212"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="213"/>
        <source>progress</source>
        <translation>progress</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="214"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="215"/>
        <source>reassigned</source>
        <translation>reassigned</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="216"/>
        <source>Incident linked to task %1</source>
        <translation>Incident linked to task %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="218"/>
        <source>Incident unlinked from task %1</source>
        <translation>Incident unlinked from task %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="220"/>
        <source>Situation report no. %1 published</source>
        <translation>Situation report no. %1 published</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="222"/>
        <source>New incident in the area: %1</source>
        <translation>New incident in the area: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="224"/>
        <source>Alert in the area: %1</source>
        <translation>Alert in the area: %1</translation>
    </message>
</context>
<context>
    <name>LinkIncidentDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="233"/>
        <source>Link an incident</source>
        <translation>Link an incident</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="237"/>
        <source>Search the incidents in the area</source>
        <translation>Search the incidents in the area</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="259"/>
        <source>No open incident in the area matches</source>
        <translation>No open incident in the area matches</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="265"/>
        <source>Choose an incident.</source>
        <translation>Choose an incident.</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="124"/>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="130"/>
        <source>What is to be done, and where</source>
        <translation>What is to be done, and where</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="136"/>
        <source>At a place</source>
        <translation>At a place</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="150"/>
        <source>Lon</source>
        <translation>Lon</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="152"/>
        <source>Lat</source>
        <translation>Lat</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="154"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="155"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="156"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="157"/>
        <source>Due in</source>
        <translation>Due in</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="158"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="169"/>
        <source>Please give the task a title.</source>
        <translation>Please give the task a title.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="174"/>
        <source>The description is too long.</source>
        <translation>The description is too long.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="182"/>
        <source>The place is outside the operation&apos;s area.</source>
        <translation>The place is outside the operation&apos;s area.</translation>
    </message>
</context>
<context>
    <name>OperationHeader</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="132"/>
        <source>Start operation…</source>
        <translation>Start operation…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="132"/>
        <source>Response level…</source>
        <translation>Response level…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="133"/>
        <source>Transfer command…</source>
        <translation>Transfer command…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="133"/>
        <source>Open seat…</source>
        <translation>Open seat…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="134"/>
        <source>Stand down…</source>
        <translation>Stand down…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="134"/>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="137"/>
        <source>The joint command in view (running and recent ones)</source>
        <translation>The joint command in view (running and recent ones)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="173"/>
        <source>Commander %1</source>
        <translation>Commander %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="175"/>
        <source>Deputy %1</source>
        <translation>Deputy %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="179"/>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="194"/>
        <source>No joint command</source>
        <translation>No joint command</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="212"/>
        <source>Running %1</source>
        <translation>Running %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="214"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="216"/>
        <source>Tasks %1 open</source>
        <translation>Tasks %1 open</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="218"/>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="220"/>
        <source>%1 blocked</source>
        <translation>%1 blocked</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="223"/>
        <source>%1 in the room</source>
        <translation>%1 in the room</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="246"/>
        <source>Not possible while the operation is %1</source>
        <translation>Not possible while the operation is %1</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="92"/>
        <source>Please give a reason.</source>
        <translation>Please give a reason.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="95"/>
        <source>At most 1000 characters, please.</source>
        <translation>At most 1000 characters, please.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="193"/>
        <source>Reassign task</source>
        <translation>Reassign task</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="198"/>
        <source>keep the due time</source>
        <translation>keep the due time</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="200"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="201"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="202"/>
        <source>New due in</source>
        <translation>New due in</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="203"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="213"/>
        <source>Choose another agency or a new due time.</source>
        <translation>Choose another agency or a new due time.</translation>
    </message>
</context>
<context>
    <name>SeatEndDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="312"/>
        <source>Extend the seat</source>
        <translation>Extend the seat</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="316"/>
        <source> h from now</source>
        <translation> h from now</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="317"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
</context>
<context>
    <name>SeatsWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="112"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="112"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="112"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="113"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="113"/>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="114"/>
        <source>Show ended</source>
        <translation>Show ended</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="115"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="115"/>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="116"/>
        <source>Open seat…</source>
        <translation>Open seat…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="116"/>
        <source>Extend…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="116"/>
        <source>End early</source>
        <translation>End early</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="152"/>
        <source>%1 of %2 seats in the room</source>
        <translation>%1 of %2 seats in the room</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="153"/>
        <source>No joint command in view</source>
        <translation>No joint command in view</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="170"/>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="174"/>
        <source>starts in %1</source>
        <translation>starts in %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="181"/>
        <source>● here</source>
        <translation>● here</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="181"/>
        <source>○ away</source>
        <translation>○ away</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="226"/>
        <source>Only the seated officer or the command staff checks a seat in or out</source>
        <translation>Only the seated officer or the command staff checks a seat in or out</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="229"/>
        <source>The seat is not open now</source>
        <translation>The seat is not open now</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="231"/>
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="231"/>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="237"/>
        <source>The seat has already ended</source>
        <translation>The seat has already ended</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="241"/>
        <source>Record that the seat&apos;s officer is in the room</source>
        <translation>Record that the seat&apos;s officer is in the room</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="242"/>
        <source>Record that the seat&apos;s officer left the room</source>
        <translation>Record that the seat&apos;s officer left the room</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="243"/>
        <source>Seat an officer for an agency until a given time</source>
        <translation>Seat an officer for an agency until a given time</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="244"/>
        <source>Move the seat&apos;s end later</source>
        <translation>Move the seat&apos;s end later</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="244"/>
        <source>End the seat now</source>
        <translation>End the seat now</translation>
    </message>
</context>
<context>
    <name>TaskBoard</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="202"/>
        <source>Blocked: %1</source>
        <translation>Blocked: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="204"/>
        <source>Local change waiting to sync</source>
        <translation>Local change waiting to sync</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="282"/>
        <source>Incidents: %1</source>
        <translation>Incidents: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="284"/>
        <source>waiting to sync…</source>
        <translation>waiting to sync…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="306"/>
        <source>%1 open</source>
        <translation>%1 open</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="308"/>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
</context>
<context>
    <name>TaskBoardWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="424"/>
        <source>Only my agency</source>
        <translation>Only my agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="425"/>
        <source>Show only the lanes of the agencies you act for</source>
        <translation>Show only the lanes of the agencies you act for</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="426"/>
        <source>Show finished</source>
        <translation>Show finished</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="427"/>
        <source>↑/↓ or J/K move · ←/→ lanes · A accept · S start · D done · B block · M note · Enter details · N new task</source>
        <translation>↑/↓ or J/K move · ←/→ lanes · A accept · S start · D done · B block · M note · Enter details · N new task</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="470"/>
        <source>No joint command is running. Choose one in the operation header.</source>
        <translation>No joint command is running. Choose one in the operation header.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="472"/>
        <source>No tasks in these lanes yet.</source>
        <translation>No tasks in these lanes yet.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="485"/>
        <source>%1 open · %2 overdue · %3 blocked</source>
        <translation>%1 open · %2 overdue · %3 blocked</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="602"/>
        <source>Not possible for a task that is %1</source>
        <translation>Not possible for a task that is %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="640"/>
        <source>Why is the task blocked?</source>
        <translation>Why is the task blocked?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="640"/>
        <source>Why cancel the task?</source>
        <translation>Why cancel the task?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="641"/>
        <source>Progress of the task</source>
        <translation>Progress of the task</translation>
    </message>
</context>
<context>
    <name>TaskDetailsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="280"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="281"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="282"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="283"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="284"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="285"/>
        <source>Blocked because</source>
        <translation>Blocked because</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="286"/>
        <source>Last note</source>
        <translation>Last note</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="287"/>
        <source>Linked incidents</source>
        <translation>Linked incidents</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="288"/>
        <source>Assigned by</source>
        <translation>Assigned by</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="289"/>
        <source>Assigned at</source>
        <translation>Assigned at</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="290"/>
        <source>From the plan</source>
        <translation>From the plan</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="290"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="290"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="293"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>TaskDue</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="114"/>
        <source>no due time</source>
        <translation>no due time</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="115"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
</TS>
