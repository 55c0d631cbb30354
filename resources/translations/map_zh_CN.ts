<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="10"/>
        <source>Grid load</source>
        <translation>网格负荷</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="11"/>
        <source>Open incidents</source>
        <translation>在办事件数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="12"/>
        <source>Overdue incidents</source>
        <translation>超期事件数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="13"/>
        <source>Overdue ≥ 2</source>
        <translation>超期 ≥ 2 件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="14"/>
        <source>Overdue 1</source>
        <translation>超期 1 件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="15"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="16"/>
        <source>Near overdue</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="17"/>
        <source>Open ≥ 6</source>
        <translation>在办 ≥ 6</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="18"/>
        <source>Open 3–5</source>
        <translation>在办 3–5</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="19"/>
        <source>Open 1–2</source>
        <translation>在办 1–2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="20"/>
        <source>No open incidents</source>
        <translation>无在办事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="21"/>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="22"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="23"/>
        <source>Warning ≥</source>
        <translation>预警 ≥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="24"/>
        <source>Alarm ≥</source>
        <translation>告警 ≥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="25"/>
        <source>No reading</source>
        <translation>无读数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="26"/>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="27"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="28"/>
        <source>Click to show or hide the legend</source>
        <translation>点击显示或隐藏图例</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="29"/>
        <source>New / registered</source>
        <translation>新上报 / 已立案</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="30"/>
        <source>Dispatched / in hand</source>
        <translation>已派遣 / 处置中</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="31"/>
        <source>Returned / escalated</source>
        <translation>退回 / 上报上级</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="32"/>
        <source>Disposed / verified</source>
        <translation>处置完成 / 已核查</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="33"/>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="75"/>
        <source>Suspended</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="34"/>
        <source>Red ring: overdue</source>
        <translation>红色外圈：超期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="35"/>
        <source>Orange ring: near overdue</source>
        <translation>橙色外圈：临期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="36"/>
        <source>Size: severity</source>
        <translation>大小：紧急程度</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="37"/>
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="38"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="39"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="40"/>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="41"/>
        <source>No running clock</source>
        <translation>未计时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="42"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="43"/>
        <source>Overdue by %1</source>
        <translation>已超期 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="44"/>
        <source>h </source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="45"/>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="46"/>
        <source>Open</source>
        <comment>popup button that selects the incident</comment>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="47"/>
        <source>Operation tasks</source>
        <translation>行动任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="48"/>
        <source>Overdue</source>
        <comment>a task past its due time</comment>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="49"/>
        <source>No base map here offline</source>
        <translation>此处暂无离线底图</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="50"/>
        <source>This area was never shown while online, so only the grid is drawn. You will be offered to keep it for offline use when the network is back.</source>
        <translation>此区域从未在联网时显示过，因此只绘制了网格。网络恢复后，将提示您把该区域底图保存以便离线使用。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="53"/>
        <source>Click to show or hide the explanation</source>
        <translation>点击显示或隐藏说明</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="54"/>
        <source>No base map offline</source>
        <comment>on a missing map tile</comment>
        <translation>无离线底图</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="55"/>
        <source>The network is back: the base map is loading</source>
        <translation>网络已恢复，正在加载底图</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="56"/>
        <source>Keep this area&apos;s base map for offline use?</source>
        <translation>是否保存该区域的底图以便离线使用？</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="57"/>
        <source>Prefetch this area…</source>
        <translation>预下载此区域…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="58"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="59"/>
        <source>km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="60"/>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="66"/>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="67"/>
        <source>Registered</source>
        <translation>已立案</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="68"/>
        <source>Dispatched</source>
        <translation>已派遣</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="69"/>
        <source>Accepted</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="70"/>
        <source>Disposed</source>
        <translation>处置完成</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="71"/>
        <source>Verified</source>
        <translation>核查通过</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="72"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="73"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="74"/>
        <source>Escalated</source>
        <translation>已上报上级</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="76"/>
        <source>Cancelled</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="82"/>
        <source>Low</source>
        <comment>severity</comment>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="83"/>
        <source>Normal</source>
        <comment>severity</comment>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="84"/>
        <source>High</source>
        <comment>severity</comment>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="85"/>
        <source>Critical</source>
        <comment>severity</comment>
        <translation>特急</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="91"/>
        <source>Assigned</source>
        <comment>task status</comment>
        <translation>已下达</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="92"/>
        <source>Accepted</source>
        <comment>task status</comment>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="93"/>
        <source>In progress</source>
        <comment>task status</comment>
        <translation>执行中</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="94"/>
        <source>Blocked</source>
        <comment>task status</comment>
        <translation>受阻</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="95"/>
        <source>Done</source>
        <comment>task status</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/texts.py" line="96"/>
        <source>Cancelled</source>
        <comment>task status</comment>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>MapPrefetch</name>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="336"/>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="373"/>
        <source>Offline map</source>
        <translation>离线地图</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="340"/>
        <source>This area is too large to prefetch; zoom in first.</source>
        <translation>区域过大，无法预先下载；请先放大地图。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="345"/>
        <source>This area is already available offline.</source>
        <translation>该区域已可离线使用。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="348"/>
        <source>Fetch %1 map tiles (zoom %2–%3, about %4 MB) for offline use?</source>
        <translation>下载 %1 个地图瓦片（缩放级别 %2–%3，约 %4 MB）供离线使用？</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="369"/>
        <source>Fetching map tiles…</source>
        <translation>正在下载地图瓦片…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="369"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="402"/>
        <source>Fetched %1 of %2 tiles (%3 MB)</source>
        <translation>已下载 %1 / %2 个瓦片（%3 MB）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="410"/>
        <source>Offline map: %1 tiles fetched, %2 failed</source>
        <translation>离线地图：已下载 %1 个瓦片，%2 个失败</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="412"/>
        <source>Offline map: %1 tiles fetched, %2 failed (cancelled)</source>
        <translation>离线地图：已下载 %1 个瓦片，%2 个失败（已取消）</translation>
    </message>
</context>
<context>
    <name>MapToolbar</name>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="188"/>
        <source>Color the grid cells by</source>
        <translation>网格着色依据</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="190"/>
        <source>Grid load</source>
        <translation>网格负荷</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="191"/>
        <source>Open incidents</source>
        <translation>在办事件数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="192"/>
        <source>Overdue incidents</source>
        <translation>超期事件数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="200"/>
        <source>Indicator: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="202"/>
        <source>%1 (%2)</source>
        <comment>indicator and its unit</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="222"/>
        <source>Heat</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="222"/>
        <source>Show incident density instead of markers</source>
        <translation>以热力图显示事件密度，代替事件点</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="224"/>
        <source>Measure</source>
        <translation>测距</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="224"/>
        <source>Click points on the map; double-click to finish</source>
        <translation>在地图上依次点击；双击结束</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="226"/>
        <source>Draw area</source>
        <translation>绘制区域</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="226"/>
        <source>Draw an operation area; double-click to finish</source>
        <translation>绘制联动指挥区域；双击结束</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="228"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="228"/>
        <source>Remove measurements and drawn areas</source>
        <translation>清除测距线和绘制的区域</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="231"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="231"/>
        <source>Save the current view as a standalone HTML map</source>
        <translation>将当前视图保存为独立的 HTML 地图</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="233"/>
        <source>Offline…</source>
        <translation>离线…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="233"/>
        <source>Prefetch the base map of this area for offline use</source>
        <translation>预先下载本区域底图，供离线使用</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="240"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="241"/>
        <source>The map tools that do not fit in this width</source>
        <translation>此宽度下放不下的地图工具</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="302"/>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/controls.py" line="325"/>
        <source>Distance: %1</source>
        <translation>距离：%1</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/map/widget.py" line="296"/>
        <source>The map could not read its data: %1</source>
        <translation>地图无法读取数据：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/widget.py" line="547"/>
        <source>New incident here</source>
        <translation>在此新建事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/widget.py" line="549"/>
        <source>Measure distance</source>
        <translation>测量距离</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/widget.py" line="567"/>
        <source>Export map</source>
        <translation>导出地图</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/widget.py" line="567"/>
        <source>HTML map (*.html)</source>
        <translation>HTML 地图 (*.html)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/map/widget.py" line="570"/>
        <source>Map exported to %1</source>
        <translation>地图已导出到 %1</translation>
    </message>
</context>
</TS>
