"""Reading a readout (a file, stdin or a web address) and writing the briefing without clobbering.

The import command must never leave a half-written briefing (a reader could load it) nor
overwrite one silently: the text goes to a hidden temporary file in the target folder, then
is linked into place (which fails if the name is taken) or, with ``force``, renamed over it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import IO

from briefing_tui.core.store.atomic import write_atomic
from briefing_tui.core.store.parse import MAX_FILE_BYTES


class ReadError(Exception):
    """The readout cannot be read; the message says why and what was expected."""


def read_readout(source: str, stdin: IO[str]) -> tuple[str, str]:
    """(text, display name) of a readout file, or of stdin for ``-``."""
    if source == "-":
        buffer = getattr(stdin, "buffer", None)
        data = buffer.read(MAX_FILE_BYTES + 1) if buffer is not None else stdin.read(MAX_FILE_BYTES + 1)
        name = "<stdin>"
    else:
        path = Path(source)
        try:
            if path.is_dir():
                raise ReadError(f"{source}: is a directory; expected a plain-text readout file")
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ReadError(f"{source}: larger than {MAX_FILE_BYTES:,} bytes; expected one readout's text")
            data = path.read_bytes()
        except FileNotFoundError:
            raise ReadError(f"{source}: no such file") from None
        except PermissionError:
            raise ReadError(f"{source}: permission denied") from None
        except OSError as exc:
            raise ReadError(f"{source}: cannot read ({exc.strerror or exc})") from None
        name = path.name
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(f"{name}: larger than {MAX_FILE_BYTES:,} bytes; expected one readout's text")
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReadError(f"{name}: invalid UTF-8 at byte {exc.start}; expected a UTF-8 text file") from None
    else:
        text = data.removeprefix("\ufeff")
    if "\x00" in text:
        raise ReadError(f"{name}: contains NUL bytes; expected plain text, not a binary file")
    if not text.strip():
        raise ReadError(f"{name}: is empty; expected the text of a readout")
    return text, name


def write_new(target: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` to ``target`` atomically; FileExistsError if it exists and not ``force``."""
    write_atomic(target, text.encode("utf-8"), overwrite=force)


#: Fetching a readout's page: seconds to wait, redirects to follow.
FETCH_TIMEOUT = 15.0
MAX_REDIRECTS = 5
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(source: str) -> bool:
    return bool(_URL.match(source))


def fetch(url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_FILE_BYTES) -> tuple[str, str]:
    """(text, final address) of a page fetched over http(s): a timeout, a size limit, at most
    MAX_REDIRECTS redirects and never to another scheme; ReadError says why it failed."""
    import urllib.error
    import urllib.request
    from email.message import Message

    if not re.match(r"https?://", url, re.IGNORECASE):
        raise ReadError(f"{url}: only http:// and https:// addresses can be fetched")

    class _Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            if not re.match(r"https?://", newurl, re.IGNORECASE):
                raise ReadError(f"{url}: redirected to {newurl}; only http(s) addresses are followed")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    opener = urllib.request.build_opener(_Redirects)
    request = urllib.request.Request(
        url, headers={"User-Agent": "briefing-tui-import/1", "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"}
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ReadError(f"{url}: larger than {max_bytes:,} bytes; expected one readout's page")
            data = response.read(max_bytes + 1)
            final = response.geturl()
            headers: Message = response.headers
    except ReadError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400 and "not allowed" in str(exc.msg):
            raise ReadError(
                f"{url}: redirected to an address that is not http(s); only http(s) addresses are followed"
            ) from None
        if 300 <= exc.code < 400:
            raise ReadError(f"{url}: more than {MAX_REDIRECTS} redirects") from None
        raise ReadError(f"{url}: the server answered {exc.code} {exc.reason}; expected the readout's page") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        raise ReadError(
            f"{url}: cannot fetch ({reason}); are you offline? Save the page and import the file instead"
        ) from None
    except TimeoutError:
        raise ReadError(f"{url}: no answer within {timeout:g} s; save the page and import the file instead") from None
    except OSError as exc:
        raise ReadError(f"{url}: cannot fetch ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise ReadError(f"{url}: larger than {max_bytes:,} bytes; expected one readout's page")
    kind = headers.get_content_type()
    if not (kind.startswith("text/") or kind in ("application/xhtml+xml", "application/xml")):
        raise ReadError(f"{url}: is {kind}; expected a web page (text/html) or plain text")
    charset = headers.get_content_charset() or _meta_charset(data) or "utf-8"
    try:
        text = data.decode(charset, errors="replace")
    except LookupError:
        text = data.decode("utf-8", errors="replace")
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise ReadError(f"{url}: contains NUL bytes; expected a web page or plain text")
    if not text.strip():
        raise ReadError(f"{url}: is empty; expected the readout's page")
    return text, final


def _meta_charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]{0,200}?charset=[\"']?([A-Za-z0-9_-]{1,40})", data[:4096], re.IGNORECASE)
    return m.group(1).decode("ascii") if m else None
