"""The packaging files agree with each other and with the one version number, and validate."""

from __future__ import annotations

import configparser
import importlib.util
import plistlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from promise_tracker import APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def load(path: Path) -> ModuleType:
    # By path: "packaging" is also the name of a PyPI package in the environment.
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def info() -> ModuleType:
    return load(PACKAGING / "bundle_info.py")


@pytest.fixture(scope="module")
def desktop_file(info: ModuleType) -> Path:
    return PACKAGING / "linux" / f"{info.APP_ID}.desktop"


@pytest.fixture(scope="module")
def metainfo_file(info: ModuleType) -> Path:
    return PACKAGING / "linux" / f"{info.APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    # Installed by `scripts/setup.sh dev`; a missing tool is a failure, not a skip, so that
    # CI can never pass without having validated the files.
    path = shutil.which(name)
    assert path, f"{name} is missing: run `bash scripts/setup.sh dev`"
    return path


# --- one version ------------------------------------------------------------------------


def test_the_changelog_starts_with_the_current_version() -> None:
    headings = re.findall(r"^## (\S+)", (ROOT / "CHANGELOG.md").read_text(), re.MULTILINE)
    assert headings, "CHANGELOG.md has no version section"
    assert headings[0] == __version__


def test_the_newest_appstream_release_is_the_current_version(metainfo_file: Path) -> None:
    releases = ET.parse(metainfo_file).getroot().findall("./releases/release")
    assert releases, "the metainfo file lists no release"
    assert releases[0].get("version") == __version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date") or "")


def test_info_plist_takes_the_version_and_id(info: ModuleType) -> None:
    plist = info.macos_info_plist(__version__)
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["CFBundleVersion"] == __version__
    assert plist["CFBundleIdentifier"] == info.APP_ID
    assert plist["CFBundleName"] == APP_NAME
    assert plist["NSHighResolutionCapable"] is True
    # Every value must be something a property list can hold.
    assert plistlib.loads(plistlib.dumps(plist)) == plist


def test_windows_version_resource_takes_the_version(info: ModuleType) -> None:
    assert info.version_numbers("0.1.0") == (0, 1, 0, 0)
    assert info.version_numbers("2.10.3") == (2, 10, 3, 0)
    assert info.version_numbers("1.2") == (1, 2, 0, 0)
    strings = info.windows_version_strings(__version__)
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    assert strings["ProductName"] == APP_NAME
    assert strings["OriginalFilename"] == f"{info.EXE_NAME}.exe"


def test_no_packaging_file_writes_the_version_itself() -> None:
    """The spec, the installer script and the build script all take it from the package."""
    version = re.escape(__version__)
    for path in (
        PACKAGING / "promise-tracker.spec",
        PACKAGING / "windows" / "promise-tracker.iss",
        PACKAGING / "build.py",
        PACKAGING / "bundle_info.py",
    ):
        assert not re.search(rf"(?<![\d.]){version}(?![\d.])", path.read_text()), path
    assert (
        "from promise_tracker import __version__"
        in (PACKAGING / "promise-tracker.spec").read_text()
    )


# --- Linux desktop integration ------------------------------------------------------------


def test_desktop_entry_validates(desktop_file: Path) -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(desktop_file)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_metainfo_validates(metainfo_file: Path) -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(metainfo_file)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert problems == []


def test_desktop_entry_metainfo_and_icon_name_the_same_app(
    info: ModuleType, desktop_file: Path, metainfo_file: Path
) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop_file, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Name"] == APP_NAME
    assert group["Icon"] == info.APP_ID
    assert group["Exec"].split()[0] == info.EXE_NAME
    assert group["TryExec"] == info.EXE_NAME

    root = ET.parse(metainfo_file).getroot()
    assert root.findtext("id") == info.APP_ID
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable") == desktop_file.name
    assert root.findtext("./provides/binary") == info.EXE_NAME
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("summary") == info.SUMMARY


def test_install_script_is_valid_shell() -> None:
    script = PACKAGING / "linux" / "install.sh"
    result = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- icons --------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_size_and_is_drawn(size: int) -> None:
    with Image.open(ICONS / f"promise-tracker-{size}.png") as image:
        assert image.size == (size, size)
        rgba = image.convert("RGBA")
        # A rounded tile: transparent corners, an opaque middle.
        assert rgba.getpixel((0, 0))[3] == 0
        assert rgba.getpixel((size // 2, size // 2))[3] == 255


def test_icon_svg_source_is_square() -> None:
    root = ET.parse(ICONS / "promise-tracker.svg").getroot()
    assert root.get("viewBox") == "0 0 512 512"


def test_windows_and_macos_icons_hold_every_size() -> None:
    with Image.open(ICONS / "promise-tracker.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "promise-tracker.icns") as icns:
        assert icns.size == (1024, 1024)


def test_icons_are_package_data() -> None:
    icons = resources.files("promise_tracker.resources").joinpath("icons")
    assert icons.joinpath("promise-tracker.svg").is_file()
    for size in ICON_SIZES:
        assert icons.joinpath(f"promise-tracker-{size}.png").is_file()


# --- Windows installer --------------------------------------------------------------------


def test_installer_installs_per_user_and_keeps_the_users_data(info: ModuleType) -> None:
    script = (PACKAGING / "windows" / "promise-tracker.iss").read_text()
    setup = dict(
        line.split("=", 1)
        for line in script.split("[Setup]")[1].split("\n[")[0].splitlines()
        if "=" in line and not line.startswith(";")
    )
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "#error" in script  # refuses to build without the version passed in
    assert '{autoprograms}\\{#AppName}"; Filename: "{app}\\{#GuiExe}"' in script
    assert f'#define GuiExe "{info.WINDOWS_GUI_EXE_NAME}.exe"' in script
    # Uninstalling removes only the program folder, never the user's data folder.
    uninstall = script.split("[UninstallDelete]")[1]
    deleted = [line for line in uninstall.splitlines() if line.startswith("Type:")]
    assert deleted == ['Type: filesandordirs; Name: "{app}\\_internal"']
    assert "promise-tracker\\" not in uninstall.lower().replace("{app}", "")
    assert "{localappdata}" not in script.lower()
    assert "{userappdata}" not in script.lower()


def test_only_the_apps_languages_of_qt_translations_and_unused_fonts_are_left_out(
    info: ModuleType,
) -> None:
    is_unused_data = info.is_unused_data

    kept = [
        "PySide6/Qt/translations/qtbase_sv.qm",
        "PySide6/Qt/translations/qt_en.qm",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf",
        "matplotlib/mpl-data/fonts/ttf/LastResortHE-Regular.ttf",
        "matplotlib/mpl-data/matplotlibrc",
    ]
    dropped = [
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_zh_CN.qm",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSerif.ttf",
        "matplotlib/mpl-data/fonts/ttf/DejaVuSansMono-Bold.ttf",
        "matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf",
        "matplotlib/mpl-data/fonts/ttf/cmr10.ttf",
        "matplotlib/mpl-data/sample_data/goog.npz",
    ]
    assert [p for p in kept if is_unused_data(p)] == []
    assert [p for p in dropped if not is_unused_data(p)] == []
