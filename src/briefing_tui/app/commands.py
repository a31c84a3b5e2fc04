"""Every browser command, declared once: id, default keys, footer label, help text, palette entry.

The bindings (``Binding(id=...)``, so ``[keys]`` in the config can remap them with
``App.set_keymap``), the footer, the help screen, the palette and which keys give
way to the search box are all generated from ``COMMANDS``, so they cannot disagree.
The README's keymap table is generated from it too (a test checks it is current).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from textual.app import App
from textual.binding import Binding, BindingType
from textual.keys import _character_to_key, _normalize_key_list, format_key

#: Screens whose bindings the table makes.
BROWSER, ERRORS = "browser", "errors"


@dataclass(frozen=True)
class Command:
    id: str
    #: Default keys, Textual's comma-separated names ("" for a palette-only command).
    keys: str
    #: The footer's label.
    label: str
    #: The help screen's line and the palette's help.
    help: str
    #: The palette's title; None keeps it out of the palette.
    palette: str | None = None
    show: bool = True
    priority: bool = False
    #: Kept out of the help screen (it is listed where it works, e.g. enter under the lists).
    system: bool = False
    #: (action, footer label) when the key runs one of several actions by state (``v``: points or briefings).
    variants: tuple[tuple[str, str], ...] = ()
    #: The action run by the palette and, without variants, by the key (default: the id).
    action: str = ""
    screens: frozenset[str] = frozenset({BROWSER})

    @property
    def run(self) -> str:
        return self.action or self.id


def _c(*args: object, **kwargs: object) -> Command:
    return Command(*args, **kwargs)  # type: ignore[arg-type]


# The footer shows these in this order (the points view's after Quit, so a narrow footer keeps Help and Quit).
COMMANDS: tuple[Command, ...] = (
    # Priority: focus must move before the keys typed right after these are routed (they give
    # way in the search box, so "/" and "t" can still be typed there).
    _c(
        "search",
        "slash",
        "Search",
        "Search titles, names and point text as you type",
        "Search briefings",
        priority=True,
    ),
    _c("filters", "t", "Filters", "Go to the filter panel: topics, countries, kinds, media", priority=True),
    _c("sort", "s", "Sort", "Next sort: date, title, kind, counterpart, each both ways", "Change sort order"),
    _c("reverse_sort", "R", "Reverse", "The same sort column, the other way", "Reverse sort", show=False),
    _c("sort_date", "", "By date", "Sort by date: newest first (again: oldest first)", "Sort by date"),
    _c("sort_title", "", "By title", "Sort by title: A to Z (again: Z to A)", "Sort by title"),
    _c("sort_kind", "", "By kind", "Sort by kind: A to Z (again: Z to A)", "Sort by kind"),
    _c(
        "sort_counterpart",
        "",
        "By counterpart",
        "Sort by the other side's country: A to Z (again: Z to A)",
        "Sort by counterpart",
    ),
    _c(
        "pick_dates",
        "d",
        "Dates",
        "Only meetings between two dates: YYYY, YYYY-MM or YYYY-MM-DD (this year, last 12 months…)",
        "Dates: from / to…",
        show=False,
    ),
    _c("dates_this_year", "", "This year", "Only meetings of this calendar year", "Dates: this year"),
    _c(
        "dates_last_year",
        "",
        "Last 12 months",
        "Only meetings of the last twelve months, up to today",
        "Dates: last 12 months",
    ),
    _c("clear_dates", "", "Any date", "Drop the date filter", "Dates: any date"),
    _c("cycle_zone", "z", "Zone", "Emphasize the next zone: venue, homes, yours, picked, UTC", "Cycle emphasized zone"),
    _c("pick_zone", "", "Zone…", "Add any IANA zone to the time table and emphasize it", "Pick time zone…"),
    _c("copy", "y", "Copy", "Copy the briefing as Markdown", "Copy briefing as Markdown"),
    _c("open_source", "o", "Open", "Open the readout's web page", "Open source page"),
    _c("errors", "e", "Errors", "Files that failed to load, path:line:col", "Show load problems"),
    _c("help", "question_mark,f1", "Help", "This list of keys"),
    _c("quit", "q", "Quit", "Quit briefing-tui"),
    _c(
        "toggle_view",
        "v",
        "Points",
        "Points view: every matching point across briefings (v again: briefings)",
        "Points view / briefings view",
        variants=(("show_points", "Points"), ("show_briefings", "Briefings")),
    ),
    _c(
        "toggle_joint",
        "c",
        "Agreed",
        "Points view: only agreed and confirmed points (c again: every outcome)",
        "Agreed and confirmed points only",
    ),
    _c(
        "timeline",
        "T",
        "Timeline",
        "Timeline: meetings per month or quarter for these filters, and with whom",
        "Timeline",
        show=False,
    ),
    _c(
        "export_digest",
        "x",
        "Export",
        "Write the digest of these filters to a file (.md, .html or .txt)",
        "Export digest…",
        show=False,
    ),
    _c(
        "toggle_topic_mode",
        "ampersand",  # not a letter: in the filter panel, where it matters, letters jump to values
        "Any/all",
        "Several topics match ANY or ALL of them",
        "Match any / all topics",
        show=False,
    ),
    _c("clear_all", "", "Clear all", "Show every briefing again", "Clear all filters"),
    _c("reload", "r", "Reload", "Read the files again", "Reload briefings", show=False),
    _c(
        "edit",
        "E",
        "Edit",
        "Open the briefing's file in $VISUAL or $EDITOR (on the errors screen: at the problem's line)",
        "Edit briefing file",
        show=False,
        screens=frozenset({BROWSER, ERRORS}),
    ),
    _c("add_folder", "", "Add folder", "Browse another folder too, for this session", "Add a folder…"),
    _c("remove_folder", "", "Remove folder", "Stop browsing one of the folders, for this session", "Remove a folder…"),
    # The reader's own state (app/personal_controller.py).
    _c("toggle_flag", "f", "Flag", "Flag the briefing, or remove its flag", "Flag / unflag briefing", show=False),
    _c("toggle_read", "u", "Read/unread", "Mark the briefing read or unread", "Mark read / unread", show=False),
    _c(
        "note",
        "n",
        "Note",
        "Your note on the briefing (in the points view: on the highlighted point)",
        "Note…",
        show=False,
    ),
    _c(
        "save_search",
        "",
        "Save search",
        "Name these filters, the sort and the view, to recall them from the palette or with --view",
        "Save search…",
    ),
    _c(
        "toggle_reopen",
        "",
        "Reopen last",
        "Start again with the filters you quit with (or, again, with none)",
        "Reopen with last filters (on/off)",
    ),
    _c(
        "clear_filter",
        "escape",
        "Clear filter",
        "Clear the innermost filter: search, topics, countries, kinds, medium, unread/flagged, dates",
        show=False,
    ),
    # Enter on a list: the list's own binding would post a message, and a key typed right after
    # enter would be routed (to the list) before that message moved the focus. This moves it now.
    # `system` keeps it out of the help, which lists enter under the lists; the footer shows it alike.
    _c("read", "enter", "Read", "Read: focus the briefing pane", priority=True, system=True),
    _c("focus_next", "tab", "Next pane", "Next pane", show=False, action="app.focus_next"),
    _c("focus_previous", "shift+tab", "Previous pane", "Previous pane", show=False, action="app.focus_previous"),
    _c("command_palette", "ctrl+p", "Commands", "Commands", show=False, priority=True, screens=frozenset({"app"})),
)

BY_ID = {command.id: command for command in COMMANDS}


def bindings(screen: str) -> list[BindingType]:
    """The bindings of ``screen``'s commands (ids for the keymap, tooltips for the help)."""
    out: list[BindingType] = []
    for command in COMMANDS:
        if not command.keys or screen not in command.screens:
            continue
        for action, label in command.variants or ((command.run, command.label),):
            out.append(
                Binding(
                    command.keys,
                    action,
                    label,
                    show=command.show,
                    priority=command.priority,
                    system=command.system,
                    tooltip=command.help,
                    id=command.id,
                )
            )
    return out


def normalize(keys: str) -> str:
    """Textual's long key names ("?" -> "question_mark"), as ``App.set_keymap`` stores them."""
    return _normalize_key_list(keys)


_PRINTABLE = {_character_to_key(chr(c)): chr(c) for c in range(0x20, 0x7F)}


def is_typed(key: str) -> bool:
    """Does this key type a character into an input (``a``, ``slash``, ``T``), rather than act?"""
    return key in _PRINTABLE or (len(key) == 1 and key.isprintable())


def is_letter(key: str) -> bool:
    """Is this key a letter or digit (``t``, ``T``, ``3``)? In the filter panel it types a value's first letters."""
    char = _PRINTABLE.get(key, key)
    return len(char) == 1 and char.isalnum()


def _actions_keyed(keys_in_force: Mapping[str, str], test: Callable[[str], bool]) -> frozenset[str]:
    """Actions every key of which passes ``test``."""
    out: set[str] = set()
    for command in COMMANDS:
        keys = keys_in_force.get(command.id, "")
        if keys and all(test(key) for key in keys.split(",")):
            out.update(action for action, _ in command.variants or ((command.run, ""),))
    return frozenset(out)


def typed_actions(keys_in_force: Mapping[str, str]) -> frozenset[str]:
    """Actions every key of which is typed: they give way in the search box (footer and key alike)."""
    return _actions_keyed(keys_in_force, is_typed)


def lettered_actions(keys_in_force: Mapping[str, str]) -> frozenset[str]:
    """Actions every key of which is a letter or digit: they give way to the filter panel's
    type-to-jump (footer and key alike), unless the panel binds the action itself."""
    return _actions_keyed(keys_in_force, is_letter)


def keys_in_force(app: object) -> Mapping[str, str]:
    """The app's keys per command id after the config's remaps (the defaults for another app)."""
    return getattr(app, "keys_in_force", None) or defaults()


def typed_in_force(app: object) -> frozenset[str]:
    """``typed_actions`` for the app's keys, computed once per app."""
    typed = getattr(app, "typed_actions", None)
    return typed if typed is not None else DEFAULT_TYPED


def lettered_in_force(app: object) -> frozenset[str]:
    """``lettered_actions`` for the app's keys, computed once per app."""
    lettered = getattr(app, "lettered_actions", None)
    return lettered if lettered is not None else DEFAULT_LETTERED


def hint(app: App[object], command_id: str) -> str:
    """The first key in force for a command, as the footer shows it: for hints such as "(s)"."""
    keys = keys_in_force(app).get(command_id) or BY_ID[command_id].keys
    return app.get_key_display(Binding(keys.split(",")[0], ""))


def defaults() -> dict[str, str]:
    return {command.id: normalize(command.keys) for command in COMMANDS if command.keys}


def resolve_keymap(requested: Mapping[str, str], reserved: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """The remaps that can be applied, and what was ignored and why.

    ``reserved`` maps a key to what owns it besides these commands (the lists' ``j`` and ``k``).
    A remap is ignored when its id is unknown or palette-only, or when one of its keys would
    then belong to two things; remaps are judged together, so two commands can swap keys.
    """
    problems: list[str] = []
    accepted: dict[str, str] = {}
    for command_id, keys in requested.items():
        command = BY_ID.get(command_id)
        if command is None:
            problems.append(f"[keys] {command_id}: no such command (ids: see the README's keymap table); ignored")
        elif not command.keys:
            problems.append(f"[keys] {command_id}: palette-only, it takes no key; ignored")
        else:
            accepted[command_id] = normalize(keys)
    while True:
        in_force = defaults() | accepted
        owners: dict[str, list[str]] = {}
        for command_id, keys in in_force.items():
            for key in keys.split(","):
                owners.setdefault(key, []).append(command_id)
        clash = next(
            (
                (command_id, key)
                for command_id, keys in accepted.items()
                for key in keys.split(",")
                if len(owners[key]) > 1 or key in reserved
            ),
            None,
        )
        if clash is None:
            return accepted, problems
        command_id, key = clash
        others = [other for other in owners[key] if other != command_id]
        holder = f"the {others[0]} command" if others else reserved[key]
        problems.append(
            f"[keys] {command_id} = {format_key(key)!r}: {format_key(key)} already belongs to {holder}; ignored "
            f"({command_id} keeps {display(BY_ID[command_id].keys)})"
        )
        del accepted[command_id]


def display(keys: str) -> str:
    """Keys as the footer shows them: ``/``, ``?``, ``ctrl+e``."""
    return " / ".join(format_key(key) for key in normalize(keys).split(",") if key)


def keymap_table(commands: Iterable[Command] = COMMANDS) -> str:
    """The README's table of keymap ids (generated: ``tests/app/test_commands.py`` keeps it current)."""
    lines = ["| id | default keys | what it does |", "|---|---|---|"]
    for command in commands:
        if command.keys:
            keys = " ".join(f"`{key}`" for key in command.keys.split(","))
            lines.append(f"| `{command.id}` | {keys} | {command.help.replace('|', '/')} |")
    return "\n".join(lines) + "\n"


DEFAULT_TYPED = typed_actions(defaults())
DEFAULT_LETTERED = lettered_actions(defaults())
