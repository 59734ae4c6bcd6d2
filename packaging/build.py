"""Build the PROMISE tracker bundle for the platform this runs on, then self-test it.

    .venv/bin/python packaging/build.py            # Linux, macOS
    .venv\\Scripts\\python packaging\\build.py       # Windows

The bundle lands in packaging/dist/ (PyInstaller's work files in packaging/build/; both are
ignored by git). Options: --installer (Windows: also the Inno Setup installer), --archive
(a .tar.gz or .zip of the bundle to hand out), --dist/--work (other folders). See
packaging/README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "promise-tracker.spec"
ISS = HERE / "windows" / "promise-tracker.iss"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def load_bundle_info() -> ModuleType:
    # Loaded by path: the folder is called "packaging" like a PyPI package we depend on.
    spec = importlib.util.spec_from_file_location("bundle_info", HERE / "bundle_info.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


info = load_bundle_info()


def app_version() -> str:
    sys.path.insert(0, str(ROOT))
    from promise_tracker import __version__

    return __version__


def bundle_paths(dist: Path) -> tuple[Path, Path]:
    """(the folder to ship, the console executable inside it) on this platform."""
    if sys.platform == "darwin":
        app = dist / info.MACOS_APP_NAME
        return app, app / "Contents" / "MacOS" / info.EXE_NAME
    folder = dist / info.BUNDLE_DIR
    suffix = ".exe" if sys.platform == "win32" else ""
    return folder, folder / f"{info.EXE_NAME}{suffix}"


def run_pyinstaller(dist: Path, work: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("build:", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def add_linux_desktop_files(folder: Path) -> None:
    """Put the desktop entry, AppStream file and icons in the bundle's share/ folder, the
    layout install.sh copies into ~/.local/share (and a distribution package into /usr)."""
    share = folder / "share"
    linux = HERE / "linux"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(linux / f"{info.APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(linux / f"{info.APP_ID}.metainfo.xml", share / "metainfo")
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICONS / f"promise-tracker-{size}.png", target / f"{info.APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICONS / "promise-tracker.svg", scalable / f"{info.APP_ID}.svg")
    installer = folder / "install.sh"
    shutil.copy2(linux / "install.sh", installer)
    installer.chmod(0o755)


def self_test(executable: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print(f"build: {executable} self-test", flush=True)
    subprocess.run([str(executable), "self-test"], check=True, env=env)


def find_iscc() -> str | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    for variable in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        base = os.environ.get(variable)
        for candidate in (
            Path(base or "") / "Inno Setup 6" / "ISCC.exe",
            Path(base or "") / "Programs" / "Inno Setup 6" / "ISCC.exe",
        ):
            if base and candidate.is_file():
                return str(candidate)
    return None


def build_installer(folder: Path, dist: Path, version: str) -> None:
    if sys.platform != "win32":
        sys.exit("build: --installer builds the Windows installer; run it on Windows")
    iscc = find_iscc()
    if iscc is None:
        sys.exit("build: Inno Setup 6 (ISCC.exe) not found; install it or put it on PATH")
    command = [
        iscc,
        f"/DAppVersion={version}",
        f"/DBundleDir={folder}",
        f"/O{dist}",
        str(ISS),
    ]
    print("build:", " ".join(command), flush=True)
    subprocess.run(command, check=True)


def make_archive(folder: Path, dist: Path, version: str) -> Path:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    name = f"promise-tracker-{version}-{system}-{platform.machine().lower()}"
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(dist / name), "zip", folder.parent, folder.name))
    # tar keeps the symbolic links inside the bundle (Qt frameworks on macOS).
    archive = dist / f"{name}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=folder.name)
    return archive


def folder_size(folder: Path) -> int:
    """Bytes in the folder's files; symbolic links (PyInstaller makes some) count once."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build the PROMISE tracker bundle for this platform, then self-test it."
    )
    parser.add_argument("--dist", type=Path, default=HERE / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=HERE / "build", help="work folder")
    parser.add_argument(
        "--installer", action="store_true", help="Windows: also build the installer"
    )
    parser.add_argument(
        "--archive", action="store_true", help="also pack the bundle into one archive file"
    )
    parser.add_argument(
        "--skip-self-test", action="store_true", help="do not run the bundle's self-test"
    )
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    version = app_version()

    started = time.perf_counter()
    run_pyinstaller(dist, work)
    folder, executable = bundle_paths(dist)
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(folder)
    seconds = time.perf_counter() - started
    if not args.skip_self_test:
        self_test(executable)
    if args.installer:
        build_installer(folder, dist, version)
    if args.archive:
        print(f"build: archive {make_archive(folder, dist, version)}")
    print(
        f"build: {info.APP_NAME} {version} bundle in {folder} "
        f"({folder_size(folder) / 1e6:.0f} MB, built in {seconds:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
