"""The footer: the screen's keys drawn as one line by one widget.

Textual's Footer is a container of thirty-odd key widgets that it rebuilds, and then lays the
screen out again, whenever its screen says the bindings may have changed: at every focus change
and whenever a view opens (`v` opened in two layout passes, the second ~35 ms, only for the
footer). Here a change of keys is a repaint of one line. It looks and behaves as Textual's
footer does (key and description styles, the palette key on the right, compact below 100
columns, a click presses the key, a disabled key rings the bell, hover and tooltips, the wheel
scrolls a line that does not fit).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import NamedTuple

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import ActiveBinding
from textual.color import Color
from textual.css.styles import RenderStyles
from textual.reactive import reactive
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget


class FooterItem(NamedTuple):
    """One key as the footer shows it."""

    key: str
    key_display: str
    description: str
    action: str
    enabled: bool
    tooltip: str


class _Placed(NamedTuple):
    start: int  # first cell, in the line before scrolling (the palette key: in the widget)
    end: int
    item: FooterItem
    docked: bool


class KeyFooter(Widget, can_focus=False):
    """The active bindings of the screen, repainted (never rebuilt) when they change."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {
        "footer-key--key",
        "footer-key--description",
        "footer-key--item",
        "footer-key--hover",
        "footer-key--border",
    }
    DEFAULT_CSS = """
    KeyFooter {
        color: $footer-foreground;
        background: $footer-background;
        dock: bottom;
        height: 1;
        width: 1fr;
        .footer-key--item {
            color: $footer-foreground;
            background: $footer-item-background;
        }
        .footer-key--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        .footer-key--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .footer-key--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .footer-key--border {
            color: $foreground 20%;
        }
    }
    """

    compact = reactive(False, toggle_class="-compact")
    """Less white space (below 100 columns)."""
    show_command_palette = reactive(True)
    """Show the palette's key on the right."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: Hashable | None = None
        self._items: tuple[FooterItem, ...] = ()
        self._palette: FooterItem | None = None
        self._placed: list[_Placed] = []
        self._hover: int | None = None  # index into _placed
        self._scroll = 0  # cells of the line scrolled off to the left
        self._line_width = 0  # cells of the keys' line (the palette key apart)

    # What is shown ----------------------------------------------------------------

    @property
    def items(self) -> tuple[FooterItem, ...]:
        """The keys shown, left to right, then the palette's key (when shown)."""
        return self._items + ((self._palette,) if self._palette is not None else ())

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self._update(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        if screen.app.screen is not screen:
            return  # behind a modal screen nobody sees it; Textual says so again when the screen is back
        self._update(screen)

    def watch_compact(self) -> None:
        self._shown = None
        if self.is_attached:
            self._update(self.screen)

    def watch_show_command_palette(self) -> None:
        self.watch_compact()

    def _showing(self, active: dict[str, ActiveBinding]) -> Hashable:
        return (
            self.compact,
            self.show_command_palette,
            tuple(
                (key, b.action, b.description, b.key_display, b.group, enabled, tooltip)
                for key, (_, b, enabled, tooltip) in active.items()
                if b.show or key == self.app.COMMAND_PALETTE_BINDING
            ),
        )

    def _update(self, screen: Screen) -> None:
        active = screen.active_bindings  # (walks the focus chain: once a change)
        showing = self._showing(active)
        if showing == self._shown:
            return
        self._shown = showing
        app = self.app
        items: dict[str, FooterItem] = {}  # one key an action, as Textual's footer shows
        for _, binding, enabled, tooltip in active.values():
            if binding.show and binding.action not in items:
                items[binding.action] = FooterItem(
                    binding.key, app.get_key_display(binding), binding.description, binding.action, enabled, tooltip
                )
        self._items = tuple(items.values())
        self._palette = None
        if self.show_command_palette and app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _, binding, enabled, tooltip = active[app.COMMAND_PALETTE_BINDING]
            self._palette = FooterItem(
                binding.key,
                app.get_key_display(binding),
                binding.description,
                binding.action,
                enabled,
                binding.tooltip or binding.description,
            )
        self._unhover()
        self.refresh()

    def _unhover(self) -> None:
        """No key under the mouse (its tooltip and pointer go too: the keys changed or moved)."""
        self._hover = None
        self.tooltip = None
        self.styles.pointer = "default"

    # Drawing ------------------------------------------------------------------------

    def _styles(self) -> dict[str, RenderStyles]:
        names = ("item", "hover", "key", "description", "border")
        return {name: self.get_component_styles(f"footer-key--{name}") for name in names}

    def _parts(
        self, item: FooterItem, compact: bool, hovered: bool, base: Color, styles: dict[str, RenderStyles]
    ) -> list[Segment]:
        """An item's cells, styled as Textual's FooterKey paints them over ``base``."""
        layer = styles["hover" if hovered else "item"]
        background = base + layer.background
        color = layer.color if layer.color.a else styles["item"].color
        dim = Style(dim=True) if not item.enabled else Style()

        def paint(text: str, part: RenderStyles) -> Segment:
            back = background + part.background
            fore = back + (part.color if part.color.a else color)
            style = Style.from_color(fore.rich_color, back.rich_color) + part.text_style
            return Segment(text, dim + style)

        if not item.description:
            return [paint(item.key_display, styles["key"])]
        key_pad = "" if compact else " "
        return [
            paint(f"{key_pad}{item.key_display}{key_pad}", styles["key"]),
            paint(f"{' ' if compact else ''}{item.description}{'' if compact else ' '}", styles["description"]),
        ]

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        styles = self._styles()
        own = self.rich_style
        base = Color.from_rich_color(own.bgcolor) if own.bgcolor else Color(0, 0, 0, 0)
        blank = Style.from_color(own.color, own.bgcolor)
        placed: list[_Placed] = []
        hovered = self._placed[self._hover] if self._hover is not None and self._hover < len(self._placed) else None

        # The palette's key, docked right: a border cell, the key (compact, always), padding.
        palette: list[Segment] = []
        if self._palette is not None:
            item = self._palette
            is_hovered = hovered is not None and hovered.docked
            background = base + styles["hover" if is_hovered else "item"].background
            border_color = background + styles["border"].color
            palette.append(Segment("▏", Style.from_color(border_color.rich_color, background.rich_color)))
            palette.extend(self._parts(item, True, is_hovered, base, styles))
            if not self.compact:
                palette.append(Segment(" ", Style.from_color(None, background.rich_color)))
        palette_width = sum(s.cell_length for s in palette)
        room = max(0, width - palette_width)

        # The keys, left to right: compact keys are a cell apart.
        line: list[Segment] = []
        x = 0
        for n, item in enumerate(self._items):
            if n and self.compact:
                line.append(Segment(" ", blank))
                x += 1
            is_hovered = hovered is not None and not hovered.docked and hovered.item == item
            parts = self._parts(item, self.compact, is_hovered, base, styles)
            cells = sum(s.cell_length for s in parts)
            placed.append(_Placed(x, x + cells, item, False))
            line.extend(parts)
            x += cells
        self._line_width = x
        self._scroll = max(0, min(self._scroll, x - room))
        strip = Strip(line, x).crop(self._scroll, self._scroll + room).extend_cell_length(room, blank)
        if palette:
            placed.append(_Placed(room, width, self._palette, True))  # type: ignore[arg-type]
            strip = Strip.join([strip, Strip(palette, palette_width)])
        self._placed = placed
        return strip.crop(0, width).extend_cell_length(width, blank).simplify()

    # The mouse ------------------------------------------------------------------------

    def _at(self, x: int) -> int | None:
        room = self.size.width - sum(p.end - p.start for p in self._placed if p.docked)
        for n, place in enumerate(self._placed):
            if place.docked:
                if x >= place.start:
                    return n
            elif x < room and place.start <= x + self._scroll < place.end:
                return n
        return None

    def on_mouse_move(self, event: events.MouseMove) -> None:
        hover = self._at(event.x)
        if hover != self._hover:
            self._hover = hover
            item = self._placed[hover].item if hover is not None else None
            self.tooltip = (item.tooltip or None) if item is not None else None
            self.styles.pointer = "pointer" if item is not None else "default"
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        if self._hover is not None:
            self._unhover()
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        hover = self._at(event.x)
        if hover is None:
            return
        item = self._placed[hover].item
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()

    def _scroll_by(self, cells: int) -> None:
        room = self.size.width - sum(p.end - p.start for p in self._placed if p.docked)
        scroll = max(0, min(self._scroll + cells, self._line_width - room))
        if scroll != self._scroll:
            self._scroll = scroll
            self._unhover()
            self.refresh()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._scroll_by(4)
        event.stop()

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._scroll_by(-4)
        event.stop()
