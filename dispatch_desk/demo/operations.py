"""Joint commands of the demo city's past: one closed major-event operation with its tasks and log,
so the joint-command views have history before the simulator starts a live event."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from dispatch_desk.demo.history import uid
from dispatch_desk.demo.people import People
from dispatch_desk.domain.records import (
    LogEntry,
    Operation,
    OperationStatus,
    Plan,
    Polygon,
    Role,
    Task,
    TaskStatus,
)

_LOG = (
    ("order", "启动马拉松赛城市运行保障，各派驻单位按方案到岗。"),
    ("report", "交警：赛道沿线交通管制已全部到位，社会车辆绕行引导正常。"),
    ("report", "地铁：起点附近车站客流平稳，已加开3列次。"),
    ("info", "气象：上午多云，气温12至16℃，风力3级，适宜比赛。"),
    ("report", "卫健：15公里医疗点处置1名抽筋选手，已恢复参赛。"),
    ("decision", "关门时间按计划执行，10:30起分段解除交通管制。"),
    ("report", "环卫：补给站垃圾已清运完毕，赛道保洁完成。"),
    ("order", "保障任务完成，各单位撤离，转入常态值守。"),
)


def past_marathon(plan: Plan, people: People, area: Polygon, now: datetime,
                  rng: random.Random) -> tuple[Operation, list[Task], list[LogEntry]]:
    started = (now - timedelta(days=13)).replace(hour=22, minute=0, second=0, microsecond=0)  # 06:00 local
    ended = started + timedelta(hours=8)
    commander = people.with_role(Role.OPS_OFFICER)[0]
    liaisons = [o.id for o in people.with_role(Role.LIAISON)][:3]
    op = Operation(
        id="op-marathon-past", name="申江国际马拉松赛城市运行保障", kind="major_event",
        status=OperationStatus.CLOSED, commander=commander.id, area=area,
        agencies=tuple(t.agency for t in plan.tasks), liaisons=tuple(liaisons), plan=plan.id,
        started_at=started, ended_at=ended, mode="二级保障",
    )
    tasks = [
        Task(
            id=f"{op.id}-task-{k + 1}", operation=op.id, agency=t.agency, title=t.title, status=TaskStatus.DONE,
            assigned_at=started, updated_at=started + timedelta(minutes=t.offset_minutes + rng.randint(20, 200)),
            description=t.description, due_at=started + timedelta(minutes=t.offset_minutes + 120),
        )
        for k, t in enumerate(plan.tasks)
    ]
    step = (ended - started) / len(_LOG)
    log = [
        LogEntry(id=uid(rng), operation=op.id, at=started + step * k + timedelta(minutes=rng.randint(0, 20)),
                 author=commander.id, kind=kind, text=text)
        for k, (kind, text) in enumerate(_LOG)
    ]
    return op, tasks, log
