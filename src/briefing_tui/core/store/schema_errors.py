"""Turn msgspec's validation messages into sentences that name what was expected."""

from __future__ import annotations

import re
from typing import Any

from msgspec import inspect

from briefing_tui.core.store.locate import KeyPath

_TYPE_WORDS = {
    "str": "a string",
    "int": "an integer",
    "bool": "true or false",
    "float": "a number",
    "datetime": "a TOML local date-time such as 2024-01-13T09:40:00",
    "date": "a TOML date such as 2024-01-13",
    "array": "an array",
    "object": "a table",
    "null": "nothing",
}

# What a pattern-checked key should look like, in words.
_FIELD_HINTS = {
    "country": "a two-letter ISO 3166 code in capitals, such as 'JP', or an organisation's code, such as 'EU' or 'CoE'",
    "key": "a short lowercase slug such as 'kamikawa'",
    "id": "a lowercase slug of letters, digits and '-'",
}


def _type_at(kind: Any, path: KeyPath) -> inspect.Type | None:
    info: inspect.Type = inspect.type_info(kind)
    for part in path:
        while isinstance(info, inspect.UnionType):
            info = next((t for t in info.types if not isinstance(t, inspect.NoneType)), info.types[0])
        if isinstance(info, inspect.StructType) and isinstance(part, str):
            info = next((f.type for f in info.fields if f.name == part), None)  # type: ignore[assignment]
        elif isinstance(info, (inspect.ListType, inspect.VarTupleType)) and isinstance(part, int):
            info = info.item_type
        elif isinstance(info, inspect.DictType) and isinstance(part, str):
            info = info.value_type
        else:
            return None
        if info is None:
            return None
    return info


def _value_at(data: Any, path: KeyPath) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _words(raw: str) -> str:
    def one(m: re.Match[str]) -> str:
        kinds = [k.strip() for k in m.group(1).split("|") if k.strip() != "null"]
        return " or ".join(_TYPE_WORDS.get(k, k) for k in kinds)

    return re.sub(r"`([\w |]+)`", one, raw)


def _dotted(path: KeyPath) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "(top level)"


def describe(kind: Any, data: Any, path: KeyPath, raw: str) -> str:
    """A message that names the key, what it holds and what was expected."""
    where = _dotted(path)
    missing = re.match(r"Object missing required field `([^`]*)`", raw)
    if missing:
        return f"{where}: missing required key `{missing.group(1)}`"
    unknown = re.match(r"Object contains unknown field `([^`]*)`", raw)
    if unknown:
        import difflib  # only for a broken file: loading good ones never needs it

        parent = _type_at(kind, path[:-1])
        names = [f.name for f in parent.fields] if isinstance(parent, inspect.StructType) else []
        close = difflib.get_close_matches(unknown.group(1), names, n=1)
        hint = f"; did you mean `{close[0]}`?" if close else (f"; expected one of: {', '.join(names)}" if names else "")
        return f"{where}: unknown key{hint}"
    value = _value_at(data, path)
    shown = repr(value) if isinstance(value, (str, int, float)) and len(repr(value)) < 60 else None
    info = _type_at(kind, path)
    while isinstance(info, inspect.UnionType):
        info = next((t for t in info.types if not isinstance(t, inspect.NoneType)), None)
    if isinstance(info, inspect.LiteralType):
        allowed = ", ".join(repr(v) for v in info.values)
        return f"{where}: invalid value {shown or ''}; expected one of: {allowed}".replace("value ;", "value;")
    field = next((p for p in reversed(path) if isinstance(p, str)), "")
    if "matching regex" in raw and field in _FIELD_HINTS:
        hint = f"{where}: {shown} is not valid; expected {_FIELD_HINTS[field]}"
        if field == "country" and isinstance(value, str):
            from briefing_tui.core.model.countries import canonical

            known = canonical(value)  # "coe" -> "CoE", "jp" -> "JP": only the case was wrong
            if known is not None:
                hint += f"; did you mean {known!r}?"
        return hint
    if isinstance(info, inspect.IntType) and (info.ge is not None or info.le is not None) and "got" not in raw:
        return f"{where}: {shown} is out of range; expected an integer from {info.ge} to {info.le}"
    if isinstance(info, inspect.StrType) and info.min_length and "length" in raw:
        return f"{where}: must not be empty"
    detail = _words(raw)
    detail = detail[0].lower() + detail[1:] if detail else detail
    return f"{where}: {detail}" + (f" (found {shown})" if shown and "got" not in raw else "")
