<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="137"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="138"/>
        <source>&amp;Workspace</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="139"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="140"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="141"/>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="142"/>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="143"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="145"/>
        <source>&amp;New incident…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="145"/>
        <source>Report a new incident</source>
        <translation>Report a new incident</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="146"/>
        <source>&amp;Quick search…</source>
        <translation>&amp;Quick search…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="146"/>
        <source>Find incidents, joint commands, grid cells, agencies and knowledge</source>
        <translation>Find incidents, joint commands, grid cells, agencies and knowledge</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="147"/>
        <source>Sync &amp;now</source>
        <translation>Sync &amp;now</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="147"/>
        <source>Send waiting changes and fetch new ones now</source>
        <translation>Send waiting changes and fetch new ones now</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="148"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="148"/>
        <source>Changes the central service did not accept</source>
        <translation>Changes the central service did not accept</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="149"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="149"/>
        <source>Connection, language, theme and notifications</source>
        <translation>Connection, language, theme and notifications</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="150"/>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="152"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="153"/>
        <source>&amp;Wall display</source>
        <translation>&amp;Wall display</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="153"/>
        <source>The city&apos;s situation full screen on the big screen, turning pages by itself (Esc leaves it)</source>
        <translation>The city&apos;s situation full screen on the big screen, turning pages by itself (Esc leaves it)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="155"/>
        <source>&amp;Open data export…</source>
        <translation>&amp;Open data export…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="155"/>
        <source>Review and export incidents as open data (CSV, GeoJSON, Open311), desensitised</source>
        <translation>Review and export incidents as open data (CSV, GeoJSON, Open311), desensitised</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="157"/>
        <source>Officers&apos; &amp;accounts…</source>
        <translation>Officers&apos; &amp;accounts…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="157"/>
        <source>Create, change and disable accounts, and set passwords</source>
        <translation>Create, change and disable accounts, and set passwords</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="159"/>
        <source>&amp;Categories and time limits…</source>
        <translation>&amp;Categories and time limits…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="159"/>
        <source>Routing, open data&apos;s location and the time limit of each stage</source>
        <translation>Routing, open data&apos;s location and the time limit of each stage</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="161"/>
        <source>Agencies and how they are stationed in the center</source>
        <translation>Agencies and how they are stationed in the center</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="161"/>
        <source>Ag&amp;encies…</source>
        <translation>Ag&amp;encies…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="162"/>
        <source>&amp;Plans…</source>
        <translation>&amp;Plans…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="162"/>
        <source>Plans and the tasks a joint command started from one assigns</source>
        <translation>Plans and the tasks a joint command started from one assigns</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="164"/>
        <source>Import &amp;grid cells…</source>
        <translation>Import &amp;grid cells…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="164"/>
        <source>Add or replace grid cells from a GeoJSON file, checked as a whole first</source>
        <translation>Add or replace grid cells from a GeoJSON file, checked as a whole first</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="166"/>
        <source>Operations and &amp;maintenance…</source>
        <translation>Operations and &amp;maintenance…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="166"/>
        <source>The central service, the sensors and the audit log</source>
        <translation>The central service, the sensors and the audit log</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="168"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="168"/>
        <source>Put the panels back where this workspace keeps them</source>
        <translation>Put the panels back where this workspace keeps them</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="169"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="170"/>
        <source>&amp;About Dispatch Desk</source>
        <translation>&amp;About Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="171"/>
        <source>Routine ⇄ &amp;joint command</source>
        <translation>Routine ⇄ &amp;joint command</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="172"/>
        <source>Switch between your everyday workspace and the joint command (F9)</source>
        <translation>Switch between your everyday workspace and the joint command (F9)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="179"/>
        <source>Switch to the %1 workspace</source>
        <translation>Switch to the %1 workspace</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/notifications.py" line="91"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>CacheHealth</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="76"/>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="110"/>
        <source>Local cache rebuilt</source>
        <translation>Local cache rebuilt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="35"/>
        <source>%n unsynced action(s)</source>
        <translation>
            <numerusform>%n unsynced action</numerusform>
            <numerusform>%n unsynced actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="36"/>
        <source>%n conflict record(s)</source>
        <translation>
            <numerusform>%n conflict record</numerusform>
            <numerusform>%n conflict records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="37"/>
        <source>%n photo(s) not yet uploaded</source>
        <translation>
            <numerusform>%n photo not yet uploaded</numerusform>
            <numerusform>%n photos not yet uploaded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="43"/>
        <source>The local cache was damaged and has been rebuilt: kept %1. The rest comes back with the next sync.</source>
        <translation>The local cache was damaged and has been rebuilt: kept %1. The rest comes back with the next sync.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="47"/>
        <source>%1 Some unsent changes could not be read: check that your latest actions reached the central service.</source>
        <translation>%1 Some unsent changes could not be read: check that your latest actions reached the central service.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="50"/>
        <source>The local cache was damaged and has been rebuilt, but its unsent changes could not be read: check that your latest actions reached the central service.</source>
        <translation>The local cache was damaged and has been rebuilt, but its unsent changes could not be read: check that your latest actions reached the central service.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="53"/>
        <source>The local cache was damaged and has been rebuilt; nothing unsent was waiting in it. The rest comes back with the next sync.</source>
        <translation>The local cache was damaged and has been rebuilt; nothing unsent was waiting in it. The rest comes back with the next sync.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="59"/>
        <source>%1 %n photo(s) could not be read and must be taken again.</source>
        <translation>
            <numerusform>%1 %n photo could not be read and must be taken again.</numerusform>
            <numerusform>%1 %n photos could not be read and must be taken again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="62"/>
        <source>%1 Some pending changes show again once they are synced.</source>
        <translation>%1 Some pending changes show again once they are synced.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="44"/>
        <source>, </source>
        <comment>separator of a list of kept items</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="56"/>
        <source>The local cache was damaged and has been rebuilt from the central service; unsent changes were kept.</source>
        <translation>The local cache was damaged and has been rebuilt from the central service; unsent changes were kept.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="115"/>
        <source>Local cache damaged</source>
        <translation>Local cache damaged</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="116"/>
        <source>The local cache failed its integrity check; it will be rebuilt from the central service at the next start, keeping unsent changes. (%1)</source>
        <translation>The local cache failed its integrity check; it will be rebuilt from the central service at the next start, keeping unsent changes. (%1)</translation>
    </message>
</context>
<context>
    <name>CityTime</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/citytime.py" line="23"/>
        <source>Beijing time</source>
        <translation>Beijing time</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="207"/>
        <source>Acknowledge the alert “%1”</source>
        <translation>Acknowledge the alert “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="210"/>
        <source>Publish the assessment of %1</source>
        <translation>Publish the assessment of %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="211"/>
        <source>Change “%1”</source>
        <translation>Change “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="216"/>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="221"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="223"/>
        <source>Dispatch the incident “%1” to %2</source>
        <translation>Dispatch the incident “%1” to %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="224"/>
        <source>Dispatch the incident “%1” to the category&apos;s agency</source>
        <translation>Dispatch the incident “%1” to the category&apos;s agency</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="226"/>
        <source> (with %1)</source>
        <translation> (with %1)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="229"/>
        <source>Verify the incident “%1”: passed</source>
        <translation>Verify the incident “%1”: passed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="230"/>
        <source>Verify the incident “%1”: not passed</source>
        <translation>Verify the incident “%1”: not passed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="233"/>
        <source>Ask to suspend the incident “%1” until %2</source>
        <translation>Ask to suspend the incident “%1” until %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="235"/>
        <source>Extend the deadline of the incident “%1” to %2</source>
        <translation>Extend the deadline of the incident “%1” to %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="237"/>
        <source>Approve the suspension of the incident “%1”</source>
        <translation>Approve the suspension of the incident “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="238"/>
        <source>Refuse the suspension of the incident “%1”</source>
        <translation>Refuse the suspension of the incident “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="241"/>
        <source>Merge %1 duplicate(s) into the incident “%2”</source>
        <translation>Merge %1 duplicate(s) into the incident “%2”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="243"/>
        <source>Report the incident “%1”</source>
        <translation>Report the incident “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="245"/>
        <source>Register the incident “%1”</source>
        <translation>Register the incident “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="246"/>
        <source>Accept the incident “%1”</source>
        <translation>Accept the incident “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="247"/>
        <source>Return the incident “%1”</source>
        <translation>Return the incident “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="248"/>
        <source>Mark the incident “%1” disposed</source>
        <translation>Mark the incident “%1” disposed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="249"/>
        <source>Close the incident “%1”</source>
        <translation>Close the incident “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="250"/>
        <source>Reopen the incident “%1”</source>
        <translation>Reopen the incident “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="251"/>
        <source>Escalate the incident “%1” to the level above</source>
        <translation>Escalate the incident “%1” to the level above</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="252"/>
        <source>Resume the suspended incident “%1”</source>
        <translation>Resume the suspended incident “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="253"/>
        <source>Supervise (督办) the incident “%1”</source>
        <translation>Supervise (督办) the incident “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="254"/>
        <source>Cancel the incident “%1”</source>
        <translation>Cancel the incident “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="255"/>
        <source>Comment on the incident “%1”</source>
        <translation>Comment on the incident “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="258"/>
        <source>%1 the incident “%2”</source>
        <translation>%1 the incident “%2”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="278"/>
        <source>Create the joint command “%1”</source>
        <translation>Create the joint command “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="279"/>
        <source>Start the joint command “%1”</source>
        <translation>Start the joint command “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="280"/>
        <source>Set the response of “%1” to %2</source>
        <translation>Set the response of “%1” to %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="282"/>
        <source>Hand command of “%1” over to %2</source>
        <translation>Hand command of “%1” over to %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="284"/>
        <source>Stand down the joint command “%1”</source>
        <translation>Stand down the joint command “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="285"/>
        <source>Close the joint command “%1”</source>
        <translation>Close the joint command “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="286"/>
        <source>Open a liaison seat: %1 (%2)</source>
        <translation>Open a liaison seat: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="288"/>
        <source>Close the liaison seat of %1 (%2)</source>
        <translation>Close the liaison seat of %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="289"/>
        <source>Extend the liaison seat of %1 (%2) to %3</source>
        <translation>Extend the liaison seat of %1 (%2) to %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="291"/>
        <source>Check in %1 (%2)</source>
        <translation>Check in %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="292"/>
        <source>Check out %1 (%2)</source>
        <translation>Check out %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="293"/>
        <source>Assign the task “%1” to %2</source>
        <translation>Assign the task “%1” to %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="295"/>
        <source>Accept the task “%1”</source>
        <translation>Accept the task “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="296"/>
        <source>Start the task “%1”</source>
        <translation>Start the task “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="297"/>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="298"/>
        <source>Complete the task “%1”</source>
        <translation>Complete the task “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="299"/>
        <source>Write a progress note on the task “%1”</source>
        <translation>Write a progress note on the task “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="300"/>
        <source>Mark the task “%1” blocked</source>
        <translation>Mark the task “%1” blocked</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="301"/>
        <source>Cancel the task “%1”</source>
        <translation>Cancel the task “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="302"/>
        <source>Reassign the task “%1” to %2</source>
        <translation>Reassign the task “%1” to %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="303"/>
        <source>Move the due time of the task “%1” to %2</source>
        <translation>Move the due time of the task “%1” to %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="305"/>
        <source>Link the incident “%1” to the task “%2”</source>
        <translation>Link the incident “%1” to the task “%2”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="307"/>
        <source>Unlink the incident “%1” from the task “%2”</source>
        <translation>Unlink the incident “%1” from the task “%2”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="309"/>
        <source>Record in the command log: %1</source>
        <translation>Record in the command log: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="310"/>
        <source>Strike the log entry “%1”</source>
        <translation>Strike the log entry “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="311"/>
        <source>Mark the log entry “%1” significant</source>
        <translation>Mark the log entry “%1” significant</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="313"/>
        <source>Mark the log entry “%1” not significant</source>
        <translation>Mark the log entry “%1” not significant</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="315"/>
        <source>Draft the situation report “%1”</source>
        <translation>Draft the situation report “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="316"/>
        <source>Edit the situation report “%1”</source>
        <translation>Edit the situation report “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="317"/>
        <source>Contribute the section of %1 to the report “%2”</source>
        <translation>Contribute the section of %1 to the report “%2”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="319"/>
        <source>Publish the situation report “%1”</source>
        <translation>Publish the situation report “%1”</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="326"/>
        <source>city level</source>
        <translation>city level</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="326"/>
        <source>district level</source>
        <translation>district level</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="327"/>
        <source>street level</source>
        <translation>street level</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="336"/>
        <source>Nothing was changed at the center.</source>
        <translation>Nothing was changed at the center.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="337"/>
        <source>The record no longer exists at the center, or it is outside your scope.</source>
        <translation>The record no longer exists at the center, or it is outside your scope.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="338"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="342"/>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="351"/>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="365"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="344"/>
        <source>handled at %1</source>
        <translation>handled at %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="346"/>
        <source>lead agency: %1</source>
        <translation>lead agency: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="348"/>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="361"/>
        <source>last changed %1 (Beijing time)</source>
        <translation>last changed %1 (Beijing time)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="349"/>
        <source>The incident “%1” — </source>
        <translation>The incident “%1” — </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="352"/>
        <source>agency: %1</source>
        <translation>agency: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="354"/>
        <source>blocked because: %1</source>
        <translation>blocked because: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="356"/>
        <source>cancelled because: %1</source>
        <translation>cancelled because: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="359"/>
        <source>last changed by %1 at %2</source>
        <translation>last changed by %1 at %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="363"/>
        <source>The task “%1” — </source>
        <translation>The task “%1” — </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="368"/>
        <source>commander: %1</source>
        <translation>commander: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="369"/>
        <source>The joint command “%1” — </source>
        <translation>The joint command “%1” — </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="372"/>
        <source>struck by %1: %2</source>
        <translation>struck by %1: %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="375"/>
        <source>not struck</source>
        <translation>not struck</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="377"/>
        <source>marked significant</source>
        <translation>marked significant</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="378"/>
        <source>The log entry “%1” — </source>
        <translation>The log entry “%1” — </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="381"/>
        <source>published as No. %1</source>
        <translation>published as No. %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="383"/>
        <source>a draft</source>
        <translation>a draft</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="384"/>
        <source>The situation report “%1” — </source>
        <translation>The situation report “%1” — </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="386"/>
        <source>The alert has raised the incident “%1”.</source>
        <translation>The alert has raised the incident “%1”.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="388"/>
        <source>The center&apos;s record has changed since.</source>
        <translation>The center&apos;s record has changed since.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="394"/>
        <source>This alert has already raised an incident; open that incident instead.</source>
        <translation>This alert has already raised an incident; open that incident instead.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="396"/>
        <source>The record no longer exists, or it is outside your scope.</source>
        <translation>The record no longer exists, or it is outside your scope.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="397"/>
        <source>A record with this id exists already.</source>
        <translation>A record with this id exists already.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="398"/>
        <source>Some details of the change are missing or invalid.</source>
        <translation>Some details of the change are missing or invalid.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="399"/>
        <source>Someone else changed it first; now it is no longer possible.</source>
        <translation>Someone else changed it first; now it is no longer possible.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="400"/>
        <source>A suspension request is waiting for approval, or none is waiting.</source>
        <translation>A suspension request is waiting for approval, or none is waiting.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="401"/>
        <source>The incident is handled at another level now.</source>
        <translation>The incident is handled at another level now.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="402"/>
        <source>Your role can only view.</source>
        <translation>Your role can only view.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="403"/>
        <source>Your account or your liaison seat is not active.</source>
        <translation>Your account or your liaison seat is not active.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="404"/>
        <source>It is outside your area, your agency or your seat.</source>
        <translation>It is outside your area, your agency or your seat.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="405"/>
        <source>Your role may not do this.</source>
        <translation>Your role may not do this.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="406"/>
        <source>This session has no connection to the center.</source>
        <translation>This session has no connection to the center.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="411"/>
        <source>The center did not accept the change.</source>
        <translation>The center did not accept the change.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="412"/>
        <source>The center&apos;s record had changed in the meantime.</source>
        <translation>The center&apos;s record had changed in the meantime.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="427"/>
        <source>Open the incident it raised, and discard this change.</source>
        <translation>Open the incident it raised, and discard this change.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="429"/>
        <source>Possible again now: re-issue it, or discard it.</source>
        <translation>Possible again now: re-issue it, or discard it.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="435"/>
        <source>Not possible again yet, for the same reason: discard it.</source>
        <translation>Not possible again yet, for the same reason: discard it.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="437"/>
        <source>Re-issuing is not possible now: %1 Discard it with a reason.</source>
        <translation>Re-issuing is not possible now: %1 Discard it with a reason.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflicts.py" line="133"/>
        <source>No conflicts: every change was accepted.</source>
        <translation>No conflicts: every change was accepted.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflicts.py" line="140"/>
        <source>The center said: %1</source>
        <translation>The center said: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflicts.py" line="143"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflicts.py" line="182"/>
        <source>Could not resolve the conflict</source>
        <translation>Could not resolve the conflict</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="9"/>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="16"/>
        <source>The operations center did not accept these changes. Nothing was lost: read what you meant and what the center has now, then re-issue the change or discard it with a reason.</source>
        <translation>The operations center did not accept these changes. Nothing was lost: read what you meant and what the center has now, then re-issue the change or discard it with a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="36"/>
        <source>What you meant to do</source>
        <translation>What you meant to do</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="48"/>
        <source>What the center has now</source>
        <translation>What the center has now</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="60"/>
        <source>Why it was not accepted</source>
        <translation>Why it was not accepted</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="72"/>
        <source>What you can do now</source>
        <translation>What you can do now</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="83"/>
        <source>Technical details</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="113"/>
        <source>Reason for discarding (required)</source>
        <translation>Reason for discarding (required)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="118"/>
        <source>&amp;Re-issue</source>
        <translation>&amp;Re-issue</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="123"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="35"/>
        <source>Incident queue</source>
        <translation>Incident queue</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="37"/>
        <source>Incident detail</source>
        <translation>Incident detail</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="39"/>
        <source>City vital signs</source>
        <translation>City vital signs</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="41"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="43"/>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="45"/>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="48"/>
        <source>Joint command</source>
        <translation>Joint command</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="50"/>
        <source>Task board</source>
        <translation>Task board</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="52"/>
        <source>Command log</source>
        <translation>Command log</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="54"/>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="56"/>
        <source>Situation reports</source>
        <translation>Situation reports</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="59"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="61"/>
        <source>Thematic analysis</source>
        <translation>Thematic analysis</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="67"/>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="69"/>
        <source>Wall display</source>
        <translation>Wall display</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="71"/>
        <source>Open data export</source>
        <translation>Open data export</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="73"/>
        <source>Officers&apos; accounts</source>
        <translation>Officers&apos; accounts</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="75"/>
        <source>Categories and time limits</source>
        <translation>Categories and time limits</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="77"/>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="79"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="81"/>
        <source>Import grid cells</source>
        <translation>Import grid cells</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="83"/>
        <source>Operations and maintenance</source>
        <translation>Operations and maintenance</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="85"/>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
</context>
<context>
    <name>Duty</name>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="59"/>
        <source>Duty chief</source>
        <translation>Duty chief</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="60"/>
        <source>Duty officer</source>
        <translation>Duty officer</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="61"/>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="79"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="79"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="80"/>
        <source>Early warning</source>
        <translation>Early warning</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="80"/>
        <source>External warning</source>
        <translation>External warning</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="81"/>
        <source>Sensor silent</source>
        <translation>Sensor silent</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="81"/>
        <source>Duty unstaffed</source>
        <translation>Duty unstaffed</translation>
    </message>
</context>
<context>
    <name>DutyWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="170"/>
        <source>On duty now</source>
        <translation>On duty now</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="171"/>
        <source>Handovers</source>
        <translation>Handovers</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="172"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="172"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="172"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="173"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="173"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="173"/>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="175"/>
        <source>On duty for</source>
        <translation>On duty for</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="174"/>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="175"/>
        <source>Taken over</source>
        <translation>Taken over</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="175"/>
        <source>From → to</source>
        <translation>From → to</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="176"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="177"/>
        <source>What the next shift should know: calls to return, places to watch…</source>
        <translation>What the next shift should know: calls to return, places to watch…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="178"/>
        <source>Remark on taking over (optional)</source>
        <translation>Remark on taking over (optional)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="198"/>
        <source>City center</source>
        <translation>City center</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="223"/>
        <source>My shift: %1 · %2 · %3 (%4 left)</source>
        <translation>My shift: %1 · %2 · %3 (%4 left)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="229"/>
        <source>Not on duty now. Next shift: %1 · %2 · %3</source>
        <translation>Not on duty now. Next shift: %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="234"/>
        <source>Not on duty now, and no shift of yours in the next two days.</source>
        <translation>Not on duty now, and no shift of yours in the next two days.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="260"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="299"/>
        <source>Hand over to the next shift</source>
        <translation>Hand over to the next shift</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="300"/>
        <source>Your shift ends at %1. Check the open items, write your notes for %2 and sign.</source>
        <translation>Your shift ends at %1. Check the open items, write your notes for %2 and sign.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="302"/>
        <source>the next shift</source>
        <translation>the next shift</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="303"/>
        <source>Your notes for the next shift</source>
        <translation>Your notes for the next shift</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="304"/>
        <source>Sign and hand over</source>
        <translation>Sign and hand over</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="309"/>
        <source>Take over your shift</source>
        <translation>Take over your shift</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="310"/>
        <source>Sign and take over</source>
        <translation>Sign and take over</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="311"/>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="356"/>
        <source>Notes of the leaving officer</source>
        <translation>Notes of the leaving officer</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="314"/>
        <source>%1 handed over at %2. Read the items and the notes, then sign.</source>
        <translation>%1 handed over at %2. Read the items and the notes, then sign.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="317"/>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="357"/>
        <source>(no notes)</source>
        <translation>(no notes)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="323"/>
        <source>%1 has not handed over yet. The items below are prepared from this desk&apos;s data; you may wait for their signature or take over now.</source>
        <translation>%1 has not handed over yet. The items below are prepared from this desk&apos;s data; you may wait for their signature or take over now.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="325"/>
        <source>No shift before yours on the roster. The items below are prepared from this desk&apos;s data.</source>
        <translation>No shift before yours on the roster. The items below are prepared from this desk&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="338"/>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="431"/>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="438"/>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="339"/>
        <source>Nothing to sign now. A handover opens 30 minutes before your shift starts or ends.</source>
        <translation>Nothing to sign now. A handover opens 30 minutes before your shift starts or ends.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="347"/>
        <source>Handover into %1 · %2</source>
        <translation>Handover into %1 · %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="350"/>
        <source>handed over by %1 at %2</source>
        <translation>handed over by %1 at %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="351"/>
        <source>not handed over</source>
        <translation>not handed over</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="352"/>
        <source>taken over by %1 at %2</source>
        <translation>taken over by %1 at %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="353"/>
        <source>not yet taken over</source>
        <translation>not yet taken over</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="377"/>
        <source>The open items could not be prepared from this desk&apos;s data: %1</source>
        <translation>The open items could not be prepared from this desk&apos;s data: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="403"/>
        <source>Incidents near or over their deadline (%n)</source>
        <translation>
            <numerusform>Incidents near or over their deadline (%n)</numerusform>
            <numerusform>Incidents near or over their deadline (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="404"/>
        <source>Alerts nobody acknowledged (%n)</source>
        <translation>
            <numerusform>Alerts nobody acknowledged (%n)</numerusform>
            <numerusform>Alerts nobody acknowledged (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="405"/>
        <source>Running joint commands (%n)</source>
        <translation>
            <numerusform>Running joint commands (%n)</numerusform>
            <numerusform>Running joint commands (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="426"/>
        <source>Your shift ends at %1: prepare the handover in the Duty panel.</source>
        <translation>Your shift ends at %1: prepare the handover in the Duty panel.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="429"/>
        <source>Your shift starts at %1: take it over in the Duty panel.</source>
        <translation>Your shift starts at %1: take it over in the Duty panel.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="438"/>
        <source>Signing needs the sync engine of a signed-in desk.</source>
        <translation>Signing needs the sync engine of a signed-in desk.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="450"/>
        <source>Handed over: the next shift sees your notes with the next sync</source>
        <translation>Handed over: the next shift sees your notes with the next sync</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="451"/>
        <source>Taken over: your shift has begun</source>
        <translation>Taken over: your shift has begun</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="458"/>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="465"/>
        <source>This handover has already been signed.</source>
        <translation>This handover has already been signed.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="466"/>
        <source>Only the officer on the shift signs its handover.</source>
        <translation>Only the officer on the shift signs its handover.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="467"/>
        <source>The handover is not open now: it opens 30 minutes before the change of shift.</source>
        <translation>The handover is not open now: it opens 30 minutes before the change of shift.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="468"/>
        <source>The roster has no shift to hand over to; ask for it to be completed.</source>
        <translation>The roster has no shift to hand over to; ask for it to be completed.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="469"/>
        <source>Your role can only view the duty.</source>
        <translation>Your role can only view the duty.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="470"/>
        <source>Your account is not active.</source>
        <translation>Your account is not active.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="471"/>
        <source>The notes are too long (at most 2,000 characters).</source>
        <translation>The notes are too long (at most 2,000 characters).</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="344"/>
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="345"/>
        <source>Unlock the desk to see them.</source>
        <translation>Unlock the desk to see them.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="352"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="357"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="387"/>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="399"/>
        <source>The password is not right.</source>
        <translation>The password is not right.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="395"/>
        <source>The desk cannot check the password while the operations center is unreachable: no password was kept on this computer. Sign out and sign in again.</source>
        <translation>The desk cannot check the password while the operations center is unreachable: no password was kept on this computer. Sign out and sign in again.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="411"/>
        <source>Too many wrong passwords: signing out.</source>
        <translation>Too many wrong passwords: signing out.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="414"/>
        <source>%n try(s) left.</source>
        <translation>
            <numerusform>%n try left.</numerusform>
            <numerusform>%n tries left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentKnowledge</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="205"/>
        <source>Knowledge for this incident (double-click to read)</source>
        <translation>Knowledge for this incident (double-click to read)</translation>
    </message>
</context>
<context>
    <name>KnowledgeWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="83"/>
        <source>Search policies, procedures and past cases…</source>
        <translation>Search policies, procedures and past cases…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="147"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="154"/>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="155"/>
        <source>Regulation</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="156"/>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="157"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="162"/>
        <source>The desk is locked</source>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="163"/>
        <source>Enter your password to continue. Sync keeps running meanwhile.</source>
        <translation>Enter your password to continue. Sync keeps running meanwhile.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="164"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="165"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="166"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="167"/>
        <source>City Operations Dispatch Desk</source>
        <translation>City Operations Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="173"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="179"/>
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="186"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="186"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="187"/>
        <source>%1 · %n change(s) waiting to sync</source>
        <translation>
            <numerusform>%1 · %n change waiting to sync</numerusform>
            <numerusform>%1 · %n changes waiting to sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="44"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="45"/>
        <source>Leave empty to use the remembered session</source>
        <translation>Leave empty to use the remembered session</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="69"/>
        <source>Enter the central service address and your username.</source>
        <translation>Enter the central service address and your username.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="74"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="103"/>
        <source>The central service&apos;s certificate could not be verified. If the city uses its own certificate authority, ask for its CA bundle and set it up on this computer.</source>
        <translation>The central service&apos;s certificate could not be verified. If the city uses its own certificate authority, ask for its CA bundle and set it up on this computer.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="106"/>
        <source>The central service cannot be reached, and no session is remembered for this officer on this computer. Check the address or the network.</source>
        <translation>The central service cannot be reached, and no session is remembered for this officer on this computer. Check the address or the network.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="111"/>
        <source>Wrong username or password, or too many attempts; wait a moment and try again.</source>
        <translation>Wrong username or password, or too many attempts; wait a moment and try again.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="113"/>
        <source>This account is disabled, or its temporary seat has ended. Ask the operations center.</source>
        <translation>This account is disabled, or its temporary seat has ended. Ask the operations center.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="115"/>
        <source>This account is locked. Ask the operations center.</source>
        <translation>This account is locked. Ask the operations center.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="116"/>
        <source>No session is remembered for this officer on this computer; enter the password.</source>
        <translation>No session is remembered for this officer on this computer; enter the password.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="119"/>
        <source>The session has ended; enter the password to sign in again.</source>
        <translation>The session has ended; enter the password to sign in again.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="121"/>
        <source>The central service refused the sign-in (%1). Try again, or ask the operations center.</source>
        <translation>The central service refused the sign-in (%1). Try again, or ask the operations center.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="123"/>
        <source>Sign-in failed because of an unexpected error on this computer; see the tooltip for details.</source>
        <translation>Sign-in failed because of an unexpected error on this computer; see the tooltip for details.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="9"/>
        <source>Sign in — Dispatch Desk</source>
        <translation>Sign in — Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="19"/>
        <source>City Operations Dispatch Desk</source>
        <translation>City Operations Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="29"/>
        <source>Central &amp;service:</source>
        <translation>Central &amp;service:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="40"/>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="49"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="60"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="207"/>
        <source>The map could not be loaded: %1</source>
        <translation>The map could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="215"/>
        <source>The map is not part of this installation.</source>
        <translation>The map is not part of this installation.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="268"/>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="354"/>
        <source>Central service address</source>
        <translation>Central service address</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="355"/>
        <source>Sign in again at %1 now?</source>
        <translation>Sign in again at %1 now?</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="358"/>
        <source>Changes not yet sent stay in this computer&apos;s cache for the old address and go out when the desk is connected to it again.</source>
        <translation>Changes not yet sent stay in this computer&apos;s cache for the old address and go out when the desk is connected to it again.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="360"/>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="361"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="428"/>
        <source>Working offline from the local cache; changes will sync later.</source>
        <translation>Working offline from the local cache; changes will sync later.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="441"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="445"/>
        <source>About Dispatch Desk</source>
        <translation>About Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="446"/>
        <source>&lt;h3&gt;City Operations Dispatch Desk&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;One platform to watch the city&apos;s vital signs, route every problem as one thing to the agencies that handle it, and command joint action.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;City Operations Dispatch Desk&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;One platform to watch the city&apos;s vital signs, route every problem as one thing to the agencies that handle it, and command joint action.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="459"/>
        <source>City Operations Dispatch Desk</source>
        <translation>City Operations Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="465"/>
        <source>Loading the map…</source>
        <translation>Loading the map…</translation>
    </message>
</context>
<context>
    <name>QuickSearchPalette</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="55"/>
        <source>Search incidents, joint commands, grid cells, agencies, knowledge…</source>
        <translation>Search incidents, joint commands, grid cells, agencies, knowledge…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="56"/>
        <source>↑↓ to move · Enter to open · Esc to close</source>
        <translation>↑↓ to move · Enter to open · Esc to close</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="112"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="124"/>
        <source>Joint commands</source>
        <translation>Joint commands</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="129"/>
        <source>Grid cells</source>
        <translation>Grid cells</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="135"/>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="140"/>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="148"/>
        <source>Nothing found in the local cache</source>
        <translation>Nothing found in the local cache</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/session.py" line="139"/>
        <source>Unsent changes</source>
        <translation>Unsent changes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/session.py" line="140"/>
        <source>%n change(s) have not reached the operations center yet.</source>
        <translation>
            <numerusform>%n change has not reached the operations center yet.</numerusform>
            <numerusform>%n changes have not reached the operations center yet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/session.py" line="141"/>
        <source>They stay saved on this computer and are sent at the next start, but nobody else sees them until then.</source>
        <translation>They stay saved on this computer and are sent at the next start, but nobody else sees them until then.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/session.py" line="143"/>
        <source>Send, then quit</source>
        <translation>Send, then quit</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/session.py" line="154"/>
        <source>Quit anyway</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/session.py" line="170"/>
        <source>Sending changes</source>
        <translation>Sending changes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/session.py" line="190"/>
        <source>Sending %n change(s) to the operations center…</source>
        <translation>
            <numerusform>Sending %n change to the operations center…</numerusform>
            <numerusform>Sending %n changes to the operations center…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/session.py" line="193"/>
        <source>The center cannot be reached right now (%1). The desk keeps trying; the changes stay saved on this computer.</source>
        <translation>The center cannot be reached right now (%1). The desk keeps trying; the changes stay saved on this computer.</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="480"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="486"/>
        <source>Lock after idle (minutes, 0 = never):</source>
        <translation>Lock after idle (minutes, 0 = never):</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="487"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="488"/>
        <source>Encrypt the local cache on this computer</source>
        <translation>Encrypt the local cache on this computer</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="490"/>
        <source>The cache is encrypted; its key is kept in this computer&apos;s keyring.</source>
        <translation>The cache is encrypted; its key is kept in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="491"/>
        <source>The cache is encrypted at the next sign-in.</source>
        <translation>The cache is encrypted at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="492"/>
        <source>A laptop that leaves the center should have its cache encrypted.</source>
        <translation>A laptop that leaves the center should have its cache encrypted.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="507"/>
        <source>The cache could not be encrypted: %1</source>
        <translation>The cache could not be encrypted: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="70"/>
        <source>Connected to %1. Another address is used from your next sign-in.</source>
        <translation>Connected to %1. Another address is used from your next sign-in.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="71"/>
        <source>Used at the next sign-in.</source>
        <translation>Used at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="84"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="84"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="84"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="87"/>
        <source>Critical only</source>
        <translation>Critical only</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="87"/>
        <source>Urgent and critical</source>
        <translation>Urgent and critical</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="88"/>
        <source>Serious and above</source>
        <translation>Serious and above</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="88"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="114"/>
        <source>Not an address of a central service: %1. Write it like http://10.0.0.5:8440 or https://center.example.gov.cn.</source>
        <translation>Not an address of a central service: %1. Write it like http://10.0.0.5:8440 or https://center.example.gov.cn.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="123"/>
        <source>The tile source could not be saved: %1</source>
        <translation>The tile source could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="9"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="15"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="20"/>
        <source>Central &amp;service URL:</source>
        <translation>Central &amp;service URL:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="35"/>
        <source>Map &amp;tile source:</source>
        <translation>Map &amp;tile source:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="47"/>
        <source>An XYZ tile URL. Leave empty to draw the grid on a plain background.</source>
        <translation>An XYZ tile URL. Leave empty to draw the grid on a plain background.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="53"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="57"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="66"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="76"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="80"/>
        <source>Show &amp;notifications for urgent incidents and alarms</source>
        <translation>Show &amp;notifications for urgent incidents and alarms</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="85"/>
        <source>&amp;Minimum severity:</source>
        <translation>&amp;Minimum severity:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="94"/>
        <source>Play a &amp;sound</source>
        <translation>Play a &amp;sound</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="99"/>
        <source>Also show in the system &amp;tray</source>
        <translation>Also show in the system &amp;tray</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="89"/>
        <source>Not reachable at %1 · Change address…</source>
        <translation>Not reachable at %1 · Change address…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/status.py" line="91"/>
        <source>The central service has not answered at %1 for %n minute(s). If it has moved (a restarted service on another port, a new server), correct its address in the settings; the desk keeps working from its cache meanwhile.</source>
        <translation>
            <numerusform>The central service has not answered at %1 for %n minute. If it has moved (a restarted service on another port, a new server), correct its address in the settings; the desk keeps working from its cache meanwhile.</numerusform>
            <numerusform>The central service has not answered at %1 for %n minutes. If it has moved (a restarted service on another port, a new server), correct its address in the settings; the desk keeps working from its cache meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="101"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="101"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="101"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/status.py" line="109"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="110"/>
        <source>All changes synced</source>
        <translation>All changes synced</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="113"/>
        <source>Last sync: %1 (%2)</source>
        <translation>Last sync: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="114"/>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/status.py" line="119"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="122"/>
        <source>Open the changes the central service did not accept</source>
        <translation>Open the changes the central service did not accept</translation>
    </message>
</context>
<context>
    <name>UrgentWatcher</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/notifications.py" line="159"/>
        <source>Critical incident</source>
        <translation>Critical incident</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/notifications.py" line="159"/>
        <source>Urgent incident</source>
        <translation>Urgent incident</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/notifications.py" line="170"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/notifications.py" line="173"/>
        <source>%n new urgent item(s)</source>
        <translation>
            <numerusform>%n new urgent item</numerusform>
            <numerusform>%n new urgent items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/workspace.py" line="41"/>
        <source>Operations center</source>
        <translation>Operations center</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/workspace.py" line="52"/>
        <source>Field laptop</source>
        <translation>Field laptop</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/workspace.py" line="64"/>
        <source>Joint command</source>
        <translation>Joint command</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/workspace.py" line="77"/>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
</context>
</TS>
