"""The joint command's words for people: statuses, levels, log kinds, refusals, automatic log entries.

Built through Qt's translator on each call so a language switch takes effect at once. Automatic log
entries are worded here from their `event` and `details` (the stored `text` is the Chinese
wording the central service wrote, and the fallback for an event this desk does not know).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from dispatch_desk.ui.common import labels

# The status words of operations and tasks are shared with the conflict views, so they live with the other
# label tables; the command screens keep using them from here.
from dispatch_desk.ui.common.labels import operation_kind as operation_kind
from dispatch_desk.ui.common.labels import operation_status as operation_status
from dispatch_desk.ui.common.labels import response_level as response_level
from dispatch_desk.ui.common.labels import task_status as task_status
from dispatch_desk.ui.shell.i18n import data_text

translate = QCoreApplication.translate  # the name lupdate looks for

LEVEL_COLORS = {1: "#b3001b", 2: "#d35400", 3: "#c9a100", 4: "#1a5fb4", 0: "#6b7785"}  # 红 橙 黄 蓝


def plan_name(plan: Any) -> str:
    """A plan's name in the desk's language (its Chinese name when it has no English one)."""
    return data_text(plan.name, plan.name_en)


def plan_task_title(task: Any) -> str:
    """The title of a plan's task template in the desk's language."""
    return data_text(task.title, task.title_en)


def task_title(task: Any, plan: Any = None) -> str:
    """A task's title in the desk's language: a task made from a template of `plan` and not retitled
    since is named as its template is (the officer's own titles are shown as written)."""
    if plan is not None and task.from_plan:
        for t in plan.tasks:
            if t.agency == task.agency and t.title == task.title:
                return plan_task_title(t)
    return task.title


def task_step(step: str) -> str:
    """The verb of a task step, as its button says it."""
    return {
        "accept": translate("CommandWords", "Accept", "step"),
        "start": translate("CommandWords", "Start", "step"),
        "done": translate("CommandWords", "Done", "step"),
        "block": translate("CommandWords", "Block…"),
        "note": translate("CommandWords", "Note…"),
        "cancel": translate("CommandWords", "Cancel…"),
        "reassign": translate("CommandWords", "Reassign…"),
        "link": translate("CommandWords", "Link…"),
        "raise": translate("CommandWords", "Incident…"),
        "assign": translate("CommandWords", "New task…"),
        "details": translate("CommandWords", "Details"),
    }.get(step, step)


def task_step_tip(step: str) -> str:
    """What a task step's button does, in a sentence (its label is short)."""
    return {
        "accept": translate("CommandWords", "Accept the task for your agency"),
        "start": translate("CommandWords", "Start work on the task"),
        "done": translate("CommandWords", "Mark the task done"),
        "block": translate("CommandWords", "The task cannot go on: say why"),
        "note": translate("CommandWords", "Write a progress note"),
        "cancel": translate("CommandWords", "Cancel the task, with a reason"),
        "reassign": translate("CommandWords", "Give the task to another agency or another due time"),
        "link": translate("CommandWords", "Link an incident in the area to the task"),
        "raise": translate("CommandWords", "Report a new incident from the task and link it"),
        "assign": translate("CommandWords", "Assign a new task to an agency"),
    }.get(step, task_step(step))


def log_kind(kind: str) -> str:
    return {
        "order": translate("CommandWords", "Order"),
        "report": translate("CommandWords", "Report"),
        "decision": translate("CommandWords", "Decision"),
        "info": translate("CommandWords", "Info"),
        "system": translate("CommandWords", "System"),
    }.get(kind, kind)


MANUAL_KINDS = ("info", "order", "report", "decision")


def refusal(code: str, reason: str = "") -> str:
    """A refusal of the joint command, translated by its stable code."""
    text = {
        "not_found": translate("CommandWords", "Not in your cache (yet)"),
        "bad_args": translate("CommandWords", "Some details are missing or invalid"),
        "wrong_status": translate("CommandWords", "Not possible in the current status"),
        "read_only": translate("CommandWords", "Your role can only view the joint command"),
        "inactive": translate("CommandWords", "Your account or seat is not active"),
        "out_of_scope": translate("CommandWords", "Only the agency the task is assigned to, or the command staff"),
        "forbidden": translate("CommandWords", "Only the commander, the deputy or a city ops officer may do this"),
        "exists": translate("CommandWords", "It exists already"),
        "offline": translate("CommandWords", "No sync engine: this session is read-only"),
        "no_operation": translate("CommandWords", "Choose an operation first"),
        "no_task": translate("CommandWords", "Select a task first"),
        "no_entry": translate("CommandWords", "Select a log entry first"),
        "no_seat": translate("CommandWords", "Select a seat first"),
        "not_here": translate("CommandWords", "Not part of this installation yet"),
    }.get(code)
    if text is None:
        return reason or code
    if code == "bad_args" and reason:
        return f"{text}: {reason}"
    return text


def refusal_of(refused: object) -> str:
    """The translated text of a domain `Refused` (or None-like: empty)."""
    if refused is None:
        return ""
    code = getattr(refused, "code", "")
    return refusal(str(getattr(code, "value", code)), getattr(refused, "reason", ""))


def duration(seconds: float) -> str:
    """A span as officers say it: 3 d 4 h, 2 h 05 min, 12 min."""
    total = int(abs(seconds)) // 60
    days, rest = divmod(total, 1440)
    hours, minutes = divmod(rest, 60)
    if days:
        return translate("CommandWords", "%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        return translate("CommandWords", "%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    return translate("CommandWords", "%1 min").replace("%1", str(minutes))


def countdown(seconds: float) -> str:
    """A due time counting down (negative: overdue), like the incident SLA timers."""
    if seconds < 0:
        return translate("CommandWords", "overdue %1").replace("%1", labels.format_countdown(-seconds))
    return labels.format_countdown(seconds)


def clock(at: datetime | None) -> str:
    """A time of day in the city's zone (dates only when not today)."""
    if at is None:
        return ""
    local = at.astimezone(labels.BUSINESS_TZ)
    today = datetime.now(labels.BUSINESS_TZ).date()
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%m-%d %H:%M")


# --- automatic log entries -------------------------------------------------------------------------

Names = Callable[[str], str]


def _d(details: Sequence[str], n: int) -> str:
    return details[n] if len(details) > n else ""


def automatic_text(event: str, subject: str, details: Sequence[str], text: str, *, agency: Names,
                   officer: Names, task_title: Names) -> str:
    """An automatic entry in the officer's language; the stored Chinese `text` for unknown events."""
    d = list(details)

    def level_word(value: str) -> str:
        return response_level(int(value)) if value.isdigit() else value

    def task_words(verb: str) -> Callable[[], str]:
        def word() -> str:
            out = translate("CommandWords", "Task %1: %2 (%3)").replace("%1", verb).replace(
                "%2", task_title(subject)).replace("%3", agency(_d(d, 0)))
            detail = _d(d, 1)
            if event == "task.reassign":
                return out
            return out + (f": {detail}" if detail else "")
        return word

    table: dict[str, Callable[[], str]] = {
        "operation.create": lambda: translate("CommandWords", "Joint command created"),
        "operation.start": lambda: translate("CommandWords", "Joint command started"),
        "operation.level": lambda: translate("CommandWords", "Response level set to %1").replace(
            "%1", level_word(_d(d, 1))) + (f": {_d(d, 2)}" if _d(d, 2) else ""),
        "operation.transfer": lambda: translate("CommandWords", "Command handed over: %1 → %2").replace(
            "%1", officer(_d(d, 0))).replace("%2", officer(_d(d, 1))),
        "operation.stand_down": lambda: translate("CommandWords", "Standing down") + (
            f": {_d(d, 0)}" if _d(d, 0) else ""),
        "operation.close": lambda: translate("CommandWords", "Joint command closed"),
        "plan.tasks": lambda: translate("CommandWords", "%1 task(s) assigned from the plan").replace(
            "%1", _d(d, 0)),
        "seat.open": lambda: translate("CommandWords", "Seat opened: %1 (%2)").replace(
            "%1", officer(_d(d, 0))).replace("%2", agency(_d(d, 1))),
        "seat.close": lambda: translate("CommandWords", "Seat closed: %1 (%2)").replace(
            "%1", officer(_d(d, 0))).replace("%2", agency(_d(d, 1))),
        "seat.expire": lambda: translate("CommandWords", "Seat ran out: %1 (%2)").replace(
            "%1", officer(_d(d, 0))).replace("%2", agency(_d(d, 1))),
        "seat.extend": lambda: translate("CommandWords", "Seat extended: %1").replace("%1", officer(_d(d, 0))),
        "seat.check_in": lambda: translate("CommandWords", "%1 (%2) checked in").replace(
            "%1", officer(_d(d, 0))).replace("%2", agency(_d(d, 1))),
        "seat.check_out": lambda: translate("CommandWords", "%1 (%2) checked out").replace(
            "%1", officer(_d(d, 0))).replace("%2", agency(_d(d, 1))),
        "task.assign": task_words(translate("CommandWords", "assigned")),
        "task.accept": task_words(translate("CommandWords", "accepted")),
        "task.start": task_words(translate("CommandWords", "started")),
        "task.done": task_words(translate("CommandWords", "done")),
        "task.block": task_words(translate("CommandWords", "blocked")),
        "task.note": task_words(translate("CommandWords", "progress")),
        "task.cancel": task_words(translate("CommandWords", "cancelled")),
        "task.reassign": task_words(translate("CommandWords", "reassigned")),
        "task.link": lambda: translate("CommandWords", "Incident linked to task %1").replace(
            "%1", task_title(subject)),
        "task.unlink": lambda: translate("CommandWords", "Incident unlinked from task %1").replace(
            "%1", task_title(subject)),
        "report.publish": lambda: translate("CommandWords", "Situation report no. %1 published").replace(
            "%1", _d(d, 0)),
        "incident.report": lambda: translate("CommandWords", "New incident in the area: %1").replace(
            "%1", _d(d, 0)),
        "alert.raise": lambda: translate("CommandWords", "Alert in the area: %1").replace("%1", _d(d, 0)),
    }
    word = table.get(event)
    return text if word is None else word()
