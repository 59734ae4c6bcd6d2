"""Names, ids and per-platform settings of the desktop bundle, kept in one place.

The PyInstaller spec and the packaging tests both read this file. The version is never
written here: it always comes from promise_tracker.__version__.
"""

from __future__ import annotations

import re
from typing import Any

APP_NAME = "PROMISE tracker"
# Reverse-DNS id shared by the desktop entry, the AppStream file, the icon name and the macOS
# bundle identifier. Change it in all of them at once (a test compares them).
APP_ID = "org.promise_tracker.PromiseTracker"
SUMMARY = "Self-assessment against the European Barnahus Quality Standards"

# The one-folder bundle, and the command inside it (console program on every platform, so
# `--version` and `self-test` print to the terminal).
BUNDLE_DIR = "promise-tracker"
EXE_NAME = "promise-tracker"
# Windows only: a second launcher without a console window, for the Start menu.
WINDOWS_GUI_EXE_NAME = "promise-tracker-gui"
# macOS only: the .app bundle PyInstaller wraps around the folder.
MACOS_APP_NAME = f"{APP_NAME}.app"

# PySide6 modules the app does not use. They are left out of the bundle to keep it small
# and to make sure nothing in it can open a network connection (QtNetwork, WebEngine).
# QtGui/QtWidgets need only QtCore and, on Linux, QtDBus (kept) and the platform plugins.
UNUSED_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtXml",
)

# Qt plugins (matched by file name) the bundle leaves out, with the libraries only they need:
# platforms for embedded devices and remote access (VNC is a network server), input from
# TUIO (a UDP network protocol) and evdev devices, the GTK 3 theme (it would load the
# system's GTK next to the bundle's own GLib and may crash on a version mismatch; Qt then
# uses its own style), and image formats the app never reads.
# Kept: the xcb, wayland, offscreen and minimal platforms, the portal theme, and the PNG
# (built in), SVG, ICO, JPEG and GIF image formats.
DROPPED_QT_PLUGINS = (
    "qvnc",
    "qtuiotouchplugin",
    "qevdev",
    "qgtk3",
    "qlinuxfb",
    "qeglfs",
    "qminimalegl",
    "qvkkhrdisplay",
    "qtiff",
    "qwebp",
    "qtga",
    "qwbmp",
    "qicns",
)

# Python modules that come along through optional imports of our dependencies (or because
# the build runs in the development environment) but are never used by the app.
UNUSED_PYTHON_MODULES = (
    "tkinter",
    "_tkinter",
    "IPython",
    "jedi",
    "pytest",
    "hypothesis",
    "mypy",
    "rich",
    "jsonschema",
    "pygments",  # optional in mako, 4.5 MB of source
    "pydoc_data",
    "sqlalchemy.testing",
    "matplotlib.tests",
    "numpy.tests",
    "PIL.ImageTk",
    "PIL.ImageQt",
    # TLS and OpenSSL's hashes: the app never opens a network connection, and hashlib falls
    # back to Python's own SHA-256 (about 6 MB with libssl and libcrypto).
    "ssl",
    "_ssl",
    "_hashlib",
    # The PostgreSQL driver, with its own libpq, libssl and libcrypto: a network's PCs reach
    # their server with the app installed from its requirements (docs/server.md); the bundle
    # is for units working offline, and says so when given a server URL.
    "psycopg",
    "psycopg_binary",
    "psycopg_c",
    # Pillow's AVIF and WebP codecs, its font rendering and colour management (about 10 MB
    # of libraries): matplotlib only has Pillow read and write PNG files.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingft",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # python-docx needs only lxml.etree: not its HTML parser, objectify, schematron or SAX
    # (about 4.5 MB).
    "lxml.html",
    "lxml.objectify",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.builder",
)

# Data files of our dependencies that the app never reads (matched against the path inside
# the bundle).
UNUSED_DATA = (
    "mpl-data/sample_data/",
    "mpl-data/plot_directive/",
    "mpl-data/kpsewhich.lua",
    # Metrics of the 14 PDF core fonts and PostScript fonts: charts embed DejaVu Sans instead.
    "mpl-data/fonts/afm/",
    "mpl-data/fonts/pdfcorefonts/",
    # Translations of Qt Assistant's help viewer (QtHelp is left out).
    "translations/qt_help_",
    # Charts use DejaVu Sans (matplotlib's default); its serif, monospace, STIX and Computer
    # Modern fonts only serve other font families and math typesetting, which the app
    # never asks for.
    "mpl-data/fonts/ttf/DejaVuSerif",
    "mpl-data/fonts/ttf/DejaVuSansMono",
    "mpl-data/fonts/ttf/STIX",
    "mpl-data/fonts/ttf/cm",
)

# Qt's own translations (dialog buttons and the like) are kept only for the languages the app
# itself is translated into.
APP_LANGUAGES = ("en", "sv")


def is_unused_data(bundle_path: str) -> bool:
    """True for a data file of a dependency that the bundled app never reads."""
    if any(unused in bundle_path for unused in UNUSED_DATA):
        return True
    if "/translations/" in bundle_path and bundle_path.endswith(".qm"):
        stem = bundle_path.rsplit("/", 1)[-1].removesuffix(".qm")
        return stem.rsplit("_", 1)[-1] not in APP_LANGUAGES
    return False


# The Agg canvas renders charts to images, QtAgg hosts them in the window, PDF and SVG save them.
MATPLOTLIB_BACKENDS = ("Agg", "QtAgg", "PDF", "SVG")


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """ "1.2.3" (or "1.2.3rc1", "1.2") as the four numbers Windows version resources need."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def macos_info_plist(version: str) -> dict[str, Any]:
    """Info.plist values for PROMISE tracker.app (PyInstaller adds the executable and icon)."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": APP_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundlePackageType": "APPL",
        "LSApplicationCategoryType": "public.app-category.productivity",
        # Qt 6.10's documentation names macOS 13 as the oldest supported system; check the
        # PySide6 wheel's platform tag when moving to a newer Qt.
        "LSMinimumSystemVersion": "13.0",
        "NSHighResolutionCapable": True,
        # Follow the system's light or dark appearance.
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": "The PROMISE tracker team. GPL-3.0-or-later.",
    }


def windows_version_strings(version: str) -> dict[str, str]:
    """What Windows Explorer shows in the executables' properties."""
    return {
        "CompanyName": "The PROMISE tracker team",
        "FileDescription": APP_NAME,
        "FileVersion": version,
        "InternalName": EXE_NAME,
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": f"{EXE_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }


def windows_version_info(version: str) -> Any:
    """The version resource of the Windows executables (builds on Windows only: PyInstaller's
    version-resource module needs pefile, which it installs only there)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    numbers = version_numbers(version)
    strings = [
        vi.StringStruct(key, value) for key, value in windows_version_strings(version).items()
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo([vi.StringTable("040904B0", strings)]),
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
