"""The vocabulary of the incident workflow: actions, commands and the two possible decisions.

Kept apart from `workflow` so that `permissions` can name actions without importing the workflow.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from dispatch_desk.domain.records import Incident, IncidentAction


class Action(StrEnum):
    REPORT = "report"  # 上报
    REGISTER = "register"  # 立案
    DISPATCH = "dispatch"  # 派遣
    ACCEPT = "accept"  # 签收
    RETURN = "return"  # 退回
    DISPOSE = "dispose"  # 处置
    VERIFY = "verify"  # 核查
    CLOSE = "close"  # 结案
    REOPEN = "reopen"  # 重新立案
    ESCALATE = "escalate"  # 上报上级
    SUSPEND = "suspend"  # 申请挂起/延期
    APPROVE_SUSPENSION = "approve_suspension"  # 审批挂起 (approve or reject)
    RESUME = "resume"  # 恢复 (end a suspension early)
    EXTEND = "extend"  # 延期 (move the current deadline, by an approver)
    SUPERVISE = "supervise"  # 督办
    CANCEL = "cancel"  # 作废
    MERGE = "merge"  # 合并重复件
    COMMENT = "comment"  # 备注


    @property
    def verb(self) -> str:
        """The action as an English verb phrase for refusal reasons."""
        return {"approve_suspension": "approve the suspension of"}.get(self.value, self.value)


class Code(StrEnum):
    """Stable refusal codes; the UI translates by code, logs keep the English reason."""

    NOT_FOUND = "not_found"  # no such incident
    EXISTS = "exists"  # a report for an id that is already taken
    BAD_ARGS = "bad_args"  # missing or malformed arguments
    WRONG_STATUS = "wrong_status"  # the action does not apply in the incident's status
    PENDING = "pending"  # a suspension request is waiting / none is waiting
    LEVEL = "level"  # handled at another level (escalation, approval)
    READ_ONLY = "read_only"  # leaders
    INACTIVE = "inactive"  # disabled account or expired temporary seat
    OUT_OF_SCOPE = "out_of_scope"  # region, agency or operation does not cover the incident
    FORBIDDEN = "forbidden"  # the role may not do this at all


# Refusals that depend on the incident's current state, not on the request: the central service
# reports these as conflicts (someone else moved the incident first) rather than rejections.
STATE_CODES = frozenset({Code.NOT_FOUND, Code.EXISTS, Code.WRONG_STATUS, Code.PENDING, Code.LEVEL})


@dataclass(frozen=True, slots=True)
class Command:
    """One request to change an incident; `id` is the client mutation id and becomes the action id."""

    action: Action
    id: str
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if not isinstance(self.action, Action):
            object.__setattr__(self, "action", Action(self.action))

    @classmethod
    def from_mutation(cls, name: str, id: str, args: Mapping[str, Any]) -> Command:
        """`incident.dispatch` → Action.DISPATCH; raises ValueError for other names."""
        entity, _, verb = name.partition(".")
        if entity != "incident":
            raise ValueError(f"not an incident mutation: {name}")
        return cls(Action(verb), id, args)


@dataclass(frozen=True, slots=True)
class Applied:
    """The new state of the incident, the history entry, and other incidents changed with it (merge)."""

    incident: Incident
    action: IncidentAction
    also: tuple[Incident, ...] = ()
    also_actions: tuple[IncidentAction, ...] = ()  # history entries of the incidents in `also`


@dataclass(frozen=True, slots=True)
class Refused:
    reason: str  # English, for people and logs
    code: Code = Code.FORBIDDEN

    @property
    def is_conflict(self) -> bool:
        return self.code in STATE_CODES


Decision = Applied | Refused
