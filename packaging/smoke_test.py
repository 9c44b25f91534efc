"""Smoke-test built packages: install, start the frozen app, chat once, check the answer.

    python packaging/smoke_test.py --model MODEL.gguf dist/parla_*.deb dist/parla-*.tar.gz

A .deb is unpacked into a scratch root (as dpkg would lay it out) and a .tar.gz into a
scratch folder; then the frozen app runs `parla --self-test MODEL` in a real window
(Xvfb when available), with its own PARLA_HOME. It must show its window, load the model,
answer "What is the capital of France?" with "Paris" in the window and again through its
local API server (on a free 127.0.0.1 port), and exit 0. Prints a JSON report
with the sizes and the time from launch to a visible window.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path


def run_app(binary: Path, model: Path, home: Path) -> dict[str, object]:
    env = {**os.environ, "PARLA_HOME": str(home)}
    command = [str(binary), "--self-test", str(model)]
    if shutil.which("xvfb-run") and not os.environ.get("DISPLAY"):
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x900x24", *command]
        env["QT_QPA_PLATFORM"] = "xcb"
    elif not os.environ.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    shown = None
    reply = None
    for line in process.stdout:
        if line.startswith("PARLA_WINDOW_SHOWN"):
            shown = time.monotonic() - started
        elif line.startswith("PARLA_SELF_TEST_REPLY "):
            reply = json.loads(line.removeprefix("PARLA_SELF_TEST_REPLY "))
        elif line.startswith("PARLA_SELF_TEST_FAILED"):
            raise SystemExit(f"{binary}: {line.strip()}")
    code = process.wait(timeout=300)
    stderr = process.stderr.read() if process.stderr else ""
    if code != 0 or reply is None or shown is None:
        raise SystemExit(f"{binary} exited {code} (window shown: {shown}); "
                         f"stderr:\n{stderr[-3000:]}")
    answer = str(reply["reply"])
    if "Paris" not in answer:
        raise SystemExit(f"{binary} answered {answer!r}")
    api = reply.get("api") or {}
    if "Paris" not in str(api.get("reply", "")):
        raise SystemExit(f"{binary}'s local API server answered {api!r}")
    return {"window_shown_s": round(shown, 2), "reply": answer, "api_reply": api["reply"],
            "tokens_per_second": reply["stats"]["tokens_per_second"]}


def check_deb(deb: Path, model: Path, scratch: Path) -> dict[str, object]:
    root = scratch / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    control = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    launcher = root / "usr" / "bin" / "parla"
    if not launcher.is_symlink() or str(launcher.readlink()) != "../../opt/parla/parla":
        raise SystemExit("usr/bin/parla should link to /opt/parla/parla")
    for required in ("usr/share/applications/parla.desktop",
                     "usr/share/icons/hicolor/256x256/apps/parla.png",
                     "usr/share/icons/hicolor/scalable/apps/parla.svg",
                     "usr/share/doc/parla/copyright"):
        if not (root / required).is_file():
            raise SystemExit(f"{deb.name} lacks {required}")
    # Every file lives under /opt/parla or /usr/share, plus the one link: removing the
    # package removes all of it (dpkg tracks each path).
    stray = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and not (
        p.is_relative_to(root / "opt" / "parla") or p.is_relative_to(root / "usr" / "share"))]
    if stray:
        raise SystemExit(f"unexpected files: {stray[:5]}")
    installed = sum(p.stat().st_size for p in root.rglob("*")
                    if p.is_file() and not p.is_symlink())
    report = run_app(root / "opt" / "parla" / "parla", model, scratch / "home-deb")
    return {"package": deb.name, "size_mb": round(deb.stat().st_size / 1e6, 1),
            "installed_mb": round(installed / 1e6, 1),
            "depends": next(line for line in control.splitlines()
                            if line.startswith("Depends:")), **report}


def check_tar(archive: Path, model: Path, scratch: Path) -> dict[str, object]:
    target = scratch / "portable"
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="tar")
    [folder] = list(target.iterdir())
    report = run_app(folder / "parla" / "parla", model, scratch / "home-tar")
    return {"package": archive.name, "size_mb": round(archive.stat().st_size / 1e6, 1),
            **report}


def check_nsis(icon: Path, scratch: Path) -> dict[str, object]:
    """Compile the Windows installer script against a placeholder bundle (makensis runs on
    Linux; the real bundle can only be frozen on Windows)."""
    bundle = scratch / "placeholder" / "parla"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "parla.exe").write_bytes(b"MZ placeholder")
    (bundle / "_internal" / "resources" / "README.txt").write_text("placeholder")
    output = scratch / "parla-setup.exe"
    script = Path(__file__).parent / "windows" / "parla.nsi"
    result = subprocess.run(["makensis", "-V2", "-DVERSION=0.1.0", f"-DSOURCE={bundle}",
                             f"-DICON={icon.resolve()}", f"-DOUTFILE={output}", str(script)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not output.is_file():
        raise SystemExit(f"makensis failed:\n{result.stdout}\n{result.stderr}")
    return {"package": "NSIS script (placeholder bundle)", "compiled": True,
            "size_kb": output.stat().st_size // 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--nsis-icon", type=Path,
                        help="also compile the Windows installer script with this icon")
    parser.add_argument("packages", type=Path, nargs="+")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="parla-smoke-") as scratch:
        if args.nsis_icon:
            results.append(check_nsis(args.nsis_icon, Path(scratch)))
        for package in args.packages:
            place = Path(scratch) / package.stem
            place.mkdir()
            check = check_deb if package.suffix == ".deb" else check_tar
            results.append(check(package, args.model, place))
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
