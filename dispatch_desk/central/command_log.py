"""The command log of an operation (指挥日志): append-only; a wrong entry is struck with a reason,
never edited or deleted."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from dispatch_desk.domain.permissions_operations import OperationAction
from dispatch_desk.domain.records import LogEntry
from dispatch_desk.domain.wire import MutationResult

from . import ledger
from .operations import in_view, why_not
from .outcome import Context, Handler, applied, refused, rejected

LOG_KINDS = ("order", "report", "decision", "info")


def _text(args: dict[str, Any], key: str, limit: int = 4000) -> str:
    value = args.get(key, "")
    return value.strip()[:limit] if isinstance(value, str) else ""


def log_append(ctx: Context) -> MutationResult:
    args = ctx.mutation.args
    operation = in_view(ctx, args.get("operation"))
    if operation is None:
        return rejected(ctx, "No such operation in your scope.")
    refusal = why_not(ctx, OperationAction.APPEND_LOG, operation)
    if refusal:
        return refused(ctx, refusal, "operation", operation.id)
    text = _text(args, "text")
    if not text:
        return rejected(ctx, "A log entry needs a text.")
    kind = args.get("kind", "info")
    if kind not in LOG_KINDS:
        return rejected(ctx, f"The kind of a log entry is one of {', '.join(LOG_KINDS)}.")
    entry_id = str(args.get("id") or ctx.mutation.id)[:64]
    if ledger.exists(ctx.tx, "log_entry", entry_id):
        return rejected(ctx, "A log entry with this id already exists.")
    entry = LogEntry(id=entry_id, operation=operation.id, at=ctx.now, author=ctx.officer.id, kind=kind, text=text)
    return applied(ctx, ledger.put(ctx.tx, entry))


def log_strike(ctx: Context) -> MutationResult:
    args = ctx.mutation.args
    entry = ledger.get(ctx.tx, LogEntry, str(args.get("id") or ""))
    operation = in_view(ctx, entry.operation) if entry else None
    if entry is None or operation is None:
        return rejected(ctx, "No such log entry in your scope.")
    refusal = why_not(ctx, OperationAction.STRIKE_LOG, operation, entry=entry)
    if refusal:
        return refused(ctx, refusal, "log_entry", entry.id)
    reason = _text(args, "reason", 1000)
    if not reason:
        return rejected(ctx, "Striking an entry needs a reason.")
    struck = replace(entry, struck=True, struck_by=ctx.officer.id, struck_at=ctx.now, struck_reason=reason)
    return applied(ctx, ledger.put(ctx.tx, struck))


HANDLERS: dict[str, Handler] = {"log.append": log_append, "log.strike": log_strike}
