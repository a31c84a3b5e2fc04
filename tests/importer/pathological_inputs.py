"""Inputs that once made the importer quadratic or made its regexes backtrack (issues #11, #16).

Each generator returns a readout-shaped text; ``INPUTS`` names them for the tests and for
``benchmarks/import_bench.py``, which times each one. Sizes are in characters.
"""

from __future__ import annotations

import random

HEADER = "Japan-Canada Relations\nJapan-Canada Foreign Ministers' Meeting\nJanuary 13, 2024\n"
LEAD = (
    "On January 13th, commencing at 9:40 a.m. (local time; 11:40 p.m. Japan time) for approximately "
    "100 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, who was visiting Montreal, "
    "Canada, held a meeting with the Honourable Mélanie Joly, Minister of Foreign Affairs of Canada. "
    "The overview of the meeting is as follows.\n"
)


def _readout(body: str) -> str:
    return HEADER + LEAD + body


def long_word(size: int = 100_000) -> str:
    """One word of ``size`` letters ending a point with no full stop (each of its starts was
    retried to the end of the word)."""
    return _readout("- Minister Kamikawa stated " + "a" * size + "\n")


def long_word_only(size: int = 100_000) -> str:
    """A text that is nothing but one word."""
    return "A" * size


def long_lines(lines: int = 20, size: int = 50_000) -> str:
    """Lines of ``size`` characters of words with no sentence end."""
    words = "the two ministers discussed regional cooperation and "
    line = (words * (size // len(words) + 1))[:size]
    return _readout("\n".join(f"- {line}" for _ in range(lines)) + "\n")


def one_sentence(size: int = 1_000_000) -> str:
    """A single 1 MB sentence of mixed-case words, names and titles, with no full stop."""
    rng = random.Random(1)
    words = [
        "Minister",
        "Kamikawa",
        "stated",
        "that",
        "Japan",
        "and",
        "Canada",
        "would",
        "Foreign",
        "the",
        "of",
        "Secretary",
        "Blinken",
        "welcomed",
        "cooperation",
        "in",
        "Montreal",
        "time",
        "for",
        "approximately",
    ]
    out, n = [], 0
    while n < size:
        w = rng.choice(words)
        out.append(w)
        n += len(w) + 1
    return _readout("- " + " ".join(out) + "\n")


def many_bullets(count: int = 20_000) -> str:
    """Thousands of short bullets."""
    body = "".join(f"- Minister Kamikawa stated point {i} on the Indo-Pacific.\n" for i in range(count))
    return _readout(body)


# Runs that a careless pattern retries at every position: each is repeated to ``size`` characters.
_REPEATS = {
    "capitalised": "Ab ",  # name and title readers: a run of capitalised words
    "titles": "Minister ",  # PREFIX_TITLE, read_name
    "parens": "(",  # paren matching
    "close_parens": ")",
    "digits": "1.",  # numbered items, dotted dates
    "dotted": "1.1.",
    "commas": ", ",  # ", Title" and name-between-commas patterns
    "comma_words": "Ab, ",
    "the": "the ",
    "of_the": "of the Ab ",
    "honorifics": "Mr. ",
    "possessive": "Ab's ",
    "time": "Ab time ",
    "hyphens": "-",
    "bullets": "• ",
    "spaces_tabs": " \t",
    "apostrophes": "'",
    "dates": "January 1, ",
    "clocks": "9:40 a.m. ",
    "durations": "for about one hour and ",
    "and": "and ",
    "lower_words": "ab ",
    "on_the_margins": "on the margins of the Ab ",
    "verbs": "shared their ",
    "periods": ". ",
    "initials": "A. ",
    "reiterated": "Minister Kamikawa reiterated ",  # each "reiterated" looked back over the whole point
    "each_other": "each other ",
    "particles": "Mr. de ",
}


def repeated(unit: str, size: int = 200_000) -> str:
    """``unit`` repeated to ``size`` characters, in the opening paragraph and in the body."""
    run = (unit * (size // len(unit) + 1))[:size]
    return HEADER + "On January 13th, Minister Kamikawa met Minister Joly in Montreal " + run + ".\n- " + run + ".\n"


_NAMES = [("KAMIKAWA", "Yoko", "JP"), ("Joly", "Mélanie", "CA"), ("Blinken", "Antony", "US"), ("Wong", "Penny", "AU")]
_VERBS = [
    "stated",
    "welcomed",
    "concurred",
    "confirmed",
    "expressed his appreciation for",
    "explained",
    "noted",
    "requested",
    "shared the view on",
    "discussed",
]
_TOPICS = [
    "the Indo-Pacific",
    "the East China Sea",
    "the situation in Ukraine",
    "economic security",
    "North Korea",
    "the Middle East",
    "climate change",
    "critical minerals",
    "the G7 presidency",
    "the Arctic",
]


def realistic(size: int = 10_000_000) -> str:
    """Real-looking readout paragraphs, bullets and numbered sections, to ``size`` characters."""
    rng = random.Random(7)
    parts = [HEADER, LEAD]
    n = len(HEADER) + len(LEAD)
    section = 1
    while n < size:
        family, _, _ = rng.choice(_NAMES)
        other = rng.choice(_TOPICS)
        style = rng.random()
        if style < 0.1:
            line = f"{section}. {other[4:].title() if other.startswith('the ') else other.title()}\n"
            section = section % 99 + 1
        elif style < 0.2:
            line = f"({rng.randint(1, 9)}) Minister {family.title()} {rng.choice(_VERBS)} {other}.\n"
        else:
            sentences = []
            for _ in range(rng.randint(1, 4)):
                sentences.append(
                    f"Minister {family.title()} {rng.choice(_VERBS)} {rng.choice(_TOPICS)}, and the two ministers "
                    f"{rng.choice(_VERBS)} {rng.choice(_TOPICS)} on {rng.choice(['January', 'May', 'October'])} "
                    f"{rng.randint(1, 28)}, 2024, at {rng.randint(1, 12)}:{rng.randint(10, 59)} p.m. (Japan time)."
                )
            line = "- " + " ".join(sentences) + "\n"
        parts.append(line)
        n += len(line)
    return "".join(parts)[:size]


def _state(body: str) -> str:
    """The same body in the US State style, where every sentence of the prose is a point."""
    return (
        "Secretary Blinken's Meeting with Japanese Foreign Minister Hayashi\nREADOUT\nOFFICE OF THE SPOKESPERSON\n"
        "JULY 13, 2023\nSecretary of State Antony J. Blinken met today with Japanese Foreign Minister Hayashi "
        "Yoshimasa in Jakarta, Indonesia. " + body
    )


def wrapped_lines(lines: int = 20_000) -> str:
    """A hard-wrapped paragraph: thousands of lower-case lines that continue the one before."""
    return _readout(
        "- Minister Kamikawa stated that the two countries would continue to work together on\n"
        + "and continue to work together on\n" * lines
    )


def blank_lines(count: int = 500_000) -> str:
    """Hundreds of thousands of empty lines between two points."""
    return _readout("- Minister Kamikawa stated A." + "\n" * count + "- Minister Joly stated B.\n")


def reference_block(count: int = 20_000) -> str:
    """A "[Reference]" block of thousands of participants, and one line of thousands."""
    line = "Japan: " + ", ".join(f"Mr. ABE Shinzo{i % 10}, Prime Minister of Japan" for i in range(count // 10))
    rows = "".join(f"Japan: Mr. KISHIDA Fumio{i}, Prime Minister of Japan\n" for i in range(count))
    return _readout("- Minister Kamikawa stated A.\n[Reference] Participants\n" + rows + line + "\n")


def long_title(size: int = 100_000) -> str:
    """A title line of ``size`` characters of titles and names: read for participants when the
    lead names fewer than two."""
    run = ("Foreign Minister Ab Cd, " * (size // 24 + 1))[:size]
    return run + "\n9 May 2025\nToday the ministers met in Jakarta for their annual talks and more.\n- They agreed.\n"


def long_from_line(size: int = 100_000) -> str:
    """A first-person readout whose "From:" line is ``size`` characters of titles and names."""
    run = ("Indonesia's Foreign Minister, Cd, " * (size // 34 + 1))[:size]
    return (
        "From: "
        + run
        + "\n9 May 2025\nToday I met Indonesian Foreign Minister Sugiono in Jakarta for our annual talks.\n- We agreed.\n"
    )


def distinct_reference_names(lines: int = 50) -> str:
    """A "[Reference]" block of ``lines`` lines of ~4,000 characters, every name a new one (each
    was compared with every one before it)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    rows, count = [], 0
    for _ in range(lines):
        names = []
        while sum(len(n) + 2 for n in names) < 3900:
            word = "".join(letters[(count // 26**k) % 26] for k in range(4))
            names.append(f"Mr. Ab{word} Cd{word}, Minister of Japan")
            count += 1
        rows.append("Japan: " + ", ".join(names))
    return _readout("- Minister Kamikawa stated A.\n[Reference] Participants\n" + "\n".join(rows) + "\n")


INPUTS = {
    "long_word_100k": long_word,
    "long_word_only_100k": long_word_only,
    "long_lines_20x50k": long_lines,
    "one_sentence_1mb": one_sentence,
    "bullets_20k": many_bullets,
    "realistic_1mb": lambda: realistic(1_000_000),
    "realistic_10mb": realistic,
    "state_prose_1mb": lambda: _state(realistic(1_000_000).replace("\n", " ")),
    "wrapped_lines_20k": wrapped_lines,
    "blank_lines_500k": blank_lines,
    "reference_block_20k": reference_block,
    "distinct_reference_names_50x4k": distinct_reference_names,
    "long_title_100k": long_title,
    "long_from_line_100k": long_from_line,
    **{f"repeat_{name}": (lambda unit=unit: repeated(unit)) for name, unit in _REPEATS.items()},
}
