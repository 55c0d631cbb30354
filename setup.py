"""Build hook: map the top-level resources/ and local_db/ into the installed package.

In a checkout they stay at the top (docs/architecture.md §3); a wheel or a frozen build has no checkout, so
the build copies them to dispatch_desk/resources and dispatch_desk/local_db, where the code looks
next. All other metadata lives in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

MAPPED = ("resources", "local_db")


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install runs from the checkout, where the folders already are
        for name in MAPPED:
            shutil.copytree(Path(name), Path(self.build_lib) / "dispatch_desk" / name, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithResources})
