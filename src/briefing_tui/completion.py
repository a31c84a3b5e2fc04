"""Shell completion and the man page, both generated from the command line's own argparse parsers.

argcomplete (bash, zsh and fish) completes by running the command itself with
``_ARGCOMPLETE`` set, so topic ids, country codes and zone names come from the
same tables the commands check against (the topics of ``$BRIEFINGS_DIR`` or the
bundled ones). ``cli.main`` imports this module only then, or for ``completion``
and ``man``: ``print`` never pays for it. argparse-manpage writes the roff page.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable

SHELLS = ("bash", "zsh", "fish")
PROG = "briefing-tui"


def _topic_ids(**_: object) -> Iterable[str]:
    from briefing_tui.cli import default_paths
    from briefing_tui.core.store.load import find_vocabulary
    from briefing_tui.core.store.parse import load_vocabulary

    path = find_vocabulary(default_paths())
    return sorted(load_vocabulary(path)[0].topics) if path else []


def _country_codes(**_: object) -> Iterable[str]:
    from briefing_tui.core.model.countries import _names

    return sorted(_names())


def _zone_names(**_: object) -> Iterable[str]:
    from briefing_tui.core.model.zones import zone_names

    return ["local", *zone_names()]


#: Option -> what completes its value (argcomplete calls these only when that value is completed).
COMPLETERS = {"--topic": _topic_ids, "--country": _country_codes, "--tz": _zone_names}


def combined_parser() -> argparse.ArgumentParser:
    """One parser with a sub-parser per command, built from ``cli.build_parsers`` (the parsers that run)."""
    from briefing_tui import __version__
    from briefing_tui.cli import EPILOG, build_parsers

    parsers = build_parsers()
    app = parsers.pop("app")
    top = argparse.ArgumentParser(
        prog=PROG, description=app.description, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    top.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    top.add_argument("--no-cache", action="store_true", help="parse every file; neither read nor write the cache")
    top.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = top.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name, parser in parsers.items():
        # The command's own parser as parent: its -h and every option, the same action objects.
        commands.add_parser(
            name, parents=[parser], add_help=False, help=parser.description, description=parser.description
        )
    for parser in [top, *commands.choices.values()]:
        for action in parser._actions:
            for option in action.option_strings:
                if option in COMPLETERS:
                    action.completer = COMPLETERS[option]  # type: ignore[attr-defined]
    return top


def complete(**options: object) -> None:
    """Answer the shell's completion request (``_ARGCOMPLETE`` is set) and exit (options: argcomplete's)."""
    import argcomplete

    argcomplete.autocomplete(combined_parser(), **options)  # type: ignore[arg-type]


def script(shell: str) -> str:
    """The shell code that hooks ``briefing-tui`` up to argcomplete."""
    from argcomplete import shellcode

    return shellcode([PROG], shell=shell)


def manpage() -> str:
    """The manual page, roff, for ``man``."""
    from argparse_manpage.manpage import Manpage  # type: ignore[import-untyped]

    from briefing_tui import __version__

    page = Manpage(
        combined_parser(), _data={"project_name": PROG, "version": __version__, "manual_title": "briefing-tui manual"}
    )
    return str(page)


def requested() -> bool:
    """Is this run the shell asking for completions? (One dict lookup on every other run.)"""
    return "_ARGCOMPLETE" in os.environ
