#!/bin/sh
# Regenerate the operation workspace's translation sources (resources/translations/command_*.ts).
set -e
cd "$(dirname "$0")/.."
FILES="dispatch_desk/ui/command/__init__.py dispatch_desk/ui/command/board.py dispatch_desk/ui/command/dialogs.py
dispatch_desk/ui/command/header.py dispatch_desk/ui/command/issue.py dispatch_desk/ui/command/log.py
dispatch_desk/ui/command/logmodel.py dispatch_desk/ui/command/models.py dispatch_desk/ui/command/seats.py
dispatch_desk/ui/command/style.py dispatch_desk/ui/command/watcher.py dispatch_desk/ui/command/words.py"
.venv/bin/pyside6-lupdate $FILES -no-obsolete -ts resources/translations/command_zh_CN.ts resources/translations/command_en.ts
