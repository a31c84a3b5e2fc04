"""The topic vocabulary (briefings/topics.toml): slugs, labels, aliases, groups."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_tui.core.model.briefing import Topic

TOPICS_FILE = "topics.toml"


@dataclass(frozen=True)
class Vocabulary:
    topics: dict[str, Topic] = field(default_factory=dict)

    def __post_init__(self) -> None:
        aliases: dict[str, str] = {}
        clashes: list[tuple[str, str, str]] = []
        for slug, topic in self.topics.items():
            for name in (slug, topic.label, *topic.aliases):
                key = name.lower()
                owner = aliases.setdefault(key, slug)
                if owner != slug:
                    clashes.append((slug, name, owner))
        object.__setattr__(self, "_aliases", aliases)
        object.__setattr__(self, "clashes", clashes)

    def resolve(self, name: str) -> str | None:
        """The canonical slug for a slug, label or alias (any case), else None."""
        if name in self.topics:
            return name
        return self._aliases.get(name.lower())  # type: ignore[attr-defined]

    def label(self, slug: str) -> str:
        topic = self.topics.get(slug)
        return topic.label if topic else slug

    def group(self, slug: str) -> str:
        topic = self.topics.get(slug)
        return topic.group if topic else "theme"

    def suggest(self, name: str) -> str | None:
        import difflib  # only for a "did you mean" (``print`` of a good file never needs it)

        close = difflib.get_close_matches(name.lower(), list(self._aliases), n=1, cutoff=0.8)  # type: ignore[attr-defined]
        return self._aliases[close[0]] if close else None  # type: ignore[attr-defined]

    def closest(self, name: str, n: int = 3) -> list[str]:
        """The slugs whose slug, label or alias come closest to ``name`` (for "did you mean")."""
        import difflib

        close = difflib.get_close_matches(name.lower(), list(self._aliases), n=n * 3, cutoff=0.6)  # type: ignore[attr-defined]
        return list(dict.fromkeys(self._aliases[c] for c in close))[:n]  # type: ignore[attr-defined]

    def __bool__(self) -> bool:
        return bool(self.topics)
