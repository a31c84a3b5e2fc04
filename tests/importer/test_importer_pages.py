"""`briefing-tui import` of saved pages, web addresses and many sources at once (issue #16).

The pages are ministry layouts written for these tests (tests/importer/dev3/*.html: navigation,
cookie banners, sidebars, footers, scripts). Web addresses are served by a local HTTP server on
127.0.0.1 (port 0) that the tests start; nothing here needs the internet.
"""

from __future__ import annotations

import http.server
import sys
import threading
from pathlib import Path

import pytest
import tomli

from briefing_tui.cli import main
from briefing_tui.core.importer import files, pages

DEV3 = Path(__file__).resolve().parent / "dev3"
SPAIN = DEV3 / "d01-exteriores-spain-sikorski-madrid.html"
CANADA = DEV3 / "d08-pmo-canada-ishiba-kananaskis.html"
UKRAINE = DEV3 / "d09-mfa-ukraine-tsahkna-tallinn-first-person.html"
TEXT = DEV3 / "d02-msz-poland-iwaya-warsaw.txt"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def do_GET(self):  # the http.server API's name
        status, headers, body = self.routes.get(self.path, (404, {"Content-Type": "text/plain"}, b"not found"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # The size-limit test hangs up mid-page on purpose: a client gone is no error to print
        # (it printed a traceback in every run); anything else still is.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="module")
def server():
    html = {"Content-Type": "text/html; charset=utf-8"}
    _Handler.routes = {
        "/spain": (200, html, SPAIN.read_bytes()),
        "/canada": (200, html, CANADA.read_bytes()),
        "/ukraine": (200, html, UKRAINE.read_bytes()),
        "/latin1": (
            200,
            {"Content-Type": "text/html; charset=iso-8859-1"},
            CANADA.read_text(encoding="utf-8")
            .replace("Readouts", "Readouts \u00e9t\u00e9")
            .encode("latin-1", "replace"),
        ),
        "/moved": (301, {"Location": "/canada"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/to-file": (302, {"Location": "file:///etc/passwd"}, b""),
        "/big": (200, html, b"<html><body>" + b"<p>word </p>" * 200_000 + b"</body></html>"),
        "/empty-page": (200, html, b"<html><head><title>x</title></head><body><nav>Home</nav></body></html>"),
        "/report.pdf": (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7 binary"),
    }
    httpd = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=10)


# --- the page's text and metadata ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "title", "published", "url", "first", "furniture"),
    [
        (
            SPAIN,
            "Albares receives Polish Foreign Minister Radosław Sikorski in Madrid",
            "2025-02-12",
            "https://www.exteriores.gob.es/en/Comunicacion/NotasPrensa/Paginas/2025_NOTAS_P/20250212_NOTA031.aspx",
            "The Minister for Foreign Affairs, European Union and Cooperation",
            ["cookies", "Latest news", "Legal notice", "dataLayer", "Español"],
        ),
        (
            CANADA,
            "Prime Minister Carney meets with Prime Minister of Japan Shigeru Ishiba",
            "2025-06-16",
            "https://www.pm.gc.ca/en/news/readouts/2025/06/16/prime-minister-carney-meets-prime-minister-japan-shigeru-ishiba",
            "Prime Minister Mark Carney today met",
            ["Skip to main content", "Search PM.gc.ca", "About government", "Related products", "schema.org"],
        ),
        (
            UKRAINE,
            "Andrii Sybiha: I met with Estonian Foreign Minister Margus Tsahkna in Tallinn",
            "2025-04-24",
            "https://mfa.gov.ua/en/news/andrii-sybiha-i-met-estonian-foreign-minister-margus-tsahkna-tallinn",
            "Today I met with my Estonian counterpart",
            ["We use cookies", "Most read", "All rights reserved", "Telegram", "_paq"],
        ),
    ],
)
def test_a_page_gives_its_main_text_and_metadata(path, title, published, url, first, furniture):
    page = pages.page_text(path.read_text(encoding="utf-8"))
    assert (page.title, str(page.published), page.url) == (title, published, url)
    assert any(line.startswith(first) for line in page.text.split("\n"))
    for junk in furniture:
        assert junk not in page.text


def test_a_canonical_address_with_spaces_or_another_scheme_is_not_kept():
    html = '<html><head><link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://a.example/x y"></head><body><article><p>{}</p></article></body></html>'
    page = pages.page_text(
        html.format("Minister A met Minister B in Paris today for talks on trade. " * 5), "https://b.example/readout"
    )
    assert page.url == "https://b.example/readout"


def test_is_html():
    assert pages.is_html(SPAIN.read_text(encoding="utf-8"))
    assert not pages.is_html(TEXT.read_text(encoding="utf-8"))


def test_page_text_is_plain_text_not_markup():
    html = "<html><body><article><h1>Talks [bold]x[/bold]</h1><p>Minister A met Minister B in Paris today to discuss [@click=app.quit]trade[/] and &lt;b&gt;energy&lt;/b&gt; at length with many words.</p></article></body></html>"
    page = pages.page_text(html)
    assert "[@click=app.quit]trade[/]" in page.text and "<b>energy</b>" in page.text


# --- the CLI: saved pages, addresses, many at once ------------------------------------------------


def test_import_a_saved_page(capsys, tmp_path):
    code, out, err = run(capsys, "import", str(SPAIN), "--out", str(tmp_path))
    assert code == 0, err
    written = Path(out.strip())
    data = tomli.loads(written.read_text(encoding="utf-8"))
    assert data["source_url"].startswith("https://www.exteriores.gob.es/")
    assert [p["country"] for p in data["participants"]] == ["ES", "PL"]
    assert data["time"]["zone"] == "Europe/Madrid" and len(data["points"]) == 4


def test_import_a_web_address(capsys, tmp_path, server):
    code, out, err = run(capsys, "import", f"{server}/ukraine", "--out", str(tmp_path))
    assert code == 0, err
    data = tomli.loads(Path(out.strip()).read_text(encoding="utf-8"))
    assert (
        data["source_url"]
        == "https://mfa.gov.ua/en/news/andrii-sybiha-i-met-estonian-foreign-minister-margus-tsahkna-tallinn"
    )
    assert [(p["name"], p["country"]) for p in data["participants"]] == [
        ("Andrii Sybiha", "UA"),
        ("Margus Tsahkna", "EE"),
    ]
    assert data["publisher"] == "Ministry of Foreign Affairs of Ukraine"


def test_a_redirect_is_followed_and_the_charset_honoured(capsys, tmp_path, server):
    code, out, err = run(capsys, "import", f"{server}/moved", "--dry-run")
    assert code == 0, err
    assert tomli.loads(out)["source_url"].startswith("https://www.pm.gc.ca/")
    code, out, err = run(capsys, "import", f"{server}/latin1", "--dry-run")
    assert code == 0, err
    assert tomli.loads(out)["title"] == "Prime Minister Carney meets with Prime Minister of Japan Shigeru Ishiba"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/nowhere", "answered 404"),
        ("/loop", "redirects"),
        ("/to-file", "only http(s) addresses are followed"),
        ("/empty-page", "no readout text found"),
        ("/report.pdf", "is application/pdf; expected a web page"),
    ],
)
def test_bad_addresses_fail_with_a_clear_message(capsys, server, path, message):
    code, out, err = run(capsys, "import", f"{server}{path}", "--dry-run")
    assert code == 1 and out == ""
    assert message in err and "Traceback" not in err


def test_a_page_over_the_size_limit_is_refused(capsys, server, monkeypatch):
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100_000)
    with pytest.raises(files.ReadError, match="larger than 100,000 bytes"):
        files.fetch(f"{server}/big", max_bytes=100_000)


def test_only_http_and_https(capsys):
    code, _, err = run(capsys, "import", "ftp://example.org/readout.txt", "--dry-run")
    assert code == 1 and "only http:// and https://" in err
    code, _, err = run(capsys, "import", "file:///etc/passwd", "--dry-run")
    assert code == 1 and "only http:// and https://" in err


def test_offline_is_a_clear_error(capsys):
    """Nothing listens on a port we just closed: the same failure as no network."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    code, out, err = run(capsys, "import", f"http://127.0.0.1:{port}/readout", "--dry-run")
    assert code == 1 and out == ""
    assert "cannot fetch" in err and "offline" in err and "Traceback" not in err


def test_many_at_once_one_failure_never_stops_the_rest(capsys, tmp_path, server):
    missing = tmp_path / "missing.txt"
    out_dir = tmp_path / "out"
    code, out, err = run(
        capsys,
        "import",
        str(TEXT),
        str(missing),
        str(CANADA),
        f"{server}/ukraine",
        f"{server}/nowhere",
        "--out",
        str(out_dir),
    )
    assert code == 1
    written = out.split()
    assert len(written) == 3 and all(Path(p).is_file() for p in written)
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(Path(p).name for p in written)
    assert f"{missing}: no such file" in err and "answered 404" in err
    assert err.rstrip().endswith("3 of 5 written, 2 failed")


def test_many_at_once_all_well_exits_0(capsys, tmp_path):
    code, out, err = run(capsys, "import", str(TEXT), str(SPAIN), "--out", str(tmp_path))
    assert code == 0 and len(out.split()) == 2
    assert err.rstrip().endswith("2 of 2 written, 0 failed")


def test_stdin_only_once(capsys):
    code, _, err = run(capsys, "import", "-", "-", "--dry-run")
    assert code == 2 and "only once" in err


@pytest.mark.parametrize(
    "html",
    [
        # 5,000 nested blocks overflowed a recursive walk (RecursionError) before it became one pass.
        "<html><body>"
        + '<div class="a">' * 5000
        + "<p>Minister A met Minister B in Paris today for talks on trade.</p>"
        + "</div>" * 5000
        + "</body></html>",
        "<html><body>"
        + '<div class="menu">' * 3000
        + "<p>"
        + "Minister A met Minister B in Paris today. " * 4000
        + "</p>"
        + "</div>" * 3000
        + "</body></html>",
        "<html><body>"
        + "<ul><li>" * 3000
        + "Minister A met Minister B in Paris today for talks."
        + "</li></ul>" * 3000
        + "</body></html>",
    ],
    ids=["deep-divs", "deep-furniture-with-text", "deep-lists"],
)
def test_pathological_pages_finish(html):
    """No timing assert: a thread guard fails the test only if it hangs (generous)."""
    result: list[pages.Page] = []
    worker = threading.Thread(target=lambda: result.append(pages.page_text(html)), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert result, "page_text did not finish"
    assert "Minister A met Minister B in Paris today" in result[0].text
