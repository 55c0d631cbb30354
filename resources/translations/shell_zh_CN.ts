<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="136"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="137"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="138"/>
        <source>&amp;Workspace</source>
        <translation>工作台(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="139"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="140"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="141"/>
        <source>A&amp;dministration</source>
        <translation>系统管理(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="142"/>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="143"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="145"/>
        <source>&amp;New incident…</source>
        <translation>新建事件(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="145"/>
        <source>Report a new incident</source>
        <translation>上报一个新事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="146"/>
        <source>&amp;Quick search…</source>
        <translation>快速搜索(&amp;Q)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="146"/>
        <source>Find incidents, joint commands, grid cells, agencies and knowledge</source>
        <translation>查找事件、联动指挥、网格、部门和知识库</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="147"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="147"/>
        <source>Send waiting changes and fetch new ones now</source>
        <translation>立即发送待同步的更改并获取最新数据</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="148"/>
        <source>&amp;Conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="148"/>
        <source>Changes the central service did not accept</source>
        <translation>中心服务未接受的更改</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="149"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="149"/>
        <source>Connection, language, theme and notifications</source>
        <translation>连接、语言、主题和通知</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="150"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="152"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="153"/>
        <source>&amp;Wall display</source>
        <translation>大屏展示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="153"/>
        <source>The city&apos;s situation full screen on the big screen, turning pages by itself (Esc leaves it)</source>
        <translation>在大屏上全屏展示城市运行态势，自动翻页（按 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="155"/>
        <source>&amp;Open data export…</source>
        <translation>数据开放导出(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="155"/>
        <source>Review and export incidents as open data (CSV, GeoJSON, Open311), desensitised</source>
        <translation>审核并导出脱敏后的开放数据（CSV、GeoJSON、Open311）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="157"/>
        <source>Officers&apos; &amp;accounts…</source>
        <translation>人员管理(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="157"/>
        <source>Create, change and disable accounts, and set passwords</source>
        <translation>新建、修改、停用账号及设置密码</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="159"/>
        <source>&amp;Categories and time limits…</source>
        <translation>类别与时限(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="159"/>
        <source>Routing, open data&apos;s location and the time limit of each stage</source>
        <translation>派遣单位、开放数据位置规则及各环节时限</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="161"/>
        <source>Agencies and how they are stationed in the center</source>
        <translation>各单位及其进驻方式</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="161"/>
        <source>Ag&amp;encies…</source>
        <translation>单位(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="162"/>
        <source>&amp;Plans…</source>
        <translation>预案管理(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="162"/>
        <source>Plans and the tasks a joint command started from one assigns</source>
        <translation>预案及按预案启动联动指挥时下达的任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="164"/>
        <source>Import &amp;grid cells…</source>
        <translation>导入网格(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="164"/>
        <source>Add or replace grid cells from a GeoJSON file, checked as a whole first</source>
        <translation>从 GeoJSON 文件新增或替换网格，导入前整体校验</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="166"/>
        <source>Operations and &amp;maintenance…</source>
        <translation>运维(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="166"/>
        <source>The central service, the sensors and the audit log</source>
        <translation>中心服务、传感器与审计日志</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="168"/>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="168"/>
        <source>Put the panels back where this workspace keeps them</source>
        <translation>将各面板恢复到本工作台的默认位置</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="169"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="170"/>
        <source>&amp;About Dispatch Desk</source>
        <translation>关于城运指挥台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="171"/>
        <source>Routine ⇄ &amp;joint command</source>
        <translation>日常 ⇄ 联动指挥(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="172"/>
        <source>Switch between your everyday workspace and the joint command (F9)</source>
        <translation>在日常工作台与联动指挥之间切换 (F9)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/actions.py" line="179"/>
        <source>Switch to the %1 workspace</source>
        <translation>切换到%1工作台</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/notifications.py" line="91"/>
        <source>Dismiss</source>
        <translation>关闭提醒</translation>
    </message>
</context>
<context>
    <name>CacheHealth</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="76"/>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="110"/>
        <source>Local cache rebuilt</source>
        <translation>本地缓存已重建</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="35"/>
        <source>%n unsynced action(s)</source>
        <translation>
            <numerusform>%n 项未同步的操作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="36"/>
        <source>%n conflict record(s)</source>
        <translation>
            <numerusform>%n 条冲突记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="37"/>
        <source>%n photo(s) not yet uploaded</source>
        <translation>
            <numerusform>%n 张未上传的照片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="43"/>
        <source>The local cache was damaged and has been rebuilt: kept %1. The rest comes back with the next sync.</source>
        <translation>本地缓存已损坏并已重建：保留了 %1。其余数据将在下次同步时从中心服务恢复。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="47"/>
        <source>%1 Some unsent changes could not be read: check that your latest actions reached the central service.</source>
        <translation>%1部分未同步的操作无法读取，请确认您最近的操作是否已送达中心服务。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="50"/>
        <source>The local cache was damaged and has been rebuilt, but its unsent changes could not be read: check that your latest actions reached the central service.</source>
        <translation>本地缓存已损坏并已重建，但其中未同步的操作无法读取，请确认您最近的操作是否已送达中心服务。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="53"/>
        <source>The local cache was damaged and has been rebuilt; nothing unsent was waiting in it. The rest comes back with the next sync.</source>
        <translation>本地缓存已损坏并已重建，其中没有待同步的内容。其余数据将在下次同步时从中心服务恢复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="59"/>
        <source>%1 %n photo(s) could not be read and must be taken again.</source>
        <translation>
            <numerusform>%1有 %n 张照片无法读取，需要重新拍摄。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="62"/>
        <source>%1 Some pending changes show again once they are synced.</source>
        <translation>%1部分待同步的修改将在同步后重新显示。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="44"/>
        <source>, </source>
        <comment>separator of a list of kept items</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="56"/>
        <source>The local cache was damaged and has been rebuilt from the central service; unsent changes were kept.</source>
        <translation>本地缓存已损坏，已从中心服务重建；未同步的修改均已保留。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="115"/>
        <source>Local cache damaged</source>
        <translation>本地缓存损坏</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/cachecheck.py" line="116"/>
        <source>The local cache failed its integrity check; it will be rebuilt from the central service at the next start, keeping unsent changes. (%1)</source>
        <translation>本地缓存未通过完整性检查，将在下次启动时从中心服务重建，未发送的更改会保留。（%1）</translation>
    </message>
</context>
<context>
    <name>CityTime</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/citytime.py" line="23"/>
        <source>Beijing time</source>
        <translation>北京时间</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="207"/>
        <source>Acknowledge the alert “%1”</source>
        <translation>确认告警「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="210"/>
        <source>Publish the assessment of %1</source>
        <translation>发布 %1 的考核结果</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="211"/>
        <source>Change “%1”</source>
        <translation>更改「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="216"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="221"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="223"/>
        <source>Dispatch the incident “%1” to %2</source>
        <translation>将事件「%1」派遣给 %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="224"/>
        <source>Dispatch the incident “%1” to the category&apos;s agency</source>
        <translation>将事件「%1」派遣给该类别的责任单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="226"/>
        <source> (with %1)</source>
        <translation>（协办：%1）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="229"/>
        <source>Verify the incident “%1”: passed</source>
        <translation>核查事件「%1」：通过</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="230"/>
        <source>Verify the incident “%1”: not passed</source>
        <translation>核查事件「%1」：不通过</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="233"/>
        <source>Ask to suspend the incident “%1” until %2</source>
        <translation>申请将事件「%1」挂起至 %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="235"/>
        <source>Extend the deadline of the incident “%1” to %2</source>
        <translation>将事件「%1」的时限延至 %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="237"/>
        <source>Approve the suspension of the incident “%1”</source>
        <translation>批准事件「%1」的挂起申请</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="238"/>
        <source>Refuse the suspension of the incident “%1”</source>
        <translation>驳回事件「%1」的挂起申请</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="241"/>
        <source>Merge %1 duplicate(s) into the incident “%2”</source>
        <translation>将 %1 件重复事件合并到「%2」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="243"/>
        <source>Report the incident “%1”</source>
        <translation>上报事件「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="245"/>
        <source>Register the incident “%1”</source>
        <translation>立案事件「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="246"/>
        <source>Accept the incident “%1”</source>
        <translation>签收事件「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="247"/>
        <source>Return the incident “%1”</source>
        <translation>退回事件「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="248"/>
        <source>Mark the incident “%1” disposed</source>
        <translation>将事件「%1」标记为处置完成</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="249"/>
        <source>Close the incident “%1”</source>
        <translation>结案事件「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="250"/>
        <source>Reopen the incident “%1”</source>
        <translation>重新立案事件「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="251"/>
        <source>Escalate the incident “%1” to the level above</source>
        <translation>将事件「%1」上报上级</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="252"/>
        <source>Resume the suspended incident “%1”</source>
        <translation>恢复已挂起的事件「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="253"/>
        <source>Supervise (督办) the incident “%1”</source>
        <translation>督办事件「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="254"/>
        <source>Cancel the incident “%1”</source>
        <translation>作废事件「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="255"/>
        <source>Comment on the incident “%1”</source>
        <translation>为事件「%1」添加备注</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="258"/>
        <source>%1 the incident “%2”</source>
        <translation>%1事件「%2」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="278"/>
        <source>Create the joint command “%1”</source>
        <translation>创建联动指挥「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="279"/>
        <source>Start the joint command “%1”</source>
        <translation>启动联动指挥「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="280"/>
        <source>Set the response of “%1” to %2</source>
        <translation>将「%1」调整为%2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="282"/>
        <source>Hand command of “%1” over to %2</source>
        <translation>将「%1」的指挥权移交给 %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="284"/>
        <source>Stand down the joint command “%1”</source>
        <translation>联动指挥「%1」转入收尾</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="285"/>
        <source>Close the joint command “%1”</source>
        <translation>关闭联动指挥「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="286"/>
        <source>Open a liaison seat: %1 (%2)</source>
        <translation>开设派驻席位：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="288"/>
        <source>Close the liaison seat of %1 (%2)</source>
        <translation>关闭派驻席位：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="289"/>
        <source>Extend the liaison seat of %1 (%2) to %3</source>
        <translation>将派驻席位 %1（%2）延长至 %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="291"/>
        <source>Check in %1 (%2)</source>
        <translation>签到：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="292"/>
        <source>Check out %1 (%2)</source>
        <translation>签退：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="293"/>
        <source>Assign the task “%1” to %2</source>
        <translation>向 %2 下达任务「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="295"/>
        <source>Accept the task “%1”</source>
        <translation>签收任务「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="296"/>
        <source>Start the task “%1”</source>
        <translation>开始执行任务「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="297"/>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="298"/>
        <source>Complete the task “%1”</source>
        <translation>完成任务「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="299"/>
        <source>Write a progress note on the task “%1”</source>
        <translation>记录任务「%1」的进展</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="300"/>
        <source>Mark the task “%1” blocked</source>
        <translation>将任务「%1」标记为受阻</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="301"/>
        <source>Cancel the task “%1”</source>
        <translation>取消任务「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="302"/>
        <source>Reassign the task “%1” to %2</source>
        <translation>将任务「%1」改派给 %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="303"/>
        <source>Move the due time of the task “%1” to %2</source>
        <translation>将任务「%1」的期限改为 %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="305"/>
        <source>Link the incident “%1” to the task “%2”</source>
        <translation>将事件「%1」关联到任务「%2」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="307"/>
        <source>Unlink the incident “%1” from the task “%2”</source>
        <translation>取消事件「%1」与任务「%2」的关联</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="309"/>
        <source>Record in the command log: %1</source>
        <translation>在指挥日志中记录：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="310"/>
        <source>Strike the log entry “%1”</source>
        <translation>划除日志「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="311"/>
        <source>Mark the log entry “%1” significant</source>
        <translation>将日志「%1」标为重要事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="313"/>
        <source>Mark the log entry “%1” not significant</source>
        <translation>取消日志「%1」的重要标记</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="315"/>
        <source>Draft the situation report “%1”</source>
        <translation>起草态势报告「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="316"/>
        <source>Edit the situation report “%1”</source>
        <translation>修改态势报告「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="317"/>
        <source>Contribute the section of %1 to the report “%2”</source>
        <translation>为报告「%2」提交 %1 的部分</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="319"/>
        <source>Publish the situation report “%1”</source>
        <translation>发布态势报告「%1」</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="326"/>
        <source>city level</source>
        <translation>市级</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="326"/>
        <source>district level</source>
        <translation>区级</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="327"/>
        <source>street level</source>
        <translation>街道级</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="336"/>
        <source>Nothing was changed at the center.</source>
        <translation>中心没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="337"/>
        <source>The record no longer exists at the center, or it is outside your scope.</source>
        <translation>中心已没有该记录，或它不在您的权限范围内。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="338"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="342"/>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="351"/>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="365"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="344"/>
        <source>handled at %1</source>
        <translation>处理层级：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="346"/>
        <source>lead agency: %1</source>
        <translation>主办单位：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="348"/>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="361"/>
        <source>last changed %1 (Beijing time)</source>
        <translation>最后变更：%1（北京时间）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="349"/>
        <source>The incident “%1” — </source>
        <translation>事件「%1」——</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="352"/>
        <source>agency: %1</source>
        <translation>承办单位：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="354"/>
        <source>blocked because: %1</source>
        <translation>受阻原因：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="356"/>
        <source>cancelled because: %1</source>
        <translation>取消原因：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="359"/>
        <source>last changed by %1 at %2</source>
        <translation>最后由 %1 于 %2 变更</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="363"/>
        <source>The task “%1” — </source>
        <translation>任务「%1」——</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="368"/>
        <source>commander: %1</source>
        <translation>总指挥：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="369"/>
        <source>The joint command “%1” — </source>
        <translation>联动指挥「%1」——</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="372"/>
        <source>struck by %1: %2</source>
        <translation>已由 %1 划除：%2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="375"/>
        <source>not struck</source>
        <translation>未划除</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="377"/>
        <source>marked significant</source>
        <translation>已标为重要事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="378"/>
        <source>The log entry “%1” — </source>
        <translation>日志「%1」——</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="381"/>
        <source>published as No. %1</source>
        <translation>已发布为第 %1 期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="383"/>
        <source>a draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="384"/>
        <source>The situation report “%1” — </source>
        <translation>态势报告「%1」——</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="386"/>
        <source>The alert has raised the incident “%1”.</source>
        <translation>此告警已生成事件「%1」。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="388"/>
        <source>The center&apos;s record has changed since.</source>
        <translation>中心的记录已发生变化。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="394"/>
        <source>This alert has already raised an incident; open that incident instead.</source>
        <translation>此告警已生成事件，请打开该事件，不要重复生成。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="396"/>
        <source>The record no longer exists, or it is outside your scope.</source>
        <translation>该记录已不存在，或不在您的权限范围内。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="397"/>
        <source>A record with this id exists already.</source>
        <translation>已有相同编号的记录。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="398"/>
        <source>Some details of the change are missing or invalid.</source>
        <translation>更改中有信息缺失或无效。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="399"/>
        <source>Someone else changed it first; now it is no longer possible.</source>
        <translation>他人已先行处理，当前状态下无法再执行此操作。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="400"/>
        <source>A suspension request is waiting for approval, or none is waiting.</source>
        <translation>已有挂起申请待审批，或没有待审批的申请。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="401"/>
        <source>The incident is handled at another level now.</source>
        <translation>该事件目前由其他层级处理。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="402"/>
        <source>Your role can only view.</source>
        <translation>您的角色只能查看。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="403"/>
        <source>Your account or your liaison seat is not active.</source>
        <translation>您的账号或派驻席位未生效。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="404"/>
        <source>It is outside your area, your agency or your seat.</source>
        <translation>超出您的辖区、单位或席位范围。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="405"/>
        <source>Your role may not do this.</source>
        <translation>您的角色无权执行此操作。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="406"/>
        <source>This session has no connection to the center.</source>
        <translation>本次会话未连接指挥中心。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="411"/>
        <source>The center did not accept the change.</source>
        <translation>中心未接受该更改。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="412"/>
        <source>The center&apos;s record had changed in the meantime.</source>
        <translation>在此期间中心的记录已发生变化。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="427"/>
        <source>Open the incident it raised, and discard this change.</source>
        <translation>请打开它已生成的事件，并放弃此项更改。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="429"/>
        <source>Possible again now: re-issue it, or discard it.</source>
        <translation>现在可以再次执行：重新提交，或放弃。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="435"/>
        <source>Not possible again yet, for the same reason: discard it.</source>
        <translation>目前仍无法重新提交，原因同上：请填写原因后放弃。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflict_words.py" line="437"/>
        <source>Re-issuing is not possible now: %1 Discard it with a reason.</source>
        <translation>目前无法重新提交：%1请填写原因后放弃。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflicts.py" line="133"/>
        <source>No conflicts: every change was accepted.</source>
        <translation>没有冲突：所有更改均已被接受。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflicts.py" line="140"/>
        <source>The center said: %1</source>
        <translation>中心答复：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflicts.py" line="143"/>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/conflicts.py" line="182"/>
        <source>Could not resolve the conflict</source>
        <translation>无法处理该冲突</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="9"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="16"/>
        <source>The operations center did not accept these changes. Nothing was lost: read what you meant and what the center has now, then re-issue the change or discard it with a reason.</source>
        <translation>指挥中心未接受以下更改，数据没有丢失：请查看您原本要做的操作和中心现在的情况，然后重新提交，或填写原因后放弃。</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="36"/>
        <source>What you meant to do</source>
        <translation>您原本要做的</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="48"/>
        <source>What the center has now</source>
        <translation>中心现在的情况</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="60"/>
        <source>Why it was not accepted</source>
        <translation>未被接受的原因</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="72"/>
        <source>What you can do now</source>
        <translation>您现在可以</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="83"/>
        <source>Technical details</source>
        <translation>技术细节</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="113"/>
        <source>Reason for discarding (required)</source>
        <translation>放弃原因（必填）</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="118"/>
        <source>&amp;Re-issue</source>
        <translation>重新提交(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts.ui" line="123"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Docks</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="35"/>
        <source>Incident queue</source>
        <translation>事件队列</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="37"/>
        <source>Incident detail</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="39"/>
        <source>City vital signs</source>
        <translation>城市体征</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="41"/>
        <source>Alerts</source>
        <translation>告警信息</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="43"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="45"/>
        <source>Duty</source>
        <translation>值班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="48"/>
        <source>Joint command</source>
        <translation>联动指挥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="50"/>
        <source>Task board</source>
        <translation>任务看板</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="52"/>
        <source>Command log</source>
        <translation>指挥日志</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="54"/>
        <source>Seats</source>
        <translation>签到板</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="56"/>
        <source>Situation reports</source>
        <translation>态势报告</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="59"/>
        <source>Assessment</source>
        <translation>考核评价</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="61"/>
        <source>Thematic analysis</source>
        <translation>专题分析</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="67"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="69"/>
        <source>Wall display</source>
        <translation>大屏展示</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="71"/>
        <source>Open data export</source>
        <translation>数据开放导出</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="73"/>
        <source>Officers&apos; accounts</source>
        <translation>人员管理</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="75"/>
        <source>Categories and time limits</source>
        <translation>类别与时限</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="77"/>
        <source>Agencies</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="79"/>
        <source>Plans</source>
        <translation>预案管理</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="81"/>
        <source>Import grid cells</source>
        <translation>导入网格</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="83"/>
        <source>Operations and maintenance</source>
        <translation>运维</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/docks.py" line="85"/>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
</context>
<context>
    <name>Duty</name>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="59"/>
        <source>Duty chief</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="60"/>
        <source>Duty officer</source>
        <translation>值班员</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="61"/>
        <source>Liaison</source>
        <translation>联络员</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="79"/>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="79"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="80"/>
        <source>Early warning</source>
        <translation>趋势预警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="80"/>
        <source>External warning</source>
        <translation>外部预警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="81"/>
        <source>Sensor silent</source>
        <translation>设备离线</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="81"/>
        <source>Duty unstaffed</source>
        <translation>值班无人签到</translation>
    </message>
</context>
<context>
    <name>DutyWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="170"/>
        <source>On duty now</source>
        <translation>当前在岗</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="171"/>
        <source>Handovers</source>
        <translation>交接记录</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="172"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="172"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="172"/>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="173"/>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="173"/>
        <source>Officer</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="173"/>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="175"/>
        <source>On duty for</source>
        <translation>值班单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="174"/>
        <source>Hours</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="175"/>
        <source>Taken over</source>
        <translation>接班时间</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="175"/>
        <source>From → to</source>
        <translation>交班 → 接班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="176"/>
        <source>Items</source>
        <translation>事项数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="177"/>
        <source>What the next shift should know: calls to return, places to watch…</source>
        <translation>需要下一班知道的情况：待回访的电话、需关注的点位……</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="178"/>
        <source>Remark on taking over (optional)</source>
        <translation>接班备注（可不填）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="198"/>
        <source>City center</source>
        <translation>市城运中心</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="223"/>
        <source>My shift: %1 · %2 · %3 (%4 left)</source>
        <translation>我的班次：%1 · %2 · %3（还剩 %4）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="229"/>
        <source>Not on duty now. Next shift: %1 · %2 · %3</source>
        <translation>当前不在班。下一班：%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="234"/>
        <source>Not on duty now, and no shift of yours in the next two days.</source>
        <translation>当前不在班，未来两天没有您的班次。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="260"/>
        <source>not yet</source>
        <translation>尚未接班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="299"/>
        <source>Hand over to the next shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="300"/>
        <source>Your shift ends at %1. Check the open items, write your notes for %2 and sign.</source>
        <translation>本班 %1 结束。请核对未办结事项，写好给%2的交班说明后签字。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="302"/>
        <source>the next shift</source>
        <translation>下一班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="303"/>
        <source>Your notes for the next shift</source>
        <translation>交班说明</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="304"/>
        <source>Sign and hand over</source>
        <translation>签字交班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="309"/>
        <source>Take over your shift</source>
        <translation>接班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="310"/>
        <source>Sign and take over</source>
        <translation>签字接班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="311"/>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="356"/>
        <source>Notes of the leaving officer</source>
        <translation>交班人说明</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="314"/>
        <source>%1 handed over at %2. Read the items and the notes, then sign.</source>
        <translation>%1 已于 %2 签字交班。请阅读交接事项和说明后签字接班。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="317"/>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="357"/>
        <source>(no notes)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="323"/>
        <source>%1 has not handed over yet. The items below are prepared from this desk&apos;s data; you may wait for their signature or take over now.</source>
        <translation>%1 尚未交班。以下事项由本台根据当前数据整理；可等待交班人签字，也可直接接班。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="325"/>
        <source>No shift before yours on the roster. The items below are prepared from this desk&apos;s data.</source>
        <translation>排班表中您之前没有班次。以下事项由本台根据当前数据整理。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="338"/>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="431"/>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="438"/>
        <source>Handover</source>
        <translation>交接班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="339"/>
        <source>Nothing to sign now. A handover opens 30 minutes before your shift starts or ends.</source>
        <translation>当前无需签字。交接班在您的班次开始或结束前 30 分钟开放。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="347"/>
        <source>Handover into %1 · %2</source>
        <translation>%1 · %2 交接班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="350"/>
        <source>handed over by %1 at %2</source>
        <translation>%1 于 %2 交班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="351"/>
        <source>not handed over</source>
        <translation>交班人未签字</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="352"/>
        <source>taken over by %1 at %2</source>
        <translation>%1 于 %2 接班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="353"/>
        <source>not yet taken over</source>
        <translation>尚未接班</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="377"/>
        <source>The open items could not be prepared from this desk&apos;s data: %1</source>
        <translation>无法根据本台数据整理未办结事项：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="403"/>
        <source>Incidents near or over their deadline (%n)</source>
        <translation>
            <numerusform>临期或超时事件（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="404"/>
        <source>Alerts nobody acknowledged (%n)</source>
        <translation>
            <numerusform>未确认告警（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="405"/>
        <source>Running joint commands (%n)</source>
        <translation>
            <numerusform>进行中的联动指挥（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="426"/>
        <source>Your shift ends at %1: prepare the handover in the Duty panel.</source>
        <translation>您的班次 %1 结束：请在“值班”面板办理交班。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="429"/>
        <source>Your shift starts at %1: take it over in the Duty panel.</source>
        <translation>您的班次 %1 开始：请在“值班”面板办理接班。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="438"/>
        <source>Signing needs the sync engine of a signed-in desk.</source>
        <translation>签字需要已登录的工作台及其同步服务。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="450"/>
        <source>Handed over: the next shift sees your notes with the next sync</source>
        <translation>已交班：下次同步后下一班即可看到您的说明</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="451"/>
        <source>Taken over: your shift has begun</source>
        <translation>已接班：本班开始</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="458"/>
        <source>Not signed</source>
        <translation>未能签字</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="465"/>
        <source>This handover has already been signed.</source>
        <translation>该交接班已签字。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="466"/>
        <source>Only the officer on the shift signs its handover.</source>
        <translation>只有本班值班人员可以签字。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="467"/>
        <source>The handover is not open now: it opens 30 minutes before the change of shift.</source>
        <translation>交接班尚未开放：换班前 30 分钟开放。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="468"/>
        <source>The roster has no shift to hand over to; ask for it to be completed.</source>
        <translation>排班表中没有下一班，请联系排班人员补全。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="469"/>
        <source>Your role can only view the duty.</source>
        <translation>您的角色只能查看值班情况。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="470"/>
        <source>Your account is not active.</source>
        <translation>您的账号未启用。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/duty/widget.py" line="471"/>
        <source>The notes are too long (at most 2,000 characters).</source>
        <translation>说明过长（最多 2000 字）。</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="344"/>
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n 条新通知</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="345"/>
        <source>Unlock the desk to see them.</source>
        <translation>解锁指挥台后查看。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="352"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="357"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="387"/>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="399"/>
        <source>The password is not right.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="395"/>
        <source>The desk cannot check the password while the operations center is unreachable: no password was kept on this computer. Sign out and sign in again.</source>
        <translation>无法连接指挥中心，且本机没有保存密码校验信息，暂时无法验证密码。请退出登录后重新登录。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="411"/>
        <source>Too many wrong passwords: signing out.</source>
        <translation>密码错误次数过多，正在退出登录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="414"/>
        <source>%n try(s) left.</source>
        <translation>
            <numerusform>还可尝试 %n 次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentKnowledge</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="205"/>
        <source>Knowledge for this incident (double-click to read)</source>
        <translation>本事件相关知识（双击阅读）</translation>
    </message>
</context>
<context>
    <name>KnowledgeWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="83"/>
        <source>Search policies, procedures and past cases…</source>
        <translation>搜索政策、流程和历史案例…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="147"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 篇文档</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="154"/>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="155"/>
        <source>Regulation</source>
        <translation>法规</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="156"/>
        <source>Procedure</source>
        <translation>标准流程</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/knowledge.py" line="157"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="162"/>
        <source>The desk is locked</source>
        <translation>指挥台已锁定</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="163"/>
        <source>Enter your password to continue. Sync keeps running meanwhile.</source>
        <translation>请输入密码以继续。锁定期间同步照常进行。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="164"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="165"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="166"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="167"/>
        <source>City Operations Dispatch Desk</source>
        <translation>城运指挥台</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="173"/>
        <source>Signed in: %1 (%2)</source>
        <translation>当前登录：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="179"/>
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n 条新通知</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="186"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="186"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="187"/>
        <source>%1 · %n change(s) waiting to sync</source>
        <translation>
            <numerusform>%1 · %n 项更改待同步</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="44"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="45"/>
        <source>Leave empty to use the remembered session</source>
        <translation>留空则使用本机记住的登录状态</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="69"/>
        <source>Enter the central service address and your username.</source>
        <translation>请输入中心服务地址和用户名。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="74"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="103"/>
        <source>The central service&apos;s certificate could not be verified. If the city uses its own certificate authority, ask for its CA bundle and set it up on this computer.</source>
        <translation>无法验证中心服务的证书。如果本市使用自己的证书颁发机构，请索取其 CA 证书包并在本机配置。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="106"/>
        <source>The central service cannot be reached, and no session is remembered for this officer on this computer. Check the address or the network.</source>
        <translation>无法连接中心服务，且本机没有记住该用户的登录状态。请检查服务地址或网络。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="111"/>
        <source>Wrong username or password, or too many attempts; wait a moment and try again.</source>
        <translation>用户名或密码错误，或尝试次数过多；请稍候再试。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="113"/>
        <source>This account is disabled, or its temporary seat has ended. Ask the operations center.</source>
        <translation>该账号已停用，或其临时派驻席位已结束。请联系城运中心。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="115"/>
        <source>This account is locked. Ask the operations center.</source>
        <translation>该账号已锁定。请联系城运中心。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="116"/>
        <source>No session is remembered for this officer on this computer; enter the password.</source>
        <translation>本机没有保存该人员的登录会话，请输入密码。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="119"/>
        <source>The session has ended; enter the password to sign in again.</source>
        <translation>会话已结束，请输入密码重新登录。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="121"/>
        <source>The central service refused the sign-in (%1). Try again, or ask the operations center.</source>
        <translation>中心服务拒绝了登录（%1）。请重试，或联系城运中心。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/login.py" line="123"/>
        <source>Sign-in failed because of an unexpected error on this computer; see the tooltip for details.</source>
        <translation>本机发生意外错误，登录失败；详细信息见提示。</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="9"/>
        <source>Sign in — Dispatch Desk</source>
        <translation>登录 — 城运指挥台</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="19"/>
        <source>City Operations Dispatch Desk</source>
        <translation>城运指挥台</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="29"/>
        <source>Central &amp;service:</source>
        <translation>中心服务(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="40"/>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="49"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="60"/>
        <source>&amp;Remember me on this computer</source>
        <translation>在本机记住我(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="207"/>
        <source>The map could not be loaded: %1</source>
        <translation>地图加载失败：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="215"/>
        <source>The map is not part of this installation.</source>
        <translation>本安装未包含地图组件。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="268"/>
        <source>Workspace: %1</source>
        <translation>工作台：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="354"/>
        <source>Central service address</source>
        <translation>中心服务地址</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="355"/>
        <source>Sign in again at %1 now?</source>
        <translation>现在到 %1 重新登录吗？</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="358"/>
        <source>Changes not yet sent stay in this computer&apos;s cache for the old address and go out when the desk is connected to it again.</source>
        <translation>尚未发送的更改保存在本机旧地址的缓存中，重新连接到旧地址后会继续发送。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="360"/>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="361"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="428"/>
        <source>Working offline from the local cache; changes will sync later.</source>
        <translation>正在使用本地缓存离线工作，更改将在恢复连接后同步。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="441"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="445"/>
        <source>About Dispatch Desk</source>
        <translation>关于城运指挥台</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="446"/>
        <source>&lt;h3&gt;City Operations Dispatch Desk&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;One platform to watch the city&apos;s vital signs, route every problem as one thing to the agencies that handle it, and command joint action.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;城运指挥台&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;一网统管：统一感知城市体征，将每个问题作为“一件事”派送给处置部门，并支撑联动指挥。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="459"/>
        <source>City Operations Dispatch Desk</source>
        <translation>城运指挥台</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/main_window.py" line="465"/>
        <source>Loading the map…</source>
        <translation>正在加载地图…</translation>
    </message>
</context>
<context>
    <name>QuickSearchPalette</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="55"/>
        <source>Search incidents, joint commands, grid cells, agencies, knowledge…</source>
        <translation>搜索事件、联动指挥、网格、部门、知识库…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="56"/>
        <source>↑↓ to move · Enter to open · Esc to close</source>
        <translation>↑↓ 选择 · 回车 打开 · Esc 关闭</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="112"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="124"/>
        <source>Joint commands</source>
        <translation>联动指挥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="129"/>
        <source>Grid cells</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="135"/>
        <source>Agencies</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="140"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/palette.py" line="148"/>
        <source>Nothing found in the local cache</source>
        <translation>本地缓存中未找到结果</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/session.py" line="139"/>
        <source>Unsent changes</source>
        <translation>有未发送的更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/session.py" line="140"/>
        <source>%n change(s) have not reached the operations center yet.</source>
        <translation>
            <numerusform>%n 项更改尚未送达城运中心。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/session.py" line="141"/>
        <source>They stay saved on this computer and are sent at the next start, but nobody else sees them until then.</source>
        <translation>这些更改已保存在本机，下次启动时发送，但在此之前其他人看不到。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/session.py" line="143"/>
        <source>Send, then quit</source>
        <translation>发送后退出</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/session.py" line="154"/>
        <source>Quit anyway</source>
        <translation>仍然退出</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/session.py" line="170"/>
        <source>Sending changes</source>
        <translation>正在发送更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/session.py" line="190"/>
        <source>Sending %n change(s) to the operations center…</source>
        <translation>
            <numerusform>正在向城运中心发送 %n 项更改…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/session.py" line="193"/>
        <source>The center cannot be reached right now (%1). The desk keeps trying; the changes stay saved on this computer.</source>
        <translation>暂时无法连接城运中心（%1）。指挥台会继续尝试；更改仍保存在本机。</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="480"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="486"/>
        <source>Lock after idle (minutes, 0 = never):</source>
        <translation>空闲多久后锁定（分钟，0 为从不）：</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="487"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="488"/>
        <source>Encrypt the local cache on this computer</source>
        <translation>加密本机的本地缓存</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="490"/>
        <source>The cache is encrypted; its key is kept in this computer&apos;s keyring.</source>
        <translation>本地缓存已加密，密钥保存在本机的系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="491"/>
        <source>The cache is encrypted at the next sign-in.</source>
        <translation>本地缓存将在下次登录时加密。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="492"/>
        <source>A laptop that leaves the center should have its cache encrypted.</source>
        <translation>带离指挥中心使用的笔记本电脑应加密本地缓存。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/lock.py" line="507"/>
        <source>The cache could not be encrypted: %1</source>
        <translation>无法加密本地缓存：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="123"/>
        <source>The tile source could not be saved: %1</source>
        <translation>底图来源未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="84"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="70"/>
        <source>Connected to %1. Another address is used from your next sign-in.</source>
        <translation>当前连接：%1。更改后的地址在下次登录时生效。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="71"/>
        <source>Used at the next sign-in.</source>
        <translation>下次登录时使用。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="84"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="84"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="87"/>
        <source>Critical only</source>
        <translation>仅特急</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="87"/>
        <source>Urgent and critical</source>
        <translation>紧急及特急</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="88"/>
        <source>Serious and above</source>
        <translation>较重及以上</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="88"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/settings.py" line="114"/>
        <source>Not an address of a central service: %1. Write it like http://10.0.0.5:8440 or https://center.example.gov.cn.</source>
        <translation>这不是中心服务的地址：%1。请按 http://10.0.0.5:8440 或 https://center.example.gov.cn 的格式填写。</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="9"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="15"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="20"/>
        <source>Central &amp;service URL:</source>
        <translation>中心服务地址(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="35"/>
        <source>Map &amp;tile source:</source>
        <translation>地图瓦片源(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="47"/>
        <source>An XYZ tile URL. Leave empty to draw the grid on a plain background.</source>
        <translation>XYZ 瓦片地址。留空则在空白底图上绘制网格。</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="53"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="57"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="66"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="76"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="80"/>
        <source>Show &amp;notifications for urgent incidents and alarms</source>
        <translation>紧急事件和告警时显示通知(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="85"/>
        <source>&amp;Minimum severity:</source>
        <translation>最低紧急程度(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="94"/>
        <source>Play a &amp;sound</source>
        <translation>播放提示音(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/settings.ui" line="99"/>
        <source>Also show in the system &amp;tray</source>
        <translation>同时在系统托盘显示(&amp;T)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="89"/>
        <source>Not reachable at %1 · Change address…</source>
        <translation>无法连接 %1 · 更改地址…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/status.py" line="91"/>
        <source>The central service has not answered at %1 for %n minute(s). If it has moved (a restarted service on another port, a new server), correct its address in the settings; the desk keeps working from its cache meanwhile.</source>
        <translation>
            <numerusform>中心服务在 %1 已 %n 分钟没有应答。如果它已迁移（重启后换了端口，或换了服务器），请在设置中更正地址；在此期间本机继续使用本地缓存工作。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="101"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="101"/>
        <source>Syncing…</source>
        <translation>同步中…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="101"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/status.py" line="109"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 项更改待同步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="110"/>
        <source>All changes synced</source>
        <translation>所有更改已同步</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="113"/>
        <source>Last sync: %1 (%2)</source>
        <translation>上次同步：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="114"/>
        <source>Never synced</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/status.py" line="119"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/status.py" line="122"/>
        <source>Open the changes the central service did not accept</source>
        <translation>查看中心服务未接受的更改</translation>
    </message>
</context>
<context>
    <name>UrgentWatcher</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/notifications.py" line="159"/>
        <source>Critical incident</source>
        <translation>特急事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/notifications.py" line="159"/>
        <source>Urgent incident</source>
        <translation>紧急事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/notifications.py" line="170"/>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/shell/notifications.py" line="173"/>
        <source>%n new urgent item(s)</source>
        <translation>
            <numerusform>%n 条新的紧急信息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../dispatch_desk/ui/shell/workspace.py" line="41"/>
        <source>Operations center</source>
        <translation>城运中心</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/workspace.py" line="52"/>
        <source>Field laptop</source>
        <translation>外勤笔记本</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/workspace.py" line="64"/>
        <source>Joint command</source>
        <translation>联动指挥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/shell/workspace.py" line="77"/>
        <source>Leadership</source>
        <translation>领导视图</translation>
    </message>
</context>
</TS>
