"""Joint commands of the demo city's past: one closed major-event operation with its seats, tasks,
command log and final situation report, so the joint-command views have history before the
simulator starts a live event.

The history is played through the domain's own decisions (`domain.command.decide`) at the times it
happened, so every record — the automatic log entries included — is exactly what the central
service would have written.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from dispatch_desk.demo.catalog import AGENCY_ROWS, agencies
from dispatch_desk.demo.people import People
from dispatch_desk.domain.command import Decided, decide
from dispatch_desk.domain.entities import key_of
from dispatch_desk.domain.records import (
    LogEntry,
    Officer,
    Operation,
    Plan,
    Polygon,
    Region,
    RegionLevel,
    Role,
    SituationReport,
    Task,
)

OPERATION_ID = "op-marathon-past"

_LOG = (  # (share of the operation's time, kind, text); a report is written by the agency it names
    (0.02, "order", "启动马拉松赛城市运行保障，各派驻单位按方案到岗。"),
    (0.1, "report", "交警：赛道沿线交通管制已全部到位，社会车辆绕行引导正常。"),
    (0.2, "report", "地铁：起点附近车站客流平稳，已加开3列次。"),
    (0.3, "info", "气象：上午多云，气温12至16℃，风力3级，适宜比赛。"),
    (0.4, "report", "卫健：15公里医疗点处置1名抽筋选手，已恢复参赛。"),
    (0.55, "decision", "关门时间按计划执行，10:30起分段解除交通管制。"),
    (0.7, "report", "环卫：补给站垃圾已清运完毕，赛道保洁完成。"),
    (0.85, "order", "保障任务完成，各单位撤离，转入常态值守。"),
)

_SECTIONS = {  # agency -> (conditions, actions, needs) of the final report
    "jj": ("赛道沿线交通管制期间未发生交通事故，绕行道路通行总体平稳。", "共投入警力620人次，分段解除管制按计划完成。", ""),
    "ga": ("起终点及观赛区域秩序良好，未发生治安案件。", "设置安检点14处，疏导观赛群众约3.2万人次。", ""),
    "wjw": ("沿线医疗点共处置选手伤病41人次，无重症。", "设置医疗点18处，配备救护车12辆、AED 36台。", "建议下届增设终点区域冰敷点。"),
    "hw": ("补给站及赛道沿线垃圾随产随清，赛后道路保洁完成。", "投入保洁人员380人次，清运垃圾11.6吨。", ""),
    "dt": ("起终点周边车站客流高峰持续约1小时，运行平稳。", "加开列车3列次，实施站外限流2站。", ""),
    "ty": ("赛事按计划完成，完赛率96.4%。", "与组委会对接赛程变化4次，及时通报关门时间。", ""),
    "cg": ("赛道沿线及观赛区域无占道经营反弹。", "清理占道经营摊点27处，劝离流动摊贩45人次。", ""),
}


@dataclass
class _World:
    """The records as the decisions read them: (record class, key) → record."""

    records: dict[tuple[type, str], Any] = field(default_factory=dict)
    order: list[tuple[type, str]] = field(default_factory=list)

    def put(self, record: Any) -> None:
        key = (type(record), key_of(record))
        if key not in self.records:
            self.order.append(key)
        self.records[key] = record

    def get(self, cls: type, key: str) -> Any:
        return self.records.get((cls, key))

    def of(self, cls: type) -> list[Any]:
        return [self.records[k] for k in self.order if k[0] is cls]


def _short(code: str) -> str:
    return next((row[2] for row in AGENCY_ROWS if row[0] == code), code)


def _seated_officer(people: People, agency: str) -> Officer | None:
    """Who sat for an agency: its own officer, or for a temporary agency its liaison."""
    found = people.with_role(Role.AGENCY_OFFICER, agency=agency) or people.with_role(Role.LIAISON, agency=agency)
    return found[0] if found else None


def past_marathon(plan: Plan, people: People, area: Polygon, now: datetime, rng: random.Random
                  ) -> tuple[Operation, list[Task], list[LogEntry], list[SituationReport]]:
    started = (now - timedelta(days=13)).replace(hour=22, minute=0, second=0, microsecond=0)  # 06:00 local
    span = timedelta(hours=8)
    ended = started + span
    commander, deputy = people.with_role(Role.OPS_OFFICER)[:2]
    world = _World()
    for record in (*people.officers, *agencies(), plan):
        world.put(record)
    regions = [Region(commander.region or "", "", RegionLevel.CITY)]
    plan_agencies = list(dict.fromkeys(t.agency for t in plan.tasks))
    seated = {a: o for a in plan_agencies if (o := _seated_officer(people, a)) is not None}
    by_short = {_short(a): a for a in plan_agencies}
    steps: list[tuple[datetime, Officer, str, dict[str, Any]]] = []

    def at(share: float, jitter: int = 0) -> datetime:
        return started + span * share + timedelta(minutes=rng.randint(0, jitter) if jitter else 0)

    steps.append((started, commander, "operation.start", {
        "id": OPERATION_ID, "name": "申江国际马拉松赛城市运行保障", "kind": "major_event", "plan": plan.id,
        "area": [[list(p) for p in ring] for ring in area], "agencies": plan_agencies, "deputy": deputy.id,
        "mode": "二级保障"}))
    for agency, officer in seated.items():
        steps.append((at(0.005), commander, "seat.open", {
            "operation": OPERATION_ID, "officer": officer.id, "agency": agency, "id": f"{OPERATION_ID}-seat-{agency}",
            "ends_at": ended + timedelta(hours=1)}))
        steps.append((at(0.01, 20), officer, "seat.check_in", {"operation": OPERATION_ID,
                                                              "seat": f"{OPERATION_ID}-seat-{agency}"}))
        steps.append((at(0.95, 10), officer, "seat.check_out", {"operation": OPERATION_ID,
                                                               "seat": f"{OPERATION_ID}-seat-{agency}"}))
    for share, kind, text in _LOG:
        author = seated.get(by_short.get(text.split("：")[0], ""), commander) if kind == "report" else commander
        steps.append((at(share, 10), author, "log.append", {"operation": OPERATION_ID, "kind": kind, "text": text}))
    for n, task in enumerate(plan.tasks, start=1):
        officer = seated.get(task.agency, commander)
        task_id = f"{OPERATION_ID}-task-{n}"
        first = max(0.06, task.offset_minutes / span.total_seconds() * 60 - 0.02)
        steps.append((at(first, 15), officer, "task.accept", {"id": task_id, "note": "已签收，人员按方案到位。"}))
        steps.append((at(first + 0.08, 15), officer, "task.start", {"id": task_id}))
        steps.append((at(first + 0.3 + rng.random() * 0.3, 20), officer, "task.done",
                      {"id": task_id, "note": "任务完成，已按要求落实。"}))
    report_id = f"{OPERATION_ID}-sitrep-final"
    steps.append((at(0.88), commander, "operation.stand_down", {"id": OPERATION_ID, "reason": "赛事结束，转入收尾"}))
    steps.append((at(0.89), commander, "report.draft", {
        "operation": OPERATION_ID, "id": report_id, "title": "马拉松赛城市运行保障终期报告", "final": True,
        "conditions": "赛事于14时前全部结束，赛道沿线城市运行平稳，未发生重大突发事件。",
        "actions": f"按方案下达任务{len(plan.tasks)}项，全部完成；各派驻单位全程在岗。",
        "needs": "请各单位于三日内报送保障总结。"}))
    for agency, officer in seated.items():
        conditions, actions, needs = _SECTIONS.get(agency, ("运行平稳。", "按方案完成保障任务。", ""))
        steps.append((at(0.9, 15), officer, "report.contribute", {
            "id": report_id, "agency": agency, "conditions": conditions, "actions": actions, "needs": needs}))
    steps.append((at(0.94), commander, "report.publish", {"id": report_id}))
    steps.append((ended, commander, "operation.close", {"id": OPERATION_ID, "final_report": report_id}))

    steps.sort(key=lambda s: s[0])
    for k, (when, actor, name, args) in enumerate(steps):
        decided = decide(name, f"{OPERATION_ID}.h{k:03d}", args, actor=world.get(Officer, actor.id) or actor,
                         now=when, get=world.get, regions=regions)
        if not isinstance(decided, Decided):
            raise ValueError(f"the demo history does not hold: {name} {args}: {decided.reason}")
        for record in decided.records:
            world.put(record)
    op = world.get(Operation, OPERATION_ID)
    return op, world.of(Task), sorted(world.of(LogEntry), key=lambda e: e.at), world.of(SituationReport)
