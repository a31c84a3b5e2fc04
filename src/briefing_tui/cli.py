"""Command line: a bare command opens the TUI; subcommands print and never start it.

``print`` and ``check`` must stay lean: nothing here imports Textual at module
level, and the app is imported only when the TUI is actually opened (and only on a
terminal: with stdout redirected, a bare command lists the briefings instead).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from briefing_tui import __version__
from briefing_tui.stdio import OutputError, Stdout, closed

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
SUBCOMMANDS = ("print", "check", "import", "digest", "config", "notes", "completion", "man")
#: Options every command takes, also before the command's name (``--debug check``).
GLOBAL_OPTIONS = ("--debug", "--no-cache")

EPILOG = """\
commands:
  briefing-tui [PATHS...]          open the browser (default: $BRIEFINGS_DIR, a list
                                   of paths, else the config's sources, else the
                                   bundled briefings); with stdout not a terminal,
                                   list them: date, kind, title, id (tab-separated)
  briefing-tui print [PATHS|IDS]   print briefings as text, markdown or JSON
  briefing-tui check [PATHS]       validate briefing files
  briefing-tui import SOURCE...     turn readouts (text, saved pages, web addresses) into briefing files
  briefing-tui digest [FILTERS]    a memo of matching points (markdown, html, text)
  briefing-tui config [--path|--edit]  check the config file, print its path, or edit it
  briefing-tui notes export [FILE] your notes as JSON (a backup; default: stdout)
  briefing-tui notes import FILE   merge notes from such a file, by briefing and point
  briefing-tui completion SHELL    shell completion code for bash, zsh or fish
  briefing-tui man                 the manual page (roff), e.g. > briefing-tui.1
  briefing-tui --view NAME         open the browser with a saved search

global options (before or after the command): --debug, --no-cache

exit codes: 0 clean, 1 problems found or an I/O error, 2 usage error,
3 internal error (see --debug)
"""


class UsageError(Exception):
    pass


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size`` reads it, without importing shutil (and with it
    bz2, lzma, zlib: ~2 ms of print's start), which argparse does for every argument it adds."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, width if width is not None else _columns() - 2)


class _RawDescriptionFormatter(_Formatter, argparse.RawDescriptionHelpFormatter):
    pass


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # argparse exits 2 on its own; keep that, minus the noise
        self.print_usage(sys.stderr)
        raise UsageError(message)


def default_paths() -> list[Path]:
    """``$BRIEFINGS_DIR`` (an ``os.pathsep`` list), else the config's enabled sources; a broken
    config is reported on stderr and the bundled briefings are used."""
    from briefing_tui.core.store.config import Config, ConfigError, env_paths, load_config

    env = env_paths()
    if env:
        return env
    try:
        config = load_config()
    except ConfigError as exc:
        _errline(f"briefing-tui: config ignored: {exc}")
        config = Config()
    return config.paths


def _with_bundled(args: argparse.Namespace) -> None:
    """``--bundled``: the bundled briefings join the paths (or ids) given, else the default paths."""
    if not getattr(args, "bundled", False):
        return
    from briefing_tui.core.store.bundled import bundled_dir

    bundled = bundled_dir()
    if hasattr(args, "items"):  # print: files, folders or ids
        args.items = [*(args.items or map(str, default_paths())), str(bundled)]
    else:
        paths = list(args.paths or default_paths())
        args.paths = paths if bundled in paths else [*paths, bundled]


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
    from briefing_tui.core.model.countries import canonical

    code = canonical(value)  # any case: "coe" is the Council of Europe's "CoE"
    if code is None:
        raise argparse.ArgumentTypeError(
            f"unknown country code {value!r}; expected ISO 3166 alpha-2 such as JP, or an organisation's code such as EU or CoE"
        )
    return code


def _since_arg(value: str):
    """A first day: ``2021`` is 1 January 2021 (one parser for print, digest and the browser)."""
    from briefing_tui.core.query.periods import date_bound

    try:
        return date_bound(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _until_arg(value: str):
    """A last day: ``2021`` is 31 December 2021, ``2021-02`` the 28th."""
    from briefing_tui.core.query.periods import date_bound

    try:
        return date_bound(value, end=True)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_filters(parser: argparse.ArgumentParser) -> None:
    """The options print and digest share, parsed alike."""
    from briefing_tui.core.model.briefing import MEDIA

    parser.add_argument(
        "--since", type=_since_arg, metavar="DATE", help="meetings on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)"
    )
    parser.add_argument(
        "--until",
        type=_until_arg,
        metavar="DATE",
        help="meetings on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD: its last day)",
    )
    parser.add_argument(
        "--medium",
        action="append",
        default=[],
        choices=MEDIA,
        help="how the meeting was held, whatever its kind (repeatable)",
    )


def _outcomes_arg(value: str) -> frozenset[str]:
    from briefing_tui.core.model.briefing import OUTCOMES

    chosen = frozenset(v.strip().lower() for v in value.split(",") if v.strip())
    unknown = sorted(chosen - set(OUTCOMES))
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown outcome {', '.join(unknown)}; expected some of: {', '.join(OUTCOMES)}"
        )
    return chosen


def _common_parser() -> argparse.ArgumentParser:
    """Options every command takes (a parent of each parser)."""
    common = argparse.ArgumentParser(add_help=False, formatter_class=_Formatter)
    common.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    common.add_argument("--no-cache", action="store_true", help="parse every file; neither read nor write the cache")
    return common


def _app_parser(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The bare command: the browser (or, piped, the list)."""
    app = _Parser(
        prog="briefing-tui",
        description="A keyboard-first terminal browser for diplomatic meeting readouts.",
        epilog=EPILOG,
        formatter_class=_RawDescriptionFormatter,
        parents=[common],
    )
    app.add_argument("paths", nargs="*", type=Path, help="briefing files or folders (default: bundled)")
    app.add_argument("--version", action="version", version=f"briefing-tui {__version__}")
    app.add_argument(
        "--view", default=None, metavar="NAME", help="open with a saved search (saved in the browser from the palette)"
    )
    return app


def _print_parser(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``print``."""
    printer = _Parser(
        prog="briefing-tui print", description="Print briefings without starting the TUI.", parents=[common]
    )
    printer.add_argument("items", nargs="*", help="briefing files, folders or ids (default: all bundled)")
    printer.add_argument(
        "--topic", action="append", default=[], metavar="T", help="only briefings and points on topic T (repeatable)"
    )
    printer.add_argument(
        "--tz",
        action="append",
        default=[],
        type=_zone_arg,
        metavar="ZONE",
        help="also show times in ZONE (repeatable; 'local' for yours)",
    )
    printer.add_argument("--width", type=int, default=None, metavar="N", help="wrap text at N columns")
    printer.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    printer.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour output (auto: on a terminal, unless NO_COLOR is set)",
    )
    printer.add_argument("--notes", action="store_true", help="include your notes (made in the browser with n)")
    _add_filters(printer)
    printer.add_argument(
        "--no-pager",
        action="store_true",
        help="never page the output (default: through $PAGER, or less -FRX, on a terminal when longer than the screen)",
    )
    return printer


def _check_parser(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``check``."""
    check = _Parser(
        prog="briefing-tui check",
        description="Validate briefing files; report path:line:col: message.",
        parents=[common],
    )
    check.add_argument("paths", nargs="*", type=Path, help="files or folders (default: bundled)")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.add_argument("--quiet", "-q", action="store_true", help="print only the problems, no summary")
    return check


def _import_parser(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``import``."""
    importer = _Parser(
        prog="briefing-tui import",
        description="Turn readouts into briefing files: plain text, a saved web page (.html) or a page's "
        "http(s) address. Guessed values are marked with a `# guessed:` comment for review. With several "
        "sources, each is imported on its own: one line per source, a summary, exit 1 if any failed.",
        parents=[common],
    )
    importer.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="a readout: a text file, a saved .html page, an http(s) address, or - for stdin",
    )
    importer.add_argument(
        "--out", type=Path, default=None, metavar="DIR", help="folder to write to (default: the current folder)"
    )
    importer.add_argument("--force", action="store_true", help="overwrite an existing briefing file")
    importer.add_argument("--dry-run", action="store_true", help="print the TOML to stdout; write nothing")
    return importer


def _digest_parser(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``digest``."""
    from briefing_tui.core.model.briefing import KINDS

    digest = _Parser(
        prog="briefing-tui digest",
        description="Write a memo-ready digest of the briefings and points that match, in date order.",
        parents=[common],
    )
    digest.add_argument("paths", nargs="*", type=Path, help="files or folders (default: bundled)")
    digest.add_argument(
        "--topic", action="append", default=[], metavar="T", help="points on topic T (repeatable; any of them)"
    )
    digest.add_argument(
        "--country",
        action="append",
        default=[],
        type=_country_arg,
        metavar="CC",
        help="meetings with country CC (ISO code, repeatable)",
    )
    digest.add_argument("--kind", action="append", default=[], choices=KINDS, help="meeting kind (repeatable)")
    _add_filters(digest)
    digest.add_argument(
        "--outcome",
        type=_outcomes_arg,
        default=frozenset(),
        metavar="O[,O...]",
        help="only these outcomes, e.g. agreed,confirmed",
    )
    digest.add_argument("--search", default="", metavar="TEXT", help="only briefings whose text contains these words")
    digest.add_argument(
        "--per-point",
        action="store_true",
        help="with --search: keep only the points that hold every word (in their own text or their meeting's title, names and places), as the points view lists them",
    )
    digest.add_argument(
        "--tz", type=_zone_arg, default=None, metavar="ZONE", help="show times in ZONE (default: yours)"
    )
    digest.add_argument("--notes", action="store_true", help="include your notes (made in the browser with n)")
    digest.add_argument("--format", choices=("markdown", "html", "text"), default="markdown")
    digest.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="FILE",
        help="write to FILE (atomically) instead of stdout; a device or FIFO such as /dev/null is written to, never replaced",
    )
    return digest


def _config_parser(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``config``."""
    config = _Parser(
        prog="briefing-tui config",
        description="Check the config file (sources and keys); print its path, or open it in $VISUAL / $EDITOR.",
        parents=[common],
    )
    what = config.add_mutually_exclusive_group()
    what.add_argument("--path", action="store_true", help="print the config file's path (it need not exist)")
    what.add_argument(
        "--edit", action="store_true", help="open it in $VISUAL or $EDITOR (else vi), from a commented template if new"
    )
    return config


def _notes_parser(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``notes export`` and ``notes import``."""
    notes = _Parser(
        prog="briefing-tui notes",
        description="Back up your notes as JSON, or merge such a backup in (by briefing and point).",
        parents=[common],
    )
    actions = notes.add_subparsers(dest="action", required=True, metavar="export|import", parser_class=_Parser)
    # Each action takes the global options too (``notes export --debug``); _Parser's own kind of parser.
    export = actions.add_parser("export", help="write every note as JSON", parents=[common])  # type: ignore[list-item]
    export.add_argument(
        "file", nargs="?", type=Path, default=None, metavar="FILE", help="write here atomically (default: stdout)"
    )
    merge = actions.add_parser("import", help="merge notes from an export", parents=[common])  # type: ignore[list-item]
    merge.add_argument("file", type=Path, metavar="FILE", help="a file written by notes export")
    return notes


def _completion_parser(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``completion``."""
    completion = _Parser(
        prog="briefing-tui completion",
        description="Print shell code that completes briefing-tui's commands, options, topic ids, country codes and zones.",
        parents=[common],
    )
    completion.add_argument("shell", choices=("bash", "zsh", "fish"), help="the shell to complete in")
    return completion


def _man_parser(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """``man``."""
    man = _Parser(
        prog="briefing-tui man",
        description="Print the manual page (roff), generated from these options.",
        parents=[common],
    )
    return man


#: Each command's parser, in the order completion and the man page list them.
_BUILDERS = {
    "app": _app_parser,
    "print": _print_parser,
    "check": _check_parser,
    "import": _import_parser,
    "digest": _digest_parser,
    "config": _config_parser,
    "notes": _notes_parser,
    "completion": _completion_parser,
    "man": _man_parser,
}


def build_parser(name: str) -> argparse.ArgumentParser:
    """One command's parser: a command builds only its own (print need not build eight others)."""
    parser = _BUILDERS[name](_common_parser())
    if name in ("app", "print", "check", "digest"):
        parser.add_argument(
            "--bundled",
            action="store_true",
            help="the bundled briefings too, beside the paths given (or the config's sources)",
        )
    return parser


def build_parsers() -> dict[str, argparse.ArgumentParser]:
    """Every command's parser, by name (for completion and the man page)."""
    return {name: build_parser(name) for name in _BUILDERS}


def _console(args: argparse.Namespace, stderr: bool = False):
    from rich.console import Console

    force = {"always": True, "never": False}.get(getattr(args, "color", "auto"))
    # A command-line flag wins over NO_COLOR (no-color.org); auto leaves NO_COLOR to Rich.
    no_color = {"always": False, "never": True}.get(getattr(args, "color", "auto"))
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
    if not args.quiet:
        for line in _old_schema_notes(result.entries):
            out.write(f"{_plain(line)}\n")
    errors, warnings = len(result.errors), len(result.warnings)
    if not args.quiet:
        sys.stderr.write(
            f"checked {result.files_seen} file(s): {len(result.entries)} loaded, {errors} error(s), {warnings} warning(s)\n"
        )
    return EXIT_PROBLEMS if errors or (args.strict and warnings) else EXIT_OK


def _old_schema_notes(entries) -> list[str]:
    """``path:line:col: info:`` for each schema 1 file: its medium is derived from its kind; what to add to state it."""
    from briefing_tui.core.model.briefing import medium_of
    from briefing_tui.core.store.locate import locate
    from briefing_tui.core.store.parse import read_text

    notes = []
    for entry in sorted(entries, key=lambda e: str(e.path)):
        b = entry.briefing
        if b.schema != 1 or b.medium is not None:
            continue
        try:
            line, col = locate(read_text(entry.path), ("schema",))
        except Exception:  # the file changed or went since it loaded: the note can point at its start
            line, col = 1, 1
        medium = medium_of(b)
        notes.append(
            f"{entry.path}:{line}:{col}: info: schema 1 has no `medium`: taken as {medium!r} from kind {b.kind!r}; "
            f'to state it, write `schema = 2` and `medium = "{medium}"` (one of in-person, telephone, video)'
        )
    return notes


def _count(n: int, noun: str) -> str:
    """``1 warning``, ``2 warnings``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _plain(text: str) -> str:
    from briefing_tui.core.model.sanitize import clean_line

    return clean_line(text)


def _exists(name: str) -> bool:
    return Path(name).exists() or Path(name).is_symlink()


def _select(items: Sequence[str], *, use_cache: bool = True):
    """Resolve arguments that are paths, ids, parts of ids or file names, or dates.

    Returns (entries, unknown arguments, problems, vocabulary), each briefing once.
    """
    from briefing_tui.core.store.load import load_paths

    paths = [Path(i) for i in items if _exists(i)]
    ids = [i for i in items if not _exists(i)]
    entries, problems, vocabulary = [], [], None
    if paths or not items:
        result = load_paths(paths or default_paths())
        entries.extend(result.entries)
        problems.extend(result.errors)
        vocabulary = result.vocabulary
    unknown = []
    if ids:
        pool = load_paths(default_paths(), use_cache=use_cache)  # ids in a large folder: rows from the cache
        vocabulary = vocabulary or pool.vocabulary
        by_id = {e.row.id: e for e in pool.entries}  # rows only: no briefing is decoded to look
        for ident in ids:
            found = _matching(ident, pool.entries, by_id)
            if found:
                entries.extend(found)
            else:
                unknown.append(ident)
    once = list({e.row.id: e for e in entries}.values())
    return once, unknown, problems, vocabulary


def _matching(ident: str, pool: Sequence, by_id: dict) -> list:
    """An exact id; else a date (YYYY-MM-DD: every briefing of that day); else a part of an id or file name."""
    import datetime as dt
    import re

    exact = by_id.get(ident)
    if exact is not None:
        return [exact]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", ident):
        try:
            day = dt.date.fromisoformat(ident)
        except ValueError:
            day = None
        if day is not None:
            return [e for e in pool if e.row.date == day]
    needle = ident.lower()
    return [e for e in pool if needle in e.row.id.lower() or needle in e.path.name.lower()]


def _topics(names: Sequence[str], vocabulary) -> frozenset[str]:
    """``--topic`` values as slugs (a slug, alias or label, any case); an unknown one is a usage error."""
    if not names or not vocabulary:
        return frozenset(names)
    slugs = set()
    for name in names:
        slug = vocabulary.resolve(name)
        if slug is None:
            close = vocabulary.closest(name)
            hint = (
                f"did you mean {' or '.join(close)}?"
                if close
                else "expected a topic id, alias or label from topics.toml"
            )
            raise UsageError(f"unknown topic {_plain(name)!r}; {hint}")
        slugs.add(slug)
    return frozenset(slugs)


def _errline(text: str) -> None:
    """One message on stderr, on one line whatever its length (never wrapped, never markup)."""
    sys.stderr.write(f"{_plain(text)}\n")


def _terminal_safe_json(objects: object) -> str:
    """JSON that keeps the data whole (unlike ``print``'s text) yet cannot act on a terminal.

    json escapes C0 controls itself; C1 controls and bidi overrides are escaped here too,
    which is still valid JSON since such characters can only occur inside strings.
    """
    import json
    import re

    text = json.dumps(objects, ensure_ascii=False, indent=2)
    return re.sub(
        r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", lambda m: f"\\u{ord(m.group()):04x}", text
    )


def cmd_print(args: argparse.Namespace) -> int:
    from briefing_tui.core.model import zones

    # Only what the path needs (issue #14): the filters with --topic, the exports for their formats.
    if args.topic:
        from briefing_tui.core.query.filtering import briefing_topics, matching_points
    if args.notes:
        from briefing_tui.core.present.notes import notes_markdown, notes_text
    if args.width is not None and not 20 <= args.width <= 1000:
        raise UsageError("--width must be between 20 and 1000")
    entries, unknown, problems, vocabulary = _select(args.items, use_cache=not args.no_cache)
    topics = _topics(args.topic, vocabulary)
    for ident in unknown:
        _errline(
            f"briefing-tui: no briefing matches {ident!r} (not a file, folder, id, part of an id or file name, or date)"
        )
    for problem in problems:
        _errline(str(problem))
    if args.since and args.until and args.since > args.until:
        raise UsageError("--since is after --until")
    media = frozenset(args.medium)
    entries = [
        e
        for e in entries
        if (args.since is None or e.row.date >= args.since)
        and (args.until is None or e.row.date <= args.until)
        and (not media or e.row.medium in media)
    ]
    briefings = [e.briefing for e in entries]
    if topics:
        briefings = [b for b in briefings if briefing_topics(b) & topics]
    briefings.sort(key=lambda b: (b.date, b.id or ""))
    local = zones.local_zone_name()
    notes = _notes(briefings) if args.notes else {}
    if args.format == "json":
        from briefing_tui.core.present.export import to_json

        objects = [to_json(b, matching_points(b.points, topics) if topics else None) for b in briefings]
        if args.notes:
            for b, obj in zip(briefings, objects):
                obj["notes"] = [{"point": p, "text": t} for p, t in notes.get(b.id or "", {}).items()]
        text = _terminal_safe_json(objects) + "\n"
    elif args.format == "markdown":
        from briefing_tui.core.present.export import to_markdown

        parts = []
        for b in briefings:
            points = matching_points(b.points, topics) if topics else None
            parts.append(
                to_markdown(b, extra_zones=args.tz, local_zone=local, points=points, highlight_topics=topics) + "\n"
            )
            if notes.get(b.id or ""):
                parts.append("\n".join(notes_markdown(notes[b.id or ""])) + "\n\n")
        text = "".join(parts)
    else:
        import msgspec
        from rich.rule import Rule

        from briefing_tui.core.present.render import render_briefing

        console = _console(args)
        with console.capture() as capture:
            for n, b in enumerate(briefings):
                if n:
                    console.print(Rule(style="dim"))
                shown = msgspec.structs.replace(b, points=matching_points(b.points, topics)) if topics else b
                # crop=False: a URL longer than the width stays whole on its line (see whole_urls).
                console.print(
                    render_briefing(
                        shown, extra_zones=args.tz, local_zone=local, highlight_topics=topics, whole_urls=True
                    ),
                    crop=False,
                )
                if notes.get(b.id or ""):
                    console.print(notes_text(notes[b.id or ""]), crop=False)
        text = capture.get()
        if not console.is_terminal or console.no_color:
            text = "\n".join(line.rstrip() for line in text.split("\n"))
    if args.no_pager or not _page(text):
        sys.stdout.write(text)
    if not briefings and not unknown and not problems:
        sys.stderr.write("briefing-tui: nothing matched\n")
    return EXIT_PROBLEMS if unknown or problems else EXIT_OK


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _page(text: str) -> bool:
    """Show ``text`` through ``$PAGER`` (default ``less -FRX``) as git does: only on a terminal, and
    only when it is longer than the screen. False: not paged (write it yourself)."""
    if not text or not _stdout_is_terminal():
        return False  # (before the imports: piped, print needs neither)
    import shutil
    import subprocess

    if text.count("\n") < shutil.get_terminal_size().lines:
        return False
    pager = os.environ.get("PAGER", "less -FRX").strip()
    if not pager or pager == "cat":
        return False
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")  # as git: a pager named plain `less` still quits on one screen and keeps colour
    stdout = getattr(sys.stdout, "stream", sys.stdout)
    stdout.flush()
    try:
        pager_process = subprocess.Popen(pager, shell=True, stdin=subprocess.PIPE, stdout=stdout, env=env)
    except OSError:
        return False
    assert pager_process.stdin is not None
    try:
        pager_process.stdin.write(text.encode(getattr(stdout, "encoding", None) or "utf-8", "replace"))
        pager_process.stdin.close()
    except BrokenPipeError:  # the reader quit the pager early: nothing more to show
        pass
    # 127: the shell found no such pager; the text is written as it is instead.
    return pager_process.wait() != 127


def cmd_import(args: argparse.Namespace) -> int:
    from briefing_tui.core.model.topics import Vocabulary
    from briefing_tui.core.store.bundled import bundled_dir
    from briefing_tui.core.store.parse import find_vocabulary, load_vocabulary

    err = sys.stderr
    out_dir: Path = args.out if args.out is not None else Path.cwd()
    if out_dir.exists() and not out_dir.is_dir():
        err.write(f"briefing-tui import: --out {out_dir}: not a folder\n")
        return EXIT_PROBLEMS
    if args.sources.count("-") > 1:
        raise UsageError("import: stdin (-) can be read only once")
    vocab_path = find_vocabulary([out_dir]) if out_dir.is_dir() else None
    vocab_path = vocab_path or find_vocabulary([bundled_dir()])
    vocabulary, _ = load_vocabulary(vocab_path) if vocab_path else (Vocabulary(), [])
    many = len(args.sources) > 1
    failed = 0
    for source in args.sources:
        # One source failing never stops the others.
        try:
            ok = _import_one(source, args, out_dir, vocabulary, many=many)
        except Exception as exc:  # an importer bug on one page must not lose the rest
            if not many or args.debug:
                raise
            err.write(
                f"briefing-tui import: {_plain(source)}: internal error ({_plain(type(exc).__name__)}: {_plain(str(exc))})\n"
            )
            ok = False
        failed += not ok
    if many:
        done = len(args.sources) - failed
        verb = "checked" if args.dry_run else "written"
        err.write(f"briefing-tui import: {done} of {len(args.sources)} {verb}, {failed} failed\n")
    return EXIT_PROBLEMS if failed else EXIT_OK


def _import_one(source: str, args: argparse.Namespace, out_dir: Path, vocabulary, *, many: bool) -> bool:
    """Import one source; report it (the path written, or why not); True if it went well."""
    from briefing_tui.core.importer import NoMeetingError, import_readout
    from briefing_tui.core.importer.files import ReadError, fetch, is_url, read_readout, write_new
    from briefing_tui.core.importer.pages import is_html, page_text
    from briefing_tui.core.model.problems import BriefingError
    from briefing_tui.core.store.parse import parse_briefing

    err = sys.stderr
    where = f"{_plain(source)}: " if many else ""
    if source == "-" and closed(sys.stdin):
        err.write("briefing-tui import: stdin is closed; expected the readout's text on stdin\n")
        return False
    try:
        if is_url(source):
            raw, final = fetch(source)
            name = source
        else:
            raw, name = read_readout(source, sys.stdin)
            final = ""
    except ReadError as exc:
        err.write(f"briefing-tui import: {_plain(str(exc))}\n")
        return False
    page = (
        page_text(raw, final or (source if is_url(source) else ""))
        if is_html(raw) or source.lower().endswith((".html", ".htm"))
        else None
    )
    if page is not None and not page.text.strip():
        err.write(f"briefing-tui import: {where}no readout text found in the page\n")
        return False
    try:
        result = import_readout(page.text if page else raw, vocabulary=vocabulary, source_name=name, page=page)
    except NoMeetingError as exc:  # a text with no date, no participants and no reporting verb
        err.write(f"briefing-tui import: {_plain(name)}: {exc}\n")
        return False
    target = out_dir / result.filename
    try:
        _, warnings = parse_briefing(target, result.toml, vocabulary)
    except BriefingError as exc:
        err.write(f"briefing-tui import: {where}the imported briefing does not validate: {_plain(str(exc.problem))}\n")
        return False
    if args.dry_run:
        sys.stdout.write(result.toml)
    else:
        try:
            write_new(target, result.toml, force=args.force)
        except FileExistsError:
            err.write(
                f"briefing-tui import: {where}{target} already exists; not overwritten (use --force to replace it, or --out DIR)\n"
            )
            return False
        except OSError as exc:
            err.write(f"briefing-tui import: {where}cannot write {target}: {exc.strerror or exc}\n")
            return False
        sys.stdout.write(f"{target}\n")
    if not many:
        for problem in warnings:
            err.write(f"{_plain(str(problem))}\n")
        for guess in result.guesses:
            err.write(f"guessed: {_plain(guess)}\n")
        for note in result.notes:
            err.write(f"note: {_plain(note)}\n")
    elif result.guesses or warnings:
        err.write(
            f"{where}{_count(len(result.guesses), 'guessed value')}, {_count(len(warnings), 'warning')}: review the file\n"
        )
    return True


def cmd_digest(args: argparse.Namespace) -> int:
    from briefing_tui.core.model import zones
    from briefing_tui.core.present.digest_text import digest_markdown, to_text
    from briefing_tui.core.query.digest import DigestFilter, build_digest
    from briefing_tui.core.store.atomic import write_out
    from briefing_tui.core.store.load import load_paths

    if args.since and args.until and args.since > args.until:
        raise UsageError("--since is after --until")
    result = load_paths(args.paths or default_paths())
    topics = _topics(args.topic, result.vocabulary)
    for problem in result.errors:
        sys.stderr.write(f"{_plain(str(problem))}\n")
    flt = DigestFilter(
        topics=topics,
        countries=frozenset(args.country),
        kinds=frozenset(args.kind),
        media=frozenset(args.medium),
        text=args.search,
        since=args.since,
        until=args.until,
        outcomes=args.outcome,
        per_point=args.per_point,
    )
    digest = build_digest(result.briefings, flt, args.tz or zones.local_zone_name(), labels=result.vocabulary.label)
    notes = _notes([item.briefing for item in digest.items]) if args.notes else None
    if args.format == "html":
        from briefing_tui.core.present.digest_html import to_html

        text = to_html(digest, notes)
    else:
        text = digest_markdown(digest, notes) if args.format == "markdown" else to_text(digest, notes=notes)
    if args.out is not None:
        try:
            atomic = write_out(args.out, text.encode("utf-8"))
        except OSError as exc:
            _errline(f"briefing-tui digest: cannot write {args.out}: {exc.strerror or exc}")
            return EXIT_PROBLEMS
        meetings, points = len(digest.items), digest.point_count
        counts = f"{meetings} meeting{'' if meetings == 1 else 's'}, {points} point{'' if points == 1 else 's'}"
        _errline(f"briefing-tui digest: {'wrote' if atomic else 'streamed to'} {args.out} ({counts})")
    else:
        sys.stdout.write(text)
    return EXIT_PROBLEMS if result.errors else EXIT_OK


def cmd_completion(args: argparse.Namespace) -> int:
    from briefing_tui.completion import script

    sys.stdout.write(script(args.shell))
    return EXIT_OK


def cmd_man(args: argparse.Namespace) -> int:
    from briefing_tui.completion import manpage

    sys.stdout.write(manpage())
    return EXIT_OK


def cmd_config(args: argparse.Namespace) -> int:
    """``--path``: where it is; ``--edit``: open it; neither: check it (``path:line:col`` if broken)."""
    from briefing_tui.core.store.config import TEMPLATE, ConfigError, config_path, load_config

    path = config_path()
    if args.path:
        sys.stdout.write(f"{path}\n")
        return EXIT_OK
    if args.edit:
        import subprocess

        from briefing_tui.core.store.atomic import write_atomic
        from briefing_tui.editor import editor_argv

        if not path.exists() and not path.is_symlink():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                write_atomic(path, TEMPLATE.encode("utf-8"))
            except OSError as exc:
                _errline(f"briefing-tui config: cannot write {path}: {exc.strerror or exc}")
                return EXIT_PROBLEMS
        argv = editor_argv(path)
        try:
            code = subprocess.run(argv, check=False).returncode
        except OSError as exc:
            _errline(
                f"briefing-tui config: cannot start the editor {argv[0]!r}: {exc.strerror or exc} (set $VISUAL or $EDITOR)"
            )
            return EXIT_PROBLEMS
        if code:
            _errline(f"briefing-tui config: the editor exited with {code}")
            return EXIT_PROBLEMS
    try:
        config = load_config()
    except ConfigError as exc:
        _errline(str(exc))
        return EXIT_PROBLEMS
    if not path.exists():
        sys.stderr.write(
            f"{path}: none yet (defaults: the bundled briefings, the default keys); config --edit starts one\n"
        )
        return EXIT_OK
    sources = ", ".join(f"{s.name}{'' if s.enabled else ' (off)'}" for s in config.sources)
    sys.stderr.write(f"{path}: ok; sources: {_plain(sources)}; {len(config.keys)} key(s) remapped\n")
    return EXIT_OK


def cmd_app(args: argparse.Namespace) -> int:
    """The browser on a terminal; with stdout redirected, the list of briefings instead."""
    if args.view is not None:
        _check_view(args.view)
    if not sys.stdout.isatty():
        return _list(args.paths or default_paths(), use_cache=not args.no_cache)
    if closed(sys.stdin):
        raise UsageError("stdin is closed; the browser needs a terminal (briefing-tui print needs none)")
    if not sys.stdin.isatty():
        raise UsageError("stdin is not a terminal; the browser needs one (briefing-tui print needs none)")
    from briefing_tui.app.main import run

    wrapper, sys.stdout = sys.stdout, getattr(sys.stdout, "stream", sys.stdout)  # the TUI gets the real stdout
    try:
        return run(args.paths, use_cache=not args.no_cache, view=args.view)  # none: the app reads the config itself
    finally:
        sys.stdout = wrapper


def _state():
    """The reader's state (flags, notes, saved searches); a notice about it goes to stderr."""
    from briefing_tui.core.store.state import open_state

    state = open_state()
    if state.notice:
        _errline(f"briefing-tui: {state.notice}")
    return state


def _notes(briefings: Sequence) -> dict[str, dict[str, str]]:
    """The notes of these briefings, by briefing id then point number."""
    state = _state()
    try:
        return {b.id: found for b in briefings if b.id and (found := state.notes_of(b.id))}
    finally:
        state.close()


def _check_view(name: str) -> None:
    """``--view NAME`` must name a saved search (a usage error naming the closest otherwise)."""
    import difflib

    state = _state()
    try:
        names = list(state.searches())
    finally:
        state.close()
    if name not in names:
        close = difflib.get_close_matches(name, names, n=1)
        known = (
            f"did you mean {close[0]}?"
            if close
            else (f"saved: {', '.join(names)}" if names else "none is saved yet (save one from the palette)")
        )
        raise UsageError(f"no saved search named {_plain(name)!r}; {known}")


def cmd_notes(args: argparse.Namespace) -> int:
    """``notes export [FILE]`` and ``notes import FILE``: a JSON backup of the notes, merged by id on import."""
    from briefing_tui.core.store.atomic import write_out
    from briefing_tui.core.store.state import StateError, dumps_notes, loads_notes

    state = _state()
    try:
        if args.action == "export":
            text = dumps_notes(state)
            count = len(state.notes)
            if args.file is None:
                sys.stdout.write(text)
            else:
                try:
                    write_out(args.file, text.encode("utf-8"))
                except OSError as exc:
                    _errline(f"briefing-tui notes: cannot write {args.file}: {exc.strerror or exc}")
                    return EXIT_PROBLEMS
                _errline(f"briefing-tui notes: wrote {args.file} ({count} note{'' if count == 1 else 's'})")
            return EXIT_OK
        if not state.kept:
            _errline("briefing-tui notes: nothing imported, since notes cannot be kept (see above)")
            return EXIT_PROBLEMS
        try:
            raw = args.file.read_bytes().decode("utf-8")
            items = loads_notes(raw, str(args.file))
        except (OSError, UnicodeDecodeError) as exc:
            _errline(f"briefing-tui notes: cannot read {args.file}: {getattr(exc, 'strerror', None) or exc}")
            return EXIT_PROBLEMS
        except StateError as exc:
            _errline(f"briefing-tui notes: {exc}")
            return EXIT_PROBLEMS
        failures: list[str] = []
        state.on_problem = failures.append
        result = state.import_notes(items)
        for failure in failures[:1]:
            _errline(f"briefing-tui notes: {failure}")
        _errline(f"briefing-tui notes: imported {args.file}: {result.summary()}")
        return EXIT_PROBLEMS if failures or result.skipped else EXIT_OK
    finally:
        state.close()


def _list(paths: list[Path], *, use_cache: bool) -> int:
    """One line per briefing, in print's order: date, kind, title, id (tab-separated)."""
    from briefing_tui.core.store.load import load_paths

    result = load_paths(paths, use_cache=use_cache)  # rows only: no briefing is decoded
    for problem in result.errors:
        _errline(str(problem))
    rows = sorted((e.row for e in result.entries), key=lambda r: (r.date, r.id))
    sys.stdout.write("".join(f"{r.date.isoformat()}\t{r.kind}\t{r.title}\t{_plain(r.id)}\n" for r in rows))
    return EXIT_PROBLEMS if result.errors else EXIT_OK


def _check_first_argument(argv: Sequence[str]) -> None:
    """A bare command's first argument must be a file or folder: ``prnt`` is a usage error, not a folder."""
    import difflib

    tokens = iter(argv)
    first: str | None = None
    for token in tokens:
        if token == "--":
            first = next(tokens, None)
            break
        if token == "--view":
            next(tokens, None)  # its value, a name
            continue
        if not token.startswith("-"):
            first = token
            break
    if first is None or _exists(first):
        return
    close = difflib.get_close_matches(first, SUBCOMMANDS, n=1)
    hint = f"did you mean {close[0]}?" if close else f"commands: {', '.join(SUBCOMMANDS)} (see --help)"
    raise UsageError(f"{first!r} is neither a command nor a file or folder; {hint}")


def split_command(argv: Sequence[str]) -> tuple[str, list[str]]:
    """(command, its arguments): global options may come before the command's name."""
    lead = 0
    while lead < len(argv) and argv[lead] in GLOBAL_OPTIONS:
        lead += 1
    if lead < len(argv) and argv[lead] in SUBCOMMANDS:
        return argv[lead], [*argv[:lead], *argv[lead + 1 :]]
    return "app", list(argv)


COMMANDS = {
    "print": cmd_print,
    "check": cmd_check,
    "import": cmd_import,
    "digest": cmd_digest,
    "config": cmd_config,
    "notes": cmd_notes,
    "completion": cmd_completion,
    "man": cmd_man,
    "app": cmd_app,
}


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None and "_ARGCOMPLETE" in os.environ:  # the shell asks for completions (see completion.py)
        from briefing_tui.completion import complete

        complete()
    argv = list(sys.argv[1:] if argv is None else argv)
    name, rest = split_command(argv)
    debug = "--debug" in rest
    parser = build_parser(name)
    saved = sys.stdout
    out = Stdout(saved)
    sys.stdout = out
    try:
        if name == "app":
            _check_first_argument(rest)
        args = parser.parse_args(rest)
        _with_bundled(args)
        code = COMMANDS[name](args)
        out.flush()  # here, not at exit: a full disk is reported, and a gone reader keeps the code
        return code
    except UsageError as exc:
        _errline(f"{parser.prog}: error: {exc}")
        return EXIT_USAGE
    except OutputError as exc:
        _errline(f"briefing-tui: {exc}")
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # A pipe other than stdout went away (stdout's own is handled by Stdout): exit quietly.
        return EXIT_OK
    except SystemExit:
        try:
            out.flush()  # --help or --version into a full or closed stdout
        except OutputError as exc:
            _errline(f"briefing-tui: {exc}")
            return EXIT_PROBLEMS
        raise
    except Exception as exc:
        if debug:
            raise
        sys.stderr.write(
            f"briefing-tui: internal error: {type(exc).__name__}: {exc}\n(rerun with --debug for the traceback)\n"
        )
        return EXIT_INTERNAL
    finally:
        sys.stdout = saved
