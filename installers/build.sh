#!/usr/bin/env bash
# Builds the one-folder desktop bundle into dist/dispatch-desk with PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup
.venv/bin/python -m pip install -q "pyinstaller>=6.10"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installers/dispatch-desk.spec
echo "built: dist/dispatch-desk/dispatch-desk"
