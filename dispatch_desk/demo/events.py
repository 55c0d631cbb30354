"""Scripted major events the simulator can start on demand: a typhoon warning or a city marathon.

An event opens a joint command (operation) from its plan, seats liaisons and agency bots in it,
writes the command log, moves the plan's tasks along, bends the vital signs (wind, rain and tide for
a typhoon; traffic and crowds for a marathon) and shifts the mix and number of reports.
Its intensity rises and falls as sin(pi x progress) over `duration`.
"""

from __future__ import annotations

import logging
import math
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from shapely.geometry import LineString
from shapely.geometry import Polygon as ShapelyPolygon

from dispatch_desk.demo import catalog
from dispatch_desk.demo.geography import HotSpot, to_record
from dispatch_desk.demo.people import OPS_BOT
from dispatch_desk.demo.vitals import Vital
from dispatch_desk.domain.records import Indicator, Polygon

if TYPE_CHECKING:
    from dispatch_desk.demo.simulator import Simulator

log = logging.getLogger(__name__)

DEFAULT_DURATION = timedelta(minutes=30)


class EventRun:
    kind = ""
    plan_id = ""
    name = ""
    mode = ""
    op_kind = "emergency"
    report_boost = 1.0  # reports per hour multiply by 1 + boost x intensity
    categories: dict[str, float] = {}  # category -> extra weight at full intensity
    log_script: tuple[tuple[float, str, str], ...] = ()  # (progress, kind, text)
    liaisons: tuple[str, ...] = ()  # usernames of people seated in the operation

    def __init__(self, sim: Simulator, start: datetime, duration: timedelta = DEFAULT_DURATION) -> None:
        self.sim = sim
        self.start = start
        self.duration = duration
        self.finished = False
        self.operation_id = f"op-{self.kind}-{start:%Y%m%d%H%M}"
        self.operation: dict[str, Any] = {}  # the arguments it was opened with
        self.tasks: list[str] = []  # task ids

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

    # ------------------------------------------------------------ script
    def begin(self) -> None:
        """Open the joint command from the plan and lay out the script: liaisons, log, task progress."""
        sim = self.sim
        plan = next(p for p in catalog.plans() if p.id == self.plan_id)
        self.operation = {
            "id": self.operation_id, "name": self.name, "kind": self.op_kind, "plan": plan.id, "mode": self.mode,
            "agencies": list(dict.fromkeys(t.agency for t in plan.tasks)),
            "area": [[list(p) for p in ring] for ring in self.area()],
        }
        # The central service instantiates the plan's tasks with these ids.
        self.tasks = [f"{self.operation_id}-task-{n}" for n in range(1, len(plan.tasks) + 1)]
        results = sim.central.mutate(OPS_BOT, [(f"{self.operation_id}-start", "operation.start", self.operation)])
        if not results or results[0].outcome.value not in ("applied", "duplicate"):
            log.warning("the central service did not open %s: %s", self.operation_id,
                        results[0].reason if results else "no answer")
        # People seated as liaisons see the operation in their client. The commander records the agencies'
        # progress on their tasks: seating every agency bot would make the central service backfill each
        # one's newly visible records, a long pause for no visible gain.
        for officer in (f"o-{u}" for u in self.liaisons):
            sim.schedule(self.start, OPS_BOT, "operation.add_liaison",
                         {"operation": self.operation_id, "officer": officer})
        for share, kind, text in self.log_script:
            sim.schedule(self.start + self.duration * share, OPS_BOT, "log.append",
                         {"operation": self.operation_id, "kind": kind, "text": text})
        rng = sim.rng
        for task_id in self.tasks:
            accept = rng.uniform(0.03, 0.15)
            start = accept + rng.uniform(0.05, 0.2)
            done = min(0.97, start + rng.uniform(0.3, 0.6))
            for share, name in ((accept, "task.accept"), (start, "task.start"), (done, "task.done")):
                sim.schedule(self.start + self.duration * share, OPS_BOT, name, {"id": task_id})

    def tick(self, now: datetime) -> None:
        if now >= self.start + self.duration and not self.finished:
            self.finished = True
            self.sim.central.mutate(OPS_BOT, [(f"{self.operation_id}-close", "operation.close",
                                               {"id": self.operation_id})])


class Typhoon(EventRun):
    kind = "typhoon"
    plan_id = "plan-typhoon"
    name = "台风“海鸥”防御联动指挥"
    mode = "防台防汛Ⅱ级响应"
    report_boost = 2.5
    categories = {"waterlogging": 40.0, "fallen_tree": 25.0, "outdoor_ads": 12.0, "power_outage": 10.0,
                  "road_collapse": 4.0, "dangerous_house": 6.0, "manhole_missing": 6.0, "river_floating": 6.0}
    liaisons = ("liaison.1", "liaison.2", "liaison.3")
    log_script = (
        (0.0, "order", "市防汛指挥部发布台风蓝色预警，城运中心启动防台防汛Ⅱ级响应，各派驻单位按预案到岗。"),
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
    liaisons = ("liaison.2", "liaison.5")
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
