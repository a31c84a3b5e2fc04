"""Month and weekday names in the languages ministries publish in, from the Unicode CLDR.

A page's own date line is often in its language ("donderdag 17 september 2020", "13 de mayo de
2024"). A hand table only knows the languages someone thought of; CLDR (via the ``babel``
package) has every one. Loading babel's locales costs ~0.15 s, so the names are read from a small
file made from it (``WORDS_FILE``); ``python -m briefing_tui.core.importer.calendar_words`` writes
it again from the installed babel, and a test keeps the two equal.
"""

from __future__ import annotations

import unicodedata
from functools import cache

#: Languages of the scripts the importer reads (Latin, Greek, Cyrillic, Arabic): Europe's, Latin
#: America's, Africa's, the Middle East's and South-East Asia's official languages, with the regional
#: spellings of months that differ ("setiembre" in Peru, "Jänner" in Austria, "شباط" in the Levant,
#: "دسمبر" in Afghanistan's Dari).
LOCALES = (
    *("af", "bg", "bs", "ca", "cs", "cy", "da", "de", "de_AT", "el", "es", "es_PE", "et", "eu", "fi", "fil"),
    *("fr", "ga", "gl", "hr", "hu", "id", "is", "it", "lb", "lt", "lv", "mk", "ms", "mt", "nb", "nl", "nn"),
    *("pl", "pt", "pt_PT", "ro", "ru", "sk", "sl", "sq", "sr", "sr_Latn", "sv", "sw", "tr", "uk"),
    *("ar", "ar_SY", "fa", "fa_AF", "ps", "ur"),
)
WORDS_FILE = "calendar_words.tsv"


def _plain(word: str) -> str:
    """Lower case without accents ("Août" is also written "aout")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def build_words() -> bytes:
    """The words file from babel's CLDR data (deterministic bytes): "month\\t9\\tseptembre" lines,
    the wide names in both contexts (Polish and Greek write the month's genitive in dates), as
    written and without accents; a word that names two different months or days is left out."""
    from babel import Locale

    found: dict[tuple[str, str], set[int]] = {}
    for name in LOCALES:
        locale = Locale.parse(name)
        for context in ("format", "stand-alone"):
            for kind, table in (("month", locale.months), ("weekday", locale.days)):
                for number, word in table[context]["wide"].items():
                    for form in {word.lower(), _plain(word)}:
                        if form.replace("-", "").replace("'", "").isalpha():
                            found.setdefault((kind, form), set()).add(int(number))
    lines = sorted(f"{kind}\t{min(n)}\t{word}\n" for (kind, word), n in found.items() if len(n) == 1)
    return "".join(lines).encode("utf-8")


@cache
def _words() -> tuple[dict[str, int], dict[str, int]]:
    from importlib import resources

    try:
        text = resources.files(__package__).joinpath("data", WORDS_FILE).read_text("utf-8")
    except FileNotFoundError:  # a checkout without the file: make it from babel if it is installed
        try:
            text = build_words().decode("utf-8")
        except ImportError:
            text = ""
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for line in text.splitlines():
        kind, number, word = line.split("\t")
        (months if kind == "month" else weekdays)[word] = int(number)
    return months, weekdays


def months() -> dict[str, int]:
    """Month names in lower case, with and without accents, to their number (1-12)."""
    return _words()[0]


def weekdays() -> dict[str, int]:
    """Weekday names in lower case, with and without accents, to babel's number (0 = Monday)."""
    return _words()[1]


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).with_name("data") / WORDS_FILE
    target.write_bytes(build_words())
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")
