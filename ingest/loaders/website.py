"""Website loader: saved HTML pages, or a polite crawl of one site, reduced to what the person wrote.

Page furniture (scripts, navigation, footers, asides, forms, cookie banners, comments) and anything a
visitor cannot see (hidden attribute, aria-hidden, display:none, sr-only classes) never reaches the
output. The crawler stays on the start URL's scheme and host, obeys robots.txt, waits between
requests, and reads text/html only. A page nested deeper than MAX_HTML_DEPTH elements is refused, and
the tree is walked with a stack, not recursion: time stays linear in the page and nothing overflows.
"""

from __future__ import annotations

import re
import time
import urllib.robotparser
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx
from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from langchain_core.documents import Document

from ingest.clean import normalize_text
from ingest.loaders.structure import Block, documents_from_blocks, section_for
from ingest.types import SourceReport
from twin.errors import TwinError

USER_AGENT = "AI-Twin/0.1 (+personal knowledge ingestion)"
TIMEOUT_S = 10.0
MAX_HTML_DEPTH = 512  # Chromium's HTML parser nests no deeper; a page a person wrote is far shallower

_NOT_CONTENT = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "select",
    "textarea",
    "input",
    "canvas",
    "object",
    "embed",
    "head",
    "pre",
)
_NOT_CONTENT_ROLES = {"navigation", "contentinfo", "complementary", "search", "menu", "menubar"}
_BANNER = re.compile(r"cookie|consent|gdpr|onetrust|cookiebot|cc-(window|banner)", re.I)
_HIDDEN_CLASSES = {"hidden", "sr-only", "visually-hidden", "screen-reader-text", "d-none", "invisible"}
# Tailwind's "hidden md:block" and Bootstrap's "d-none d-md-block" are visible on a wider screen.
_SHOWN_AT_WIDTH = re.compile(
    r"^(\w+:(block|flex|inline|inline-block|inline-flex|grid|table|contents)|d-\w+-(block|flex|inline|inline-block|grid|table))$"
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "ul", "ol", "blockquote", "table", "tr", "td", "th", "dl", "dt", "dd",
    "figure", "figcaption", "address", "body", "header", "details", "summary", "hr", "caption", "tbody", "thead",
}  # fmt: skip
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SKIPPED_SUFFIXES = re.compile(
    r"\.(pdf|jpe?g|png|gif|webp|svg|ico|zip|gz|tar|mp[34]|mov|avi|webm|css|js|json|xml|rss|atom|woff2?|ttf|docx?|pptx?|xlsx?)$",
    re.I,
)


def parse_html(data: bytes | str, *, name: str = "page") -> BeautifulSoup:
    """The page's tree. Raises TwinError naming `name` when elements nest deeper than MAX_HTML_DEPTH."""
    soup = BeautifulSoup(data, "lxml")
    if nested_too_deep(soup):
        raise TwinError(f"{name}: HTML nested over {MAX_HTML_DEPTH} elements deep; not read")
    return soup


def nested_too_deep(soup: BeautifulSoup) -> bool:
    """Whether some element sits more than MAX_HTML_DEPTH elements deep (counted with a stack, not recursion)."""
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    while stack:
        tag, depth = stack.pop()
        if depth > MAX_HTML_DEPTH:
            return True
        stack.extend((child, depth + 1) for child in tag.contents if isinstance(child, Tag))
    return False


def _tags_in_order(root: Tag) -> Iterator[Tag]:
    """Every tag under `root` in document order; the children of a tag are read only after the caller is
    done with it, so a tag the caller removed is not walked into."""
    stack = [child for child in reversed(root.contents) if isinstance(child, Tag)]
    while stack:
        tag = stack.pop()
        yield tag
        stack.extend(child for child in reversed(tag.contents) if isinstance(child, Tag))


def _classes(tag: Tag) -> list[str]:
    value = tag.get("class")
    if value is None:
        return []
    return value.split() if isinstance(value, str) else [str(item) for item in value]


def is_hidden(tag: Tag, *, trust_aria_hidden: bool = True) -> bool:
    """Whether a visitor would not see the element (and what it holds)."""
    if tag.has_attr("hidden"):
        return True
    if trust_aria_hidden and str(tag.get("aria-hidden", "")).lower() == "true":
        return True
    if _HIDDEN_STYLE.search(str(tag.get("style", ""))):
        return True
    classes = _classes(tag)
    return bool(_HIDDEN_CLASSES.intersection(classes)) and not any(_SHOWN_AT_WIDTH.match(c) for c in classes)


def _link_text_share(tag: Tag) -> float:
    text = len(tag.get_text(" ", strip=True))
    links = sum(len(a.get_text(" ", strip=True)) for a in tag.find_all("a"))
    return links / text if text else 1.0


def strip_non_content(soup: BeautifulSoup, *, keep_aria_hidden: bool = False) -> None:
    """Remove comments, scripts, navigation, footers, asides, forms, cookie banners and hidden elements.

    `keep_aria_hidden` is for LinkedIn pages, which mark the visible text aria-hidden and keep a
    visually-hidden copy for screen readers.
    """
    for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
        comment.extract()
    for tag in soup.find_all(_NOT_CONTENT):
        tag.decompose()
    # Not `find_all(True)` with a `tag.decomposed` check: on a live tag, bs4 answers that by searching the
    # tag's whole subtree for a <decomposed> child, which is quadratic in a deep page.
    for tag in _tags_in_order(soup):
        marker = " ".join([str(tag.get("id", "")), *_classes(tag)])
        if (
            str(tag.get("role", "")).lower() in _NOT_CONTENT_ROLES
            or (_BANNER.search(marker) and tag.name not in ("html", "body"))
            or is_hidden(tag, trust_aria_hidden=not keep_aria_hidden)
        ):
            tag.decompose()  # its contents are gone: the walk does not go into them
    # A page header that is mostly links is site navigation; one holding a name and tagline is content.
    for header in _tags_in_order(soup):
        if header.name == "header" and _link_text_share(header) > 0.5:
            header.decompose()


def html_blocks(soup: BeautifulSoup | Tag) -> list[Block]:
    """The visible text in reading order: headings, paragraphs and list items."""
    blocks: list[Block] = []
    buffer: list[str] = []
    kinds: list[str] = ["paragraph"]

    def flush() -> None:
        text = "".join(buffer).strip()
        buffer.clear()
        if text:
            blocks.append(Block(text, "bullet" if kinds[-1] == "bullet" else "paragraph"))

    end_of_block = object()  # pushed after a block's children: the block ends there
    todo: list[object] = list(reversed(soup.contents))
    while todo:
        child = todo.pop()
        if child is end_of_block:
            flush()
            kinds.pop()
        elif type(child) is NavigableString:  # not comments, CDATA, doctypes
            buffer.append(str(child))
        elif isinstance(child, Tag):
            if child.name in _HEADINGS:
                flush()
                text = child.get_text(" ", strip=True)
                if text:
                    blocks.append(Block(text, "heading", level=_HEADINGS[child.name]))
                continue
            if child.name == "br":
                buffer.append("\n")
                continue
            if child.name == "li" or child.name in _BLOCK_TAGS:
                flush()
                kinds.append("bullet" if child.name == "li" else "paragraph")
                todo.append(end_of_block)
            todo.extend(reversed(child.contents))
    flush()
    return blocks


def page_title(soup: BeautifulSoup) -> str | None:
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    return normalize_text(title) or None


def section_from_path(path: str) -> str | None:
    """A page's section from its address or file name: /about-me -> About, /blog/2024/post -> Opinions.

    The folders count first, nearest first, then the page's own name.
    """
    parts = [part for part in re.split(r"[/\\]", path.lower()) if part]
    if not parts:
        return None
    stem = re.sub(r"\.(html?|php|aspx?)$", "", parts[-1])
    for part in [*reversed(parts[:-1]), stem]:
        words = part.replace("-", " ").replace("_", " ")
        # A site's /work page shows what was made (a portfolio); a CV's "Work" heading lists jobs.
        section = "Projects" if words in ("work", "our work") else section_for(words)
        if section:
            return section
    return None


def page_documents(
    soup: BeautifulSoup, *, source: str, path: str, seen: set[str] | None = None
) -> list[Document]:
    """One Document per paragraph or list item of a page; `seen` drops text repeated across pages."""
    title = page_title(soup)
    strip_non_content(soup)
    documents = documents_from_blocks(
        html_blocks(soup.body or soup),
        source=source,
        source_type="website",
        default_section=section_from_path(path),
        **({"title": title} if title else {}),
    )
    if seen is None:
        return documents
    kept = [document for document in documents if document.page_content.lower() not in seen]
    seen.update(document.page_content.lower() for document in kept)
    return kept


def load_html_pages(
    pages: Iterable[tuple[Path, str]], *, report: SourceReport | None = None
) -> list[Document]:
    """Saved pages (file, source name) of one website, with text repeated across pages taken once."""
    documents: list[Document] = []
    seen: set[str] = set()
    for path, source in pages:
        soup = parse_html(path.read_bytes(), name=source)
        documents.extend(page_documents(soup, source=source, path=source, seen=seen))
    if report is not None:
        report.kind = "website"
    return documents


def _same_site(url: str, start: str) -> bool:
    a, b = urlsplit(url), urlsplit(start)
    return (a.scheme, a.netloc.lower()) == (b.scheme, b.netloc.lower())


def _links(soup: BeautifulSoup, base: str) -> Iterator[str]:
    for anchor in soup.find_all("a", href=True):
        href = str(anchor["href"]).strip()
        if not href or href.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        url, _fragment = urldefrag(urljoin(base, href))
        if urlsplit(url).scheme in ("http", "https") and not _SKIPPED_SUFFIXES.search(urlsplit(url).path):
            yield url


class _Robots:
    """The site's robots.txt rules for this crawler (urllib.robotparser, fed through the crawl's client)."""

    def __init__(self, client: httpx.Client, start: str) -> None:
        parts = urlsplit(start)
        self.rules: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
        self.allowed = True
        try:
            response = client.get(f"{parts.scheme}://{parts.netloc}/robots.txt")
        except httpx.HTTPError:
            self.rules = None  # no robots.txt to be had: nothing is disallowed
            return
        if response.status_code in (401, 403):
            self.rules, self.allowed = None, False  # the convention urllib.robotparser follows
        elif response.status_code >= 400:
            self.rules = None
        else:
            self.rules.parse(response.text.splitlines())
            self.rules.modified()

    def can_fetch(self, url: str) -> bool:
        return self.rules.can_fetch(USER_AGENT, url) if self.rules is not None else self.allowed

    def crawl_delay(self) -> float:
        delay = self.rules.crawl_delay(USER_AGENT) if self.rules is not None else None
        return float(delay or 0)


def crawl_site(
    start_url: str,
    *,
    max_pages: int = 20,
    max_depth: int = 2,
    delay: float = 0.5,
    max_bytes: int = 50 * 1024 * 1024,
    report: SourceReport | None = None,
) -> list[Document]:
    """Crawl a personal site from `start_url`, breadth first, within its own scheme and host.

    At most `max_pages` HTML pages, following links at most `max_depth` clicks from the start; each
    page's documents have the page URL as `source`. Raises TwinError when the start page cannot be read.
    """
    start, _fragment = urldefrag(start_url)
    if not urlsplit(start).path:
        start += "/"
    skipped = report.skipped if report is not None else []
    queue: deque[tuple[str, int]] = deque([(start, 0)])
    queued = {start}
    documents: list[Document] = []
    seen: set[str] = set()
    done: set[str] = set()
    fetched = 0
    last_request = 0.0
    with httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=TIMEOUT_S, follow_redirects=True) as client:
        robots = _Robots(client, start)
        wait = max(delay, robots.crawl_delay())
        last_request = time.monotonic()
        while queue and fetched < max_pages:
            url, depth = queue.popleft()
            if not robots.can_fetch(url):
                if url == start:
                    raise TwinError(f"{start_url}: robots.txt does not allow crawling this page")
                skipped.append(f"{url}: disallowed by robots.txt")
                continue
            time.sleep(max(0.0, last_request + wait - time.monotonic()))
            last_request = time.monotonic()
            try:
                page = _fetch(client, url, max_bytes=max_bytes)
            except _PageSkipped as why:
                if url == start:
                    raise TwinError(f"{start_url}: {why}") from None
                skipped.append(f"{url}: {why}")
                continue
            final_url, soup = page
            if not _same_site(final_url, start):
                skipped.append(f"{url}: redirects off the site")
                continue
            if final_url in done:
                continue
            done.add(final_url)
            fetched += 1
            if depth < max_depth:
                for link in _links(soup, final_url):
                    if _same_site(link, start) and link not in queued:
                        queued.add(link)
                        queue.append((link, depth + 1))
            documents.extend(page_documents(soup, source=final_url, path=urlsplit(final_url).path, seen=seen))
    if queue:
        skipped.append(f"page limit of {max_pages} reached; {len(queue)} more pages not read")
    if report is not None:
        report.kind = "website"
    return documents


class _PageSkipped(Exception):
    """One page could not be used; the message says why."""


def _fetch(client: httpx.Client, url: str, *, max_bytes: int) -> tuple[str, BeautifulSoup]:
    try:
        with client.stream("GET", url) as response:
            if response.status_code != 200:
                raise _PageSkipped(f"HTTP {response.status_code}")
            content_type = response.headers.get("content-type", "")
            if "text/html" not in content_type.lower() and "xhtml" not in content_type.lower():
                raise _PageSkipped(f"not HTML ({content_type.split(';')[0] or 'no content type'})")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > max_bytes:
                    raise _PageSkipped("page is over the size limit")
            soup = BeautifulSoup(bytes(body), "lxml", from_encoding=response.charset_encoding)
            if nested_too_deep(soup):
                raise _PageSkipped(f"HTML nested over {MAX_HTML_DEPTH} elements deep")
            return str(response.url), soup
    except httpx.HTTPError as exc:
        raise _PageSkipped(f"could not fetch ({exc.__class__.__name__})") from exc
