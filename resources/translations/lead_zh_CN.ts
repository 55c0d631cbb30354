<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="151"/>
        <source>Click to list these %1 incidents in the queue</source>
        <translation>点击在队列中列出这 %1 件事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="382"/>
        <source>M/d</source>
        <translation>M月d日</translation>
    </message>
</context>
<context>
    <name>AnalysisWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="251"/>
        <source>Last %1 weeks</source>
        <translation>近 %1 周</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="254"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="254"/>
        <source>Hot spots</source>
        <translation>热点</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="254"/>
        <source>Hour and weekday</source>
        <translation>时段分布</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="255"/>
        <source>Time limits by category</source>
        <translation>分类时效</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="257"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="257"/>
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="258"/>
        <source>By grid cell</source>
        <translation>按网格</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="258"/>
        <source>By street</source>
        <translation>按街道</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="262"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="263"/>
        <source>Picture of this view (.png)</source>
        <translation>当前视图图片（.png）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="264"/>
        <source>Table of this view (.csv)</source>
        <translation>当前视图表格（.csv）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="286"/>
        <source>Could not count: %1</source>
        <translation>无法统计：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="287"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="291"/>
        <source>Incidents reported from %1 to %2 (city time), on this desk&apos;s cache; click a number for the incidents behind it</source>
        <translation>%1 至 %2 上报的事件（本机缓存）；点击数字可查看对应事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="306"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="314"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="314"/>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="328"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="314"/>
        <source>Reports</source>
        <translation>上报次数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="314"/>
        <source>First</source>
        <translation>首次</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="314"/>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="315"/>
        <source>Span (days)</source>
        <translation>跨度（天）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="330"/>
        <source>Overdue stages</source>
        <translation>超时环节</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="330"/>
        <source>Disposal, median</source>
        <translation>处置用时中位数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="358"/>
        <source>Analysis</source>
        <translation>专题分析</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="357"/>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="357"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="359"/>
        <source>Export this view</source>
        <translation>导出当前视图</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="67"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="69"/>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="71"/>
        <source>Week %1, %2 (%3 – %4)</source>
        <translation>%2年第%1周（%3–%4）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="49"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="50"/>
        <source>Change</source>
        <translation>升降</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="51"/>
        <source>Places gained (▲) or lost (▼) since the previous period</source>
        <translation>较上期名次上升（▲）或下降（▼）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="330"/>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="53"/>
        <source>Score</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="54"/>
        <source>Composite score 0–100, the weighted mean of the rates</source>
        <translation>综合得分（0–100），各项比率的加权平均</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="57"/>
        <source>On-time
acceptance</source>
        <translation>按时签收率</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="59"/>
        <source>On-time
disposal</source>
        <translation>按时处置率</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="61"/>
        <source>First-time
pass</source>
        <translation>一次通过率</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="65"/>
        <source>Overdue
stages</source>
        <translation>超时环节</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="67"/>
        <source>Closure
rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="58"/>
        <source>Click: the acceptances that ran over their limit</source>
        <translation>点击：查看签收超时的事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="60"/>
        <source>Click: the disposals that ran over their limit</source>
        <translation>点击：查看处置超时的事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="47"/>
        <source>First-time pass</source>
        <translation>一次通过率</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="62"/>
        <source>Click: the incidents whose verification failed</source>
        <translation>点击：查看核查未通过的事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="63"/>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="27"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="66"/>
        <source>Stages that ran over their limit, or are over it now</source>
        <translation>超过时限的环节（含目前仍超时的）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="49"/>
        <source>Closure rate</source>
        <translation>结案率</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/ranking.py" line="135"/>
        <source>Click to list these incidents in the queue</source>
        <translation>点击在事件队列中列出这些事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="18"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="19"/>
        <source>Registered</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="20"/>
        <source>Dispatched</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="21"/>
        <source>Accepted</source>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="22"/>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="45"/>
        <source>Accepted on time</source>
        <translation>按时签收</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="23"/>
        <source>Disposed</source>
        <translation>处置完成</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="24"/>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="46"/>
        <source>Disposed on time</source>
        <translation>按时处置</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="25"/>
        <source>Verified</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="26"/>
        <source>Passed first verification</source>
        <translation>一次核查通过</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="28"/>
        <source>Reworked (verification failed)</source>
        <translation>返工（核查未通过）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="29"/>
        <source>Escalated</source>
        <translation>上报上级</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="30"/>
        <source>Suspended</source>
        <translation>挂起</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="31"/>
        <source>Supervised (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="32"/>
        <source>Closed</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="33"/>
        <source>As co-agency</source>
        <translation>作为协办单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="34"/>
        <source>Overdue: registration</source>
        <translation>立案超时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="35"/>
        <source>Overdue: dispatch</source>
        <translation>派遣超时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="36"/>
        <source>Overdue: acceptance</source>
        <translation>签收超时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="37"/>
        <source>Overdue: disposal</source>
        <translation>处置超时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="38"/>
        <source>Overdue: verification</source>
        <translation>核查超时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="48"/>
        <source>Not returned</source>
        <translation>未退回率</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="55"/>
        <source>Registration</source>
        <translation>立案</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="56"/>
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="57"/>
        <source>Acceptance</source>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="58"/>
        <source>Disposal</source>
        <translation>处置</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="59"/>
        <source>Verification</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="64"/>
        <source>Agencies</source>
        <translation>委办局</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="64"/>
        <source>Districts</source>
        <translation>区</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="64"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="68"/>
        <source>Monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="68"/>
        <source>Weekly</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="84"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/words.py" line="85"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="55"/>
        <source>%1: median (h)</source>
        <translation>%1：中位数（小时）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="56"/>
        <source>%1: 90th percentile (h)</source>
        <translation>%1：90分位（小时）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="73"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="73"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="74"/>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="130"/>
        <source>City</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/analysis.py" line="368"/>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="188"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="242"/>
        <source>The city&apos;s totals</source>
        <translation>全市合计</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="260"/>
        <source>Grey: the previous period</source>
        <translation>灰色为上期数值</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/export.py" line="272"/>
        <source>Score (0–100)</source>
        <translation>综合得分（0–100）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/counting.py" line="102"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/counting.py" line="103"/>
        <source>The file was not written: %1</source>
        <translation>文件未写入：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/counting.py" line="106"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>AssessmentWidget</name>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="279"/>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="280"/>
        <source>Next period</source>
        <translation>下一期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="283"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="284"/>
        <source>Weights…</source>
        <translation>权重…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="285"/>
        <source>The weights of the composite score</source>
        <translation>综合得分的权重</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="286"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="287"/>
        <source>Save these figures as a file</source>
        <translation>将这些数据保存为文件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="288"/>
        <source>Excel workbook (.xlsx): every kind of unit</source>
        <translation>Excel 工作簿（.xlsx）：全部单位类别</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="289"/>
        <source>CSV table (.csv): the units shown</source>
        <translation>CSV 表格（.csv）：当前显示的单位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="290"/>
        <source>PDF report (.pdf): the units shown, printable</source>
        <translation>PDF 报告（.pdf）：当前显示的单位，可打印</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="339"/>
        <source>Could not compute the assessment: %1</source>
        <translation>无法计算考核：%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="340"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="343"/>
        <source>Published by %1 on %2 (city time): the figures every desk shows for this period, %3 incidents counted by the central service</source>
        <translation>%1 于 %2 发布：各终端本期统一显示此数据，由中心服务统计 %3 件事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="348"/>
        <source>Live figures of the running period, as of %1 (city time); stages still open count as overdue once past their limit</source>
        <translation>本期进行中的实时数据，截至 %1（北京时间）；尚未完成的环节超过时限即计为超时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="352"/>
        <source>Live figures from this desk&apos;s cache; the period ended %1</source>
        <translation>本机缓存的实时统计；本期已于 %1 结束</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="365"/>
        <source>No incidents were reported in this period.</source>
        <translation>本期没有上报的事件。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="366"/>
        <source>No unit of this kind handled an incident in this period.</source>
        <translation>本期没有此类单位办理过事件。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="380"/>
        <source>On-time disposal</source>
        <translation>按时处置率</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="381"/>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="568"/>
        <source>Overdue stages</source>
        <translation>超时环节</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="389"/>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="419"/>
        <source>Click to list these incidents in the queue</source>
        <translation>点击在事件队列中列出这些事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="390"/>
        <source>vs. the same days of the previous period: %1</source>
        <translation>较上期同期
%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="391"/>
        <source>vs. previous period: %1</source>
        <translation>较上期
%1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="392"/>
        <source>%1 pp</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="404"/>
        <source>%1 · rank %2 of %3 · score %4</source>
        <translation>%1 · 第 %2 名 / 共 %3 · 得分 %4</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="423"/>
        <source>Working time per stage (suspended time excluded)</source>
        <translation>各环节用时（不含挂起时间）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="425"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="425"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="425"/>
        <source>90th percentile</source>
        <translation>90 分位</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="425"/>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="445"/>
        <source>This period has been published.</source>
        <translation>本期已发布。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="447"/>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="512"/>
        <source>The period is still running: it can be published once it has ended.</source>
        <translation>本期尚未结束，结束后方可发布。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="449"/>
        <source>Publishing needs the connection to the central service.</source>
        <translation>发布需要连接中心服务。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="451"/>
        <source>Freeze this period&apos;s assessment on the central service, counted there over every incident, so that every desk shows the same figures</source>
        <translation>在中心服务上按全部事件统计并固定本期考核结果，各终端显示同一组数据</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="461"/>
        <source>Publish the assessment</source>
        <translation>发布考核结果</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="462"/>
        <source>Publish the assessment of %1?

The central service counts it over every incident and every desk then shows those figures for this period. A published period cannot be changed.</source>
        <translation>发布 %1 的考核结果？

中心服务将按全部事件统计，此后各终端本期均显示该结果。已发布的考核期不可更改。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="472"/>
        <source>Sent: the published figures of %1 reach every desk with the next sync</source>
        <translation>已提交：%1 的发布结果将在下次同步时送达各终端</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="477"/>
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="486"/>
        <source>Set by %1 on %2 (city time)</source>
        <translation>%1 于 %2 设置</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="493"/>
        <source>Weights of the score</source>
        <translation>综合得分权重</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="494"/>
        <source>Changing the weights needs the connection to the central service.</source>
        <translation>修改权重需要连接中心服务。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="502"/>
        <source>Weights not changed</source>
        <translation>权重未修改</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="505"/>
        <source>The new weights count from now on</source>
        <translation>新权重已生效</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="510"/>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="511"/>
        <source>Only the city operations center publishes assessments.</source>
        <translation>考核结果仅由市城运中心发布。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="513"/>
        <source>This period has already been published.</source>
        <translation>本期已发布过。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="514"/>
        <source>Your account is not active.</source>
        <translation>您的账号未启用。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="523"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="523"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="524"/>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="525"/>
        <source>Export the assessment</source>
        <translation>导出考核评价</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="531"/>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="538"/>
        <source>Assessment</source>
        <translation>考核评价</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="569"/>
        <source>City</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/page.py" line="581"/>
        <source>No incidents behind this figure</source>
        <translation>此项数字背后没有事件</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="78"/>
        <source>%1 over</source>
        <translation>超期 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="93"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="93"/>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="432"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="93"/>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="429"/>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="128"/>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="226"/>
        <source>Reading the local cache…</source>
        <translation>正在读取本机缓存…</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="189"/>
        <source>No district outlines in the local cache</source>
        <translation>本机缓存中没有区划边界</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="222"/>
        <source>%1 open · %2 overdue</source>
        <translation>在办 %1 · 超期 %2</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="230"/>
        <source>Open incidents: few</source>
        <translation>在办事件：少</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="230"/>
        <source>many</source>
        <translation>多</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="244"/>
        <source>Overdue incident</source>
        <translation>超期事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="266"/>
        <source>City overview</source>
        <translation>城市运行总览</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="271"/>
        <source>Open incidents by street</source>
        <translation>各街道在办事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="279"/>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="465"/>
        <source>Reported today</source>
        <translation>今日上报</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="279"/>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="280"/>
        <source>since midnight</source>
        <translation>自 0 时起</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="280"/>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="465"/>
        <source>Closed today</source>
        <translation>今日结案</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="281"/>
        <source>Open now</source>
        <translation>当前在办</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="281"/>
        <source>%1 supervised</source>
        <translation>督办 %1 件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="282"/>
        <source>Overdue now</source>
        <translation>当前超期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="283"/>
        <source>%1 near the deadline</source>
        <translation>临期 %1 件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="290"/>
        <source>Overdue the longest</source>
        <translation>超期最久</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="292"/>
        <source>Nothing is overdue</source>
        <translation>没有超期事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="314"/>
        <source>No readings in the last 6 hours</source>
        <translation>近 6 小时无读数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="352"/>
        <source>6 hours ago</source>
        <translation>6 小时前</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="88"/>
        <source>No reading yet</source>
        <translation>尚无读数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="374"/>
        <source>warning %1</source>
        <translation>预警 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="376"/>
        <source>alarm %1</source>
        <translation>告警 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="387"/>
        <source>City vital signs</source>
        <translation>城市体征</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="393"/>
        <source>No vital signs with readings in the local cache</source>
        <translation>本机缓存中没有体征读数</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="407"/>
        <source>Alarms</source>
        <translation>告警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="407"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="408"/>
        <source>Early warnings (forecast)</source>
        <translation>趋势预警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="409"/>
        <source>Not yet acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="429"/>
        <source>Early warning</source>
        <translation>趋势预警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="430"/>
        <source>External</source>
        <translation>外部预警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="430"/>
        <source>Sensor silent</source>
        <translation>传感器离线</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="431"/>
        <source>Duty unstaffed</source>
        <translation>值班无人签到</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="440"/>
        <source>Districts, streets and joint command</source>
        <translation>区、街道态势与联动指挥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="448"/>
        <source>Open incidents by district</source>
        <translation>各区在办事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="450"/>
        <source>Streets with the most overdue incidents</source>
        <translation>超期事件最多的街道</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="455"/>
        <source>Joint command running</source>
        <translation>进行中的联动指挥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="457"/>
        <source>Alerts not cleared</source>
        <translation>未解除的告警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="462"/>
        <source>No open incidents</source>
        <translation>没有在办事件</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="465"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="477"/>
        <source>Open:</source>
        <translation>在办：</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="477"/>
        <source>overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="478"/>
        <source>near the deadline</source>
        <translation>临期</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="478"/>
        <source>in time</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="516"/>
        <source>No joint command is running</source>
        <translation>当前没有进行中的联动指挥</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="520"/>
        <source>Level %1 response</source>
        <translation>%1级响应</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="533"/>
        <source>No alert is open</source>
        <translation>没有未解除的告警</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="542"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/paint.py" line="543"/>
        <source>not acknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="86"/>
        <source>City operations</source>
        <translation>城市运行态势</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="102"/>
        <source>%1 s a page (+ and −)</source>
        <translation>每页 %1 秒（+ / − 调整）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="105"/>
        <source>Paused (Space)</source>
        <translation>已暂停（空格键继续）</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="224"/>
        <source>The local cache could not be read; showing the last figures</source>
        <translation>本机缓存读取失败，显示上次的数据</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="231"/>
        <source>From this desk&apos;s cache only</source>
        <translation>仅本机缓存数据</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="234"/>
        <source>Offline · figures as of the last sync at %1</source>
        <translation>离线 · 数据截至上次同步 %1</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="235"/>
        <source>Offline · figures from this desk&apos;s cache</source>
        <translation>离线 · 本机缓存数据</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/wall/window.py" line="236"/>
        <source>Live · updated %1</source>
        <translation>实时 · 更新于 %1</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../dispatch_desk/ui/assess/weights.py" line="35"/>
        <source>Weights of the score</source>
        <translation>综合得分权重</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/weights.py" line="36"/>
        <source>The score of a unit is the weighted mean of its rates: only the proportions matter. Every desk&apos;s figures and every later publication count with these weights; published periods keep the weights they were published with.</source>
        <translation>单位的综合得分是各项比率的加权平均，只看各权重之间的比例。各终端的实时数据和此后的发布都按这些权重计算；已发布的考核期保留发布时的权重。</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/weights.py" line="61"/>
        <source>Defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/weights.py" line="62"/>
        <source>The documented defaults: disposal on time first, then first-time verification, acceptance on time, closure and few returns</source>
        <translation>默认权重：按时处置最重，其次为一次核查通过、按时签收、结案和少退回</translation>
    </message>
    <message>
        <location filename="../../dispatch_desk/ui/assess/weights.py" line="95"/>
        <source>Give at least one rate a weight.</source>
        <translation>请至少为一项比率设置权重。</translation>
    </message>
</context>
</TS>
