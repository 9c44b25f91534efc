"""Build Parla's installers: the one script behind `make package` and the release workflow.

    python packaging/build.py [--variant cpu|cuda|metal] [--formats deb,tar]

Steps: icons from the SVG source, compiled translations, a PyInstaller one-folder app,
then the platform's packages: on Linux a .deb (installs under /opt/parla, `parla` on the
PATH, desktop entry and icon) and a portable .tar.gz; on Windows an NSIS installer; on
macOS a .dmg with Parla.app. Artifacts land in dist/.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "packaging" / "build"
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402 - after the path is set

DEB_DEPENDS = ("libc6 (>= 2.34), libgl1, libegl1, libfontconfig1, libxkbcommon0, "
               "libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, "
               "libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-render-util0, "
               "libdbus-1-3, libgomp1")


def run(*command: str | Path, **kwargs: object) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True, **kwargs)  # type: ignore[call-overload]


def icons() -> None:
    """PNG, ICO and ICNS from resources/icons/parla.svg, rendered by Qt itself."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "parla.svg"))
    BUILD.mkdir(parents=True, exist_ok=True)
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    for name in ("parla.png", "parla.ico", "parla.icns"):
        if not image.save(str(BUILD / name)):
            raise SystemExit(f"could not write {name}")


def translations() -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        run(lrelease, "-silent", ts, "-qm", ts.with_suffix(".qm"))


def freeze() -> Path:
    run(sys.executable, "-m", "PyInstaller", "--clean", "--noconfirm",
        "--distpath", BUILD / "dist", "--workpath", BUILD / "work",
        ROOT / "packaging" / "parla.spec", env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return BUILD / "dist" / "parla"


def desktop_entry() -> str:
    return (ROOT / "packaging" / "linux" / "parla.desktop").read_text(encoding="utf-8")


def tarball(app_dir: Path, variant: str) -> Path:
    """Portable: unpack anywhere and run parla/parla."""
    name = f"parla-{__version__}-linux-x86_64-{variant}"
    target = DIST / f"{name}.tar.gz"
    with tarfile.open(target, "w:gz") as archive:
        archive.add(app_dir, arcname=f"{name}/parla")
        archive.add(ROOT / "packaging" / "linux" / "parla.desktop",
                    arcname=f"{name}/parla.desktop")
        archive.add(BUILD / "parla.png", arcname=f"{name}/parla.png")
        archive.add(ROOT / "packaging" / "linux" / "README-portable.txt",
                    arcname=f"{name}/README.txt")
        archive.add(ROOT / "LICENSE", arcname=f"{name}/LICENSE")
    return target


def deb(app_dir: Path, variant: str) -> Path:
    package = "parla" if variant == "cpu" else f"parla-{variant}"
    root = BUILD / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(app_dir, root / "opt" / "parla", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "parla").symlink_to("../../opt/parla/parla")
    apps = root / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "parla.desktop").write_text(desktop_entry(), encoding="utf-8")
    for size_dir, source in (("256x256", BUILD / "parla.png"),
                             ("scalable", ROOT / "resources" / "icons" / "parla.svg")):
        icon_dir = root / "usr" / "share" / "icons" / "hicolor" / size_dir / "apps"
        icon_dir.mkdir(parents=True)
        shutil.copy(source, icon_dir / f"parla{source.suffix}")
    docs = root / "usr" / "share" / "doc" / package
    docs.mkdir(parents=True)
    shutil.copy(ROOT / "LICENSE", docs / "copyright")
    size_kib = sum(p.stat().st_size for p in root.rglob("*")
                   if p.is_file() and not p.is_symlink()) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        f"Package: {package}\nVersion: {__version__}\nArchitecture: amd64\n"
        f"Maintainer: The Parla developers <parla@example.org>\nInstalled-Size: {size_kib}\n"
        f"Depends: {DEB_DEPENDS}\nConflicts: {'parla-cuda' if variant == 'cpu' else 'parla'}\n"
        "Section: utils\nPriority: optional\nHomepage: https://github.com/parla-app/parla\n"
        "Description: Private, offline chat with StableLM 2 on your computer\n"
        " Parla runs StableLM 2 1.6B (and other GGUF models) locally with llama.cpp.\n"
        " Your chats never leave the computer.\n", encoding="utf-8")
    target = DIST / f"{package}_{__version__}_amd64.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variant", choices=["cpu", "cuda", "metal"], default="cpu")
    parser.add_argument("--formats", default="deb,tar" if sys.platform.startswith("linux")
                        else "nsis" if sys.platform == "win32" else "dmg")
    args = parser.parse_args()
    started = time.monotonic()
    DIST.mkdir(exist_ok=True)
    icons()
    translations()
    app_dir = freeze()
    formats = set(args.formats.split(","))
    artifacts: list[Path] = []
    if "tar" in formats:
        artifacts.append(tarball(app_dir, args.variant))
    if "deb" in formats:
        artifacts.append(deb(app_dir, args.variant))
    if "nsis" in formats:
        run("makensis", f"-DVERSION={__version__}", f"-DSOURCE={app_dir}",
            f"-DICON={BUILD / 'parla.ico'}",
            f"-DOUTFILE={DIST / f'parla-{__version__}-windows-x64-{args.variant}-setup.exe'}",
            ROOT / "packaging" / "windows" / "parla.nsi")
        artifacts.extend(DIST.glob("*-setup.exe"))
    if "dmg" in formats:
        dmg = DIST / f"parla-{__version__}-macos-arm64-{args.variant}.dmg"
        run("hdiutil", "create", "-volname", "Parla", "-srcfolder", BUILD / "dist" / "Parla.app",
            "-ov", "-format", "UDZO", dmg)
        artifacts.append(dmg)
    for artifact in artifacts:
        print(f"{artifact.name}: {artifact.stat().st_size / 1e6:.1f} MB")
    print(f"Built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
