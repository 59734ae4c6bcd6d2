"""What a screen reader hears on the criterion page, through the real Linux stack (AT-SPI).

Starts, on a display of its own, Xvfb + openbox + a session D-Bus + the AT-SPI bus, then the
app on the demo data (the Norrvik draft round, in English or Swedish) with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, and walks the app's accessible tree with pyatspi as Orca
sees it: each object's role, name, description and states, the labelled-by relations. Then
it answers the shown criterion through AT-SPI (as a screen reader user activating "Yes"
would) and prints the events a screen reader receives: announcements, state and description
changes, focus.

Run with Debian's Python, which has pyatspi (not the project's venv):

    /usr/bin/python3 tools/atspi_walk.py [--display 77] [--language en|sv] [--venv .venv]

Needs the Debian packages python3-pyatspi at-spi2-core dbus-x11 xvfb openbox libxcb-icccm4
libxcb-keysyms1 libxcb-cursor0. A manual check, not part of the test suite: it waits for real
processes to start.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "PROMISE tracker"
# Roles whose children are rows and cells: only the first few are listed.
ITEM_PARENTS = {"tree table", "table", "list", "tree", "list box"}
ITEMS_SHOWN = 4


def _wait_for(check, what: str, timeout: float = 30.0):  # type: ignore[no-untyped-def]
    """Poll `check` until it returns something truthy (processes take their time to start)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        result = check()
        if result:
            return result
        time.sleep(0.2)
    raise SystemExit(f"timed out waiting for {what}")


def _prepare_data(venv: Path, data: Path, language: str) -> None:
    """Demo data folder whose settings open the Norrvik draft round in `language`."""
    code = (
        "import sys\n"
        "from promise_tracker.paths import resolve_paths\n"
        "from promise_tracker.gui.shared.settings import Settings\n"
        "from promise_tracker.services.demo import demo_id\n"
        "paths = resolve_paths(sys.argv[1]).ensure()\n"
        "settings = Settings(paths.settings_file)\n"
        "settings.last_unit_id = demo_id('norrvik')\n"
        "settings.last_round_id = demo_id('norrvik', 'round', 3)\n"
        "settings.interface_language = sys.argv[2]\n"
        "settings.sync()\n"
    )
    subprocess.run([str(venv / "bin" / "python"), "-c", code, str(data), language], check=True)


def _states(accessible) -> list[str]:  # type: ignore[no-untyped-def]
    import pyatspi

    wanted = {
        pyatspi.STATE_FOCUSABLE: "focusable",
        pyatspi.STATE_FOCUSED: "FOCUSED",
        pyatspi.STATE_CHECKED: "checked",
        pyatspi.STATE_EDITABLE: "editable",
        pyatspi.STATE_SENSITIVE: "",
        pyatspi.STATE_SELECTED: "selected",
    }
    states = accessible.getState()
    found = [text for state, text in wanted.items() if text and states.contains(state)]
    if not states.contains(pyatspi.STATE_SENSITIVE):
        found.append("disabled")
    return found


def _labelled_by(accessible) -> str:  # type: ignore[no-untyped-def]
    import pyatspi

    names = []
    for relation in accessible.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for index in range(relation.getNTargets()):
                names.append(relation.getTarget(index).name)
    return " / ".join(n for n in names if n)


def _line(accessible, depth: int) -> str:  # type: ignore[no-untyped-def]
    role = accessible.getRoleName()
    text = f"{'  ' * depth}[{role}] {accessible.name!r}"
    if accessible.description:
        text += f" — description: {accessible.description!r}"
    label = _labelled_by(accessible)
    if label:
        text += f" — labelled by: {label!r}"
    try:
        value = accessible.queryValue().currentValue
        text += f" — value: {value}"
    except NotImplementedError:
        pass
    states = _states(accessible)
    if states:
        text += f" ({', '.join(states)})"
    return text


def walk(accessible, depth: int = 0, out: list[str] | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """Lines for `accessible` and its showing descendants, items of views cut short."""
    import pyatspi

    out = [] if out is None else out
    if not accessible.getState().contains(pyatspi.STATE_SHOWING) and depth > 0:
        return out
    out.append(_line(accessible, depth))
    role = accessible.getRoleName()
    count = accessible.childCount
    shown = min(count, ITEMS_SHOWN) if role in ITEM_PARENTS else count
    for index in range(shown):
        child = accessible.getChildAtIndex(index)
        if child is not None:
            walk(child, depth + 1, out)
    if shown < count:
        out.append(f"{'  ' * (depth + 1)}… {count - shown} more items")
    return out


def find(accessible, predicate):  # type: ignore[no-untyped-def]
    """The first showing descendant for which `predicate` holds, depth first."""
    import pyatspi

    if predicate(accessible):
        return accessible
    if accessible.getRoleName() in ITEM_PARENTS:
        return None
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        if child is None or not child.getState().contains(pyatspi.STATE_SHOWING):
            continue
        found = find(child, predicate)
        if found is not None:
            return found
    return None


def _app(desktop):  # type: ignore[no-untyped-def]
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.childCount and APP_NAME.lower() in (app.name or "").lower():
            return app
        if app is not None and app.childCount:
            frame = app.getChildAtIndex(0)
            if frame is not None and APP_NAME in (frame.name or ""):
                return app
    return None


def listen_while(action, seconds: float) -> list[str]:  # type: ignore[no-untyped-def]
    """The events a screen reader gets while `action` runs and for `seconds` after."""
    import pyatspi
    from gi.repository import GLib

    heard: list[str] = []

    def on_event(event) -> None:  # type: ignore[no-untyped-def]
        source = event.source
        name = source.name if source is not None else "?"
        role = source.getRoleName() if source is not None else "?"
        detail = event.any_data if isinstance(event.any_data, str) else event.detail1
        heard.append(f"{event.type} on [{role}] {name!r}: {detail!r}")

    kinds = [
        "object:announcement",
        "object:state-changed:checked",
        "object:state-changed:focused",
        "object:property-change:accessible-description",
        "object:property-change:accessible-name",
        "object:text-changed:insert",
        "focus:",
    ]
    for kind in kinds:
        pyatspi.Registry.registerEventListener(on_event, kind)
    GLib.timeout_add(100, lambda: (action(), False)[1])
    GLib.timeout_add(int(seconds * 1000), lambda: (pyatspi.Registry.stop(), False)[1])
    pyatspi.Registry.start()
    for kind in kinds:
        pyatspi.Registry.deregisterEventListener(on_event, kind)
    return heard


def _press(accessible) -> None:  # type: ignore[no-untyped-def]
    """Activate `accessible` by its AT-SPI action, as a screen reader's "activate" does."""
    actions = accessible.queryAction()
    names = [actions.getName(index).lower() for index in range(actions.nActions)]
    for wanted in ("press", "toggle", "click"):
        if wanted in names:
            actions.doAction(names.index(wanted))
            return
    actions.doAction(0)


# X keysyms and modifier masks for the keys the tool presses.
KEYSYMS = {"1": 0x31, "2": 0x32, "i": 0x69, "Page_Down": 0xFF56}
MASKS = {"Alt": 1 << 3, "Control": 1 << 2}


def _keys(combination: str) -> None:
    """Press a combination such as "Alt+1" through AT-SPI's synthesized keyboard (XTest)."""
    import pyatspi

    *modifiers, key = combination.split("+")
    mask = 0
    for modifier in modifiers:
        mask |= MASKS[modifier]
    if mask:
        pyatspi.Registry.generateKeyboardEvent(mask, None, pyatspi.KEY_LOCKMODIFIERS)
    pyatspi.Registry.generateKeyboardEvent(KEYSYMS[key], None, pyatspi.KEY_SYM)
    if mask:
        pyatspi.Registry.generateKeyboardEvent(mask, None, pyatspi.KEY_UNLOCKMODIFIERS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--display", type=int, default=77)
    parser.add_argument("--language", default="en", choices=("en", "sv"))
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv")
    args = parser.parse_args()
    for tool in ("Xvfb", "openbox", "dbus-launch"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install xvfb openbox dbus-x11")

    started: list[subprocess.Popen[bytes]] = []
    tmp = Path(tempfile.mkdtemp(prefix="atspi-walk-"))
    runtime = tmp / "run"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ)
    env.update(
        DISPLAY=f":{args.display}",
        XDG_RUNTIME_DIR=str(runtime),
        HOME=str(tmp / "home"),
        NO_AT_BRIDGE="0",
        GTK_A11Y="atspi",
    )
    (tmp / "home").mkdir()
    dbus_pid = None
    try:
        started.append(
            subprocess.Popen(
                ["Xvfb", f":{args.display}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                env=env,
                stderr=subprocess.DEVNULL,
            )
        )
        socket = Path(f"/tmp/.X11-unix/X{args.display}")
        _wait_for(socket.exists, "Xvfb")
        launched = subprocess.run(
            ["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True
        ).stdout
        for line in launched.splitlines():
            if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
                env["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].rstrip(";").strip("'")
            if line.startswith("DBUS_SESSION_BUS_PID="):
                dbus_pid = int(line.split("=", 1)[1].rstrip(";"))
        started.append(subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL))
        started.append(
            subprocess.Popen(
                ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                env=env,
                stderr=subprocess.DEVNULL,
            )
        )
        os.environ.update(env)  # pyatspi, in this process, finds the same buses

        data = tmp / "data"
        _prepare_data(args.venv, data, args.language)
        app_env = dict(env)
        app_env.update(
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
            QT_QPA_PLATFORM="xcb",
            MPLCONFIGDIR=str(tmp / "mpl"),
        )
        app_command = [str(args.venv / "bin" / "promise-tracker"), "gui", "--demo"]
        app_command += ["--data-dir", str(data)]
        started.append(subprocess.Popen(app_command, env=app_env, stderr=subprocess.DEVNULL))

        import pyatspi

        desktop = pyatspi.Registry.getDesktop(0)
        app = _wait_for(lambda: _app(desktop), "the app on the AT-SPI bus", 60)
        frame = app.getChildAtIndex(0)

        def answer_buttons():  # type: ignore[no-untyped-def]
            return find(frame, lambda a: a.getRoleName() == "radio button")

        _wait_for(answer_buttons, "the criterion page", 60)
        time.sleep(1.0)  # let the page finish laying out (a manual tool, not a test)
        print(f"== The app's window ({args.language}), as AT-SPI exposes it ==")
        page = find(
            frame,
            lambda a: (
                a.getRoleName() == "scroll pane"
                and find(a, lambda b: b.getRoleName() == "radio button") is not None
            ),
        )
        header = find(frame, lambda a: "%" in (a.name or "") and a.getRoleName() == "label")
        print("\n-- the header figures --")
        if header is not None:
            parent = header.parent
            print("\n".join(walk(parent)))
        print("\n-- the criterion page --")
        print("\n".join(walk(page if page is not None else frame)))

        yes = find(frame, lambda a: a.getRoleName() == "radio button")
        print(f"\n-- activating the first answer option ({yes.name!r}) through AT-SPI --")
        for line in listen_while(lambda: _press(yes), 3.0):
            print(line)
        for combination, what in (
            ("Alt+2", "the second answer by its shortcut"),
            ("Alt+i", "the evidence note by its shortcut"),
            ("Control+Page_Down", "the next criterion"),
        ):
            print(f"\n-- {combination}: {what} --")
            for line in listen_while(lambda c=combination: _keys(c), 3.0):
                print(line)
        focused = find(frame, lambda a: a.getState().contains(pyatspi.STATE_FOCUSED))
        if focused is not None:
            print(f"\n-- where the focus is now: {_line(focused, 0).strip()}")
    finally:
        for process in reversed(started):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
        if dbus_pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(dbus_pid, signal.SIGTERM)
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
