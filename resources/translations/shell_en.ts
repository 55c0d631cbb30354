<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>KnowledgeWidget</name>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="99" />
        <source>%n document(s)</source>
        <translation><numerusform>%n document</numerusform><numerusform>%n documents</numerusform></translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/session.py" />
        <source>%n change(s) have not reached the operations center yet.</source>
        <translation><numerusform>%n change has not reached the operations center yet.</numerusform><numerusform>%n changes have not reached the operations center yet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/session.py" />
        <source>Sending %n change(s) to the operations center…</source>
        <translation><numerusform>Sending %n change to the operations center…</numerusform><numerusform>Sending %n changes to the operations center…</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/status.py" line="60" />
        <source>%n change(s) waiting to sync</source>
        <translation><numerusform>%n change waiting to sync</numerusform><numerusform>%n changes waiting to sync</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/status.py" line="68" />
        <source>%n conflict(s)</source>
        <translation><numerusform>%n conflict</numerusform><numerusform>%n conflicts</numerusform></translation>
    </message>
</context>
<context>
    <name>UrgentWatcher</name>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/notifications.py" line="167" />
        <source>%n new urgent item(s)</source>
        <translation><numerusform>%n new urgent item</numerusform><numerusform>%n new urgent items</numerusform></translation>
    </message>
</context>
</TS>
