<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AlertsWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/charts/alerts.py" line="+88"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+322"/>
        <source>Raise incident</source>
        <translation>生成事件</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+328"/>
        <source>Start plan</source>
        <translation>启动预案</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Counted: the alerts not yet cleared, by kind, and how many of them nobody has acknowledged; then the cleared ones.</source>
        <translation>统计范围：尚未解除的告警（按类别）及其中尚无人确认的条数；另计已解除的告警。</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Alarms %1 (%2 unacknowledged)</source>
        <translation>告警 %1（未确认 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings %1 (%2 unacknowledged)</source>
        <translation>预警 %1（未确认 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Early warnings %1</source>
        <translation>趋势预警 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensors silent %1</source>
        <translation>传感器离线 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared %1</source>
        <translation>已解除 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared</source>
        <translation>已解除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unacknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>proposes %1</source>
        <translation>建议启动%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exercise</source>
        <translation>演练</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Extreme</source>
        <translation>特别严重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moderate</source>
        <translation>较重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Immediate</source>
        <translation>立即</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Future</source>
        <translation>将来</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Past</source>
        <translation>已过去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed</source>
        <translation>已观测</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Likely</source>
        <translation>很可能</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Possible</source>
        <translation>可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlikely</source>
        <translation>不太可能</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Severity · urgency · certainty (CAP)</source>
        <translation>严重程度 · 紧迫程度 · 确定程度（CAP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1</source>
        <translation>发布单位：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streets: %1</source>
        <translation>涉及街道：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends at %1</source>
        <translation>%1 结束</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Plan “%1” started for this warning.</source>
        <translation>已按此预警启动预案“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Acknowledged by %1 at %2</source>
        <translation>%1 于 %2 确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has acknowledged this alert yet.</source>
        <translation>此告警尚无人确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared at %1: the value is back within its threshold.</source>
        <translation>%1 已解除：读数已回到阈值以内。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sensor silent</source>
        <translation>传感器离线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty unstaffed</source>
        <translation>值班无人签到</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Record that you have seen this alert (告警确认)</source>
        <translation>确认已知悉此告警</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open incident</source>
        <translation>打开事件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This alert has already raised incident %1; open it.</source>
        <translation>此告警已生成事件 %1，点击打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This alert has already raised an incident, which this desk does not show.</source>
        <translation>此告警已生成事件，但该事件不在本席位的查看范围内。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register the alarm as an incident (smart discovery), prefilled</source>
        <translation>将告警登记为事件（智能发现），自动预填</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start plan “%1”</source>
        <translation>启动预案“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start this plan&apos;s joint command over the warning&apos;s area. The warning only proposes it: nothing starts by itself.</source>
        <translation>按预警区域启动该预案的联动指挥。预警只是建议，不会自动启动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No plan is proposed for this alert.</source>
        <translation>此告警未建议启动预案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This alert is outside your area: the officers of its region acknowledge it.</source>
        <translation>此告警不在您的辖区：由其所在区域的人员确认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account is not active.</source>
        <translation>您的账号未启用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not acknowledge alerts.</source>
        <translation>您的角色不负责确认告警。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>This alert has already raised an incident; open it instead.</source>
        <translation>此告警已生成事件，请打开该事件，不要重复生成。</translation>
    </message>
    <message>
        <location line="-406"/>
        <source>Show on map</source>
        <translation>地图上查看</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>incident raised</source>
        <translation>已生成事件</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early warning</source>
        <translation>趋势预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>外部预警</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/charts/dashboard.py" line="+94"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the charts as a picture or their data as CSV</source>
        <translation>将图表导出为图片，或将数据导出为CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export PNG</source>
        <translation>导出PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV</source>
        <translation>导出CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the indicator tree</source>
        <translation>显示或隐藏指标树</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this operation</source>
        <translation>只看本次行动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only the indicators of the joint command in view: of its area and of its plan&apos;s dimensions</source>
        <translation>只显示当前联动指挥的指标：行动区域内的、预案所关注维度的</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Window:</source>
        <translation>时间窗：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click an indicator on the left to add a chart.</source>
        <translation>双击左侧指标添加图表。</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 · %2 indicators</source>
        <translation>%1 · %2 项指标</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No lower-level figures for this indicator.</source>
        <translation>此指标没有下级区域数据。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Time series</source>
        <translation>时间序列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Big number</source>
        <translation>大数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the regions below</source>
        <translation>对比下级区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color the map by this indicator</source>
        <translation>按此指标给地图着色</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Early warning</source>
        <translation>趋势预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) is likely to cross %3 within the hour</source>
        <translation>%1（%2）预计一小时内将越过 %3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mean</source>
        <translation>平均值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export chart as PNG</source>
        <translation>导出图表为PNG</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Export chart data as CSV</source>
        <translation>导出图表数据为CSV</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export charts as PNG</source>
        <translation>导出全部图表为PNG</translation>
    </message>
</context>
<context>
    <name>IndicatorTree</name>
    <message>
        <location filename="../../dispatch_desk/ui/charts/indicator_tree.py" line="+26"/>
        <source>Search indicators…</source>
        <translation>搜索指标…</translation>
    </message>
</context>
<context>
    <name>NumberTile</name>
    <message>
        <location filename="../../dispatch_desk/ui/charts/tiles.py" line="+282"/>
        <source>Change over 15 minutes: %1</source>
        <translation>15分钟变化：%1</translation>
    </message>
</context>
<context>
    <name>SeriesTile</name>
    <message>
        <location line="+22"/>
        <location line="+93"/>
        <source>warn</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+92"/>
        <source>alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>No readings yet</source>
        <translation>尚无读数</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Next hour: no threshold crossing expected</source>
        <translation>未来一小时：预计不会越限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Early warning: %1% chance of crossing the %2 level (%3) within the hour</source>
        <translation>趋势预警：一小时内越过%2线（%3）的概率为 %1%</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <location line="-270"/>
        <source>%1 by region</source>
        <translation>%1 · 分区对比</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chart actions</source>
        <translation>图表操作</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export picture (PNG)…</source>
        <translation>导出图片（PNG）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export data (CSV)…</source>
        <translation>导出数据（CSV）…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Compare across the regions below</source>
        <translation>下钻对比下级区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color the map by this indicator</source>
        <translation>按此指标给地图着色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove this tile</source>
        <translation>移除此图表</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../dispatch_desk/ui/charts/labels.py" line="+12"/>
        <source>City basics</source>
        <translation>城市基础</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>城市环境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>城市交通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Utilities and supply</source>
        <translation>城市保障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>城市安全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vitality</source>
        <translation>城市活力</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>区级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>街镇级</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>15 minutes</source>
        <translation>15分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 hours</source>
        <translation>6小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 days</source>
        <translation>7天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 days</source>
        <translation>30天</translation>
    </message>
</context>
</TS>
