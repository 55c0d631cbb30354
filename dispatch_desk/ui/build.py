"""The project's build step: Designer forms and Qt translations.

    python -m dispatch_desk.ui.build           # what scripts/setup runs; quick when nothing changed
    python -m dispatch_desk.ui.build --check   # exit 1 if a committed form is stale

``ui/<name>.ui`` compiles with pyside6-uic to ``dispatch_desk/ui/forms/ui_<name>.py`` (committed, so an
install needs no Qt tools). Each form carries the SHA-256 of its source in its first line, which makes
"is it up to date?" a hash comparison that works in any fresh checkout, whatever the file times.
``resources/translations/*.ts`` compile with pyside6-lrelease to ``.qm`` beside them (git-ignored);
every area adds its own ``<area>_<lang>.ts`` there and the shell loads them all at start.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

from dispatch_desk.ui.shell.paths import project_root, resources_dir

HEADER = "# generated — do not edit: compiled from {source} (sha256 {digest}) by dispatch_desk.ui.build\n"


def _tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, else from PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"build: {name} not found; install PySide6 into this environment")
    return found


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def form_target(source: Path, forms_dir: Path) -> Path:
    return forms_dir / f"ui_{source.stem}.py"


def compile_form(source: Path) -> str:
    """The text of the generated module for one .ui file."""
    out = subprocess.run(
        [_tool("pyside6-uic"), "-g", "python", str(source)], check=True, capture_output=True, text=True
    ).stdout
    return HEADER.format(source=f"ui/{source.name}", digest=_digest(source)) + out


def form_is_current(source: Path, target: Path) -> bool:
    if not target.is_file():
        return False
    with target.open(encoding="utf-8") as f:
        first = f.readline()
    return first == HEADER.format(source=f"ui/{source.name}", digest=_digest(source))


def build_forms(root: Path, *, check: bool = False) -> list[Path]:
    """Compile stale forms (or, with check, only report them). Returns the stale sources."""
    forms_dir = root / "dispatch_desk" / "ui" / "forms"
    forms_dir.mkdir(parents=True, exist_ok=True)
    init = forms_dir / "__init__.py"
    if not init.exists() and not check:
        init.write_text('"""Python compiled from ../../../ui/*.ui by dispatch_desk.ui.build — do not edit."""\n')
    stale = [src for src in sorted((root / "ui").glob("*.ui")) if not form_is_current(src, form_target(src, forms_dir))]
    if not check:
        for src in stale:
            form_target(src, forms_dir).write_text(compile_form(src), encoding="utf-8")
    return stale


def build_translations(translations: Path) -> list[Path]:
    """Compile every .ts whose .qm is missing or older. Returns the compiled sources."""
    done = []
    for ts in sorted(translations.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        done.append(ts)
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dispatch_desk.ui.build", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale forms; exit 1 if any")
    args = parser.parse_args(argv)
    root = project_root()
    if args.check:
        if root is None:
            return 0
        stale = build_forms(root, check=True)
        for src in stale:
            print(f"build: stale form {src.name}; run python -m dispatch_desk.ui.build", file=sys.stderr)
        return 1 if stale else 0
    if root is not None:  # an installed package ships compiled forms and has no ui/ folder
        for src in build_forms(root):
            print(f"build: compiled {src.name}")
    for ts in build_translations(resources_dir() / "translations"):
        print(f"build: compiled {ts.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
