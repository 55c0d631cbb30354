"""The operation workspace (联动指挥): the operation header, task board, command log and seats board.

Each dock follows one shared `OperationFeed` (the operation in view) and `bus.data_changed`; every
action is a mutation issued through the sync engine off the main thread.
"""

from dispatch_desk.ui.command.board import TaskBoardWidget
from dispatch_desk.ui.command.header import OperationHeader
from dispatch_desk.ui.command.log import CommandLogWidget
from dispatch_desk.ui.command.seats import SeatsWidget
from dispatch_desk.ui.command.watcher import CommandWatcher

__all__ = ["CommandLogWidget", "CommandWatcher", "OperationHeader", "SeatsWidget", "TaskBoardWidget"]
