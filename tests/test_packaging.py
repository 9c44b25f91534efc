"""The wheel ships the app and nothing of the developer tools (benchmarks, matplotlib)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: What .gitignore keeps out of the checkout: caches, build outputs, the virtual env.
_NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", ".cache", "build", "dist", "*.egg-info",
                                     "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache")


def test_the_wheel_carries_the_app_but_not_the_benchmarks_or_matplotlib(tmp_path: Path) -> None:
    # Built from a copy: an in-tree build leaves build/ behind, whose stale files a later
    # build would pack. pip builds in an isolated env, as `pip install` and `pip wheel` do.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCE)
    assert (source / "bench" / "run.py").is_file(), "the copy must hold the benchmarks"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "-w", str(tmp_path / "wheel"), str(source)], check=True, timeout=300)

    [wheel] = (tmp_path / "wheel").glob("parla-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        [metadata] = [n for n in names if n.endswith(".dist-info/METADATA")]
        requirements = [line for line in archive.read(metadata).decode().splitlines()
                        if line.startswith("Requires-Dist:")]
    assert "app/core/engine/llama/engine.py" in names
    assert "app/cli/main.py" in names
    assert not [n for n in names if n.startswith(("bench/", "app/bench/", "tests/"))]
    assert any("llama-cpp-python" in line for line in requirements)
    assert not [line for line in requirements if "matplotlib" in line.lower()]
