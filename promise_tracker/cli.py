"""The promise-tracker command: opens the app, or runs a task from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from promise_tracker import APP_NAME, __version__
from promise_tracker.errors import PackError, PromiseTrackerError
from promise_tracker.paths import AppPaths, resolve_paths

if TYPE_CHECKING:
    from promise_tracker.exchange.compare import Comparison, ExportSummary
    from promise_tracker.services.round_upgrade import UpgradePlan
    from promise_tracker.services.workspace import Workspace
    from promise_tracker.standards.registry import PackRegistry

_R = TypeVar("_R")

EXIT_OK = 0
EXIT_FAILED = 1  # an expected problem: invalid pack, refused database, ...
# The reader of the output went away (`promise-tracker score | head -1`): what a shell reports
# for a command ended by SIGPIPE (128 + 13), without a traceback.
EXIT_BROKEN_PIPE = 141
_PASSWORD_HELP = (
    "A password-protected file is opened with the password in the environment variable "
    "PROMISE_TRACKER_PASSWORD, or with one asked for in the terminal."
)
# The commands that open the database; each warns first when its drive is nearly full.
_COMMANDS_ON_DATA = frozenset(
    {
        "demo",
        "score",
        "export",
        "import",
        "questionnaire",
        "backup",
        "restore",
        "report",
        "upgrade-round",
    }
)


def _data_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    # Accepted before and after the command name; the subcommand's copy must not
    # overwrite a value given before it, hence SUPPRESS as its default.
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep all data and settings in DIR (default: $PROMISE_TRACKER_DATA_DIR, "
        "else the user's data folder)",
    )
    parser.add_argument(
        "--db-url",
        metavar="URL",
        default=default,
        help="database URL instead of the SQLite file in the data folder",
    )


def build_parser(*, window_only: bool = False) -> argparse.ArgumentParser:
    """The command line; `window_only` leaves out every command but `gui` (faster startup)."""
    parser = argparse.ArgumentParser(
        prog="promise-tracker",
        description=f"{APP_NAME}: self-assessment against the Barnahus Quality Standards. "
        "Without a command, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _data_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the application window (the default)")
    _data_options(gui, suppress=True)
    gui.add_argument(
        "--demo", action="store_true", help="open the demo data (kept apart from real data)"
    )
    if window_only:
        return parser

    validate = commands.add_parser(
        "validate",
        help="check standards pack files and crosswalks between pack versions",
        description="Checks standards packs and crosswalks (*.crosswalk.yaml). A crosswalk is "
        "checked against the two pack versions it joins: those given on the same command "
        "line, else the installed ones (shipped, and the user's packs folder).",
    )
    _data_options(validate, suppress=True)
    validate.add_argument("packs", nargs="+", metavar="FILE", type=Path)

    packs = commands.add_parser("packs", help="list the installed standards packs")
    _data_options(packs, suppress=True)

    demo = commands.add_parser(
        "demo",
        help="write the demo data set (fictional units) into an empty data folder",
        description="Writes the demo data set into the data folder given with --data-dir, "
        "or, without it, into the demo folder inside the user's data folder, never into "
        "the folder holding real data.",
    )
    _data_options(demo, suppress=True)

    score = commands.add_parser("score", help="print the scores of every unit and round")
    _data_options(score, suppress=True)
    score.add_argument("--json", action="store_true", help="print JSON instead of a table")
    score.add_argument("--language", default="en", help="language of standard titles")

    export = commands.add_parser(
        "export",
        help="write a round or a unit (all its rounds) to an Excel workbook",
        description="Writes an .xlsx workbook with a summary, every criterion's answer, the "
        "respondents and the unit's history. The file appears only once it is complete.",
    )
    _data_options(export, suppress=True)
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--round", metavar="ID", help="export this round")
    which.add_argument("--unit", metavar="ID", help="export this unit with all its rounds")
    export.add_argument("--out", metavar="FILE", type=Path, required=True, help="the .xlsx file")
    export.add_argument(
        "--language", default="en", help="language of the standards text and of the headings"
    )
    export.add_argument(
        "--redacted",
        action="store_true",
        help="leave out notes and N/A justifications and number the respondents",
    )
    export.add_argument(
        "--encrypt",
        action="store_true",
        help="protect the file with a password (from the environment variable "
        "PROMISE_TRACKER_PASSWORD, else asked for in the terminal); Excel and LibreOffice "
        "ask for it before opening the file",
    )

    import_ = commands.add_parser(
        "import",
        help="read export workbooks (.xlsx) back into the data folder",
        description="Checks every file first and prints what it would add or change. If any "
        "file is refused, nothing is imported; otherwise all files are stored in one step. "
        + _PASSWORD_HELP,
    )
    _data_options(import_, suppress=True)
    import_.add_argument(
        "--on-conflict",
        choices=("keep-both", "replace", "skip"),
        default="keep-both",
        help="what to do with a round that exists with other content (default: keep-both, "
        "which stores the imported copy with ' (imported)' after its title)",
    )
    import_.add_argument("files", nargs="+", metavar="FILE", type=Path)

    comparison = commands.add_parser(
        "compare",
        help="compare many units' export files, or a database's units, in one workbook",
        description="Reads round or unit export files (folders give their .xlsx files), "
        "prints each file's status and a short table, and writes a comparison workbook: "
        "units x standards, statistics, most often unmet criteria, ranking, trends, files. "
        "No database is needed. With --from-database the units come straight from the "
        "database instead (--db-url or the data folder's; on a network's server every unit "
        "the role signed in may read), each on its latest finalised round unless "
        "--include-drafts, --on-or-before or --round-title choose another. Exits with 1 if "
        "no file or unit was accepted. " + _PASSWORD_HELP,
    )
    _data_options(comparison, suppress=True)
    comparison.add_argument("files", nargs="*", metavar="FILE_OR_FOLDER", type=Path)
    comparison.add_argument(
        "--from-database",
        action="store_true",
        help="compare the units of the database (with any FILE_OR_FOLDER given too)",
    )
    comparison.add_argument(
        "--include-drafts",
        action="store_true",
        help="with --from-database: also take rounds not finalised yet",
    )
    comparison.add_argument(
        "--on-or-before",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        help="with --from-database: each unit's latest round dated on or before this day",
    )
    comparison.add_argument(
        "--round-title",
        metavar="TITLE",
        help="with --from-database: each unit's latest round with this title (case ignored)",
    )
    comparison.add_argument(
        "--out", metavar="FILE", type=Path, required=True, help="the .xlsx file to write"
    )
    comparison.add_argument(
        "--alias",
        metavar="UNIT_ID=NAME",
        action="append",
        default=[],
        help="show NAME instead of the unit's name (repeat for more units)",
    )
    comparison.add_argument(
        "--language", default="en", help="language of the workbook's headings (en, sv)"
    )
    comparison.add_argument("--country", metavar="CODE", help="only units of this country")
    comparison.add_argument(
        "--lead-agency", metavar="AGENCY", help="only units with this lead agency"
    )

    handout = commands.add_parser(
        "handout",
        help="write a standards pack (or one standard) as a PDF handout for training",
        description="Writes an A4 PDF with a title page (source and provenance of the texts) "
        "and every standard, sub-standard and criterion with its evidence hint and the rooms "
        "and agencies it concerns. With --second-language the two languages stand side by "
        "side, criterion by criterion. The file appears only once it is complete.",
    )
    _data_options(handout, suppress=True)
    handout.add_argument(
        "--pack", metavar="ID", default="promise-bqs-2017", help="pack id (its newest version)"
    )
    handout.add_argument("--language", default="en", help="language of the texts (default: en)")
    handout.add_argument(
        "--second-language", metavar="LANGUAGE", help="a second language, printed beside the first"
    )
    handout.add_argument("--standard", metavar="NUMBER", help="only this standard, e.g. 3 or 1.2")
    handout.add_argument("--out", metavar="FILE", type=Path, required=True, help="the .pdf file")

    _questionnaire_parser(commands)
    _report_parser(commands)
    _backup_parsers(commands)
    _upgrade_round_parser(commands)
    # A network's shared PostgreSQL server (docs/server.md): its own modules, loaded with
    # the parser (argparse only) and run only when asked for.
    from promise_tracker import cli_copy, cli_server

    cli_server.add_parsers(commands, _data_options)
    cli_copy.add_parsers(commands)

    commands.add_parser(
        "self-test",
        help="check that this installation works (packs, database, Excel, charts)",
        description="Runs a series of checks in a temporary data folder, without a window, "
        "and prints one line per check. Exits with 1 if any check fails. Never touches "
        "the user's data.",
    )
    return parser


def _opens_the_window_only(argv: Sequence[str]) -> bool:
    """True when `argv` holds nothing but what opening the window takes.

    Building the parser of every command costs startup time the window would wait for.
    """
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token in ("--data-dir", "--db-url"):
            if not rest:
                return False
            rest.pop(0)
        elif not (token in ("gui", "--demo") or token.startswith(("--data-dir=", "--db-url="))):
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; output cut short by its reader (`| head -1`) ends it quietly."""
    try:
        return _main(argv)
    except BrokenPipeError:
        _discard_further_output()
        return EXIT_BROKEN_PIPE


def _discard_further_output() -> None:
    """Point stdout at the null device, so that flushing it at exit raises nothing more."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass  # stdout is no real file (a test's capture): nothing will be flushed to a pipe


def _main(argv: Sequence[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(window_only=_opens_the_window_only(argv)).parse_args(argv)
    command = args.command or "gui"
    try:
        if command == "validate":
            return _validate(args.packs, lambda: resolve_paths(args.data_dir, args.db_url))
        if command == "self-test":
            from promise_tracker.selftest import main as self_test

            return self_test()
        if command == "compare":
            return _compare(args)
        if command == "server":
            from promise_tracker import cli_server

            return cli_server.run(args)
        if command == "copy-data":
            from promise_tracker import cli_copy

            return cli_copy.run(args)
        if command == "gui":
            from promise_tracker.app import run_gui  # Qt is loaded only for the window

            return run_gui(
                resolve_paths(args.data_dir, args.db_url), demo=getattr(args, "demo", False)
            )
        paths = resolve_paths(args.data_dir, args.db_url)
        if command in _COMMANDS_ON_DATA:
            _warn_if_disk_nearly_full(paths if command != "demo" or args.data_dir else paths.demo())
        if command == "packs":
            return _packs(paths)
        if command == "demo":
            # Into the data folder or database named, else the demo's own folder.
            return _demo(paths if args.data_dir or args.db_url else paths.demo())
        if command == "score":
            return _score(paths, as_json=args.json, language=args.language)
        if command == "export":
            return _export(paths, args)
        if command == "import":
            return _import(paths, args)
        if command == "questionnaire":
            if args.action == "export":
                return _questionnaire_export(paths, args)
            return _questionnaire_import(paths, args)
        if command == "handout":
            return _handout(paths, args)
        if command == "report":
            return _report(paths, args)
        if command == "backup":
            return _backup(paths, args)
        if command == "restore":
            return _restore(paths, args)
        if command == "upgrade-round":
            return _upgrade_round(paths, args)
    except PromiseTrackerError as error:
        print(f"promise-tracker: {error}", file=sys.stderr)
        return EXIT_FAILED
    raise AssertionError(f"unhandled command {command}")  # argparse refuses unknown ones


def _validate(files: Sequence[Path], installed_paths: Callable[[], AppPaths]) -> int:
    from promise_tracker.standards.crosswalk_loader import is_crosswalk_file
    from promise_tracker.standards.loader import PackValidationError, load_pack
    from promise_tracker.standards.model import Pack

    status = EXIT_OK
    given: dict[tuple[str, str], Pack] = {}
    for path in files:
        if is_crosswalk_file(path.name):
            continue  # checked below, against the packs given here
        try:
            pack = load_pack(path)
        except PackValidationError as error:
            status = EXIT_FAILED
            for problem in error.problems:
                print(problem)
        except PackError as error:
            status = EXIT_FAILED
            print(f"{path}: {error}")
        else:
            given.setdefault(pack.key, pack)
            print(
                f"{path}: valid: {pack.id} {pack.version}, {len(pack.assessed_units())} "
                f"assessed standards, {len(pack.criteria())} criteria, "
                f"languages {', '.join(pack.languages)}, content {pack.short_hash}"
            )
    crosswalks = [path for path in files if is_crosswalk_file(path.name)]
    installed: list[dict[tuple[str, str], Pack]] = []  # loaded once, when first needed

    def find(pack_id: str, version: str) -> Pack | None:
        if (pack_id, version) in given:
            return given[(pack_id, version)]
        if not installed:
            from promise_tracker.standards.registry import PackRegistry

            # As installed, but a pack waiting for this very crosswalk is not refused.
            registry = PackRegistry.load(installed_paths().user_packs_dir, refuse_dropped=False)
            installed.append({pack.key: pack for pack in registry.packs()})
        return installed[0].get((pack_id, version))

    for path in crosswalks:
        if not _validate_crosswalk(path, find):
            status = EXIT_FAILED
    return status


def _validate_crosswalk(path: Path, find: Callable[[str, str], Any]) -> bool:
    """Check one crosswalk file against its packs and print the verdict; True when valid."""
    from collections import Counter

    from promise_tracker.standards.crosswalk_loader import (
        CrosswalkValidationError,
        crosswalk_problems,
        load_crosswalk,
        missing_versions,
    )
    from promise_tracker.standards.model import Pack

    try:
        crosswalk = load_crosswalk(path)
    except CrosswalkValidationError as error:
        for problem in error.problems:
            print(problem)
        return False
    except PackError as error:
        print(f"{path}: {error}")
        return False
    old: Pack | None = find(crosswalk.pack_id, crosswalk.from_version)
    new: Pack | None = find(crosswalk.pack_id, crosswalk.to_version)
    if old is None or new is None:
        which = missing_versions(crosswalk, old, new, crosswalk.pack_id)
        print(
            f"{path}: cannot check: {which} neither given on the command line nor installed; "
            "give the pack files too"
        )
        return False
    against = f"checked against {old.origin} and {new.origin}"
    problems = crosswalk_problems(crosswalk, old, new)
    if problems:
        for problem in problems:
            print(problem)
        print(f"{path}: {against}")
        return False
    counts = Counter(change.change.value for change in crosswalk.changes)
    summary = ", ".join(f"{count} {kind}" for kind, count in counts.items())
    print(
        f"{path}: valid: crosswalk {crosswalk.pack_id} {crosswalk.from_version} -> "
        f"{crosswalk.to_version}: {len(crosswalk.changes)} criteria ({summary}), "
        f"{len(crosswalk.new_ids)} new; {against}"
    )
    return True


def _packs(paths: AppPaths) -> int:
    from promise_tracker.standards.model import Pack
    from promise_tracker.standards.problems import escape_controls
    from promise_tracker.standards.registry import PackRegistry, split_local_variants

    registry = PackRegistry.load(paths.user_packs_dir)

    def line(pack: Pack) -> str:
        return escape_controls(
            f"{pack.id} {pack.version}  {pack.title.get('en')}  "
            f"({len(pack.criteria())} criteria, {', '.join(pack.languages)}, "
            f"content {pack.short_hash})  {pack.origin}"
        )

    offered, variants = split_local_variants(registry.packs())
    for pack in offered:
        print(line(pack))
    if variants:
        # Same id as a shipped pack: never used for a new round unless chosen explicitly.
        print("Local variants of shipped packs (used only when chosen for a round):")
        for pack in variants:
            print(f"  local variant: {line(pack)}")
    for error in registry.load_errors:
        print(f"not loaded: {error}", file=sys.stderr)
    print(f"User packs folder: {paths.user_packs_dir}")
    return EXIT_FAILED if registry.load_errors else EXIT_OK


def _warn_if_disk_nearly_full(paths: AppPaths) -> None:
    from promise_tracker.services.workspace import low_disk_space_warning

    warning = low_disk_space_warning(paths)
    if warning is not None:
        print(f"promise-tracker: warning: {warning}", file=sys.stderr)


def _demo(paths: AppPaths) -> int:
    from promise_tracker.services.demo_reset import write_demo
    from promise_tracker.standards.registry import PackRegistry

    # Built aside and moved into place when complete: never a partial demo.
    summary = write_demo(paths, PackRegistry.load(paths.user_packs_dir))
    print(
        f"Demo data written to {paths.data_dir}: {summary.units} units, {summary.rounds} "
        f"rounds, {summary.respondents} respondents, {summary.answers} answers, "
        f"{summary.events} events."
    )
    return EXIT_OK


def _score(paths: AppPaths, *, as_json: bool, language: str) -> int:
    from promise_tracker.services.score_report import build_score_report, report_json

    if not paths.database_url_override and not paths.database.exists():
        raise PromiseTrackerError(f"No database in {paths.data_dir}; nothing to score.")
    with _open_for_reading(paths) as workspace:
        report = build_score_report(workspace.assessment, language, database=workspace.database)
    if as_json:
        print(report_json(report))  # json.dumps(..., ensure_ascii=False, indent=2), faster
    else:
        _print_score_table(report)
    return EXIT_OK


def _open_for_reading(paths: AppPaths) -> Workspace:
    """The data for a command that only reads it: read-only where it may not be written."""
    from promise_tracker.errors import DataReadOnlyError
    from promise_tracker.services.workspace import open_workspace

    try:
        return open_workspace(paths)
    except DataReadOnlyError as problem:
        try:
            return open_workspace(paths, read_only=True)
        except PromiseTrackerError:
            raise problem from None


def _export(paths: AppPaths, args: argparse.Namespace) -> int:
    from promise_tracker.exchange.round_export import export_round, export_unit
    from promise_tracker.services.workspace import open_workspace

    if not paths.database_url_override and not paths.database.exists():
        raise PromiseTrackerError(f"No database in {paths.data_dir}; nothing to export.")
    password = _new_password() if args.encrypt else None
    with _output_language(args.language), open_workspace(paths) as workspace:
        if args.round:
            written = export_round(
                workspace.assessment,
                args.round,
                args.out,
                language=args.language,
                redacted=args.redacted,
                password=password,
            )
        else:
            written = export_unit(
                workspace.assessment,
                args.unit,
                args.out,
                language=args.language,
                redacted=args.redacted,
                password=password,
            )
    extras = [
        text
        for flag, text in ((args.redacted, "redacted"), (password, "password-protected"))
        if flag
    ]
    print(f"Exported to {written}" + (f" ({', '.join(extras)})" if extras else ""))
    return EXIT_OK


def _handout(paths: AppPaths, args: argparse.Namespace) -> int:
    from promise_tracker.reports.handout import write_handout
    from promise_tracker.standards.registry import PackRegistry

    pack = PackRegistry.load(paths.user_packs_dir).latest(args.pack)
    languages = [args.language] + ([args.second_language] if args.second_language else [])
    write_handout(args.out, pack, languages, args.standard)
    print(f"Handout of {pack.id} {pack.version} written to {args.out}")
    return EXIT_OK


def _report_parser(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help="write a round's report for the steering group (PDF or editable Word)",
        description="Writes the round's report: cover, one-page summary with the charts, "
        "every standard with its criteria, the criteria not met with their barriers and "
        "actions, the perspectives, the action plan, the unit's events and how the score is "
        "counted. FILE.pdf gives a PDF, FILE.docx an editable Word document. The file "
        "appears only once it is complete.",
    )
    _data_options(report, suppress=True)
    report.add_argument("--round", metavar="ID", required=True, help="the round to report on")
    report.add_argument(
        "--out", metavar="FILE", type=Path, required=True, help="the .pdf or .docx file"
    )
    report.add_argument(
        "--language",
        default="en",
        choices=("en", "sv"),
        help="language of the standards' texts and of the report's headings (default: en)",
    )
    report.add_argument(
        "--redacted",
        action="store_true",
        help="leave out evidence notes, N/A reasons, dissenting views and progress notes",
    )
    report.add_argument(
        "--compare-with",
        metavar="ROUND_ID",
        help="the earlier round to compare with (default: the round's comparison round, "
        "else the unit's round before it)",
    )
    report.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)"
    )


def _report(paths: AppPaths, args: argparse.Namespace) -> int:
    from promise_tracker.gui.reports.report_charts import report_charts
    from promise_tracker.reports.round_report import write_round_report

    if not paths.database_url_override and not paths.database.exists():
        raise PromiseTrackerError(f"No database in {paths.data_dir}; nothing to report on.")
    with _output_language(args.language), _open_for_reading(paths) as workspace:
        written = write_round_report(
            workspace.assessment,
            args.round,
            args.out,
            language=args.language,
            redacted=args.redacted,
            compare_with=args.compare_with,
            paper=args.paper,
            charts=report_charts,
        )
    print(f"Report written to {written}" + (" (redacted)" if args.redacted else ""))
    return EXIT_OK


def _import(paths: AppPaths, args: argparse.Namespace) -> int:
    from promise_tracker.services.importing import (
        apply_import,
        describe_result,
        preview_import,
    )
    from promise_tracker.services.workspace import open_workspace

    with open_workspace(paths) as workspace:
        preview = _with_passwords(
            lambda passwords: preview_import(
                workspace.database, workspace.packs, args.files, passwords=passwords
            ),
            lambda found: [f.path for f in found.files if f.needs_password],
        )
        for file in preview.files:
            lines = file.describe()
            print("\n".join(lines), file=sys.stdout if file.accepted else sys.stderr)
        if not preview.accepted:
            print(
                f"promise-tracker: nothing was imported: {len(preview.refused)} of "
                f"{len(preview.files)} files refused",
                file=sys.stderr,
            )
            return EXIT_FAILED
        result = apply_import(preview, args.on_conflict)
    print(describe_result(result))
    return EXIT_OK


def _questionnaire_parser(commands: Any) -> None:
    questionnaire = commands.add_parser(
        "questionnaire",
        help="hand out Excel questionnaires to a round's respondents and import them filled",
    )
    actions = questionnaire.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write one questionnaire (.xlsx) per respondent of a round",
        description="Writes one .xlsx questionnaire per respondent, named after the unit, "
        "round and alias, prefilled with what the respondent has answered so far.",
    )
    _data_options(export, suppress=True)
    export.add_argument("--round", metavar="ID", required=True, help="the round")
    export.add_argument(
        "--respondent",
        metavar="ID",
        action="append",
        help="only this respondent (repeat for more; default: every respondent)",
    )
    export.add_argument("--language", help="language of the questionnaire (default: the pack's)")
    export.add_argument("--out", metavar="FOLDER", type=Path, required=True)
    export.add_argument(
        "--encrypt",
        action="store_true",
        help="protect every questionnaire with a password (from the environment variable "
        "PROMISE_TRACKER_PASSWORD, else asked for in the terminal); Excel and LibreOffice "
        "ask for it before opening each file",
    )
    import_ = actions.add_parser(
        "import",
        help="read filled questionnaires back into their round",
        description="Checks every file and prints whether it is new, unchanged, changed "
        "(with every difference from the stored answers) or rejected (with every problem). "
        "New files are stored, changed ones only with --accept-changed, all in one step; "
        "rejected files never. Exits with 1 if any file is rejected. " + _PASSWORD_HELP,
    )
    _data_options(import_, suppress=True)
    import_.add_argument(
        "--accept-changed",
        action="store_true",
        help="also store files that change answers already stored",
    )
    import_.add_argument("files", nargs="+", metavar="FILE", type=Path)


def _questionnaire_export(paths: AppPaths, args: argparse.Namespace) -> int:
    from promise_tracker.services.questionnaires import export_questionnaires
    from promise_tracker.services.workspace import open_workspace

    if not paths.database_url_override and not paths.database.exists():
        raise PromiseTrackerError(f"No database in {paths.data_dir}; nothing to export.")
    password = _new_password() if args.encrypt else None
    # Instructions and headings in the questionnaire's language, like its statements.
    with _output_language(args.language), open_workspace(paths) as workspace:
        written = export_questionnaires(
            workspace.assessment,
            args.round,
            args.out,
            respondent_ids=args.respondent,
            language=args.language,
            password=password,
        )
    for item in written:
        for path in item.paths:
            print(f"{item.respondent.alias}: {path}")
    protected = " (password-protected)" if password else ""
    print(f"Wrote {len(written)} questionnaires to {args.out}{protected}")
    return EXIT_OK


def _questionnaire_import(paths: AppPaths, args: argparse.Namespace) -> int:
    from promise_tracker.services.questionnaires import (
        apply_questionnaires,
        preview_questionnaires,
    )
    from promise_tracker.services.workspace import open_workspace

    if not paths.database_url_override and not paths.database.exists():
        raise PromiseTrackerError(f"No database in {paths.data_dir}; nothing to import into.")
    with open_workspace(paths) as workspace:
        preview = _with_passwords(
            lambda passwords: preview_questionnaires(
                workspace.assessment, args.files, passwords=passwords
            ),
            lambda found: [f.path for f in found.files if f.needs_password],
        )
        for file in preview.files:
            print("\n".join(file.describe()), file=sys.stderr if file.rejected else sys.stdout)
        summary = apply_questionnaires(
            workspace.assessment, preview, accept_changed=args.accept_changed
        )
    print(summary.describe())
    if summary.files_skipped:
        print(
            f"Changed files not imported: {len(summary.files_skipped)}; check the "
            "differences above and run again with --accept-changed to store them."
        )
    if preview.rejected:
        print(
            f"promise-tracker: {len(preview.rejected)} of {len(preview.files)} questionnaires "
            "rejected",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return EXIT_OK


def _backup_parsers(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help="back up the database (or list the backups)",
        description="Writes a consistent copy of the database with SQLite's online backup "
        "API, also while the app is open: by default a manual backup into the data folder's "
        "backups folder, or the file given with --out (e.g. on a USB stick).",
    )
    _data_options(backup, suppress=True)
    what = backup.add_mutually_exclusive_group()
    what.add_argument("--out", metavar="FILE", type=Path, help="write the copy to FILE instead")
    what.add_argument(
        "--list",
        action="store_true",
        help="list the backups, newest first, with what each holds",
    )
    restore = commands.add_parser(
        "restore",
        help="put a backup in place of the database (the database is backed up first)",
        description="Checks FILE (a PROMISE tracker database that passes SQLite's "
        "quick_check, not from a newer version), backs up the current database into the "
        "backups folder, then replaces it in one step. Refused while the database is open "
        "elsewhere (close the app first); nothing is changed when FILE is refused.",
    )
    _data_options(restore, suppress=True)
    restore.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help="the backup (a path, or the name of a file in the backups folder)",
    )


def _backup(paths: AppPaths, args: argparse.Namespace) -> int:
    from promise_tracker.services.backups import (
        describe_content,
        kind_label,
        list_backups,
        make_backup,
        save_copy,
    )
    from promise_tracker.storage.backup import read_content

    if args.list:
        backups = list_backups(paths)
        if not backups:
            print(f"No backups in {paths.backups_dir} yet.")
        for item in backups:
            print(
                f"{item.created:%Y-%m-%d %H:%M:%S}  {kind_label(item.kind):<15}  "
                f"{_size(item.size):>8}  {describe_content(item.content)}  {item.path.name}"
            )
        return EXIT_OK
    written = save_copy(paths, args.out) if args.out else make_backup(paths)
    print(f"Backup written to {written} ({describe_content(read_content(written))})")
    return EXIT_OK


def _restore(paths: AppPaths, args: argparse.Namespace) -> int:
    from promise_tracker.services.backups import describe_content, restore_backup

    chosen: Path = args.file
    in_backups = paths.backups_dir / chosen
    if not chosen.exists() and chosen.name == str(chosen) and in_backups.is_file():
        chosen = in_backups  # a name as `backup --list` shows it
    result = restore_backup(paths, chosen)
    print(f"Restored {result.restored} ({describe_content(result.content)}).")
    if result.previous is not None:
        print(f"The data as it was before is kept in {result.previous}")
    return EXIT_OK


def _upgrade_round_parser(commands: Any) -> None:
    upgrade = commands.add_parser(
        "upgrade-round",
        help="move a draft round to a newer version of its standards pack",
        description="Moves a draft round to a newer installed version of its standards pack, "
        "through the crosswalk between the versions: the answers, evidence notes and N/A "
        "reasons of criteria whose meaning did not change are kept (under their new id), the "
        "others are to be answered again. The database is backed up first; restoring that "
        "backup undoes the upgrade. Finalised rounds stay on the version they were assessed "
        "with.",
    )
    _data_options(upgrade, suppress=True)
    upgrade.add_argument("round", metavar="ROUND_ID", help="the round to upgrade")
    upgrade.add_argument(
        "--to", metavar="VERSION", required=True, help="the version of the pack to move to"
    )
    upgrade.add_argument(
        "--dry-run", action="store_true", help="only show what would change; change nothing"
    )


def _upgrade_round(paths: AppPaths, args: argparse.Namespace) -> int:
    from promise_tracker.services.round_upgrade import RoundUpgradeService
    from promise_tracker.services.workspace import open_workspace

    if not paths.database_url_override and not paths.database.exists():
        raise PromiseTrackerError(f"No database in {paths.data_dir}; no round to upgrade.")
    if args.dry_run:
        with _open_for_reading(paths) as workspace:
            plan = RoundUpgradeService.for_workspace(workspace).plan_upgrade(args.round, args.to)
        print("\n".join(_describe_upgrade(plan)))
        print("Dry run: nothing was changed.")
        return EXIT_OK
    with open_workspace(paths) as workspace:
        result = RoundUpgradeService.for_workspace(workspace).upgrade_round(args.round, args.to)
    print("\n".join(_describe_upgrade(result.plan)))
    print(
        f"Upgraded: {result.answers_kept} answers kept, {result.answers_removed} removed; "
        f"{len(result.plan.to_answer)} criteria to answer again."
    )
    if result.backup is None:
        print(
            "The database is on a server: its backups are made with pg_dump by the network's "
            "administrator (docs/server.md)."
        )
    else:
        print(
            f"The data as it was before is kept in {result.backup}; restore it "
            "(promise-tracker restore FILE) to undo the upgrade."
        )
    return EXIT_OK


def _describe_upgrade(plan: UpgradePlan) -> list[str]:
    """The preview of a round's upgrade, one criterion a line."""
    old, new = plan.from_pack, plan.to_pack
    lines = [f"Round “{plan.round.title}”: {old.id} {old.version} -> {new.version}"]
    lines.append(f"Kept: {_answers(plan.answers_kept)} of {len(plan.kept)} criteria")
    for line in plan.kept:
        was = f"  (was {line.renamed_from})" if line.renamed_from else ""
        lines.append(f"  {line.criterion_id}  {line.statement.get('en')}{was}")
    lines.append(f"To answer again: {len(plan.to_answer)} criteria")
    for line in plan.to_answer:
        if not line.sources:
            how = "new"
        else:
            how = ", ".join(
                "meaning changed"
                if s.old_id == line.criterion_id and s.change.value == "changed"
                else f"{s.change.value} from {s.old_id}"
                for s in line.sources
            )
        removed = f", {_answers(line.answers)} removed" if line.answers else ""
        lines.append(f"  {line.criterion_id}  {line.statement.get('en')}  ({how}{removed})")
    if plan.retired:
        lines.append(f"Retired: {len(plan.retired)} criteria")
        for line in plan.retired:
            removed = f"  ({_answers(line.answers)} removed)" if line.answers else ""
            lines.append(f"  {line.criterion_id}  {line.statement.get('en')}{removed}")
    if plan.barriers_removed:
        lines.append(f"Barriers removed with their answers: {plan.barriers_removed}")
    return lines


def _answers(count: int) -> str:
    return f"{count} answer" if count == 1 else f"{count} answers"


def _size(size: int) -> str:
    if size < 1000 * 1000:
        return f"{size / 1000:.0f} kB"
    return f"{size / 1000 / 1000:.1f} MB"


def _compare(args: argparse.Namespace) -> int:
    with _output_language(args.language):
        return _compare_files(args)


def _iso_date(text: str) -> Any:
    """An argparse type: a date written YYYY-MM-DD."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def _compare_files(args: argparse.Namespace) -> int:
    from promise_tracker.exchange.compare import PASSWORD_NEEDED, compare, read_many
    from promise_tracker.exchange.compare_export import write_comparison
    from promise_tracker.standards.registry import PackRegistry

    choosing = args.include_drafts or args.on_or_before or args.round_title
    if not args.from_database and (not args.files or choosing):
        raise PromiseTrackerError(
            "Name the export files or folders to compare, or compare the units of the "
            "database with --from-database (--include-drafts, --on-or-before and "
            "--round-title choose their rounds)."
        )

    aliases: dict[str, str] = {}
    for item in args.alias:
        unit_id, separator, name = item.partition("=")
        if not separator or not unit_id.strip() or not name.strip():
            raise PromiseTrackerError(f"--alias {item!r}: expected UNIT_ID=NAME")
        aliases[unit_id.strip()] = name.strip()
    summaries = (
        _with_passwords(
            lambda passwords: read_many(args.files, passwords=passwords),
            lambda found: [s.path for s in found if s.reason == PASSWORD_NEEDED],
        )
        if args.files
        else []
    )
    # The crosswalks between pack versions (shipped and the user's) compare units whose
    # rounds use different versions on what still means the same.
    paths = resolve_paths(args.data_dir, args.db_url)
    packs = PackRegistry.load(paths.user_packs_dir)
    if args.from_database:
        summaries = _database_summaries(paths, packs, args) + summaries
    result = compare(
        summaries,
        aliases,
        country=args.country,
        lead_agency=args.lead_agency,
        crosswalks=packs.crosswalks,
    )
    for report in result.files:
        # A database's units share its name: each line also names its unit (or alias).
        line = f"{report.name}: {report.unit_name}: " if report.source else f"{report.name}: "
        line += report.status
        if report.reason:
            line += f" ({report.reason})"
        if report.detail:
            line += f": {report.detail}"
        if report.warnings:
            line += f" [{', '.join(report.warnings)}]"
        print(line)
    if not result.accepted_files:
        what = "no file or unit" if args.from_database else "no file"
        print(f"promise-tracker: {what} was accepted; nothing to compare.", file=sys.stderr)
        return EXIT_FAILED
    print()
    print(f"{'Rank':>4}  {'Overall':>7}  {'Complete':>8}  Unit")
    for entry, unit in zip(result.ranking, result.units, strict=True):
        print(
            f"{entry.rank:>4}  {_percent(entry.overall):>7}  {_percent(unit.completeness):>8}  "
            f"{entry.name}" + (f"  [{', '.join(unit.flags)}]" if unit.flags else "")
        )
    print()
    for line in _plan_summary(result):
        print(line)
    written = write_comparison(result, args.out)
    print(f"Comparison of {len(result.units)} units written to {written}")
    return EXIT_OK


def _database_summaries(
    paths: AppPaths, packs: PackRegistry, args: argparse.Namespace
) -> list[ExportSummary]:
    """The summaries of the database's units, each on the round the options choose."""
    from promise_tracker.services.network_compare import RoundChoice, read_database_summaries

    if not paths.database_url_override and not paths.database.exists():
        raise PromiseTrackerError(f"No database in {paths.data_dir}; no units to compare.")
    choice = RoundChoice(
        drafts=args.include_drafts, on_or_before=args.on_or_before, title=args.round_title or ""
    )
    with _open_for_reading(paths) as workspace:
        summaries = read_database_summaries(
            workspace.database, packs, choice, language=args.language
        )
    if not summaries:
        raise PromiseTrackerError(
            "The database holds no unit you may read; nothing to compare. On a network's "
            "server, ask its administrator which units your sign-in may read."
        )
    return summaries


def _plan_summary(result: Comparison) -> list[str]:
    """Two lines on the compared units' barriers (by kind, most named first) and open
    actions, e.g. "Barriers: 5 across 3 criteria (law or policy 2, funding 2, ...)"."""
    from promise_tracker.exchange.compare import BARRIER_KINDS

    def counted(count: int, one: str, many: str) -> str:
        return f"{count} {one if count == 1 else many}"

    by_kind: dict[str, int] = {}
    for item in result.barriers:
        for kind, count in item.by_kind.items():
            by_kind[kind] = by_kind.get(kind, 0) + count
    if by_kind:
        known = {kind: place for place, kind in enumerate(BARRIER_KINDS)}
        kinds = sorted(by_kind, key=lambda k: (-by_kind[k], known.get(k, len(known)), k))
        barriers = (
            f"Barriers: {sum(by_kind.values())} across "
            f"{counted(len(result.barriers), 'criterion', 'criteria')} ("
            + ", ".join(f"{kind.replace('-', ' ')} {by_kind[kind]}" for kind in kinds)
            + ")"
        )
    else:
        barriers = "Barriers: none recorded"
    open_actions = sum(unit.open for unit in result.actions)
    if open_actions:
        overdue = sum(unit.overdue for unit in result.actions)
        units = sum(1 for unit in result.actions if unit.open)
        actions = (
            f"Open actions: {open_actions} in {counted(units, 'unit', 'units')} "
            f"({f'{overdue} overdue' if overdue else 'none overdue'})"
        )
    else:
        actions = "Open actions: none"
    return [barriers, actions]


def _new_password() -> str:
    """The password to protect a file with: from the environment, or typed twice."""
    import getpass
    import os

    from promise_tracker.exchange.encryption import PASSWORD_ENV

    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise PromiseTrackerError(
            f"--encrypt needs a password: set the environment variable {PASSWORD_ENV}, or run "
            "the command in a terminal to be asked for it. Nothing was written."
        )
    first = getpass.getpass("Password to protect the file with: ")
    if not first:
        raise PromiseTrackerError("An empty password protects nothing. Nothing was written.")
    if getpass.getpass("The same password again: ") != first:
        raise PromiseTrackerError("The two passwords differ. Nothing was written.")
    return first


_ATTEMPTS = 3  # passwords asked for one file before it is left refused


def _with_passwords(read: Callable[[list[str]], _R], locked: Callable[[_R], list[Path]]) -> _R:
    """Read files with the password from the environment (if set); in a terminal, ask for
    the password of each file that still needs one and read again, until every file opens,
    is skipped (an empty answer) or was asked for `_ATTEMPTS` times."""
    import getpass
    import os

    from promise_tracker.exchange.encryption import PASSWORD_ENV

    passwords = [os.environ[PASSWORD_ENV]] if os.environ.get(PASSWORD_ENV) else []
    result = read(passwords)
    if not sys.stdin.isatty():
        return result
    asked: dict[Path, int] = {}
    skipped: set[Path] = set()
    while True:
        pending = [
            path
            for path in locked(result)
            if path not in skipped and asked.get(path, 0) < _ATTEMPTS
        ]
        if not pending:
            return result
        path = pending[0]
        wrong = " (the last one did not open it)" if asked.get(path) else ""
        asked[path] = asked.get(path, 0) + 1
        answer = getpass.getpass(
            f"{path.name} is protected with a password{wrong}. Password (Enter to skip): "
        )
        if answer:
            passwords.append(answer)
            result = read(passwords)
        else:
            skipped.add(path)


def _output_language(language: str) -> AbstractContextManager[str]:
    """Within the block, the export's fixed texts (headings, labels) are in `language`."""
    from promise_tracker.gui.shared.translation import output_language

    return output_language(language)


def _percent(value: float | None) -> str:
    return "   -  " if value is None else f"{value:5.1f}%"


def _print_score_table(report: dict[str, Any]) -> None:
    if not report["units"]:
        print("No units yet.")
    for unit in report["units"]:
        print(f"{unit['name']} ({unit['country'] or '-'})")
        for rnd in unit["rounds"]:
            overall = rnd["overall"]
            print(
                f"  {rnd['date']}  {rnd['title']}  [{rnd['status']}]  "
                f"score {_percent(overall['percent'])}  "
                f"complete {_percent(overall['completeness'])}"
            )
            for standard in rnd["standards"]:
                print(
                    f"      {standard['number']:>4}  {_percent(standard['percent'])}  "
                    f"{standard['title']}"
                )


if __name__ == "__main__":
    sys.exit(main())
