<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="132"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="132"/>
        <source>Change the account</source>
        <translation>修改账号</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="133"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="133"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="133"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="133"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="134"/>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="134"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="134"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="158"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="22"/>
        <source>The central service cannot be reached: this is changed there. Nothing was changed.</source>
        <translation>无法连接中心服务：此项须在中心服务修改。本次未作任何修改。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="25"/>
        <source>Your session has ended: sign in again.</source>
        <translation>登录已失效：请重新登录。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="28"/>
        <source>This username is taken.</source>
        <translation>该用户名已被占用。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="30"/>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="31"/>
        <source>The central service refused it: %1</source>
        <translation>中心服务拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="32"/>
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/common.py" line="74"/>
        <source>Asking the central service…</source>
        <translation>正在请求中心服务…</translation>
    </message>
</context>
<context>
    <name>AgenciesDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="97"/>
        <source>Stationed as a whole</source>
        <translation>整体进驻</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="98"/>
        <source>Regularly stationed</source>
        <translation>常态派驻</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="99"/>
        <source>Temporarily stationed</source>
        <translation>临时派驻</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="157"/>
        <source>Nothing to save: the form is as the agency is.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="162"/>
        <source>Saved %1.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="166"/>
        <source>An agency&apos;s code has 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>单位编码为 1 至 32 个字母、数字或“.”“_”“-”。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="167"/>
        <source>An agency&apos;s names have 1 to 40 characters (the short ones 12).</source>
        <translation>单位名称为 1 至 40 个字符（简称不超过 12 个）。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="168"/>
        <source>A telephone number has digits, spaces, &apos;+&apos;, &apos;-&apos; and brackets only.</source>
        <translation>电话号码只能包含数字、空格、“+”“-”和括号。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="172"/>
        <source>Agencies</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="173"/>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="176"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="173"/>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="176"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="173"/>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="176"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="174"/>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="178"/>
        <source>Stationing</source>
        <translation>进驻方式</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="175"/>
        <source>The chosen agency</source>
        <translation>所选单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="177"/>
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="177"/>
        <source>Short name in English</source>
        <translation>英文简称</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="178"/>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="182"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="183"/>
        <source>New agency</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/agencies.py" line="184"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="50"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="51"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="139"/>
        <source>Point</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="139"/>
        <source>Grid cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="201"/>
        <source>Nothing to save: the form is as the category is.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="213"/>
        <source>Saved %1; new limits count for stages entered from now on.</source>
        <translation>已保存“%1”；新时限自此后进入的环节起计。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="218"/>
        <source>A category&apos;s name has 1 to 40 characters.</source>
        <translation>类别名称为 1 至 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="219"/>
        <source>There is no such agency.</source>
        <translation>没有这个单位。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="220"/>
        <source>A time limit is 1 to 43,200 minutes (30 days).</source>
        <translation>时限为 1 至 43,200 分钟（30 天）。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="221"/>
        <source>The near-deadline margin is at least 0 and less than the limit.</source>
        <translation>临期提醒须不小于 0 且小于时限。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="226"/>
        <source>Categories and time limits</source>
        <translation>类别与时限</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="227"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="227"/>
        <source>Group</source>
        <translation>大类</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="227"/>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="231"/>
        <source>Dispatched to</source>
        <translation>默认派遣单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="228"/>
        <source>Open data location</source>
        <translation>开放数据位置</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="229"/>
        <source>The chosen category</source>
        <translation>所选类别</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="230"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="230"/>
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="233"/>
        <source>Open data may show the exact point</source>
        <translation>开放数据可公开精确点位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="234"/>
        <source>For problems of public space (a pothole, a fallen tree). Without it, open data shows the grid cell, for problems that may point at a household.</source>
        <translation>用于公共空间问题（如路面坑洞、树木倒伏）。不勾选时，开放数据只公开所在网格，适用于可能指向具体住户的问题。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="236"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="236"/>
        <source>Limit (minutes)</source>
        <translation>时限（分钟）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="237"/>
        <source>Near the deadline from (minutes before)</source>
        <translation>临期提醒（提前分钟）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="241"/>
        <source>A new limit counts for stages entered from then on: an incident already in a stage keeps its deadline.</source>
        <translation>新时限自此后进入的环节起计：已在该环节中的事件保持原有期限。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="243"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/categories.py" line="244"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>GridImportDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="67"/>
        <source>A grid file</source>
        <translation>网格文件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="68"/>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="79"/>
        <source>The file is larger than 32 MB: import it in parts.</source>
        <translation>文件超过 32 MB：请分批导入。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="84"/>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="96"/>
        <source>Checking the file on the central service…</source>
        <translation>正在由中心服务校验文件…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="96"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="102"/>
        <source>%1 cells: %2 new, %3 replacing a known one, %4 as they are.</source>
        <translation>共 %1 个网格：新增 %2 个，替换 %3 个，%4 个不变。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="110"/>
        <source>The file is refused; nothing would be written. Mend these and try again:</source>
        <translation>文件未通过校验，不会写入任何内容。请修正以下问题后重试：</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="108"/>
        <source>… and %1 more.</source>
        <translation>……另有 %1 处。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="113"/>
        <source>Imported. %1 Every desk gets them with its next sync.</source>
        <translation>已导入。%1各终端将在下次同步时收到。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="114"/>
        <source>Nothing to import.</source>
        <translation>没有需要导入的内容。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="119"/>
        <source>The file is not a GeoJSON FeatureCollection.</source>
        <translation>文件不是 GeoJSON FeatureCollection。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="120"/>
        <source>The file has no cells.</source>
        <translation>文件中没有网格。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="121"/>
        <source>One import takes 20,000 cells at most.</source>
        <translation>一次最多导入 20,000 个网格。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="122"/>
        <source>Not a GeoJSON Feature.</source>
        <translation>不是 GeoJSON Feature。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="123"/>
        <source>No properties.</source>
        <translation>缺少 properties。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="124"/>
        <source>No code of 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>缺少由 1 至 64 个字母、数字或“.”“_”“-”组成的编码。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="125"/>
        <source>%1: no name of 1 to 60 characters.</source>
        <translation>%1：缺少 1 至 60 个字符的名称。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="126"/>
        <source>%1: no street.</source>
        <translation>%1：缺少所属街道。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="127"/>
        <source>%1: the geometry is not a Polygon.</source>
        <translation>%1：几何类型不是 Polygon。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="128"/>
        <source>%1: a ring needs at least four positions.</source>
        <translation>%1：环至少需要四个坐标点。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="129"/>
        <source>%1: a position is not [lon, lat] in numbers.</source>
        <translation>%1：坐标点不是数字形式的 [经度, 纬度]。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="130"/>
        <source>%1: a position lies outside longitude −180…180 or latitude −90…90.</source>
        <translation>%1：坐标超出经度 −180…180 或纬度 −90…90。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="131"/>
        <source>%1: a ring is not closed (its first and last positions differ).</source>
        <translation>%1：环未闭合（首尾坐标不同）。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="132"/>
        <source>%1: the outline crosses itself or has no area.</source>
        <translation>%1：边界自相交或面积为零。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="133"/>
        <source>%1: the code is already used by another cell of the file.</source>
        <translation>%1：编码与文件中另一个网格重复。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="134"/>
        <source>%1: there is no street %2.</source>
        <translation>%1：没有街道 %2。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="135"/>
        <source>%1: the cell lies outside its street %2.</source>
        <translation>%1：网格超出所属街道 %2 的范围。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="136"/>
        <source>%1 and %2 overlap: the same ground cannot be two cells of one street.</source>
        <translation>%1 与 %2 重叠：同一街道内的同一片区域不能分属两个网格。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="141"/>
        <source>Feature %1: %2</source>
        <translation>第 %1 个要素：%2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="151"/>
        <source>Import grid cells</source>
        <translation>导入网格</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="152"/>
        <source>A GeoJSON FeatureCollection: one Polygon per cell, with the properties code, name and street (a street&apos;s code), and name_en and team if you have them. A cell of a known code is replaced. The whole file is checked first: closed rings, every cell inside its street, no two cells of one street overlapping.</source>
        <translation>GeoJSON FeatureCollection：每个网格一个 Polygon，properties 含 code、name 和 street（街道编码），可选 name_en 和 team。编码已存在的网格将被替换。导入前整体校验：环须闭合、网格须在所属街道范围内、同一街道的网格不得重叠。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="156"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="157"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/grid.py" line="158"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="82"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="84"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="87"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="88"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="237"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="240"/>
        <source>Asking the central service…</source>
        <translation>正在查询中心服务…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="238"/>
        <source>As of %1 (city time)</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="244"/>
        <source>The central service cannot be reached: what is shown is as it was last read.</source>
        <translation>无法连接中心服务：所示内容为上次读取时的情况。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="246"/>
        <source>Your session has ended: sign in again.</source>
        <translation>登录已失效：请重新登录。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="248"/>
        <source>Only an administrator sees operations and maintenance.</source>
        <translation>仅系统管理员可查看运维信息。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="250"/>
        <source>The central service refused the filter: %1</source>
        <translation>中心服务拒绝了该筛选条件：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="252"/>
        <source>Not read: %1</source>
        <translation>未能读取：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="272"/>
        <source>%1, since %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="294"/>
        <source>%1 desks; %2 not heard of for ten minutes; %3 with unsent changes or conflicts</source>
        <translation>终端 %1 台；%2 台超过十分钟未上报；%3 台有未发送的变更或冲突</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="302"/>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="316"/>
        <source>%1 sensors, %2 silent</source>
        <translation>传感器 %1 个，离线 %2 个</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="318"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="318"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="318"/>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="321"/>
        <source>Silent for %1</source>
        <translation>已离线 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="322"/>
        <source>Never sent</source>
        <translation>从未上报</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="322"/>
        <source>Sending</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="325"/>
        <source>Not monitored</source>
        <translation>未设阈值</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="350"/>
        <source>%1 entries listed</source>
        <translation>已列出 %1 条</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="351"/>
        <source>, more below</source>
        <translation>，还有更多</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="375"/>
        <source>Export the audit</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="376"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="384"/>
        <source>The file was not written: %1</source>
        <translation>文件未写入：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="386"/>
        <source>Saved %1 entries to %2</source>
        <translation>已将 %1 条保存到 %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="391"/>
        <source>Operations and maintenance</source>
        <translation>运维</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="392"/>
        <source>Central service</source>
        <translation>中心服务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="392"/>
        <source>Sensors</source>
        <translation>传感器</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="392"/>
        <source>Desks</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="393"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="395"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="403"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="395"/>
        <source>Running for</source>
        <translation>已运行</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="395"/>
        <source>Live streams</source>
        <translation>实时连接</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="396"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="396"/>
        <source>Database round trip</source>
        <translation>数据库往返时延</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="397"/>
        <source>Database size</source>
        <translation>数据库大小</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="397"/>
        <source>Feed position</source>
        <translation>变更序号</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="397"/>
        <source>Audit entries</source>
        <translation>审计条数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="398"/>
        <source>Background jobs</source>
        <translation>后台任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="401"/>
        <source>Migration</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="401"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="401"/>
        <source>Applied</source>
        <translation>执行时间</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="402"/>
        <source>Kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="402"/>
        <source>Records</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="404"/>
        <source>Last heard of</source>
        <translation>最近上报</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="404"/>
        <source>Behind the feed</source>
        <translation>落后变更数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="405"/>
        <source>Unsent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="405"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="405"/>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="406"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="406"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="406"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="407"/>
        <source>Last reading</source>
        <translation>最后读数时间</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="407"/>
        <source>Value</source>
        <translation>读数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="407"/>
        <source>Interval</source>
        <translation>上报间隔</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="408"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="403"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="409"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="420"/>
        <source>Officer</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="403"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="409"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="421"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="409"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="421"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="410"/>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="420"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="410"/>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="410"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="413"/>
        <source>officer id, e.g. o-ops</source>
        <translation>人员编号，例如 o-ops</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="414"/>
        <source>e.g. incident. or open_data.export</source>
        <translation>例如 incident. 或 open_data.export</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="415"/>
        <source>Every kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="416"/>
        <source>Refused only</source>
        <translation>只看被拒绝的</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="417"/>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="418"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="419"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="420"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="420"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="421"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="422"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="422"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="422"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="423"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/maintenance.py" line="424"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="49"/>
        <source>Ops officer</source>
        <translation>城运值班员</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="50"/>
        <source>Agency officer</source>
        <translation>进驻单位人员</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="51"/>
        <source>Liaison</source>
        <translation>临时联络员</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="52"/>
        <source>Street supervisor</source>
        <translation>街道/乡镇</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="53"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="54"/>
        <source>Analyst</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="55"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="62"/>
        <source>A username has 2 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名为 2 至 64 个小写字母、数字或“.”“_”“-”。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="64"/>
        <source>A name has 1 to 40 printable characters.</source>
        <translation>姓名为 1 至 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="65"/>
        <source>This role needs the region of its area.</source>
        <translation>该角色须指定其负责的区域。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="66"/>
        <source>A street supervisor&apos;s region is a street.</source>
        <translation>街道/乡镇人员的区域须为街道。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="67"/>
        <source>This role needs its agency.</source>
        <translation>该角色须指定所属单位。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="68"/>
        <source>There is no such agency.</source>
        <translation>没有这个单位。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="69"/>
        <source>A password has 8 to 256 characters.</source>
        <translation>密码为 8 至 256 个字符。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="70"/>
        <source>A password is not the username.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="277"/>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="277"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="309"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="309"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="327"/>
        <source>The account %1 can sign in now.</source>
        <translation>账号 %1 现在可以登录。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="340"/>
        <source>The account %1 is changed.</source>
        <translation>账号 %1 已修改。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="349"/>
        <source>The account %1 is enabled.</source>
        <translation>账号 %1 已启用。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="350"/>
        <source>The account %1 is disabled: its sessions have ended.</source>
        <translation>账号 %1 已停用，其登录已失效。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="364"/>
        <source>The password of %1 is set; they sign in again with it.</source>
        <translation>已为 %1 设置密码，须用新密码重新登录。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="368"/>
        <source>Officers&apos; accounts</source>
        <translation>人员管理</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="369"/>
        <source>Name or username</source>
        <translation>姓名或用户名</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="370"/>
        <source>Every role</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="371"/>
        <source>Show disabled accounts</source>
        <translation>显示已停用账号</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="372"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="372"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="372"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="372"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="373"/>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="373"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="374"/>
        <source>New account…</source>
        <translation>新建账号…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="375"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="376"/>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="377"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OpenDataDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="279"/>
        <source>The selection changed: review it again before exporting.</source>
        <translation>选择已变更：请重新审核后再导出。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="303"/>
        <source>Asking the central service what this selection publishes…</source>
        <translation>正在向中心服务查询本次选择将公开的内容…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="316"/>
        <source>Check the rows and the figures, then approve to export.</source>
        <translation>请核对以下数据和统计，确认同意后方可导出。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="333"/>
        <source>names</source>
        <translation>人名</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="333"/>
        <source>telephone or ID numbers</source>
        <translation>电话或证件号码</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="334"/>
        <source>e-mail addresses</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="334"/>
        <source>vehicle plates</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="337"/>
        <source>%1 incidents will be published; %2 of them at their grid cell instead of their point.</source>
        <translation>将公开 %1 件事件，其中 %2 件的位置归并到所在网格。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="339"/>
        <source>Masked in the texts: %1.</source>
        <translation>文本中已隐去：%1。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="340"/>
        <source>No personal data was found in the texts.</source>
        <translation>文本中未发现个人信息。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="342"/>
        <source>Nothing to publish: no incident of this selection was reported in the period.</source>
        <translation>无可公开内容：该期间内没有符合选择的事件。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="344"/>
        <source>The first %1 rows as they will be published:</source>
        <translation>前 %1 行（公开后的样子）：</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="346"/>
        <source>Point (about 10 m)</source>
        <translation>点位（约10米）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="346"/>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="456"/>
        <source>Grid cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="361"/>
        <source>Export open data into</source>
        <translation>将开放数据导出到</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="391"/>
        <source>Open data exported into %1</source>
        <translation>开放数据已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="397"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="405"/>
        <source>City</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="406"/>
        <source>OpenData</source>
        <translation>开放数据</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="417"/>
        <source>The central service cannot be reached. Open data is reviewed and exported there, where each export is recorded: nothing was exported.</source>
        <translation>无法连接中心服务。开放数据须经中心服务审核和导出，并由其记录每次导出：本次未导出任何数据。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="420"/>
        <source>Your session has ended: sign in again to export open data.</source>
        <translation>登录已失效：请重新登录后再导出开放数据。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="423"/>
        <source>Only an administrator exports open data.</source>
        <translation>仅系统管理员可导出开放数据。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="426"/>
        <source>The review no longer covers this selection (it changed, or is more than an hour old): review it again.</source>
        <translation>审核已不适用于当前选择（选择已变更或审核已超过一小时）：请重新审核。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="429"/>
        <source>The central service refused the selection: %1</source>
        <translation>中心服务拒绝了该选择：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="431"/>
        <source>The files were not written: %1</source>
        <translation>文件未写入：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="432"/>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="436"/>
        <source>Open data export</source>
        <translation>数据开放导出</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="437"/>
        <source>What to publish</source>
        <translation>公开范围</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="438"/>
        <source>Reported from</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="439"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="440"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="441"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="442"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="443"/>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="444"/>
        <source>Desensitisation rules</source>
        <translation>脱敏规则</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="446"/>
        <source>Never published: the reporter, officers, internal notes and return reasons, the joint command. In titles, descriptions, addresses and results, names, telephone and ID numbers, e-mail addresses and vehicle plates are masked. A category at home is published at its grid cell, with its street for an address and its times to the hour; a category of public space keeps its point to about 10 m, without room or unit numbers, unless you coarsen it here.</source>
        <translation>一律不公开：上报人、处置人员、内部意见和退回原因、联合指挥信息。标题、描述、地址和处置结果中的人名、电话和证件号码、邮箱、车牌号以＊隐去。涉及住户的类别只公开所在网格，地址为所在街道，时间精确到小时；公共空间类别公开点位（约10米），去掉室号和单元号，也可在此改为只公开网格。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="451"/>
        <source>Publish category</source>
        <translation>公开类别</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="451"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="456"/>
        <source>Point</source>
        <translation>点位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="452"/>
        <source>Grid cell only</source>
        <translation>只公开网格</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="387"/>
        <source>Exported %1 incidents into %2 (%3 files).</source>
        <translation>已导出 %1 件事件到 %2（%3 个文件）。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="452"/>
        <source>Incidents</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="458"/>
        <source>Withhold titles, descriptions and results (publish the category only)</source>
        <translation>不公开标题、描述和处置结果（只公开类别）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="459"/>
        <source>Review what this publishes</source>
        <translation>审核公开内容</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="460"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="461"/>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="461"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="461"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="462"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="462"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="462"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="463"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="464"/>
        <source>I have reviewed these rows and figures and approve publishing them</source>
        <translation>我已审核以上数据和统计，同意公开</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="465"/>
        <source>Formats:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="466"/>
        <source>CSV table</source>
        <translation>CSV 表格</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="467"/>
        <source>GeoJSON map</source>
        <translation>GeoJSON 地图</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="468"/>
        <source>Open311 GeoReport v2</source>
        <translation>Open311 GeoReport v2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="469"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="470"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/open_data.py" line="472"/>
        <source>Each review and each export is recorded in the central service&apos;s audit.</source>
        <translation>每次审核和导出都记入中心服务的审计日志。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="194"/>
        <source>Set a password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="195"/>
        <source>A new password for %1. Their sessions end: they sign in again with it.</source>
        <translation>为 %1 设置新密码。其现有登录将失效，须用新密码重新登录。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="197"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="198"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/officers.py" line="202"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="159"/>
        <source>Typhoon</source>
        <translation>台风</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="159"/>
        <source>Flood</source>
        <translation>防汛</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="159"/>
        <source>Heatwave</source>
        <translation>高温</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="160"/>
        <source>Snow and ice</source>
        <translation>雨雪冰冻</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="160"/>
        <source>Marathon</source>
        <translation>马拉松赛事</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="161"/>
        <source>Festival or crowd event</source>
        <translation>节庆及大客流活动</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="161"/>
        <source>Major conference</source>
        <translation>重大会议</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="162"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="166"/>
        <source>A plan&apos;s code has 1 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>预案编码须为 1 至 32 个字母、数字或“.”“_”“-”。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="167"/>
        <source>A plan&apos;s names have 1 to 80 characters on one line.</source>
        <translation>预案名称须为 1 至 80 个字符，且不换行。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="168"/>
        <source>Choose the kind of plan.</source>
        <translation>请选择预案类型。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="169"/>
        <source>A plan has 1 to 50 tasks.</source>
        <translation>预案须有 1 至 50 项任务。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="170"/>
        <source>Choose the agency of each task.</source>
        <translation>请为每项任务选择责任单位。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="171"/>
        <source>A task&apos;s titles have 1 to 200 characters on one line.</source>
        <translation>任务名称须为 1 至 200 个字符，且不换行。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="172"/>
        <source>A task&apos;s description has at most 4000 characters of text.</source>
        <translation>任务说明最多 4000 个字符。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="173"/>
        <source>A task is due at most a week after the start.</source>
        <translation>任务时限最长为启动后一周。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="174"/>
        <source>The plan gives the same task to the same agency twice.</source>
        <translation>同一单位的同一任务在预案中出现了两次。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="186"/>
        <source>In force</source>
        <translation>生效</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="186"/>
        <source>Withdrawn</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="250"/>
        <source>A copy: give it a code of its own, then save.</source>
        <translation>这是副本：请填写新的编码后保存。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="297"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="298"/>
        <source>at the start</source>
        <translation>启动即办</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="366"/>
        <source>Nothing to save: the form is as the plan is.</source>
        <translation>没有需要保存的修改：表单与预案一致。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="369"/>
        <source>There is a plan %1 already: choose it to change it.</source>
        <translation>已有编码为 %1 的预案：请在列表中选中后修改。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="379"/>
        <source>Saved %1: operations started from now on follow it.</source>
        <translation>已保存 %1：此后启动的联动指挥按此执行。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="385"/>
        <source>Plans</source>
        <translation>预案管理</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="386"/>
        <source>Plan</source>
        <translation>预案</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="386"/>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="389"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="386"/>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="386"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="387"/>
        <source>The chosen plan</source>
        <translation>所选预案</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="388"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="388"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="388"/>
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="393"/>
        <source>The kind decides which vital signs its joint commands watch first</source>
        <translation>类型决定其联动指挥优先关注的城市体征</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="394"/>
        <source>In force: offered when a joint command starts</source>
        <translation>生效：新建联动指挥时可选用</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="395"/>
        <source>Tasks it assigns when a joint command starts from it, in order</source>
        <translation>启动联动指挥时按顺序下达的任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="396"/>
        <source>Agency</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="396"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="396"/>
        <source>Task in English</source>
        <translation>英文任务名称</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="397"/>
        <source>Due after the start</source>
        <translation>启动后时限</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="399"/>
        <source>Description of the chosen task</source>
        <translation>所选任务的说明</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="400"/>
        <source>Add task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="401"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="402"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="403"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="404"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="405"/>
        <source>New plan</source>
        <translation>新建预案</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="406"/>
        <source>Copy as new</source>
        <translation>复制为新预案</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/admin/plans.py" line="407"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
</TS>
