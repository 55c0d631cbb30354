<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident/actionbar.py" line="+226"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select an incident first</source>
        <translation>请先选择一个事件</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message numerus="yes">
        <location filename="../../dispatch_desk/ui/common/dialogs.py" line="+86"/>
        <source>%1 — %n incidents</source>
        <translation>
            <numerusform>%1 — %n 件事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n selected incidents</source>
        <translation>
            <numerusform>已选 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Suggested by the category&apos;s routing</source>
        <translation>按事件类别的派遣规则推荐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead agency</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Co-agencies</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disposal deadline</source>
        <translation>处置时限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New deadline</source>
        <translation>新的截止时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suspend until</source>
        <translation>挂起至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed — dispatch again</source>
        <translation>不通过 — 重新派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Please write a %1.</source>
        <translation>请填写%1。</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <location filename="../../dispatch_desk/ui/common/commands.py" line="+223"/>
        <source>%1: %2 of %3 done</source>
        <translation>%1：已完成 %2/%3</translation>
    </message>
</context>
<context>
    <name>CommandWords</name>
    <message>
        <location filename="../../dispatch_desk/ui/common/labels.py" line="+148"/>
        <source>Planned</source>
        <translation>筹备中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>战时运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing down</source>
        <translation>收尾阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Major event</source>
        <translation>重大活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergency</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level I response</source>
        <translation>一级响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level II response</source>
        <translation>二级响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level III response</source>
        <translation>三级响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level IV response</source>
        <translation>四级响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No response level</source>
        <translation>未定响应等级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assigned</source>
        <translation>已下达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident/conflict.py" line="+46"/>
        <location line="+83"/>
        <source>Issue again</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+76"/>
        <source>Send the same action again against the server&apos;s current state</source>
        <translation>按服务器当前状态再次提交同一操作</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+82"/>
        <source>Discard my change</source>
        <translation>放弃我的操作</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+82"/>
        <source>Keep the server&apos;s state and drop the refused action</source>
        <translation>保留服务器状态，放弃被拒绝的操作</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The operations center did not accept: %1</source>
        <translation>指挥中心未接受：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The center has now:</source>
        <translation>中心现在：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can:</source>
        <translation>您可以：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The center said: %1</source>
        <translation>中心答复：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details: %1</source>
        <translation>详情：%1</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%n more refused action(s) on this incident</source>
        <translation>
            <numerusform>该事件另有 %n 个被拒绝的操作</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot issue it again: %1</source>
        <translation>无法重新提交：%1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../dispatch_desk/ui/queue/filters.py" line="+128"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any severity</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any area</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any agency</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last 24 hours</source>
        <translation>近24小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates…</source>
        <translation>指定日期…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid cell code</source>
        <translation>网格编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full text over title, description, address and case number; Chinese words of two characters work</source>
        <translation>全文检索标题、描述、地址和案件编号，支持两字中文词</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the filters</source>
        <translation>显示或隐藏筛选条件</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Filters (%1)</source>
        <translation>筛选（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter</source>
        <translation>清除全部筛选条件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the current queue and filters as your own queue tab</source>
        <translation>将当前队列和筛选条件保存为自己的队列标签</translation>
    </message>
</context>
<context>
    <name>IncidentDetailWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident/detail.py" line="+197"/>
        <source>Select an incident in the queue or on the map.</source>
        <translation>请在队列或地图上选择一个事件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fly the main map to this incident (G)</source>
        <translation>在主地图上定位该事件（G）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show on map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time apart</source>
        <translation>相隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge suggestions</source>
        <translation>知识推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>事件信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage time limits</source>
        <translation>各环节时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>流转记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates (same category, 300 m, 24 h)</source>
        <translation>疑似重复（同类别、300米内、24小时内）</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Supervised</source>
        <translation>督办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into %1</source>
        <translation>已合并至 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled at</source>
        <translation>处置层级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>District</source>
        <translation>区级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead agency</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-agencies</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposal deadline</source>
        <translation>处置时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended until</source>
        <translation>挂起至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return reason</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reported %1 earlier</source>
        <translation>早%1上报</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reported %1 later</source>
        <translation>晚%1上报</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot be merged: %1</source>
        <translation>不能合并：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Merge %n ticked into this incident</source>
        <translation>
            <numerusform>将勾选的 %n 件合并到本事件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the reports of the same problem to merge them</source>
        <translation>勾选同一问题的重复上报后合并</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the ticked duplicates and link them to this incident</source>
        <translation>作废勾选的重复件，并关联到本事件</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: done, syncing</source>
        <translation>%1：已完成，正在同步</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Merged %n duplicate report(s) of the same problem</source>
        <translation>
            <numerusform>合并同一问题的 %n 件重复上报</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分钟</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../dispatch_desk/ui/queue/model.py" line="+84"/>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead agency</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Your action is being saved</source>
        <translation>您的操作正在保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local change waiting to sync</source>
        <translation>本地修改，等待同步</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — due %2</source>
        <translation>%1 — 时限 %2</translation>
    </message>
</context>
<context>
    <name>Issuer</name>
    <message>
        <location filename="../../dispatch_desk/ui/common/commands.py" line="-156"/>
        <source>%1: saving…</source>
        <translation>%1：正在保存…</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident/new_incident.py" line="+48"/>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Short summary: what and where</source>
        <translation>简要说明：什么问题、在哪里</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>or a grid cell code</source>
        <translation>或输入网格编码</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lon</source>
        <translation>经度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lat</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No grid cell with code %1</source>
        <translation>没有编码为 %1 的网格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please pick the place on the map or type a grid cell code.</source>
        <translation>请在地图上选择位置，或输入网格编码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick the place on the map, or type a grid cell code.</source>
        <translation>请在地图上选择位置，或输入网格编码。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Outside every grid cell: the city handles it</source>
        <translation>不在任何网格内：由市级处置</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Please give the incident a title.</source>
        <translation>请填写事件标题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose a category.</source>
        <translation>请选择事件类别。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reported: %1</source>
        <translation>已上报：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was not saved: %1</source>
        <translation>上报未保存：%1</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../dispatch_desk/ui/common/photos.py" line="+98"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cache cannot keep photos</source>
        <translation>本地缓存无法保存照片</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The photos could not be kept: %1</source>
        <translation>照片未能保存：%1</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location line="-60"/>
        <source>Not downloaded yet: %1</source>
        <translation>尚未下载：%1</translation>
    </message>
</context>
<context>
    <name>QueueWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/queue/widget.py" line="+203"/>
        <source>Dispatch selected…</source>
        <translation>批量派遣…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept selected</source>
        <translation>批量签收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close selected</source>
        <translation>批量结案</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Dispatch every selected incident to one lead agency</source>
        <translation>将选中的事件派遣给同一主办单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept every selected incident for your agency</source>
        <translation>为本单位签收选中的事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close every selected verified incident</source>
        <translation>结案选中的已核查事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right-click to choose the columns</source>
        <translation>右键选择显示的列</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Your saved queue</source>
        <translation>我的队列</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Close the incidents of this figure and return to the queue</source>
        <translation>关闭此项数字的事件，回到队列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the incidents behind this figure</source>
        <translation>%1：此项数字背后的事件</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Save queue</source>
        <translation>保存队列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of your queue:</source>
        <translation>队列名称：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete this saved queue</source>
        <translation>删除此队列</translation>
    </message>
    <message numerus="yes">
        <location line="+160"/>
        <source>Saving %n action(s)…</source>
        <translation>
            <numerusform>正在保存 %n 项操作…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Filter queue</source>
        <translation>筛选队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑/↓ or J/K move · Enter opens · Ctrl+F filters · right-click header for columns</source>
        <translation>↑/↓ 或 J/K 移动 · Enter 打开 · Ctrl+F 筛选 · 右键表头设置列</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>Columns of my role</source>
        <translation>恢复本岗位默认列</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../../dispatch_desk/ui/queue/presets.py" line="+44"/>
        <source>All open</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To register</source>
        <translation>待立案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To dispatch</source>
        <translation>待派遣</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My agency to accept</source>
        <translation>我单位待签收</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In disposal</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To verify</source>
        <translation>待核查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Near due</source>
        <translation>临期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My area</source>
        <translation>本辖区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supervised</source>
        <translation>督办</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>My shift</source>
        <translation>我的班次</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../dispatch_desk/ui/common/commands.py" line="+7"/>
        <source>Cannot %1 an incident that is %2</source>
        <translation>“%2”状态的事件不能%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident is not in the cache</source>
        <translation>本地缓存中没有该事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some details are missing or invalid</source>
        <translation>信息不完整或有误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not possible in the incident&apos;s current status</source>
        <translation>事件当前状态下不能执行此操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A suspension request is waiting for approval, or none is waiting</source>
        <translation>已有挂起申请待审批，或没有待审批的申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident is handled at another level</source>
        <translation>该事件由其他层级处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role can only view incidents</source>
        <translation>您的角色只能查看事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account or temporary seat is not active</source>
        <translation>您的账号或临时席位未生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The incident is outside your area or agency</source>
        <translation>该事件不在您的辖区或单位范围内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role may not do this</source>
        <translation>您的角色无权执行此操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No engine to send actions to (read-only session)</source>
        <translation>当前为只读会话，无法提交操作</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/incident/verdicts.py" line="+44"/>
        <source>city</source>
        <translation>市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select an incident first</source>
        <translation>请先选择一个事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no running time limit to extend</source>
        <translation>当前没有正在计时的时限，无需延期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident is not suspended</source>
        <translation>事件未挂起</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A suspension request is already waiting for approval</source>
        <translation>已有挂起申请在等待审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No suspension request is waiting for approval</source>
        <translation>没有等待审批的挂起申请</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident is already handled at city level: there is no level above</source>
        <translation>事件已由市级处置，没有更高层级可上报</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an officer above the %1 level that handles the incident can do this</source>
        <translation>只有高于处置层级（%1级）的值班员可以办理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident is handled at %1 level; you work at %2 level</source>
        <translation>事件由%1级处置，您属于%2级</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the lead agency can do this, and the incident is not dispatched yet</source>
        <translation>只有主办单位可以办理，而事件尚未派遣</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the lead agency (%1) can do this</source>
        <translation>只有主办单位（%1）可以办理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A liaison acts only on the incidents of their joint command</source>
        <translation>派驻联络员只能办理本联动指挥中的事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident is outside your area</source>
        <translation>事件不在您的辖区内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You take no part in this incident</source>
        <translation>您不是此事件的参与方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role may not %1 incidents</source>
        <translation>您的角色不能对事件执行“%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not possible while the incident is %2</source>
        <translation>事件为“%2”状态，不能%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not possible while the incident is %2; it is possible when it is %3</source>
        <translation>事件为“%2”状态，不能%1；可%1的状态：%3</translation>
    </message>
</context>
<context>
    <name>StageTable</name>
    <message>
        <location filename="../../dispatch_desk/ui/incident/history.py" line="+52"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLA</source>
        <translation>时效</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In time</source>
        <translation>按时</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location line="+54"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (waiting to sync)</source>
        <translation>%1（待同步）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>lead: %1</source>
        <translation>主办：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with: %1</source>
        <translation>协办：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deadline %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>merged %n duplicate(s)</source>
        <translation>
            <numerusform>合并 %n 件重复事件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merged into %1</source>
        <translation>已合并至 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../dispatch_desk/ui/common/labels.py" line="-140"/>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>已立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposed</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>已核查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>已上报上级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>12345 hotline</source>
        <translation>12345热线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid patrol</source>
        <translation>网格巡查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IoT sensor</source>
        <translation>物联感知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video AI</source>
        <translation>视频智能识别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>110 linkage</source>
        <translation>110联动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen app</source>
        <translation>市民APP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency report</source>
        <translation>部门上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator alarm</source>
        <translation>体征告警</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious</source>
        <translation>较重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>特急</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No clock</source>
        <translation>不计时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near due</source>
        <translation>临期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Register</source>
        <translation>立案</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Accept</source>
        <translation>签收</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>Dispose</source>
        <translation>处置</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Verify</source>
        <translation>核查</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>重新立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalate</source>
        <translation>上报上级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend</source>
        <translation>申请挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve suspension</source>
        <translation>审批挂起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend deadline</source>
        <translation>延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>作废</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge duplicates</source>
        <translation>合并重复件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1%2d %3:%4</source>
        <translation>%1%2天 %3:%4</translation>
    </message>
</context>
</TS>
