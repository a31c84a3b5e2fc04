"""Command line: a bare command opens the TUI; subcommands print and never start it.

``print`` and ``check`` must stay lean: nothing here imports Textual at module
level, and the app is imported only when the TUI is actually opened.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from briefing_tui import __version__

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
SUBCOMMANDS = ("print", "check", "import", "digest")

EPILOG = """\
commands:
  briefing-tui [PATHS...]          open the browser (default: the bundled briefings,
                                   or $BRIEFINGS_DIR)
  briefing-tui print [PATHS|IDS]   print briefings as text, markdown or JSON
  briefing-tui check [PATHS]       validate briefing files
  briefing-tui import FILE|-       turn a plain-text readout into a briefing file
  briefing-tui digest [FILTERS]    a memo of matching points (markdown, html, text)

exit codes: 0 clean, 1 problems found, 2 usage error, 3 internal error (see --debug)
"""


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse exits 2 on its own; keep that, minus the noise
        self.print_usage(sys.stderr)
        raise UsageError(message)


def default_paths() -> list[Path]:
    from briefing_tui.core.store.bundled import bundled_dir

    env = os.environ.get("BRIEFINGS_DIR")
    return [Path(env)] if env else [bundled_dir()]


def _zone_arg(value: str) -> str:
    from briefing_tui.core.model import zones

    if value.lower() == "local":
        return zones.local_zone_name()
    try:
        zones.get_zone(value)
    except zones.UnknownZone as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def _country_arg(value: str) -> str:
    from briefing_tui.core.model.countries import is_country

    code = value.upper()
    if not is_country(code):
        raise argparse.ArgumentTypeError(f"unknown country code {value!r}; expected ISO 3166 alpha-2 such as JP")
    return code


def _date_arg(value: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; expected YYYY-MM-DD") from None


def _outcomes_arg(value: str) -> frozenset[str]:
    from briefing_tui.core.model.briefing import OUTCOMES

    chosen = frozenset(v.strip().lower() for v in value.split(",") if v.strip())
    unknown = sorted(chosen - set(OUTCOMES))
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown outcome {', '.join(unknown)}; expected some of: {', '.join(OUTCOMES)}")
    return chosen


def build_parsers() -> dict[str, argparse.ArgumentParser]:
    from briefing_tui.core.model.briefing import KINDS

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")

    app = _Parser(
        prog="briefing-tui",
        description="A keyboard-first terminal browser for diplomatic meeting readouts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    app.add_argument("paths", nargs="*", type=Path, help="briefing files or folders (default: bundled)")
    app.add_argument("--version", action="version", version=f"briefing-tui {__version__}")
    app.add_argument("--no-cache", action="store_true", help="parse every file; neither read nor write the cache")

    printer = _Parser(prog="briefing-tui print", description="Print briefings without starting the TUI.", parents=[common])
    printer.add_argument("items", nargs="*", help="briefing files, folders or ids (default: all bundled)")
    printer.add_argument("--topic", action="append", default=[], metavar="T", help="only briefings and points on topic T (repeatable)")
    printer.add_argument("--tz", action="append", default=[], type=_zone_arg, metavar="ZONE", help="also show times in ZONE (repeatable; 'local' for yours)")
    printer.add_argument("--width", type=int, default=None, metavar="N", help="wrap text at N columns")
    printer.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    printer.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour output (auto: on a terminal, unless NO_COLOR is set)")

    check = _Parser(prog="briefing-tui check", description="Validate briefing files; report path:line:col: message.", parents=[common])
    check.add_argument("paths", nargs="*", type=Path, help="files or folders (default: bundled)")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.add_argument("--quiet", "-q", action="store_true", help="print only the problems, no summary")

    importer = _Parser(
        prog="briefing-tui import",
        description="Turn a plain-text readout (MOFA, US State, Global Affairs Canada) into a briefing file. "
        "Guessed values are marked with a `# guessed:` comment for review.",
        parents=[common],
    )
    importer.add_argument("source", metavar="FILE", help="the readout as plain text, or - to read stdin")
    importer.add_argument("--out", type=Path, default=None, metavar="DIR", help="folder to write to (default: the current folder)")
    importer.add_argument("--force", action="store_true", help="overwrite an existing briefing file")
    importer.add_argument("--dry-run", action="store_true", help="print the TOML to stdout; write nothing")

    digest = _Parser(
        prog="briefing-tui digest",
        description="Write a memo-ready digest of the briefings and points that match, in date order.",
        parents=[common],
    )
    digest.add_argument("paths", nargs="*", type=Path, help="files or folders (default: bundled)")
    digest.add_argument("--topic", action="append", default=[], metavar="T", help="points on topic T (repeatable; any of them)")
    digest.add_argument("--country", action="append", default=[], type=_country_arg, metavar="CC", help="meetings with country CC (ISO code, repeatable)")
    digest.add_argument("--kind", action="append", default=[], choices=KINDS, help="meeting kind (repeatable)")
    digest.add_argument("--since", type=_date_arg, metavar="YYYY-MM-DD", help="meetings on or after this date")
    digest.add_argument("--until", type=_date_arg, metavar="YYYY-MM-DD", help="meetings on or before this date")
    digest.add_argument("--outcome", type=_outcomes_arg, default=frozenset(), metavar="O[,O...]", help="only these outcomes, e.g. agreed,confirmed")
    digest.add_argument("--search", default="", metavar="TEXT", help="only briefings whose text contains these words")
    digest.add_argument(
        "--per-point",
        action="store_true",
        help="with --search: keep only the points that hold every word (in their own text or their meeting's title, names and places), as the points view lists them",
    )
    digest.add_argument("--tz", type=_zone_arg, default=None, metavar="ZONE", help="show times in ZONE (default: yours)")
    digest.add_argument("--format", choices=("markdown", "html", "text"), default="markdown")
    digest.add_argument("--out", type=Path, default=None, metavar="FILE", help="write to FILE (atomically) instead of stdout")
    return {"app": app, "print": printer, "check": check, "import": importer, "digest": digest}


def _console(args: argparse.Namespace, stderr: bool = False):
    from rich.console import Console

    force = {"always": True, "never": False}.get(getattr(args, "color", "auto"))
    no_color = getattr(args, "color", "auto") == "never" or None
    return Console(
        width=getattr(args, "width", None),
        force_terminal=force,
        no_color=no_color,
        highlight=False,
        markup=False,
        emoji=False,
        stderr=stderr,
        soft_wrap=False,
    )


def cmd_check(args: argparse.Namespace) -> int:
    from briefing_tui.core.store.load import load_paths

    paths = args.paths or default_paths()
    result = load_paths(paths)
    out = sys.stdout
    for problem in sorted(result.problems, key=lambda p: (p.path, p.line, p.col)):
        out.write(f"{_plain(str(problem))}\n")
    errors, warnings = len(result.errors), len(result.warnings)
    if not args.quiet:
        sys.stderr.write(f"checked {result.files_seen} file(s): {len(result.entries)} loaded, {errors} error(s), {warnings} warning(s)\n")
    return EXIT_PROBLEMS if errors or (args.strict and warnings) else EXIT_OK


def _plain(text: str) -> str:
    from briefing_tui.core.model.sanitize import clean_line

    return clean_line(text)


def _select(items: Sequence[str]) -> tuple[list, list[str], list]:
    """Resolve arguments that are paths or ids; return (entries, unknown ids, problems)."""
    from briefing_tui.core.store.load import load_paths

    paths = [Path(i) for i in items if Path(i).exists() or Path(i).is_symlink()]
    ids = [i for i in items if not (Path(i).exists() or Path(i).is_symlink())]
    entries, problems = [], []
    if paths or not items:
        result = load_paths(paths or default_paths())
        entries.extend(result.entries)
        problems.extend(result.errors)
    unknown = []
    if ids:
        pool = load_paths(default_paths(), use_cache=True)  # ids in a large folder: rows from the cache
        by_id = {e.row.id: e for e in pool.entries}  # rows only: no briefing is decoded to look
        for ident in ids:
            exact = by_id.get(ident)
            found = [exact] if exact else [e for e in pool.entries if ident.lower() in e.row.id.lower()]
            if found:
                entries.extend(found)
            else:
                unknown.append(ident)
    return entries, unknown, problems


def _terminal_safe_json(objects: object) -> str:
    """JSON that keeps the data whole (unlike ``print``'s text) yet cannot act on a terminal.

    json escapes C0 controls itself; C1 controls and bidi overrides are escaped here too,
    which is still valid JSON since such characters can only occur inside strings.
    """
    import re

    text = json.dumps(objects, ensure_ascii=False, indent=2)
    return re.sub(r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", lambda m: f"\\u{ord(m.group()):04x}", text)


def cmd_print(args: argparse.Namespace) -> int:
    from briefing_tui.core.model import zones
    from briefing_tui.core.present.export import to_json, to_markdown
    from briefing_tui.core.present.render import render_briefing
    from briefing_tui.core.query.filtering import briefing_topics, matching_points

    if args.width is not None and not 20 <= args.width <= 1000:
        raise UsageError("--width must be between 20 and 1000")
    entries, unknown, problems = _select(args.items)
    err = _console(args, stderr=True)
    for ident in unknown:
        err.print(f"briefing-tui: no briefing matches {ident!r} (not a file, folder or known id)")
    for problem in problems:
        err.print(_plain(str(problem)))
    topics = set(args.topic)
    briefings = [e.briefing for e in entries]
    if topics:
        briefings = [b for b in briefings if briefing_topics(b) & topics]
    briefings.sort(key=lambda b: (b.date, b.id or ""))
    local = zones.local_zone_name()
    if args.format == "json":
        objects = [to_json(b, matching_points(b.points, topics) if topics else None) for b in briefings]
        sys.stdout.write(_terminal_safe_json(objects) + "\n")
    elif args.format == "markdown":
        for b in briefings:
            points = matching_points(b.points, topics) if topics else None
            sys.stdout.write(to_markdown(b, extra_zones=args.tz, local_zone=local, points=points, highlight_topics=topics) + "\n")
    else:
        import msgspec
        from rich.rule import Rule

        console = _console(args)
        with console.capture() as capture:
            for n, b in enumerate(briefings):
                if n:
                    console.print(Rule(style="dim"))
                shown = msgspec.structs.replace(b, points=matching_points(b.points, topics)) if topics else b
                console.print(render_briefing(shown, extra_zones=args.tz, local_zone=local, highlight_topics=topics))
        text = capture.get()
        if not console.is_terminal or console.no_color:
            text = "\n".join(line.rstrip() for line in text.split("\n"))
        sys.stdout.write(text)
    if not briefings and not unknown and not problems:
        sys.stderr.write("briefing-tui: nothing matched\n")
    return EXIT_PROBLEMS if unknown or problems else EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from briefing_tui.core.importer import NoMeetingError, import_readout
    from briefing_tui.core.importer.files import ReadError, read_readout, write_new
    from briefing_tui.core.model.problems import BriefingError
    from briefing_tui.core.model.topics import Vocabulary
    from briefing_tui.core.store.bundled import bundled_dir
    from briefing_tui.core.store.load import find_vocabulary
    from briefing_tui.core.store.parse import load_vocabulary, parse_briefing

    err = sys.stderr
    out_dir: Path = args.out if args.out is not None else Path.cwd()
    if out_dir.exists() and not out_dir.is_dir():
        err.write(f"briefing-tui import: --out {out_dir}: not a folder\n")
        return EXIT_PROBLEMS
    try:
        raw, name = read_readout(args.source, sys.stdin)
    except ReadError as exc:
        err.write(f"briefing-tui import: {_plain(str(exc))}\n")
        return EXIT_PROBLEMS
    vocab_path = find_vocabulary([out_dir]) if out_dir.is_dir() else None
    vocab_path = vocab_path or find_vocabulary([bundled_dir()])
    vocabulary, _ = load_vocabulary(vocab_path) if vocab_path else (Vocabulary(), [])
    try:
        result = import_readout(raw, vocabulary=vocabulary, source_name=name)
    except NoMeetingError as exc:
        err.write(f"briefing-tui import: {_plain(name)}: {exc}\n")
        return EXIT_PROBLEMS
    target = out_dir / result.filename
    try:
        _, warnings = parse_briefing(target, result.toml, vocabulary)
    except BriefingError as exc:
        err.write(f"briefing-tui import: the imported briefing does not validate: {_plain(str(exc.problem))}\n")
        return EXIT_PROBLEMS
    if args.dry_run:
        sys.stdout.write(result.toml)
    else:
        try:
            write_new(target, result.toml, force=args.force)
        except FileExistsError:
            err.write(f"briefing-tui import: {target} already exists; not overwritten (use --force to replace it, or --out DIR)\n")
            return EXIT_PROBLEMS
        except OSError as exc:
            err.write(f"briefing-tui import: cannot write {target}: {exc.strerror or exc}\n")
            return EXIT_PROBLEMS
        sys.stdout.write(f"{target}\n")
    for problem in warnings:
        err.write(f"{_plain(str(problem))}\n")
    for guess in result.guesses:
        err.write(f"guessed: {_plain(guess)}\n")
    for note in result.notes:
        err.write(f"note: {_plain(note)}\n")
    return EXIT_OK


def cmd_digest(args: argparse.Namespace) -> int:
    from briefing_tui.core.model import zones
    from briefing_tui.core.present.digest_text import to_markdown, to_text
    from briefing_tui.core.query.digest import DigestFilter, build_digest
    from briefing_tui.core.store.atomic import write_atomic
    from briefing_tui.core.store.load import load_paths

    if args.since and args.until and args.since > args.until:
        raise UsageError("--since is after --until")
    result = load_paths(args.paths or default_paths())
    for problem in result.errors:
        sys.stderr.write(f"{_plain(str(problem))}\n")
    flt = DigestFilter(
        topics=frozenset(result.vocabulary.resolve(t) or t for t in args.topic),
        countries=frozenset(args.country),
        kinds=frozenset(args.kind),
        text=args.search,
        since=args.since,
        until=args.until,
        outcomes=args.outcome,
        per_point=args.per_point,
    )
    digest = build_digest(result.briefings, flt, args.tz or zones.local_zone_name())
    if args.format == "html":
        from briefing_tui.core.present.digest_html import to_html

        text = to_html(digest)
    else:
        text = to_markdown(digest) if args.format == "markdown" else to_text(digest)
    if args.out is not None:
        try:
            write_atomic(args.out, text.encode("utf-8"))
        except OSError as exc:
            sys.stderr.write(f"briefing-tui digest: cannot write {args.out}: {exc.strerror or exc}\n")
            return EXIT_PROBLEMS
        sys.stderr.write(f"{args.out}: {len(digest.items)} meeting(s), {digest.point_count} point(s)\n")
    else:
        sys.stdout.write(text)
    return EXIT_PROBLEMS if result.errors else EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    from briefing_tui.app.main import run

    return run(args.paths or default_paths(), use_cache=not args.no_cache)


COMMANDS = {"print": cmd_print, "check": cmd_check, "import": cmd_import, "digest": cmd_digest, "app": cmd_app}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    name = argv[0] if argv and argv[0] in SUBCOMMANDS else "app"
    rest = argv[1:] if name != "app" else argv
    debug = "--debug" in rest
    parser = build_parsers()[name]
    try:
        args = parser.parse_args(rest)
        return COMMANDS[name](args)
    except UsageError as exc:
        sys.stderr.write(f"{parser.prog}: error: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); exit quietly without a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except SystemExit:
        raise
    except Exception as exc:
        if debug:
            raise
        sys.stderr.write(f"briefing-tui: internal error: {type(exc).__name__}: {exc}\n(rerun with --debug for the traceback)\n")
        return EXIT_INTERNAL
