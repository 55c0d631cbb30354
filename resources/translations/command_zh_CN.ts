<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="76"/>
        <source>struck: %1</source>
        <translation>已划除：%1</translation>
    </message>
</context>
<context>
    <name>CommandLogModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="50"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="51"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="52"/>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="53"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="54"/>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="240"/>
        <source>Significant event</source>
        <translation>重要事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="298"/>
        <source>Struck by %1: %2</source>
        <translation>%1 划除：%2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/logmodel.py" line="301"/>
        <source>Local entry waiting to sync</source>
        <translation>本地记录，等待同步</translation>
    </message>
</context>
<context>
    <name>CommandLogWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="245"/>
        <source>Search the log (Ctrl+F)</source>
        <translation>搜索日志 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="246"/>
        <source>★ only</source>
        <translation>仅★</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="247"/>
        <source>Only significant events</source>
        <translation>只看重要事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="248"/>
        <source>Strike…</source>
        <translation>划除…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="249"/>
        <source>★ Significant (F)</source>
        <translation>★ 重要 (F)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="250"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="251"/>
        <location filename="../../dispatch_desk/ui/command/log.py" line="376"/>
        <source>Write the entry into the log (Ctrl+Enter)</source>
        <translation>写入指挥日志 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="252"/>
        <source>New log entry… (Ctrl+Enter sends)</source>
        <translation>新日志记录…（Ctrl+Enter 发送）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="253"/>
        <source>Search the log</source>
        <translation>搜索日志</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="275"/>
        <source>All agencies</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="280"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/command/log.py" line="326"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="367"/>
        <source>Only the author or the commander can strike an entry</source>
        <translation>只有记录人或总指挥可以划除记录</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="369"/>
        <source>The entry is already struck</source>
        <translation>该记录已划除</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="374"/>
        <source>Strike the entry with a reason</source>
        <translation>说明理由后划除该记录</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="375"/>
        <source>Mark or unmark a significant event (F)</source>
        <translation>标记或取消重要事件 (F)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="390"/>
        <source>Write the entry first.</source>
        <translation>请先填写记录内容。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="393"/>
        <source>The entry is too long (at most %1 characters).</source>
        <translation>记录过长（最多 %1 字）。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="408"/>
        <source>Strike the entry</source>
        <translation>划除记录</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/log.py" line="408"/>
        <source>Why is it wrong?</source>
        <translation>错在哪里？</translation>
    </message>
</context>
<context>
    <name>CommandWatcher</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/watcher.py" line="109"/>
        <source>New task for your agency</source>
        <translation>本单位有新任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/watcher.py" line="112"/>
        <source>Situation report no. %1 published</source>
        <translation>第%1期态势报告已发布</translation>
    </message>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/command/watcher.py" line="122"/>
        <source>Your seat ends in %n minute(s)</source>
        <translation>
            <numerusform>您的派驻席位 %n 分钟后到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandWords</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="192"/>
        <source>Standing down</source>
        <translation>收尾阶段</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="54"/>
        <source>Accept</source>
        <comment>step</comment>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="55"/>
        <source>Start</source>
        <comment>step</comment>
        <translation>开始执行</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="56"/>
        <source>Done</source>
        <comment>step</comment>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="57"/>
        <source>Block…</source>
        <translation>受阻…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="60"/>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="58"/>
        <source>Note…</source>
        <translation>进展…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="59"/>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="61"/>
        <source>Link…</source>
        <translation>关联…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="62"/>
        <source>Incident…</source>
        <translation>生成事件…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="63"/>
        <source>New task…</source>
        <translation>新任务…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="64"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="71"/>
        <source>Accept the task for your agency</source>
        <translation>代表本单位签收任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="72"/>
        <source>Start work on the task</source>
        <translation>开始执行任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="73"/>
        <source>Mark the task done</source>
        <translation>标记任务完成</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="74"/>
        <source>The task cannot go on: say why</source>
        <translation>任务无法继续：说明原因</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="75"/>
        <source>Write a progress note</source>
        <translation>填写任务进展</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="76"/>
        <source>Cancel the task, with a reason</source>
        <translation>说明理由后取消任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="77"/>
        <source>Give the task to another agency or another due time</source>
        <translation>改派其他单位或调整时限</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="78"/>
        <source>Link an incident in the area to the task</source>
        <translation>将区域内的事件关联到任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="79"/>
        <source>Report a new incident from the task and link it</source>
        <translation>由任务上报新事件并关联</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="80"/>
        <source>Assign a new task to an agency</source>
        <translation>向单位下达新任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="86"/>
        <source>Order</source>
        <translation>指令</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="87"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="88"/>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="89"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="90"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="100"/>
        <source>Not in your cache (yet)</source>
        <translation>本地缓存中（尚）没有</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="101"/>
        <source>Some details are missing or invalid</source>
        <translation>有内容缺失或不正确</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="102"/>
        <source>Not possible in the current status</source>
        <translation>当前状态下不能这样做</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="103"/>
        <source>Your role can only view the joint command</source>
        <translation>您的角色只能查看联动指挥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="104"/>
        <source>Your account or seat is not active</source>
        <translation>您的账号或派驻席位未生效</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="105"/>
        <source>Only the agency the task is assigned to, or the command staff</source>
        <translation>只有任务的承办单位或指挥部可以操作</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="106"/>
        <source>Only the commander, the deputy or a city ops officer may do this</source>
        <translation>只有总指挥、副总指挥或市级值班员可以操作</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="107"/>
        <source>It exists already</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="108"/>
        <source>No sync engine: this session is read-only</source>
        <translation>未连接同步引擎：本次会话只读</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="109"/>
        <source>Choose an operation first</source>
        <translation>请先选择联动指挥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="110"/>
        <source>Select a task first</source>
        <translation>请先选择任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="111"/>
        <source>Select a log entry first</source>
        <translation>请先选择日志记录</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="112"/>
        <source>Select a seat first</source>
        <translation>请先选择席位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="113"/>
        <source>Not part of this installation yet</source>
        <translation>本安装尚未包含此功能</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="136"/>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="138"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="139"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="145"/>
        <source>overdue %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="177"/>
        <source>Task %1: %2 (%3)</source>
        <translation>任务%1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="186"/>
        <source>Joint command created</source>
        <translation>联动指挥已创建</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="187"/>
        <source>Joint command started</source>
        <translation>联动指挥启动</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="188"/>
        <source>Response level set to %1</source>
        <translation>响应等级调整为%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="190"/>
        <source>Command handed over: %1 → %2</source>
        <translation>指挥权移交：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="194"/>
        <source>Joint command closed</source>
        <translation>联动指挥结束</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="195"/>
        <source>%1 task(s) assigned from the plan</source>
        <translation>按预案下达任务 %1 项</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="197"/>
        <source>Seat opened: %1 (%2)</source>
        <translation>派驻席位开设：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="199"/>
        <source>Seat closed: %1 (%2)</source>
        <translation>派驻席位结束：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="201"/>
        <source>Seat ran out: %1 (%2)</source>
        <translation>派驻席位到期：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="203"/>
        <source>Seat extended: %1</source>
        <translation>派驻席位延长：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="204"/>
        <source>%1 (%2) checked in</source>
        <translation>%1（%2）签到</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="206"/>
        <source>%1 (%2) checked out</source>
        <translation>%1（%2）签退</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="208"/>
        <source>assigned</source>
        <translation>下达</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="209"/>
        <source>accepted</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="210"/>
        <source>started</source>
        <translation>开始执行</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="211"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="212"/>
        <source>blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="213"/>
        <source>progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="214"/>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="215"/>
        <source>reassigned</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="216"/>
        <source>Incident linked to task %1</source>
        <translation>任务关联事件：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="218"/>
        <source>Incident unlinked from task %1</source>
        <translation>任务取消关联事件：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="220"/>
        <source>Situation report no. %1 published</source>
        <translation>第%1期态势报告已发布</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="222"/>
        <source>New incident in the area: %1</source>
        <translation>区域内新报事件：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/words.py" line="224"/>
        <source>Alert in the area: %1</source>
        <translation>区域内告警：%1</translation>
    </message>
</context>
<context>
    <name>LinkIncidentDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="233"/>
        <source>Link an incident</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="237"/>
        <source>Search the incidents in the area</source>
        <translation>搜索区域内的事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="259"/>
        <source>No open incident in the area matches</source>
        <translation>区域内没有符合的未办结事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="265"/>
        <source>Choose an incident.</source>
        <translation>请选择一个事件。</translation>
    </message>
</context>
<context>
    <name>NewTaskDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="124"/>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="130"/>
        <source>What is to be done, and where</source>
        <translation>做什么，在哪里</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="136"/>
        <source>At a place</source>
        <translation>指定地点</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="150"/>
        <source>Lon</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="152"/>
        <source>Lat</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="154"/>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="155"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="156"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="157"/>
        <source>Due in</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="158"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="169"/>
        <source>Please give the task a title.</source>
        <translation>请填写任务标题。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="174"/>
        <source>The description is too long.</source>
        <translation>说明过长。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="182"/>
        <source>The place is outside the operation&apos;s area.</source>
        <translation>该地点不在联动指挥区域内。</translation>
    </message>
</context>
<context>
    <name>OperationHeader</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="132"/>
        <source>Start operation…</source>
        <translation>启动联动指挥…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="132"/>
        <source>Response level…</source>
        <translation>响应等级…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="133"/>
        <source>Transfer command…</source>
        <translation>移交指挥…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="133"/>
        <source>Open seat…</source>
        <translation>开设席位…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="134"/>
        <source>Stand down…</source>
        <translation>转入收尾…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="134"/>
        <source>Close…</source>
        <translation>结束…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="137"/>
        <source>The joint command in view (running and recent ones)</source>
        <translation>当前查看的联动指挥（运行中和近期的）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="173"/>
        <source>Commander %1</source>
        <translation>总指挥 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="175"/>
        <source>Deputy %1</source>
        <translation>副总指挥 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="179"/>
        <source>Plan: %1</source>
        <translation>预案：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="194"/>
        <source>No joint command</source>
        <translation>没有联动指挥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="212"/>
        <source>Running %1</source>
        <translation>已持续 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="214"/>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="216"/>
        <source>Tasks %1 open</source>
        <translation>任务 %1 项未完成</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="218"/>
        <source>%1 overdue</source>
        <translation>%1 项超时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="220"/>
        <source>%1 blocked</source>
        <translation>%1 项受阻</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="223"/>
        <source>%1 in the room</source>
        <translation>在席 %1 人</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/header.py" line="246"/>
        <source>Not possible while the operation is %1</source>
        <translation>联动指挥处于“%1”时不能这样做</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="92"/>
        <source>Please give a reason.</source>
        <translation>请说明理由。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="95"/>
        <source>At most 1000 characters, please.</source>
        <translation>最多 1000 字。</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="193"/>
        <source>Reassign task</source>
        <translation>改派任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="198"/>
        <source>keep the due time</source>
        <translation>时限不变</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="200"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="201"/>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="202"/>
        <source>New due in</source>
        <translation>新时限</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="203"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="213"/>
        <source>Choose another agency or a new due time.</source>
        <translation>请选择其他单位或新的时限。</translation>
    </message>
</context>
<context>
    <name>SeatEndDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="312"/>
        <source>Extend the seat</source>
        <translation>延长席位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="316"/>
        <source> h from now</source>
        <translation> 小时后</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="317"/>
        <source>Ends</source>
        <translation>结束于</translation>
    </message>
</context>
<context>
    <name>SeatsWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="112"/>
        <source>Officer</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="112"/>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="112"/>
        <source>Until</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="113"/>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="113"/>
        <source>Here</source>
        <translation>在席</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="114"/>
        <source>Show ended</source>
        <translation>显示已结束</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="115"/>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="115"/>
        <source>Check out</source>
        <translation>签退</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="116"/>
        <source>Open seat…</source>
        <translation>开设席位…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="116"/>
        <source>Extend…</source>
        <translation>延长…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="116"/>
        <source>End early</source>
        <translation>提前结束</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="152"/>
        <source>%1 of %2 seats in the room</source>
        <translation>%2 个席位中 %1 人在席</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="153"/>
        <source>No joint command in view</source>
        <translation>未选择联动指挥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="170"/>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="174"/>
        <source>starts in %1</source>
        <translation>%1后开始</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="181"/>
        <source>● here</source>
        <translation>● 在席</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="181"/>
        <source>○ away</source>
        <translation>○ 离席</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="226"/>
        <source>Only the seated officer or the command staff checks a seat in or out</source>
        <translation>只有席位本人或指挥部可以签到签退</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="229"/>
        <source>The seat is not open now</source>
        <translation>该席位当前未生效</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="231"/>
        <source>Already checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="231"/>
        <source>Not checked in</source>
        <translation>尚未签到</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="237"/>
        <source>The seat has already ended</source>
        <translation>该席位已结束</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="241"/>
        <source>Record that the seat&apos;s officer is in the room</source>
        <translation>记录席位人员到场</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="242"/>
        <source>Record that the seat&apos;s officer left the room</source>
        <translation>记录席位人员离场</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="243"/>
        <source>Seat an officer for an agency until a given time</source>
        <translation>为某单位派驻一名人员至指定时间</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="244"/>
        <source>Move the seat&apos;s end later</source>
        <translation>推迟席位结束时间</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/seats.py" line="244"/>
        <source>End the seat now</source>
        <translation>立即结束该席位</translation>
    </message>
</context>
<context>
    <name>TaskBoard</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="202"/>
        <source>Blocked: %1</source>
        <translation>受阻：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="204"/>
        <source>Local change waiting to sync</source>
        <translation>本地修改，等待同步</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="282"/>
        <source>Incidents: %1</source>
        <translation>关联事件 %1 起</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="284"/>
        <source>waiting to sync…</source>
        <translation>等待同步…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="306"/>
        <source>%1 open</source>
        <translation>%1 项未完成</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="308"/>
        <source>%1 overdue</source>
        <translation>%1 项超时</translation>
    </message>
</context>
<context>
    <name>TaskBoardWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="424"/>
        <source>Only my agency</source>
        <translation>只看本单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="425"/>
        <source>Show only the lanes of the agencies you act for</source>
        <translation>只显示您所代表单位的任务栏</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="426"/>
        <source>Show finished</source>
        <translation>显示已完成</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="427"/>
        <source>↑/↓ or J/K move · ←/→ lanes · A accept · S start · D done · B block · M note · Enter details · N new task</source>
        <translation>↑/↓ 或 J/K 移动 · ←/→ 切换单位 · A 签收 · S 开始 · D 完成 · B 受阻 · M 进展 · Enter 详情 · N 新任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="470"/>
        <source>No joint command is running. Choose one in the operation header.</source>
        <translation>没有运行中的联动指挥。请在上方选择。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="472"/>
        <source>No tasks in these lanes yet.</source>
        <translation>这些单位暂无任务。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="485"/>
        <source>%1 open · %2 overdue · %3 blocked</source>
        <translation>未完成 %1 · 超时 %2 · 受阻 %3</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="602"/>
        <source>Not possible for a task that is %1</source>
        <translation>任务处于“%1”时不能这样做</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="640"/>
        <source>Why is the task blocked?</source>
        <translation>任务为何受阻？</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="640"/>
        <source>Why cancel the task?</source>
        <translation>为何取消任务？</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/board.py" line="641"/>
        <source>Progress of the task</source>
        <translation>任务进展</translation>
    </message>
</context>
<context>
    <name>TaskDetailsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="280"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="281"/>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="282"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="283"/>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="284"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="285"/>
        <source>Blocked because</source>
        <translation>受阻原因</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="286"/>
        <source>Last note</source>
        <translation>最新进展</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="287"/>
        <source>Linked incidents</source>
        <translation>关联事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="288"/>
        <source>Assigned by</source>
        <translation>下达人</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="289"/>
        <source>Assigned at</source>
        <translation>下达时间</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="290"/>
        <source>From the plan</source>
        <translation>来自预案</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="290"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="290"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="293"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>TaskDue</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="114"/>
        <source>no due time</source>
        <translation>不限时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/command/dialogs.py" line="115"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
</context>
</TS>
