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
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>The desk is locked</source>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Enter your password to continue. Sync keeps running meanwhile.</source>
        <translation>Enter your password to continue. Sync keeps running meanwhile.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>City Operations Dispatch Desk</source>
        <translation>City Operations Dispatch Desk</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>%n new notification(s)</source>
        <translation><numerusform>%n new notification</numerusform><numerusform>%n new notifications</numerusform></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>%1 · %n change(s) waiting to sync</source>
        <translation><numerusform>%1 · %n change waiting to sync</numerusform><numerusform>%1 · %n changes waiting to sync</numerusform></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>%n new notification(s)</source>
        <translation><numerusform>%n new notification</numerusform><numerusform>%n new notifications</numerusform></translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Unlock the desk to see them.</source>
        <translation>Unlock the desk to see them.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>The password is not right.</source>
        <translation>The password is not right.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>The desk cannot check the password while the operations center is unreachable: no password was kept on this computer. Sign out and sign in again.</source>
        <translation>The desk cannot check the password while the operations center is unreachable: no password was kept on this computer. Sign out and sign in again.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Too many wrong passwords: signing out.</source>
        <translation>Too many wrong passwords: signing out.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>%n try(s) left.</source>
        <translation><numerusform>%n try left.</numerusform><numerusform>%n tries left.</numerusform></translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Lock after idle (minutes, 0 = never):</source>
        <translation>Lock after idle (minutes, 0 = never):</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>Encrypt the local cache on this computer</source>
        <translation>Encrypt the local cache on this computer</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>The cache is encrypted; its key is kept in this computer's keyring.</source>
        <translation>The cache is encrypted; its key is kept in this computer's keyring.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>The cache is encrypted at the next sign-in.</source>
        <translation>The cache is encrypted at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>A laptop that leaves the center should have its cache encrypted.</source>
        <translation>A laptop that leaves the center should have its cache encrypted.</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py"/>
        <source>The cache could not be encrypted: %1</source>
        <translation>The cache could not be encrypted: %1</translation>
    </message>
</context>
</TS>
