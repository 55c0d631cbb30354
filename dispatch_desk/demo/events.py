"""Scripted major events the simulator can start on demand: a typhoon warning or a city marathon.

An event opens a joint command (operation) from its plan, seats the listed people as liaisons and
one agency bot per plan agency, and then lets the bots run it: the agency bots check in, accept,
start, now and then block (with a reason) and finish their agency's tasks, write report entries in
the command log and contribute their sections to the situation reports the ops bot (the commander)
drafts and publishes every so often. A typhoon raises its response level once; at the end the
operation stands down, the final report is published and the operation closes with it. It bends
the vital signs (wind, rain and tide for a typhoon; traffic and crowds for a marathon) and shifts
the mix and number of reports. Its intensity rises and falls as sin(pi x progress) over `duration`.

The event keeps its own small agenda of bot mutations (`_Step`) and follows the change feed
(`observe`): what a person does to a task — the liaison logged in, the commander at a desk — is
what the bots go on from, and a task a person moved is left to its new state.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from shapely.geometry import LineString
from shapely.geometry import Polygon as ShapelyPolygon

from dispatch_desk.demo import catalog
from dispatch_desk.demo.bots import new_id
from dispatch_desk.demo.geography import HotSpot, to_record
from dispatch_desk.demo.people import OPS_BOT, agency_bot
from dispatch_desk.demo.vitals import Vital
from dispatch_desk.domain.records import Indicator, Polygon

if TYPE_CHECKING:
    from dispatch_desk.demo.simulator import Simulator

log = logging.getLogger(__name__)

DEFAULT_DURATION = timedelta(minutes=30)
SEAT_AFTER_END = timedelta(hours=1)  # seats run until an hour after the event's planned end
MAX_STEPS_PER_TICK = 20
SHORT = {code: short for code, _name, short, _st, _phone in catalog.AGENCY_ROWS}
AGENCY_OF_SHORT = {short: code for code, short in SHORT.items()}

# What the next step of a task is, from its status: (mutation, share of the duration it takes).
NEXT_STEP: dict[str, tuple[str, tuple[float, float]]] = {
    "assigned": ("task.accept", (0.02, 0.08)),
    "accepted": ("task.start", (0.04, 0.12)),
    "in_progress": ("task.done", (0.15, 0.4)),
    "blocked": ("task.start", (0.05, 0.12)),  # the obstacle cleared
}
AFTER_STEP = {"task.accept": "accepted", "task.start": "in_progress", "task.block": "blocked", "task.done": "done"}
BLOCK_SPAN = (0.06, 0.15)
HUMAN_GRACE = 0.12  # of the duration: a task of an agency a person sits for waits this long for them

ACCEPT_NOTES = ("已签收，人员按预案到岗。", "收到，立即组织落实。", "已签收，正在调集力量。")
BLOCK_REASONS = (
    "现场积水过深，抢险车辆无法进入，等待排水。",
    "所需物资未到位，正在协调调拨。",
    "道路临时封闭，处置人员绕行延误。",
    "现场供电中断，等待电力抢修。",
    "人员不足，正在调派增援力量。",
)
RESUME_NOTES = ("障碍已排除，恢复执行。", "增援力量已到位，继续处置。")
DONE_NOTES = ("已按预案要求落实到位。", "现场处置完毕，人员已撤回待命。", "处置情况已报指挥部。")


@dataclass(order=True)
class _Step:
    """One planned bot mutation; `args` may be a function called when it is due (None: drop the step)."""

    at: datetime
    order: int
    bot: str = field(compare=False)
    name: str = field(compare=False)
    args: dict[str, Any] | Callable[[], dict[str, Any] | None] = field(compare=False)
    task: str | None = field(compare=False, default=None)
    expect: str | None = field(compare=False, default=None)  # the task status the step applies in


@dataclass
class _TaskView:
    agency: str
    title: str
    status: str = "assigned"
    blocked_once: bool = False
    planned: str | None = None  # the status a step is planned for
    incidents: tuple[str, ...] = ()  # linked incidents


class EventRun:
    kind = ""
    plan_id = ""
    name = ""
    mode = ""
    op_kind = "emergency"
    level = 0  # response level it opens with (0: none declared)
    raise_level: tuple[float, int, str] | None = None  # (share, new level, reason): raised once
    report_boost = 1.0  # reports per hour multiply by 1 + boost x intensity
    categories: dict[str, float] = {}  # category -> extra weight at full intensity
    log_script: tuple[tuple[float, str, str], ...] = ()  # (progress, kind, text); "水务：…" is that agency's
    liaisons: tuple[tuple[str, str], ...] = ()  # (username, plan agency) of people seated in the operation
    report_shares: tuple[float, ...] = (0.3, 0.62)  # interim situation reports drafted at these shares
    adhoc_shares: tuple[float, ...] = (0.35, 0.5, 0.65)  # the commander sends an agency to a reported place
    stand_down_at = 0.92
    stand_down_reason = ""
    block_share = 0.35  # of tasks, blocked once on the way

    def __init__(self, sim: Simulator, start: datetime, duration: timedelta = DEFAULT_DURATION) -> None:
        self.sim = sim
        self.start = start
        self.duration = duration
        self.finished = False
        self.operation_id = f"op-{self.kind}-{start:%Y%m%d%H%M}"
        self.operation: dict[str, Any] = {}  # the arguments it was opened with
        self.tasks: list[str] = []  # task ids of the plan
        self.views: dict[str, _TaskView] = {}  # what the bots know of each task of the operation
        self.bots: dict[str, str] = {}  # agency -> the bot seated for it
        self.people: dict[str, str] = {}  # agency -> officer id of the person seated for it
        self.incidents = 0  # reports sent inside the operation
        self.recent: list[dict[str, Any]] = []  # the latest of them (report arguments), newest last
        self.sections: dict[str, set[str]] = {}  # report id -> agencies whose section it holds
        self.published: list[str] = []  # report ids published
        self.final_report = f"{self.operation_id}-sitrep-final"
        self._agenda: list[_Step] = []
        self._order = itertools.count()
        # The bots' choices draw from a stream of their own: the city's reports and readings stay as they were.
        self.rng = random.Random(f"{self.operation_id}/{sim.rng.random()}")

    # ------------------------------------------------------------ shape
    def progress(self, now: datetime) -> float:
        return min(max((now - self.start) / self.duration, 0.0), 1.0)

    def intensity(self, now: datetime) -> float:
        return math.sin(math.pi * self.progress(now))

    def report_factor(self, now: datetime) -> float:
        return 1.0 + self.report_boost * self.intensity(now)

    def category_weights(self) -> list[float]:
        level = self.intensity(self.sim.clock.now())
        return [s.weight + self.categories.get(s.code, 0.0) * level for s in catalog.CATEGORY_SPECS]

    def hot_spots(self) -> list[HotSpot] | None:
        return None

    def area(self) -> Polygon:
        """The operation's area: the whole city unless the event has its own."""
        return self.sim.geo.regions[0].polygon

    def adjust(self, indicator: Indicator, vital: Vital, value: float, now: datetime) -> float:
        return value

    # ------------------------------------------------------------ the agenda
    def at(self, share: float) -> datetime:
        return self.start + self.duration * share

    def _plan(self, at: datetime, bot: str, name: str, args: Any, task: str | None = None,
              expect: str | None = None) -> None:
        heapq.heappush(self._agenda, _Step(at, next(self._order), bot, name, args, task, expect))

    def _span(self, shares: tuple[float, float]) -> timedelta:
        return self.duration * self.rng.uniform(*shares)

    # ------------------------------------------------------------ script
    def begin(self) -> None:
        """Open the joint command from the plan and lay out the script: seats, log, reports, the end."""
        sim, rng = self.sim, self.rng
        plan = next(p for p in catalog.plans() if p.id == self.plan_id)
        agencies = list(dict.fromkeys(t.agency for t in plan.tasks))
        self.operation = {
            "id": self.operation_id, "name": self.name, "kind": self.op_kind, "plan": plan.id, "mode": self.mode,
            "agencies": agencies, "area": [[list(p) for p in ring] for ring in self.area()],
        }
        if self.level:
            self.operation["level"] = self.level
        # The central service instantiates the plan's tasks with these ids.
        self.tasks = [f"{self.operation_id}-task-{n}" for n in range(1, len(plan.tasks) + 1)]
        self.views = {tid: _TaskView(t.agency, t.title) for tid, t in zip(self.tasks, plan.tasks, strict=True)}
        results = sim.central.mutate(OPS_BOT, [(f"{self.operation_id}-start", "operation.start", self.operation)])
        if not results or results[0].outcome.value not in ("applied", "duplicate"):
            log.warning("the central service did not open %s: %s", self.operation_id,
                        results[0].reason if results else "no answer")
        else:
            self._count("operation.start")
        ends_at = (self.start + self.duration + SEAT_AFTER_END).isoformat()
        # People seated as liaisons see the operation in their client and act for their agency; one bot
        # per plan agency does the same for the agencies nobody sits for (and, late, for those somebody does).
        for username, agency in self.liaisons:
            self.people[agency] = f"o-{username}"
            self._plan(self.start, OPS_BOT, "seat.open", {
                "operation": self.operation_id, "officer": f"o-{username}", "agency": agency,
                "ends_at": ends_at, "id": f"{self.operation_id}-seat-{username}"})
        for n, agency in enumerate(agencies):
            bot, seat = agency_bot(agency), f"{self.operation_id}-seat-{agency_bot(agency)}"
            self.bots[agency] = bot
            opened = self.at(0.002 * n)
            self._plan(opened, OPS_BOT, "seat.open", {"operation": self.operation_id, "officer": f"o-{bot}",
                                                      "agency": agency, "ends_at": ends_at, "id": seat})
            self._plan(opened + self._span((0.005, 0.03)), bot, "seat.check_in",
                       {"operation": self.operation_id, "seat": seat})
            self._plan(self.at(rng.uniform(0.975, 0.99)), bot, "seat.check_out",
                       {"operation": self.operation_id, "seat": seat})
        for share, kind, text in self.log_script:
            agency = AGENCY_OF_SHORT.get(text.split("：")[0])
            bot = self.bots.get(agency, OPS_BOT) if kind in ("report", "info") else OPS_BOT
            self._plan(self.at(share), bot, "log.append", {"operation": self.operation_id, "kind": kind, "text": text})
        if self.raise_level is not None:
            share, level, reason = self.raise_level
            self._plan(self.at(share), OPS_BOT, "operation.set_level",
                       {"id": self.operation_id, "level": level, "reason": reason})
        for n, share in enumerate(self.adhoc_shares, start=1):
            self._plan(self.at(share), OPS_BOT, "task.assign", lambda n=n: self._adhoc(n))
        for n, share in enumerate(self.report_shares, start=1):
            self._report(f"{self.operation_id}-sitrep-{n}", f"第{n}期态势报告", share, final=False)
        self._plan(self.at(self.stand_down_at), OPS_BOT, "operation.stand_down",
                   {"id": self.operation_id, "reason": self.stand_down_reason})
        self._report(self.final_report, "终期报告", self.stand_down_at + 0.01, final=True)
        # A plan's tasks fall due one after another: the bots take them up in that order.
        latest = max((t.offset_minutes for t in plan.tasks), default=0) or 1
        for task_id, task in zip(self.tasks, plan.tasks, strict=True):
            self._plan_task(task_id, self.at(0.01 + 0.2 * task.offset_minutes / latest))

    def reported(self, args: dict[str, Any]) -> None:
        """An incident report inside the operation was applied."""
        self.incidents += 1
        self.recent = [*self.recent[-19:], args]

    def _adhoc(self, n: int) -> dict[str, Any] | None:
        """An ad-hoc task at the place of a recent report, for the agency that handles such problems."""
        linked = {i for v in self.views.values() for i in v.incidents}
        for report in reversed(self.recent):
            spec = catalog.SPECS.get(report["category"])
            if spec is None or spec.agency not in self.bots or report["id"] in linked:
                continue
            now = self.sim.clock.now()
            return {"operation": self.operation_id, "id": f"{self.operation_id}-adhoc-{n}",
                    "agency": spec.agency, "title": f"现场处置：{report['title']}"[:200],
                    "description": f"指挥部指派：赶赴{report.get('address') or '现场'}，处置{spec.name}并反馈。",
                    "due_at": (now + self.duration * 0.2).isoformat(), "lon": report["lon"], "lat": report["lat"],
                    "incidents": [report["id"]]}
        return None

    def _report(self, report_id: str, title: str, share: float, *, final: bool) -> None:
        """Drafted by the commander from live figures, a section by every agency, then published."""
        self._plan(self.at(share), OPS_BOT, "report.draft", lambda: self._draft(report_id, title, final))
        rng = self.rng
        for agency, bot in self.bots.items():
            late = agency in self.people  # the person seated for it gets first go
            when = share + (rng.uniform(0.025, 0.035) if late else rng.uniform(0.004, 0.02))
            self._plan(self.at(when), bot, "report.contribute",
                       lambda a=agency, late=late: self._section(report_id, a, late))
        self._plan(self.at(share + 0.04), OPS_BOT, "report.publish", {"id": report_id})

    def _figures(self, agency: str | None = None) -> tuple[list[_TaskView], list[_TaskView], list[_TaskView]]:
        views = [v for v in self.views.values() if agency is None or v.agency == agency]
        return (views, [v for v in views if v.status == "done"], [v for v in views if v.status == "blocked"])

    def _draft(self, report_id: str, title: str, final: bool) -> dict[str, Any]:
        views, done, blocked = self._figures()
        moving = [v for v in views if v.status in ("accepted", "in_progress")]
        conditions = (f"{'行动转入收尾' if final else '行动进行中'}。区域内新报事件{self.incidents}件；"
                      f"各单位任务{len(views)}项，已完成{len(done)}项，执行中{len(moving)}项，受阻{len(blocked)}项。")
        actions = ("已完成：" + "、".join(v.title for v in done[:6]) + ("等。" if len(done) > 6 else "。")
                   if done else "各单位按预案落实任务。")
        needs = ("请协调：" + "；".join(f"{v.title}（{SHORT.get(v.agency, v.agency)}）" for v in blocked) + "。"
                 if blocked else "暂无。")
        return {"operation": self.operation_id, "id": report_id, "title": f"{self.name}{title}",
                "conditions": conditions, "actions": actions, "needs": needs, "final": final}

    def _section(self, report_id: str, agency: str, late: bool) -> dict[str, Any] | None:
        if report_id in self.published:
            return None
        if late and agency in self.sections.get(report_id, set()):
            return None  # the person seated for the agency wrote it
        views, done, blocked = self._figures(agency)
        conditions = f"本单位任务{len(views)}项，已完成{len(done)}项。" if views else "本单位人员在岗待命。"
        actions = "；".join(f"{v.title}：{'已完成' if v.status == 'done' else '推进中'}" for v in views) or "按预案值守。"
        needs = "；".join(f"{v.title}受阻，请求协调" for v in blocked)
        return {"id": report_id, "agency": agency, "conditions": conditions, "actions": actions, "needs": needs}

    def _plan_task(self, task_id: str, now: datetime) -> None:
        """Plan the next step of a task from the status the bots know it in."""
        view = self.views[task_id]
        bot = self.bots.get(view.agency)
        if bot is None or view.status not in NEXT_STEP or view.planned == view.status:
            return
        rng = self.rng
        name, span = NEXT_STEP[view.status]
        args: dict[str, Any] = {"id": task_id}
        if view.status == "in_progress" and not view.blocked_once and rng.random() < self.block_share:
            name, span = "task.block", BLOCK_SPAN
            args["reason"] = rng.choice(BLOCK_REASONS)
        elif name == "task.accept":
            args["note"] = rng.choice(ACCEPT_NOTES)
        elif name == "task.done":
            args["note"] = rng.choice(DONE_NOTES)
        elif view.status == "blocked":
            args["note"] = rng.choice(RESUME_NOTES)
        delay = self._span(span)
        if view.agency in self.people:
            delay = max(delay, self.duration * HUMAN_GRACE)
        at = max(now, min(now + delay, self.at(0.9)))
        view.planned = view.status
        self._plan(at, bot, name, args, task_id, view.status)

    def _stepped(self, step: _Step, now: datetime) -> None:
        """A task step of a bot was applied: note it, tell the log, plan the next."""
        view = self.views[step.task] if step.task else None
        if view is None:
            return
        view.status, view.planned = AFTER_STEP[step.name], None
        bot, short = step.bot, SHORT.get(view.agency, view.agency)
        if step.name == "task.block":
            view.blocked_once = True
            self._plan(now, bot, "log.append", {"operation": self.operation_id, "kind": "report",
                                                "text": f"{short}：{view.title}受阻，{step.args['reason']}请求协调。"})
        elif step.name == "task.done":
            self._plan(now, bot, "log.append", {"operation": self.operation_id, "kind": "report",
                                                "text": f"{short}：{view.title}完成，{step.args['note']}"})
        self._plan_task(step.task, now)

    # ------------------------------------------------------------ the feed
    def observe(self, entity: str, data: dict[str, Any] | None, now: datetime) -> None:
        """A change from the feed: tasks a person moved or assigned, sections a person wrote."""
        if data is None:
            return
        if entity == "task" and data.get("operation") == self.operation_id:
            view = self.views.get(data["id"])
            if view is None:
                view = self.views[data["id"]] = _TaskView(data["agency"], data.get("title", ""), "")
            view.agency = data["agency"]
            if data["status"] != view.status:
                view.status = data["status"]
                self._plan_task(data["id"], now)
        elif entity == "sitrep" and data.get("operation") == self.operation_id:
            self.sections[data["id"]] = {s["agency"] for s in data.get("sections") or ()}
            if data.get("status") == "published" and data["id"] not in self.published:
                self.published.append(data["id"])
        elif entity == "operation" and data.get("id") == self.operation_id and data.get("status") == "closed":
            self.finished = True  # closed by a person: the bots go home

    # ------------------------------------------------------------ running
    def _count(self, name: str) -> None:
        actions = self.sim.stats.actions
        actions[name] = actions.get(name, 0) + 1

    def tick(self, now: datetime) -> None:
        if self.finished:
            return
        if now >= self.start + self.duration:
            self.finished = True
            args: dict[str, Any] = {"id": self.operation_id}
            if self.final_report in self.published:
                args["final_report"] = self.final_report
            results = self.sim.central.mutate(OPS_BOT, [(f"{self.operation_id}-close", "operation.close", args)])
            if results and results[0].outcome.value in ("applied", "duplicate"):
                self._count("operation.close")
            return
        due: list[_Step] = []
        while self._agenda and self._agenda[0].at <= now and len(due) < MAX_STEPS_PER_TICK:
            step = heapq.heappop(self._agenda)
            if step.task is not None and self.views[step.task].status != step.expect:
                continue  # someone (a person, most likely) moved the task first
            if callable(step.args):
                args = step.args()
                if args is None:
                    continue
                step.args = args
            due.append(step)
        # In order, one request per run of steps by the same bot: a seat is open before it is checked in.
        for _bot, run in itertools.groupby(due, key=lambda s: s.bot):
            self._send(list(run), now)

    def _send(self, steps: list[_Step], now: datetime) -> None:
        results = self.sim.central.mutate(steps[0].bot, [(new_id(), s.name, s.args) for s in steps])
        for step, result in zip(steps, results, strict=False):
            if result.outcome.value not in ("applied", "duplicate"):
                self.sim.stats.refused += 1
                log.debug("%s by %s refused: %s", step.name, step.bot, result.reason)
                if step.task is not None:
                    self.views[step.task].planned = None
                continue
            self._count(step.name)
            if step.task is not None:
                self._stepped(step, now)
            elif step.name == "task.assign":
                args = step.args
                self.views[args["id"]] = _TaskView(args["agency"], args["title"], incidents=tuple(args["incidents"]))
                self._plan_task(args["id"], now)
            elif step.name == "report.publish":
                self.published.append(step.args["id"])
            elif step.name == "report.contribute":
                self.sections.setdefault(step.args["id"], set()).add(step.args["agency"])


class Typhoon(EventRun):
    kind = "typhoon"
    plan_id = "plan-typhoon"
    name = "台风“海鸥”防御联动指挥"
    mode = "防台防汛应急响应"
    level = 3  # 三级响应 at the blue warning, raised to 二级 as the storm comes close
    raise_level = (0.3, 2, "台风逼近，本市风雨影响明显加剧")
    stand_down_reason = "台风已移出，风雨影响基本结束"
    report_boost = 2.5
    categories = {"waterlogging": 40.0, "fallen_tree": 25.0, "outdoor_ads": 12.0, "power_outage": 10.0,
                  "road_collapse": 4.0, "dangerous_house": 6.0, "manhole_missing": 6.0, "river_floating": 6.0}
    # The communications liaison sits at the emergency management desk, the joint duty room of the plan.
    liaisons = (("liaison.1", "qx"), ("liaison.2", "dt"), ("liaison.3", "yj"))
    log_script = (
        (0.0, "order", "市防汛指挥部发布台风蓝色预警，城运中心启动防台防汛Ⅲ级响应，各派驻单位按预案到岗。"),
        (0.05, "info", "气象：台风“海鸥”中心位于本市东南方向约280公里，预计今夜至明晨影响本市，阵风10至11级。"),
        (0.15, "report", "水务：全市泵站预降水位完成，易积水点抢险人员全部到位。"),
        (0.3, "report", "绿化市容：已加固行道树1260棵，拆除存在隐患的户外广告设施38处。"),
        (0.45, "decision", "根据风雨实况，高架道路限速40公里/小时，地铁高架段降速运行。"),
        (0.55, "report", "民政：已开放避灾安置点12处，转移安置临时工棚人员860人。"),
        (0.7, "report", "交警：下立交积水点已封闭3处，交通疏导正常。"),
        (0.85, "info", "气象：台风已减弱并向东北方向移出，本市风雨明显减小。"),
        (0.97, "order", "解除防台防汛Ⅱ级响应，转入灾后恢复，各单位汇总灾情于明日9时前上报。"),
    )

    def adjust(self, indicator: Indicator, vital: Vital, value: float, now: datetime) -> float:
        x = self.intensity(now)
        bump = {"wind": 18.0 * x, "rainfall": 60.0 * x ** 1.5, "tide": 1.7 * x, "ponding": 38.0 * x ** 1.5,
                "hotline": vital.base * 1.5 * x, "congestion": 2.5 * x}.get(vital.key)
        if bump is not None:
            return value + bump + self.sim.rng.gauss(0, max(vital.noise, 0.01))
        if vital.key in ("metro", "business_flow", "scenic", "night_economy", "street_flow"):
            return value * (1 - 0.6 * x)
        return value


class Marathon(EventRun):
    kind = "marathon"
    plan_id = "plan-marathon"
    name = "申江国际马拉松赛城市运行保障"
    mode = "二级保障"
    op_kind = "major_event"
    report_boost = 0.8
    categories = {"illegal_parking": 20.0, "street_vending": 15.0, "exposed_garbage": 15.0,
                  "shared_bikes": 12.0, "traffic_accident": 4.0, "elderly_help": 2.0}
    liaisons = (("liaison.2", "dt"), ("liaison.5", "ty"))
    stand_down_reason = "赛事结束，各点位有序撤离"
    log_script = (
        (0.0, "order", "申江国际马拉松赛城市运行保障启动，各派驻单位按方案到岗。"),
        (0.1, "report", "交警：赛道沿线交通管制已全部到位。"),
        (0.25, "report", "地铁：起点周边车站客流较大，已加开列车并实施限流。"),
        (0.5, "report", "卫健：沿线医疗点处置选手抽筋、擦伤等情况17人次，无重症。"),
        (0.7, "decision", "半程关门时间到，按计划分段解除交通管制。"),
        (0.9, "report", "环卫：补给站及赛道沿线垃圾清运完毕。"),
        (0.97, "order", "保障任务完成，各单位有序撤离，转入常态值守。"),
    )

    def route(self) -> LineString:
        """The course: from the riverside in the east district across the river and through the centre."""
        spots = [s for s in self.sim.geo.hot_spots if s.district.endswith(("04", "02"))]
        spots.sort(key=lambda s: -s.lon)  # east to west
        return LineString([(s.lon, s.lat) for s in spots])

    def hot_spots(self) -> list[HotSpot] | None:
        line = self.route()
        return [HotSpot(p.x, p.y, 1.0, "赛道沿线", "") for p in
                (line.interpolate(k / 20, normalized=True) for k in range(21))]

    def area(self) -> Polygon:
        shape = self.route().buffer(0.004, quad_segs=4).intersection(self.sim.geo.outline)
        if not isinstance(shape, ShapelyPolygon):
            return super().area()
        return to_record(shape)

    def adjust(self, indicator: Indicator, vital: Vital, value: float, now: datetime) -> float:
        x = self.intensity(now)
        if vital.key == "congestion":
            return value + 4.0 * x  # closed roads push traffic onto the rest
        if vital.key in ("metro", "business_flow", "scenic", "street_flow", "population"):
            return value * (1 + 0.6 * x)
        if vital.key == "police":
            return value * (1 + 0.5 * x)
        return value


EVENTS: dict[str, type[EventRun]] = {"typhoon": Typhoon, "marathon": Marathon}
