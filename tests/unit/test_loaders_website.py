"""Website: visible content only, and a polite crawl that stays on the site."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from ingest.loaders import load_sources
from ingest.loaders.website import USER_AGENT, crawl_site, page_documents, parse_html
from ingest.types import SourceReport
from tests.unit.fixtures_sources import SITE_PAGES, write_site

NOISY_PAGE = """<!doctype html><html><head><title>Jane Doe · About</title>
<script>var secret = "script-text";</script><style>body { color: red }</style></head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li></ul></nav></header>
<!-- staging admin password is hunter2-orchid-77 -->
<div class="cookie-banner" role="dialog"><p>We use cookies. Accept all?</p><button>OK</button></div>
<main>
  <h1>Jane Doe</h1>
  <h2>About me</h2>
  <p>I forecast wind power for a living.</p>
  <p hidden>Hidden-attribute text.</p>
  <p aria-hidden="true">Aria-hidden text.</p>
  <p style="display: none">Jane won the Nobel Prize in Physics in 2019.</p>
  <p style="visibility:hidden">Invisible text.</p>
  <span class="sr-only">Screen-reader-only text.</span>
  <span class="visually-hidden">Visually-hidden text.</span>
  <div class="hidden">Class-hidden text.</div>
  <div class="hidden md:block">Shown on wider screens.</div>
  <noscript>Please enable JavaScript.</noscript>
  <template><p>Template text.</p></template>
  <svg><text>SVG text</text></svg>
  <form><label>Subscribe to my newsletter</label><input type="hidden" value="form-token"></form>
  <h2>Projects</h2>
  <ul><li>Tidecast: <strong>probabilistic</strong> forecasts.</li><li>kelpie, a conformal library.</li></ul>
</main>
<aside>Related posts sidebar</aside>
<footer><p>© 2025 Jane Doe. All rights reserved.</p><p>Powered by Hugo</p></footer>
</body></html>"""


def test_only_visible_content_reaches_the_output() -> None:
    docs = page_documents(parse_html(NOISY_PAGE), source="about.html", path="about.html")
    texts = [doc.page_content for doc in docs]
    assert texts == [
        "Jane Doe",
        "I forecast wind power for a living.",
        "Shown on wider screens.",
        "Tidecast: probabilistic forecasts.",
        "kelpie, a conformal library.",
    ]
    joined = "\n".join(texts)
    for absent in ("hunter2", "Nobel", "script-text", "cookies", "Home", "sidebar", "©", "Hugo", "Subscribe"):
        assert absent not in joined


def test_headings_and_sections_of_a_page() -> None:
    docs = page_documents(parse_html(NOISY_PAGE), source="about.html", path="about.html")
    by_text = {doc.page_content: doc.metadata for doc in docs}
    about = by_text["I forecast wind power for a living."]
    assert about["heading"] == "About me" and about["section"] == "About"
    assert about["title"] == "Jane Doe · About" and about["source_type"] == "website"
    assert by_text["kelpie, a conformal library."]["section"] == "Projects"


def test_the_line_that_dates_a_post_is_not_what_its_list_items_belong_to() -> None:
    """Persona 18's posts: "Posted on 14 September 2024" under the title had become every tip's label."""
    html = (
        "<body><article><h1>Your child has cancer: the first week</h1><p class='meta'>Posted on 14 September 2024</p>"
        "<ol><li>Keep one file, in date order.</li><li>Write down your questions before the round.</li></ol>"
        "</article></body>"
    )
    docs = page_documents(parse_html(html), source="first-week.html", path="posts/first-week.html")
    items = [doc for doc in docs if doc.page_content.startswith(("Keep", "Write"))]
    assert len(items) == 2 and all(not doc.metadata.get("context") for doc in items)
    assert items[0].metadata["heading"] == "Your child has cancer: the first week"


def test_a_header_with_the_name_is_content_but_a_menu_header_is_not() -> None:
    html = (
        "<body><header><h1>Jane Doe</h1><p>Forecaster, cellist, runner.</p></header>"
        '<header><a href="/">Home</a> <a href="/cv">CV</a></header><p>Body text here.</p></body>'
    )
    texts = [doc.page_content for doc in page_documents(parse_html(html), source="x.html", path="x.html")]
    assert texts == ["Jane Doe", "Forecaster, cellist, runner.", "Body text here."]


def test_folder_of_pages_is_one_website_and_repeated_text_is_taken_once(tmp_path: Path) -> None:
    banner = "<p>Jane Doe is a forecaster in Edinburgh.</p>"
    site = write_site(
        tmp_path / "site",
        {
            "index.html": f"<html><body>{banner}<p>Welcome to my site.</p></body></html>",
            "blog/post.html": f"<html><body>{banner}<p>MAPE is the wrong metric for wind.</p></body></html>",
        },
    )
    result = load_sources([site])
    report = result.reports[0]
    assert report.error is None and "website" in report.kind
    sources = [doc.metadata["source"] for doc in result.documents]
    assert sources == ["site/blog/post.html", "site/blog/post.html", "site/index.html"]
    texts = [doc.page_content for doc in result.documents]
    assert texts.count("Jane Doe is a forecaster in Edinburgh.") == 1
    post = result.documents[1]
    assert post.metadata["section"] == "Opinions"  # a page under blog/


class _Site:
    """A real HTTP server on loopback serving a folder, logging each request's path and User-Agent."""

    def __init__(self, root: Path) -> None:
        self.requests: list[tuple[str, str]] = []
        site = self

        class Handler(SimpleHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append((self.path, self.headers.get("User-Agent", "")))
                super().do_GET()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(root)))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    def paths(self) -> list[str]:
        return [path for path, _agent in self.requests]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[_Site, _Site]]:
    other = tmp_path / "other"
    other.mkdir()
    (other / "index.html").write_text("<p>Someone else's site.</p>", encoding="utf-8")
    external = _Site(other)
    pages = dict(SITE_PAGES)
    # The "external" link points at a second server: a different host:port is a different site.
    pages["index.html"] = pages["index.html"].replace("https://elsewhere.example/", external.url + "/")
    root = write_site(tmp_path / "www", pages)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")
    (root / "data.txt").write_text("plain text file", encoding="utf-8")
    (root / "projects.html").write_text(
        pages["projects.html"].replace("</main>", '<a href="data.txt">data</a></main>'), encoding="utf-8"
    )
    site = _Site(root)
    yield site, external
    site.close()
    external.close()


def test_crawl_stays_on_the_site_obeys_robots_and_the_depth_limit(served) -> None:
    site, external = served
    report = SourceReport(site.url)
    docs = crawl_site(site.url + "/index.html", max_pages=20, max_depth=2, delay=0, report=report)
    texts = [doc.page_content for doc in docs]
    assert "I build forecasting systems for wind farms." in texts
    assert "I play the cello in a community orchestra." in texts
    assert "Two clicks from the start." in texts  # depth 2: index -> about -> deep
    assert "Three clicks from the start." not in texts  # depth 3
    assert external.requests == []  # the link off the site was not followed
    assert "/private/diary.html" not in site.paths()  # robots.txt: Disallow /private/
    assert any("disallowed by robots.txt" in item for item in report.skipped)
    assert any("not HTML (text/plain)" in item for item in report.skipped)
    assert {agent for _path, agent in site.requests} == {USER_AGENT}
    assert site.paths()[0] == "/robots.txt"
    assert {doc.metadata["source"] for doc in docs} <= {site.url + path for path in site.paths()}
    assert report.kind == "website"


def test_crawl_respects_the_page_limit(served) -> None:
    site, _external = served
    report = SourceReport(site.url)
    docs = crawl_site(site.url + "/", max_pages=2, max_depth=5, delay=0, report=report)
    pages = {doc.metadata["source"] for doc in docs}
    assert len(pages) == 2
    assert len([path for path in site.paths() if path.endswith((".html", "/"))]) == 2
    assert any("page limit of 2 reached" in item for item in report.skipped)


def test_load_sources_crawls_a_url_and_reports_an_unreachable_one(served) -> None:
    site, _external = served
    result = load_sources([site.url + "/about.html", "http://127.0.0.1:9/"], crawl_pages=1, crawl_delay=0)
    good, bad = result.reports
    assert good.error is None and good.taken == len(result.documents) > 0
    assert all(doc.metadata["source"] == site.url + "/about.html" for doc in result.documents)
    assert bad.error is not None and bad.error.startswith("http://127.0.0.1:9/: could not fetch")


def test_a_start_page_that_robots_txt_disallows_is_an_error(served) -> None:
    site, _external = served
    result = load_sources([site.url + "/private/diary.html"], crawl_delay=0)
    assert (
        result.reports[0].error
        == f"{site.url}/private/diary.html: robots.txt does not allow crawling this page"
    )
    assert "/private/diary.html" not in site.paths()
