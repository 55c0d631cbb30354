<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Exports</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/exports.py" line="+188"/>
        <source>Operation</source>
        <translation>联动指挥</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+302"/>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Seat</source>
        <translation>派驻席位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+318"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+287"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Event</source>
        <translation>事件代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Struck</source>
        <translation>已划除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant</source>
        <translation>重要事项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>No. %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>published by %1 at %2</source>
        <translation>%1 于 %2 发布</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>drafted by %1 at %2</source>
        <translation>%1 于 %2 起草</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Conditions</source>
        <translation>态势</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agencies</source>
        <translation>各单位情况</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Map of the area</source>
        <translation>区域地图</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>City vital signs</source>
        <translation>城市体征</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+22"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Response level</source>
        <translation>响应等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commander</source>
        <translation>总指挥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agencies</source>
        <translation>参与单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>启动时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports published</source>
        <translation>已发布报告</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Situation at the end</source>
        <translation>结束时态势</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks by agency</source>
        <translation>各单位任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+54"/>
        <source>After-action report: %1</source>
        <translation>总结评估报告：%1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Significant log entries</source>
        <translation>重要事项记录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None flagged.</source>
        <translation>未标记重要事项。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export report as PDF</source>
        <translation>导出报告为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report is not in the cache.</source>
        <translation>本地缓存中没有该报告。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report exported to %1</source>
        <translation>报告已导出到 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Folder for the after-action export</source>
        <translation>选择总结评估导出文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>After-action export written to %1</source>
        <translation>总结评估材料已导出到 %1</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/lifecycle.py" line="+81"/>
        <location line="+597"/>
        <source>The operation already has this response level.</source>
        <translation>当前已是该响应等级。</translation>
    </message>
    <message>
        <location line="-595"/>
        <location line="+633"/>
        <source>Choose another commander or deputy: this is the command already.</source>
        <translation>请选择其他总指挥或副总指挥：当前指挥关系未变。</translation>
    </message>
    <message>
        <location line="-631"/>
        <location line="+633"/>
        <source>The commander cannot be their own deputy.</source>
        <translation>总指挥不能兼任副总指挥。</translation>
    </message>
    <message>
        <location line="-632"/>
        <location line="+464"/>
        <source>Please give the operation a name.</source>
        <translation>请填写联动指挥名称。</translation>
    </message>
    <message>
        <location line="-462"/>
        <location line="+773"/>
        <source>The seat must end after it starts, and in the future.</source>
        <translation>席位结束时间须晚于开始时间，且晚于当前时间。</translation>
    </message>
    <message>
        <location line="-771"/>
        <source>A seat lasts at most 30 days; extend it later if needed.</source>
        <translation>席位最长 30 天，如需可稍后延长。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This officer already holds a seat in the operation.</source>
        <translation>该人员在本次联动指挥中已有席位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator needs no seat.</source>
        <translation>管理员无需开设席位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The final report must be published first.</source>
        <translation>终期报告须先发布。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a city ops officer opens a joint command.</source>
        <translation>只有市级城运值班员可以启动联动指挥。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an active officer who may act (not a leader).</source>
        <translation>请选择在岗且可操作的人员（领导账号为只读）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The area is not a valid polygon: draw it again or choose regions.</source>
        <translation>区域不是有效的多边形：请重新绘制或改选行政区域。</translation>
    </message>
    <message>
        <location line="+243"/>
        <location line="+156"/>
        <location line="+234"/>
        <source>Start now</source>
        <translation>立即启动</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>New joint command</source>
        <translation>新建联动指挥</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blank — no plan</source>
        <translation>空白（不使用预案）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 台风“海鸥”防御联动指挥</source>
        <translation>例如：台风“海鸥”防御联动指挥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 防台防汛Ⅱ级响应</source>
        <translation>例如：防台防汛Ⅱ级响应</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From regions</source>
        <translation>按行政区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn on the map</source>
        <translation>地图绘制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No area yet</source>
        <translation>暂不设区域</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draw on the map…</source>
        <translation>在地图上绘制…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+291"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Start now (战时)</source>
        <translation>立即启动（战时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create as planned</source>
        <translation>仅创建（平时待命）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan tasks</source>
        <translation>预案任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <source>Response level</source>
        <translation>响应等级</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Mode</source>
        <translation>响应方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commander</source>
        <translation>总指挥</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+258"/>
        <source>Deputy</source>
        <translation>副总指挥</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Agencies</source>
        <translation>参与单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>启动方式</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Draw the area on the map; double-click to end.</source>
        <translation>请在地图上绘制区域，双击结束。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No plan: tasks are assigned by hand.</source>
        <translation>不使用预案：任务由指挥人员逐项下达。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due +%1</source>
        <translation>时限 +%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Instantiated as tasks when the operation starts.</source>
        <translation>启动时按预案生成任务。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the regions of the area, draw it on the map, or choose no area.</source>
        <translation>请勾选区域所含的区、街道，或在地图上绘制，或选择暂不设区域。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Area of about %1 km²</source>
        <translation>面积约 %1 平方公里</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the regions do not adjoin: their enclosing outline</source>
        <translation>所选区域不相邻：取其外包轮廓</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Set level</source>
        <translation>调整等级</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why the level changes (recorded in the log)</source>
        <translation>调整原因（记入指挥日志）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New level</source>
        <translation>新等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <location line="+69"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Raise: %1 → %2</source>
        <translation>提升：%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower: %1 → %2</source>
        <translation>降低：%1 → %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer command</source>
        <translation>指挥权移交</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Now: %1</source>
        <translation>现任：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deputy %1</source>
        <translation>副总指挥 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why command changes hands (recorded in the log)</source>
        <translation>移交原因（记入指挥日志）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New commander</source>
        <translation>新任总指挥</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start the planned operation</source>
        <translation>启动待命的联动指挥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The operation goes active now.</source>
        <translation>联动指挥即刻转入战时运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 task(s) of the plan are assigned: %2</source>
        <translation>按预案下达任务 %1 项：%2。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>Stand down</source>
        <translation>转入收尾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing down ends the active phase: no new tasks or seats; open tasks can still be finished and the final report written. Close the operation afterwards.</source>
        <translation>转入收尾后不再下达新任务、开设新席位；未完成任务仍可继续办理，并撰写终期报告。之后再结束联动指挥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 台风已移出本市，转入灾后恢复</source>
        <translation>例如：台风已移出本市，转入灾后恢复</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open seat</source>
        <translation>开设席位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a liaison seat</source>
        <translation>开设派驻席位</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>+%1 h</source>
        <translation>+%1 小时</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End of day</source>
        <translation>至当日结束</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Officer</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For agency</source>
        <translation>代表单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose the officer to seat.</source>
        <translation>请选择派驻人员。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Close operation</source>
        <translation>结束联动指挥</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Close the joint command</source>
        <translation>结束联动指挥</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Closing ends every seat and makes the operation read-only.</source>
        <translation>结束后所有席位随之关闭，联动指挥转为只读。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final report: no. %1 %2</source>
        <translation>终期报告：第%1期 %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>After-action export</source>
        <translation>总结评估导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The joint command is closed. Export the after-action report (PDF) and the timeline (CSV) now?</source>
        <translation>联动指挥已结束。现在导出总结评估报告（PDF）和时间线（CSV）吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/reports.py" line="+59"/>
        <source>Conditions</source>
        <translation>态势</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>行动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No. %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Final report (closes the operation)</source>
        <translation>终期报告（用于结束联动指挥）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command (conditions, actions, needs)</source>
        <translation>指挥部（态势、行动、需求）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in from live data</source>
        <translation>用实时数据填写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the command part with the current figures: incidents in the area, indicators against thresholds, task progress</source>
        <translation>用当前数据替换指挥部部分：区域内事件、指标与阈值对比、任务进展</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my section</source>
        <translation>保存本单位部分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve and publish…</source>
        <translation>审定并发布…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+342"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="-341"/>
        <location line="+128"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>by %1 at %2</source>
        <translation>%1 于 %2 填报</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No agency sections: the operation has no agencies yet.</source>
        <translation>暂无单位部分：本次联动指挥尚无参与单位。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>final report</source>
        <translation>终期报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>situation report</source>
        <translation>态势报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. %1 %2, published by %3 at %4 — read-only</source>
        <translation>第%1期%2，%3 于 %4 发布 — 只读</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situation report no. %1</source>
        <translation>第%1期态势报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft by %1, %2</source>
        <translation>草稿，%1，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Situation report draft</source>
        <translation>态势报告草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New draft, prefilled from the live data — edit before saving</source>
        <translation>新草稿，已按实时数据预填 — 请修改后保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New situation report</source>
        <translation>新建态势报告</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The final report: once it is published the operation can be closed with it.</source>
        <translation>终期报告：发布后即可据此结束联动指挥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agencies write their own sections; publishing numbers the report and notifies every seat.</source>
        <translation>各单位填写本单位部分；发布后报告编号生效并通知所有席位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You write the section of %1; the commander publishes.</source>
        <translation>您负责填写%1部分，由总指挥发布。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Please give the report a title.</source>
        <translation>请填写报告标题。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publish the report</source>
        <translation>发布报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish this report as no. %1? It becomes numbered and can no longer be changed; every seat is notified.</source>
        <translation>将本报告作为第%1期发布吗？发布后编号生效、不可再修改，并通知所有席位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing changed.</source>
        <translation>没有修改。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>New report…</source>
        <translation>新建报告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Draft · %1</source>
        <translation>草稿 · %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Situation reports</source>
        <translation>态势报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 published, %3 draft(s)</source>
        <translation>%1 — 已发布 %2 期，草稿 %3 份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reports yet. A new report is prefilled from the live data.</source>
        <translation>暂无报告。新建报告将按实时数据预填。</translation>
    </message>
</context>
<context>
    <name>SituationText</name>
    <message>
        <location filename="../../dispatch_desk/ui/command/situation_text.py" line="+39"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <comment>between names</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2): no reading yet</source>
        <translation>%1（%2）：暂无数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2): %3, normal</source>
        <translation>%1（%2）：%3，正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2): %3, beyond the %4 line of %5</source>
        <translation>%1（%2）：%3，超过%4线 %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incidents in the area: %1 in all, %2 open, %3 overdue (%4).</source>
        <translation>区域内事件共 %1 件，未办结 %2 件，超时 %3 件（%4）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No incidents reported in the area.</source>
        <translation>区域内暂无事件上报。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indicators beyond their thresholds:</source>
        <translation>超过阈值的指标：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All %1 indicators of the area are within their thresholds.</source>
        <translation>区域内 %1 项指标均在阈值以内。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tasks assigned yet.</source>
        <translation>尚未下达任务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks: %1 in all, %2 done, %3 open, %4 overdue.</source>
        <translation>任务共 %1 项，已完成 %2 项，进行中 %3 项，超时 %4 项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>· %1: %2 of %3 done, %4 in progress, %5 waiting</source>
        <translation>· %1：完成 %2/%3 项，执行中 %4 项，待办 %5 项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 blocked</source>
        <translation>受阻 %1 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overdue</source>
        <translation>超时 %1 项</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>· %1 is blocked: %2</source>
        <translation>· %1 受阻：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>· %1 has %2 overdue task(s) to catch up on</source>
        <translation>· %1 有 %2 项任务超时，需加快推进</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>· %1 incident(s) in the area are overdue</source>
        <translation>· 区域内 %1 件事件超时</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As of %1:</source>
        <translation>截至 %1：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — final report</source>
        <translation>%1 — 终期报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — situation report no. %2</source>
        <translation>%1 — 第%2期态势报告</translation>
    </message>
</context>
</TS>
