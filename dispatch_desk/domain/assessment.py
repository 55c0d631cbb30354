"""Assessment (考核评价): how agencies, districts and streets handled the incidents of a period.

The center assesses every unit on the life cycle of each incident, in the manner of GB/T 30428.4: how
many were reported, registered, dispatched, accepted and disposed on time, verified the first time,
returned, reworked, escalated, suspended, supervised (督办) and closed, how many stages ran over their
limit, and how long each stage took (median and 90th percentile), with a composite score whose weights
an administrator may change.

Nothing here keeps a second copy of the SLA rules. An incident's history is *replayed* through the
workflow's own steps (`workflow_steps.STEPS`, `enter`, `resume_lapsed`), so each stage's deadline is
exactly the one the desk showed at the time — suspended time excluded, extensions and the dispatch
deadline honoured — and a stage is on time when it ended at or before that deadline.

Who is counted for what:

- an **agency** is assessed on the passes it led: each dispatch to it as lead agency opens a pass, which
  it accepts or returns, then disposes; a failed verification of its disposal is its rework. Being a
  co-agency is counted (`co_agency`) but judged on nothing.
- a **district** or **street** is assessed on the incidents located in it: all their stages, the
  center's own (register, dispatch, verify) as well as the agencies'.

Figures are counted over the incidents *reported* in the period; a stage still running at the end of
the period (`until`) counts as overdue once its deadline has passed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from dispatch_desk.domain import permissions
from dispatch_desk.domain.codec import parse_time
from dispatch_desk.domain.records import (
    AssessmentWeights,
    Incident,
    IncidentAction,
    IncidentStatus,
    Officer,
    RegionLevel,
    SlaStage,
)
from dispatch_desk.domain.sla import (
    BUSINESS_TZ,
    SlaPolicy,
    effective_due,
    local_midnight,
    running_stage,
    stage_clock,
)
from dispatch_desk.domain.workflow import resume_lapsed
from dispatch_desk.domain.workflow_actions import Action, Code, Refused
from dispatch_desk.domain.workflow_rules import BadArgs
from dispatch_desk.domain.workflow_steps import STEPS, Context, end_suspension, enter

S = IncidentStatus


class UnitKind(StrEnum):
    AGENCY = "agency"
    DISTRICT = "district"
    STREET = "street"
    CITY = "city"  # the whole city as one area: the totals a ranking is read against
    CATEGORY = "category"  # the incidents of one category, counted as an area counts them (thematic analysis)


CITY_UNIT = "city"  # the one unit of UnitKind.CITY


# --- one incident's life, replayed --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StagePass:
    """One run of a stage's clock: from entering the stage to leaving it (or to `until`)."""

    stage: SlaStage
    started: datetime
    due: datetime | None  # the deadline when the stage ended (or at `until`), suspension included
    ended: datetime | None  # None: still running at `until`
    ended_by: str | None  # the action that ended it (an `Action` value)
    passed: bool | None  # for a verification: its result
    working_seconds: float  # time in the stage, suspended time excluded
    agency: str | None  # the lead agency during the pass
    over: bool  # ended after its deadline, or still running past it at `until`


@dataclass(frozen=True, slots=True)
class Life:
    """What the assessment needs of one incident: its place, its stage passes and its events."""

    incident: Incident
    passes: tuple[StagePass, ...]
    dispatched_to: tuple[str, ...]  # lead agency of each dispatch, in order
    returned_by: tuple[str | None, ...]  # lead agency at each return
    escalations: int
    suspensions: int  # approved suspensions
    supervised: bool
    closed: bool
    co_agencies: frozenset[str]


def _initial(incident: Incident, policy: SlaPolicy) -> Incident:
    """The incident as it was reported: what the report decided, nothing of what came after."""
    level = RegionLevel.STREET if incident.street else RegionLevel.DISTRICT if incident.district else RegionLevel.CITY
    started, due = stage_clock(incident.category, S.REPORTED, incident.reported_at, policy)
    return replace(
        incident, status=S.REPORTED, level=level, lead_agency=None, co_agencies=(), registered_at=None,
        dispatched_at=None, accepted_at=None, disposed_at=None, verified_at=None, closed_at=None,
        stage_started_at=started, due_at=due, deadline=None, suspended_at=None, suspended_until=None,
        suspended_seconds=0, resume_status=None, supervised=False, return_reason="", merged_into=None,
    )


def _apply(current: Incident, action: IncidentAction, policy: SlaPolicy) -> Incident:
    """The incident after one history entry, through the workflow's own step for it."""
    try:
        name = Action(action.action)
    except ValueError:  # an action this version does not know changes nothing it can judge
        return current
    if name is Action.MERGE:
        into = action.data.get("merged_into")
        return enter(current, S.CANCELLED, action.at, policy, merged_into=into) if into else current
    step = STEPS.get(name)
    if step is None:
        return current
    try:
        result = step(Context(current, action.data, action.at, policy, action.note or "-"))
    except (BadArgs, AssertionError, TypeError, ValueError):
        result = None
    if isinstance(result, Refused) or result is None:
        # A history the steps cannot follow (edited by hand, or written by another version): keep the
        # status it records, with that stage's clock started then.
        return enter(current, action.to_status, action.at, policy) if action.to_status is not current.status \
            else current
    return result.incident


def replay(incident: Incident, actions: Iterable[IncidentAction], policy: SlaPolicy, until: datetime) -> Life:
    """The life of `incident` from its history, up to `until` (later entries are not counted)."""
    history = sorted((a for a in actions if a.at <= until), key=lambda a: a.at)
    current = _initial(incident, policy)
    passes: list[StagePass] = []
    dispatched: list[str] = []
    returned: list[str | None] = []
    escalations = suspensions = 0
    co: set[str] = set()
    pass_suspended = 0

    def close_pass(state: Incident, at: datetime, by: IncidentAction | None) -> None:
        stage = running_stage(state)
        if stage is None or state.stage_started_at is None:
            return
        # A stage suspended at `at` is judged as if the suspension ended then, by the workflow's own rule.
        judged = end_suspension(state, at) if state.status is S.SUSPENDED else state
        due = effective_due(judged, at)
        suspended = judged.suspended_seconds - pass_suspended
        working = max((at - state.stage_started_at).total_seconds() - suspended, 0.0)
        over = due is not None and at > due
        passed = None
        if by is not None and by.action == Action.VERIFY:
            passed = bool(by.data.get("passed", by.to_status is S.VERIFIED))
        passes.append(StagePass(stage, state.stage_started_at, due, at if by else None, by.action if by else None,
                                passed, working, state.lead_agency, over))

    for action in history:
        if action.action in (Action.REPORT, Action.COMMENT):
            continue
        current = resume_lapsed(current, action.at) or current
        after = _apply(current, action, policy)
        if after.stage_started_at != current.stage_started_at or running_stage(after) != running_stage(current):
            close_pass(current, action.at, action)
            pass_suspended = after.suspended_seconds
        name = action.action
        if name == Action.DISPATCH and after.lead_agency:
            dispatched.append(after.lead_agency)
            co.update(after.co_agencies)
        elif name == Action.RETURN:
            returned.append(current.lead_agency)
        elif name == Action.ESCALATE:
            escalations += 1
        elif name == Action.APPROVE_SUSPENSION and after.status is S.SUSPENDED:
            suspensions += 1
        current = after
    current = resume_lapsed(current, until) or current
    close_pass(current, until, None)
    return Life(incident, tuple(passes), tuple(dispatched), tuple(returned), escalations, suspensions,
                current.supervised, current.status is S.CLOSED, frozenset(co))


# --- figures --------------------------------------------------------------------------------------


# Every count of the assessment, in the order the desk lists them.
FIGURE_KEYS = (
    "reported", "registered", "dispatched", "accepted", "accepted_on_time", "disposed", "disposed_on_time",
    "verified", "verified_first_time", "returned", "reworked", "escalated", "suspended", "supervised", "closed",
    "co_agency", *(f"overdue_{stage.value}" for stage in SlaStage),
)  # fmt: skip
_OVERDUE = {stage: f"overdue_{stage.value}" for stage in SlaStage}


def counts_of(life: Life, agency: str | None) -> dict[str, int]:
    """How one incident's life adds to each count: for `agency`, or for an area (None).

    An agency counts the passes it led (and its dispatches, returns and co-agency); an area counts
    everything, plus the report, the registration and escalations. Suspension, supervision and closure
    count for every agency the incident was dispatched to.
    """
    area = agency is None
    c = dict.fromkeys(FIGURE_KEYS, 0)
    c["reported"] = int(area)
    c["dispatched"] = sum(1 for x in life.dispatched_to if area or x == agency)
    c["returned"] = sum(1 for x in life.returned_by if area or x == agency)
    c["escalated"] = life.escalations if area else 0
    led = area or agency in life.dispatched_to
    c["suspended"] = int(bool(life.suspensions) and led)
    c["supervised"] = int(life.supervised and led)
    c["closed"] = int(life.closed and led)
    c["co_agency"] = int(not area and agency in life.co_agencies)
    first_verification = True
    for p in life.passes:
        if not area and p.agency != agency:
            continue
        if p.over:
            c[_OVERDUE[p.stage]] += 1
        if p.stage is SlaStage.REGISTER:
            c["registered"] += int(area and p.ended_by == Action.REGISTER)
        elif p.stage is SlaStage.ACCEPT and p.ended_by == Action.ACCEPT:
            c["accepted"] += 1
            c["accepted_on_time"] += int(not p.over)
        elif p.stage is SlaStage.DISPOSE and p.ended_by == Action.DISPOSE:
            c["disposed"] += 1
            c["disposed_on_time"] += int(not p.over)
        elif p.stage is SlaStage.VERIFY and p.ended_by == Action.VERIFY:
            c["verified"] += 1
            if first_verification:
                c["verified_first_time"] = int(bool(p.passed))
                first_verification = False
            c["reworked"] += int(p.passed is False)
    return c


@dataclass(frozen=True, slots=True)
class Weights:
    """Weights of the composite score (0–100): each rate counts in proportion to its weight.

    The defaults favour disposal on time, the figure the public feels, then first-time verification
    (work done right), acceptance on time and few returns (dispatch done right)."""

    accept_on_time: float = 0.20
    dispose_on_time: float = 0.35
    first_time: float = 0.20
    not_returned: float = 0.10
    closed: float = 0.15

    def __post_init__(self) -> None:
        values = [getattr(self, f.name) for f in fields(self)]
        if any(not math.isfinite(v) or v < 0 for v in values) or sum(values) <= 0:
            raise ValueError("weights must be non-negative numbers, at least one above zero")


@dataclass(frozen=True, slots=True)
class Figures:
    """A unit's counts for a period, its stage times and its score."""

    unit: str
    kind: UnitKind
    counts: Mapping[str, int]
    stage_p50: Mapping[SlaStage, float]  # seconds of work per stage pass, suspended time excluded
    stage_p90: Mapping[SlaStage, float]
    rates: Mapping[str, float | None] = field(default_factory=dict)
    score: float | None = None


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def rates_of(counts: Mapping[str, int]) -> dict[str, float | None]:
    c = counts
    returned = _ratio(c["returned"], c["dispatched"])
    return {
        "accept_on_time": _ratio(c["accepted_on_time"], c["accepted"]),
        "dispose_on_time": _ratio(c["disposed_on_time"], c["disposed"]),
        "first_time": _ratio(c["verified_first_time"], c["verified"]),
        "not_returned": None if returned is None else 1.0 - returned,
        "closed": _ratio(c["closed"], c["reported"] or c["dispatched"]),
    }


def score_of(rates: Mapping[str, float | None], weights: Weights) -> float | None:
    """100 × the weighted mean of the rates that exist (a unit with nothing disposed is not judged on it)."""
    parts = [(getattr(weights, k), v) for k, v in rates.items() if v is not None and getattr(weights, k) > 0]
    total = sum(w for w, _ in parts)
    return round(100 * sum(w * v for w, v in parts) / total, 1) if total else None


def percentile(values: Sequence[float], q: float) -> float:
    """The q-quantile by linear interpolation between closest ranks (q in [0, 1]); values non-empty."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def units_of(life: Life, kind: UnitKind) -> set[str]:
    """The units of `kind` an incident counts for."""
    if kind is UnitKind.AGENCY:
        return set(life.dispatched_to) | set(life.co_agencies)
    if kind is UnitKind.CITY:
        return {CITY_UNIT}
    if kind is UnitKind.CATEGORY:
        return {life.incident.category}
    code = life.incident.district if kind is UnitKind.DISTRICT else life.incident.street
    return {code} if code else set()


def assess(lives: Iterable[Life], kind: UnitKind, weights: Weights | None = None) -> dict[str, Figures]:
    """Every unit of `kind` that any of `lives` counts for, with its figures."""
    return assess_kinds(lives, (kind,), weights)[kind]


def assess_kinds(lives: Iterable[Life], kinds: Sequence[UnitKind],
                 weights: Weights | None = None) -> dict[UnitKind, dict[str, Figures]]:
    """`assess` for several kinds of unit in one pass: an incident's area counts serve every area kind."""
    weights = weights or Weights()
    counts: dict[UnitKind, dict[str, dict[str, int]]] = {kind: {} for kind in kinds}
    times: dict[UnitKind, dict[str, dict[SlaStage, list[float]]]] = {kind: {} for kind in kinds}
    for life in lives:
        area: dict[str, int] | None = None
        for kind in kinds:
            for unit in units_of(life, kind):
                agency = unit if kind is UnitKind.AGENCY else None
                if agency is None:
                    area = area or counts_of(life, None)
                    contribution = area
                else:
                    contribution = counts_of(life, agency)
                mine = counts[kind].setdefault(unit, dict.fromkeys(FIGURE_KEYS, 0))
                for key, value in contribution.items():
                    if value:
                        mine[key] += value
                spans = times[kind].setdefault(unit, {})
                for p in life.passes:
                    if p.ended is not None and (agency is None or p.agency == agency):
                        spans.setdefault(p.stage, []).append(p.working_seconds)
    result: dict[UnitKind, dict[str, Figures]] = {}
    for kind in kinds:
        result[kind] = {}
        for unit, c in counts[kind].items():
            spans = times[kind].get(unit, {})
            rates = rates_of(c)
            result[kind][unit] = Figures(unit, kind, c, {s: percentile(v, 0.5) for s, v in spans.items()},
                                         {s: percentile(v, 0.9) for s, v in spans.items()}, rates,
                                         score_of(rates, weights))
    return result


def behind(lives: Iterable[Life], kind: UnitKind, unit: str, key: str) -> list[str]:
    """The incidents behind one number (drill-down): those that add to `key` for `unit`."""
    agency = unit if kind is UnitKind.AGENCY else None
    return [life.incident.id for life in lives if unit in units_of(life, kind) and counts_of(life, agency)[key] > 0]


# --- periods and rankings --------------------------------------------------------------------------


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class Period:
    """A week (Monday first) or a calendar month in the city's time zone, as UTC instants [start, end)."""

    kind: PeriodKind
    start: datetime
    end: datetime

    @classmethod
    def containing(cls, kind: PeriodKind, moment: datetime) -> Period:
        day = local_midnight(moment)
        if kind is PeriodKind.WEEK:
            first = day - timedelta(days=day.weekday())
            last = first + timedelta(days=7)
        else:
            first = day.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1)
        # re-localise: the zone has no DST today, but a fixed offset must not be assumed
        first, last = (d.replace(tzinfo=None).replace(tzinfo=BUSINESS_TZ) for d in (first, last))
        return cls(kind, first.astimezone(moment.tzinfo), last.astimezone(moment.tzinfo))

    def previous(self) -> Period:
        return Period.containing(self.kind, self.start - timedelta(seconds=1))

    def holds(self, moment: datetime) -> bool:
        return self.start <= moment < self.end

    @property
    def label(self) -> str:
        local = self.start.astimezone(BUSINESS_TZ)
        if self.kind is PeriodKind.MONTH:
            return local.strftime("%Y-%m")
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"


@dataclass(frozen=True, slots=True)
class Ranked:
    unit: str
    score: float | None
    position: int  # 1 is the best; units without a score come last, sharing the last position
    previous: int | None  # the position in the previous period, if ranked then
    change: int | None  # positions gained (positive) or lost since the previous period


def rank(now: Mapping[str, Figures], before: Mapping[str, Figures] | None = None) -> list[Ranked]:
    """Units by score, best first; equal scores share a position (1, 2, 2, 4)."""
    earlier = {r.unit: r.position for r in _positions(before or {})}
    out = []
    for r in _positions(now):
        prev = earlier.get(r.unit)
        out.append(Ranked(r.unit, r.score, r.position, prev, None if prev is None else prev - r.position))
    return out


def _positions(figures: Mapping[str, Figures]) -> list[Ranked]:
    ordered = sorted(figures.values(), key=lambda f: (f.score is None, -(f.score or 0.0), f.unit))
    out: list[Ranked] = []
    for n, f in enumerate(ordered, 1):
        same = out and out[-1].score == f.score
        out.append(Ranked(f.unit, f.score, out[-1].position if same else n, None, None))
    return out


# --- a period's standing, and its frozen form -----------------------------------------------------

RANKED_KINDS = (UnitKind.AGENCY, UnitKind.DISTRICT, UnitKind.STREET)


@dataclass(frozen=True)
class Standing:
    """A period's figures for every ranked kind of unit, the ranking against the period before, and
    the city's totals then and now: what the assessment page shows, live or published."""

    figures: Mapping[UnitKind, Mapping[str, Figures]]
    ranked: Mapping[UnitKind, Sequence[Ranked]]
    city: Figures | None  # None: nothing was reported
    city_before: Figures | None


def standing(lives: Sequence[Life], lives_before: Sequence[Life], weights: Weights | None = None) -> Standing:
    """The standing of a period from its lives and those of the period before."""
    kinds = (*RANKED_KINDS, UnitKind.CITY)
    now, before = assess_kinds(lives, kinds, weights), assess_kinds(lives_before, kinds, weights)
    ranked = {kind: rank(now[kind], before[kind]) for kind in RANKED_KINDS}
    return Standing({kind: now[kind] for kind in RANKED_KINDS}, ranked, now[UnitKind.CITY].get(CITY_UNIT),
                    before[UnitKind.CITY].get(CITY_UNIT))


def published_id(period: Period) -> str:
    """The key of a period's published assessment: month:2026-11, week:2026-W48."""
    return f"{period.kind.value}:{period.label}"


def requested_period(args: Mapping[str, Any]) -> Period | None:
    """The period `assessment.publish` names: its kind and its first instant (None: it names none)."""
    try:
        kind, start = PeriodKind(str(args.get("period"))), parse_time(args.get("start"))
    except (ValueError, TypeError, AttributeError):
        return None
    if start is None:
        return None
    period = Period.containing(kind, start)
    return period if period.start == start else None


WEIGHTS_KEY = "current"  # the one AssessmentWeights record


def weights_of(record: AssessmentWeights | None) -> Weights:
    """The weights an administrator set, or the defaults; a record this version cannot use counts as none."""
    if record is None:
        return Weights()
    try:
        return weights_from(record.weights)
    except ValueError:
        return Weights()


def weights_from(values: Any) -> Weights:
    """Weights from a mapping of every `Weights` field to a number; raises ValueError on anything else."""
    names = [f.name for f in fields(Weights)]
    if not isinstance(values, Mapping) or set(values) != set(names):
        raise ValueError("give a weight for each of: " + ", ".join(names))
    numbers = [values[name] for name in names]
    if any(isinstance(v, bool) or not isinstance(v, int | float) for v in numbers):
        raise ValueError("weights must be numbers")
    return Weights(*(float(v) for v in numbers))


def decide_weights(args: Mapping[str, Any], officer: Officer, now: datetime) -> AssessmentWeights | Refused:
    """`assessment.set_weights` (args `weights`: every `Weights` field to a number): the record to keep."""
    refusal = permissions.why_not_set_assessment_weights(officer, now)
    if refusal is not None:
        return refusal
    try:
        weights = weights_from(args.get("weights"))
    except ValueError as exc:
        return Refused(f"Not valid weights: {exc}", Code.BAD_ARGS)
    return AssessmentWeights(WEIGHTS_KEY, {f.name: getattr(weights, f.name) for f in fields(weights)}, now,
                             officer.id, officer.name)


def decide_publish(args: Mapping[str, Any], officer: Officer, regions: Any, now: datetime,
                   published: Callable[[str], bool]) -> Period | Refused:
    """`assessment.publish` (args `period`: month or week, `start`: its first instant): the period to
    freeze, or why not. Only a period that has ended, and only once; `published(key)` tells whether
    a key is taken. The desk decides with this before sending, the central service again on its state."""
    refusal = permissions.why_not_publish_assessment(officer, regions, now)
    if refusal is not None:
        return refusal
    period = requested_period(args)
    if period is None:
        return Refused("Give 'period' (month or week) and 'start', the first instant of that period", Code.BAD_ARGS)
    if period.end > now:
        return Refused("The period is still running: it can be published once it has ended", Code.WRONG_STATUS)
    if published(published_id(period)):
        return Refused("This period has already been published", Code.EXISTS)
    return period


def freeze(s: Standing) -> dict[str, Any]:
    """The standing as plain JSON values (stage times in seconds, rates as fractions)."""
    return {
        "figures": {kind.value: [_figures_out(f) for f in figures.values()] for kind, figures in s.figures.items()},
        "ranked": {kind.value: [[r.unit, r.score, r.position, r.previous, r.change] for r in ranked]
                   for kind, ranked in s.ranked.items()},
        "city": None if s.city is None else _figures_out(s.city),
        "city_before": None if s.city_before is None else _figures_out(s.city_before),
    }


def thaw(data: Mapping[str, Any]) -> Standing:
    """The standing `freeze` wrote; raises ValueError on anything else."""
    try:
        figures = {UnitKind(kind): {f["unit"]: _figures_in(f) for f in rows}
                   for kind, rows in data["figures"].items()}
        ranked = {UnitKind(kind): [Ranked(str(u), _number(score), int(pos), _whole(prev), _whole(change))
                                   for u, score, pos, prev, change in rows]
                  for kind, rows in data["ranked"].items()}
        city, before = data.get("city"), data.get("city_before")
        return Standing(figures, ranked, None if city is None else _figures_in(city),
                        None if before is None else _figures_in(before))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"not a frozen assessment: {exc}") from exc


def _figures_out(f: Figures) -> dict[str, Any]:
    return {"unit": f.unit, "kind": f.kind.value, "counts": dict(f.counts),
            "p50": {s.value: v for s, v in f.stage_p50.items()}, "p90": {s.value: v for s, v in f.stage_p90.items()},
            "rates": dict(f.rates), "score": f.score}


def _figures_in(d: Mapping[str, Any]) -> Figures:
    counts = {key: int(d["counts"].get(key, 0)) for key in FIGURE_KEYS}
    return Figures(str(d["unit"]), UnitKind(d["kind"]), counts,
                   {SlaStage(s): float(v) for s, v in d["p50"].items()},
                   {SlaStage(s): float(v) for s, v in d["p90"].items()},
                   {str(k): _number(v) for k, v in d["rates"].items()}, _number(d["score"]))


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def _whole(value: Any) -> int | None:
    return None if value is None else int(value)
