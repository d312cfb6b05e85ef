"""A saved web page → its main text, every character mapped to its offset in the page.

The only module that imports lxml. lxml parses the page and picks the main content: the
element whose paragraphs hold the most Chinese text, after scripts, styles, navigation,
headers, footers, asides, forms and elements named like menus, breadcrumbs or link
lists are dropped. lxml does not report where a text node sits in the source, so the
page is also scanned once for its character data (entities resolved, tags, comments,
scripts and styles skipped) and each chosen text node is found in that stream in order:
that gives every character of the main text its exact offset in the decoded page.
"""

from __future__ import annotations

import html as htmlstd
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html
from lxml import etree

from ingest.read.dates import full_date
from ingest.read.mapped import MappedText

_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
              "form", "button", "select", "iframe", "svg", "head")  # fmt: skip
# Class/id words of page furniture: whole words, and prefixes of words (navbar, menu2).
_BOILER_WORDS = frozenset(
    ("ad", "ads", "top", "foot", "side", "hot", "share", "links", "pager", "login",
     "position", "location", "crumbs", "tags", "tag", "gotop", "search", "weixin", "qrcode")
)  # fmt: skip
_BOILER_PREFIXES = ("nav", "menu", "breadcrumb", "crumb", "footer", "header", "sidebar",
                    "comment", "related", "recommend", "advert", "banner", "toolbar",
                    "pagination", "copyright", "friendlink", "hotnews")  # fmt: skip
# ...unless the name also says it is the story's own (article-header, news_footer_text).
_CONTENT_WORDS = frozenset(
    ["article", "content", "post", "news", "detail", "main", "text", "body", "story"]
)
_BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "section",
           "article", "blockquote", "pre", "dd", "dt", "table", "ul", "ol", "figure",
           "figcaption", "center"}  # fmt: skip
_HAN = re.compile(r"[\u3400-\u9fff]")
_SKIP_RAW = re.compile(
    r"<!--.*?-->|<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>|<!\[CDATA\[.*?\]\]>|<[!?/]?[A-Za-z][^>]*>|<!>",
    re.S | re.I,
)  # fmt: skip
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_DATE_KEYS = ("pubdate", "publishdate", "publish_date", "article:published_time",
              "og:published_time", "datepublished", "date")  # fmt: skip
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


@dataclass(frozen=True)
class Page:
    text: MappedText  # main text, offsets into the decoded page
    meta: dict[str, Any] = field(default_factory=dict)  # title, date, url


def extract_main(source: str) -> Page:
    """The main text and metadata of an HTML page.

    In: the decoded page. Out: a :class:`Page`; its text has one line per block element
    of the main content. Raises nothing: an unparsable page gives an empty text.
    """
    # lxml refuses a str that still declares its byte encoding (XHTML pages do).
    parsable = _XML_DECLARATION.sub("", source, count=1)
    try:
        root = lxml.html.document_fromstring(parsable)
    except (etree.ParserError, ValueError):
        return Page(MappedText("", ((0, 0),)))
    meta = _metadata(root)
    for el in list(root.iter(*_DROP_TAGS)):
        _drop(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments, processing instructions
            continue
        name = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
        if el.tag not in ("html", "body") and _is_boilerplate(name):
            _drop(el)
    roots = _widen(_main_element(root), root)
    chars, offsets = _char_stream(source)
    pieces = _anchor_breaks(_pieces(roots, chars, offsets), source)
    return Page(MappedText.from_pieces(pieces), meta)


def _is_boilerplate(name: str) -> bool:
    """Is an element with this class/id/role navigation, a sidebar, a footer...?"""
    words = [w for w in re.split(r"[^a-z0-9]+", name.lower()) if w]
    if any(w in _CONTENT_WORDS for w in words):
        return False
    return any(w in _BOILER_WORDS or w.startswith(_BOILER_PREFIXES) for w in words)


def _drop(el: Any) -> None:
    """Remove an element but keep its tail text (which belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _metadata(root: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    h1 = root.find(".//h1")
    title = h1.text_content().strip() if h1 is not None else ""
    if not title:
        t = root.find(".//title")
        raw = t.text_content().strip() if t is not None else ""
        title = re.split(r"\s*(?:[-_|｜—]+)\s*", raw)[0] if raw else ""
    if title:
        meta["title"] = title
    for el in root.iter("meta"):
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").lower()
        content = el.get("content") or ""
        if key in _DATE_KEYS and full_date(content):
            meta.setdefault("date", full_date(content))
        elif key == "og:url" and content:
            meta.setdefault("url", content)
    for el in root.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            meta["url"] = el.get("href")
    for el in root.iter("time"):
        if full_date(el.get("datetime") or ""):
            meta.setdefault("date", full_date(el.get("datetime") or ""))
    return meta


def _main_element(root: Any) -> Any:
    """The element collecting the most Chinese text through its paragraphs (text of a
    block counts fully for its parent, half for the grandparent, as readability does)."""
    scores: dict[Any, float] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        own = len(_HAN.findall((el.text or "") + "".join(c.tail or "" for c in el)))
        if own < 10:
            continue
        parent = el if el.tag not in ("p", "span", "font", "strong", "b") else el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + own
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + own / 2
    if not scores:
        body = root.find(".//body")
        return body if body is not None else root
    return max(scores, key=lambda e: scores[e])


def _widen(main: Any, root: Any) -> list[Any]:
    """The elements to read, in page order: the main element grown to hold the story's
    headline and information line. A table cell grows to its table (old sites lay a story
    out as title row, date row, text row); any element grows (at most three levels, never
    to the whole body) to take in the page's <h1>; failing that, the <h1> is read first."""
    if main.tag in ("td", "th", "tr", "tbody"):
        table = next((a for a in main.iterancestors("table")), None)
        main = table if table is not None else main
    h1 = root.find(".//h1")
    if h1 is None or main in h1.iterancestors() or main is h1:
        return [main]
    for level, ancestor in enumerate(main.iterancestors()):
        if level >= 3 or ancestor.tag in ("body", "html"):
            break
        if ancestor in h1.iterancestors():
            return [ancestor]
    before = _position(root, h1) < _position(root, main)
    return [h1, main] if before else [main]


def _position(root: Any, el: Any) -> int:
    return next(i for i, e in enumerate(root.iter()) if e is el)


def _char_stream(source: str) -> tuple[str, list[int]]:
    """The page's character data in order, entities resolved and carriage returns left
    out (lxml drops them too), with each character's offset in ``source``."""
    chars: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _SKIP_RAW.finditer(source):
        _add_data(source, pos, m.start(), chars, offsets)
        pos = m.end()
    _add_data(source, pos, len(source), chars, offsets)
    return "".join(chars), offsets


def _add_data(source: str, a: int, b: int, chars: list[str], offsets: list[int]) -> None:
    pos = a
    for m in _ENTITY.finditer(source, a, b):
        _add_plain(source, pos, m.start(), chars, offsets)
        text = htmlstd.unescape(m.group())
        for ch in text:
            chars.append(ch)
            offsets.append(m.start())
        pos = m.end()
    _add_plain(source, pos, b, chars, offsets)


def _add_plain(source: str, a: int, b: int, chars: list[str], offsets: list[int]) -> None:
    for i in range(a, b):
        if source[i] != "\r":
            chars.append(source[i])
            offsets.append(i)


def _pieces(roots: list[Any], chars: str, offsets: list[int]) -> list[tuple[str, int]]:
    """Walk the elements in document order, locating each text node in the stream."""
    pieces: list[tuple[str, int]] = []
    cursor = 0

    def emit(text: str | None) -> None:
        nonlocal cursor
        if not text:
            return
        at = chars.find(text, cursor)
        if at < 0:  # not found verbatim (unusual markup): keep the text, map it near
            pieces.append((text, offsets[min(cursor, len(offsets) - 1)] if offsets else 0))
            return
        run_start = at
        for i in range(at + 1, at + len(text) + 1):
            if i == at + len(text) or offsets[i] != offsets[i - 1] + 1:
                pieces.append((chars[run_start:i], offsets[run_start]))
                run_start = i
        cursor = at + len(text)

    def newline() -> None:
        if pieces and not pieces[-1][0].endswith("\n"):
            near = offsets[min(cursor, len(offsets) - 1)] if offsets else 0
            pieces.append(("\n", near))

    def walk(el: Any) -> None:
        block = isinstance(el.tag, str) and el.tag in _BLOCKS
        if block:
            newline()
        if isinstance(el.tag, str):
            emit(el.text)
            for child in el:
                walk(child)
                emit(child.tail)
        if block:
            newline()

    for root in roots:
        walk(root)
        newline()
    return _squeeze_whitespace(pieces)


def _anchor_breaks(pieces: list[tuple[str, int]], source: str) -> list[tuple[str, int]]:
    """Map each line break put between blocks onto a real line break of the page between
    the two texts, when the page has one there (it usually does: one tag per line)."""
    out = list(pieces)
    for k, (text, _src) in enumerate(out):
        if text != "\n" or k == 0:
            continue
        prev_text, prev_src = out[k - 1]
        after = prev_src + len(prev_text)
        before = next((s for t, s in out[k + 1 :] if t != "\n"), len(source))
        at = source.find("\n", after, before)
        if at >= 0:
            out[k] = ("\n", at)
    return out


def _squeeze_whitespace(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Source line breaks inside a paragraph are not paragraph breaks: drop whitespace
    runs that contain a line break from the text pieces (block newlines stay)."""
    out: list[tuple[str, int]] = []
    for text, src in pieces:
        if text == "\n":
            out.append((text, src))
            continue
        pos = 0
        for m in re.finditer(r"[ \t\u3000\xa0]*\n\s*", text):
            out.append((text[pos : m.start()], src + pos))
            pos = m.end()
        out.append((text[pos:], src + pos))
    squeezed: list[tuple[str, int]] = []
    for t, src in out:  # one line break between blocks, none before the first
        if t and not (t == "\n" and (not squeezed or squeezed[-1][0] == "\n")):
            squeezed.append((t, src))
    return squeezed
