"""Layout repair of a decoded page: find what to drop, then drop it (offsets kept).

Each ``find_*`` function is pure: it reads a text and returns the character spans to
delete. :func:`clean` applies them one after another through :class:`MappedText`, so
every surviving character still maps to its place in the file. Nothing here rewrites a
word: text is only removed (furniture, pinyin noise, stray blanks), never "corrected".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.read.hardwrap import find_hard_wraps
from ingest.read.mapped import MappedText

Span = tuple[int, int]

HAN = r"\u3400-\u9fff\uf900-\ufaff"
# Punctuation that never starts or ends a word: blanks next to it are layout debris.
_PUNCT = r"，。、；：？！“”‘’（）《》〈〉【】「」『』…—·,.;:?!()"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"

# 區(qū): a Han character followed by its tone-marked pinyin in brackets, the trace of a
# "ruby" annotation flattened into text by a web page.
_PINYIN = re.compile(rf"[(（]([a-zü]*[{_TONED}][a-zü]*)[)）]")
_BLANK_RUN = re.compile(r"[ \t\u3000\u00a0\r]+")
_PUNCT_SET = frozenset(_PUNCT)
# (下转第2版) / (上接第1版) / （转第3版）: a continuation note of a printed page.
_PAGE_NOTE = re.compile(r"[(（](?:下转|上接|转|接)第?[0-9一二三四五六七八九十]+版[)）]")
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,300}>|^\s*[\"']\s*/?>|^\s*/>", re.M)

# Lines that are a site's furniture wherever they occur.
_FURNITURE_LINE = re.compile(
    r"""^(?:
        (?:当前位置|您的位置|您现在的位置|所在位置)[:：].*      # "you are here"
      | .*(?:首页|主页)\s*[>»›].*                              # breadcrumbs from the home page
      | [^\n。，,]{0,40}(?:\s*[>»›]\s*[^\n>»›。，,]{1,20}){2,}  # a > b > c
      | [>»›]\s*\S{0,10}                                       # "> 正文"
      | (?:上一篇|下一篇|上一条|下一条)[:：].*
      | (?:分享到|打印本页|关闭窗口|返回顶部|返回列表|【打印】|【关闭】|扫一扫).*
      | [【\[]?\s*字[体号]\s*[:：]?(?:\s*[【\[]?[大中小][】\]]?){3}.*    # font size switch
      | 视力保护色.*
      | 本篇文章\d+字.*                                         # reading-time badges
      | .{0,12}(?:微信关注|关注我们|扫码关注)                     # "follow us" banners
      | (?=[^。\n]*$).{0,20}(?:蓝字|长按识别|长按二维码|扫描二维码|微信扫一扫).{0,20}  # WeChat
      | (?:阅读原文|预览时标签不可点|收录于(?:合集|话题).*|[-—\s]*END[-—\s]*)
      | (?:(?:分享|收藏|在看|点赞|赞|留言)\s*){1,6}
      | (?:浏览|阅读|点击)(?:次数|量)?[:：]?\s*\d+\s*次?
      | [\w\-]+\.(?:jpe?g|png|gif|webp|bmp)                   # an image's file name
      | [:：]?\s*(?:原题为|原标题)[:：_]?.*                      # "originally titled ..."
      | [^\n。]*?\d{3,4}-\d{7,8}[^\n。]*?\d{3,4}-\d{7,8}[^\n。]*  # phone-number banners
    )$""",
    re.M | re.X,
)
# A heading after which a page holds only other pages' links, comments or ads.
_TAIL_MARKER = re.compile(
    r"^(?:推荐内容|推荐阅读|相关推荐|相关阅读|相关新闻|相关文章|热点推荐|最新评论|"
    r"网友评论|发表评论|精彩推荐|猜你喜欢|延伸阅读|更多新闻|往期推荐|往期回顾|往期精彩)\s*$"
    r"|^\d+条评论\s*$",
    re.M,
)
_LIST_LINE = re.compile(r"^\s*(?:[-*•·▪◆■●]|\d+[.、])\s+\S.{0,80}$")


def find_pinyin_noise(text: str) -> list[Span]:
    """Spans of ``(qū)``-style pinyin glosses that follow a Han character, and of the
    toneless ones of a page that glosses (:func:`find_toneless_pinyin_noise`)."""
    toned = [m.span() for m in _PINYIN.finditer(text) if m.start() and _is_han(text[m.start() - 1])]
    return sorted(toned + find_toneless_pinyin_noise(text))


# 電(dian), 習近平總書(shu)記: a pinyin syllable without tone marks in brackets after a Han
# character — an initial (or none) and a final of standard pinyin.
_TONELESS = re.compile(
    r"[(（]((?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|ve|er|an|en|in"
    r"|un|vn|ia|ua|uo|a|o|e|i|u|v))[)）]"
)
# How many glosses a page must hold before its toneless ones count as glosses: a lone
# bracketed syllable may be a label of the text, a page that glosses many is no accident.
_GLOSSES_ON_A_GLOSSING_PAGE = 3


def find_toneless_pinyin_noise(text: str) -> list[Span]:
    """Spans of pinyin glosses written without tone marks after Han characters
    (電(dian)集團有(you)限公司, 總書(shu)記), on a page that holds at least three
    glosses, toned or not: such pages flatten a ruby annotation into the text as the
    toned ones do, and the gloss cuts the word it follows (寶(bao)雞市 is no place).

    >>> find_toneless_pinyin_noise("中國西電(dian)集團有(you)限公司發布時間(jian)")
    [(4, 10), (13, 18), (25, 31)]
    >>> find_toneless_pinyin_noise("附件(a)與附件(b)")
    []
    """
    spans = [
        m.span() for m in _TONELESS.finditer(text) if m.start() and _is_han(text[m.start() - 1])
    ]
    if not spans:
        return []
    toned = sum(1 for m in _PINYIN.finditer(text) if m.start() and _is_han(text[m.start() - 1]))
    return spans if len(spans) + toned >= _GLOSSES_ON_A_GLOSSING_PAGE else []


def find_stray_spaces(text: str) -> list[Span]:
    """Blanks next to punctuation inside CJK text (`` , ``), and blanks or carriage
    returns at the start and end of lines (indentation). Blanks between two Han
    characters are kept: headlines use them to separate their parts."""
    spans = []
    n = len(text)
    # Blanks are rare in Chinese text: find the runs, then look at their neighbours
    # (much faster than a lookbehind tried at every position).
    for m in _BLANK_RUN.finditer(text):
        a, b = m.span()
        before = text[a - 1] if a else "\n"
        after = text[b] if b < n else "\n"
        if (
            before == "\n"
            or after == "\n"
            or (after in _PUNCT_SET and (before in _PUNCT_SET or _is_han(before)))
            or (before in _PUNCT_SET and (after in _PUNCT_SET or _is_han(after)))
        ):
            spans.append((a, b))
    return spans


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def find_markup(text: str) -> list[Span]:
    """Leftover HTML tags and tag fragments (``">``) in a text file; a line holding
    nothing else goes with its line break."""
    spans = []
    for m in _TAG.finditer(text):
        a, b = m.span()
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        line_end = len(text) if line_end < 0 else line_end
        whole = not text[line_start:a].strip() and not text[b:line_end].strip()
        spans.append(_with_newline(text, (a, line_end)) if whole else (a, b))
    return spans


def find_furniture(text: str) -> list[Span]:
    """Page furniture: continuation notes, navigation lines, link lists, the tail of a
    saved page after "推荐内容" and the like, and ``【title】`` repeats of a headline."""
    spans = [m.span() for m in _PAGE_NOTE.finditer(text)]
    for m in _FURNITURE_LINE.finditer(text):
        spans.append(_with_newline(text, m.span()))
        spans += _nav_label_before(text, m.start())
    tail = _TAIL_MARKER.search(text)
    if tail:
        spans.append((tail.start(), len(text)))
    spans += _trailing_link_list(text)
    spans += _bracketed_title_repeats(text)
    return spans


def _nav_label_before(text: str, line_start: int) -> list[Span]:
    """The section name a site prints just above its breadcrumb line (``党群工作``)."""
    if not re.search(r"[>»›]", text[line_start : text.find("\n", line_start) % (len(text) + 1)]):
        return []
    prev_end = text.rfind("\n", 0, line_start)
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1
    prev_start = text.rfind("\n", 0, max(prev_end, 0)) + 1
    label = text[prev_start:prev_end]
    if 0 < len(label.strip()) <= 8 and not re.search(r"[，。,.!！?？]", label):
        return [(prev_start, line_start)]
    return []


def _with_newline(text: str, span: Span) -> Span:
    a, b = span
    return (a, b + 1) if b < len(text) and text[b] == "\n" else span


def lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` (newline excluded)."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line)
        pos += len(line) + 1


def _trailing_link_list(text: str) -> list[Span]:
    """A run of two or more short list items (no full stop) at the end of the page:
    the "other articles" links of a saved page."""
    items: list[Span] = []
    for a, b in reversed(list(lines(text))):
        line = text[a:b]
        if not line.strip():
            continue
        if _LIST_LINE.match(line) and "。" not in line:
            items.append((a, b))
            continue
        break
    if len(items) < 2:
        return []
    return [(items[-1][0], len(text))]


def _bracketed_title_repeats(text: str) -> list[Span]:
    """``【...】`` whose content is, word for word, another line of the page (a
    scraper's copy of the headline pasted into the body)."""
    found = []
    page_lines = {re.sub(r"\s", "", text[a:b]) for a, b in lines(text)}
    for m in re.finditer(r"【([^】\n]{4,80})】", text):
        if re.sub(r"\s", "", m.group(1)) in page_lines:
            found.append(m.span())
    return found


# -- broken words --------------------------------------------------------------------------

_TERMINAL = "。！？!?…；;”’」』）)】》"
_NON_FINAL_PUNCT = "，、,：:（(“‘《「『—"
# Function words that do not end a headline: a paragraph ending in one was cut off.
_PARTICLES = set(
    "的和与及在对把被从向将为等并但而或之于以其让使给跟同这那各每该也又还都就更很最非不没未是"
)
_OPENERS = dict(zip("“‘《（(「『【", "”’》）)」』】", strict=True))
_FRAGMENT_START = re.compile(rf"^[{HAN}0-9]{{1,3}}[、。！？”’」』》)）]|^[{HAN}][，,]")
_GAP = re.compile(r"\n(?:[ \t\u3000]*\n)*")


def find_broken_words(text: str) -> list[Span]:
    """Blank lines (or a bare line break) that cut a sentence in two, as page and column
    breaks of a printed page do: ``田头党支`` / blank line / ``部”``. The gap is dropped
    when the paragraph before it cannot have ended there (no closing punctuation, and an
    open quote, a comma, a function word at the end, body-text length, or a fragment at
    the start of the next paragraph). Headlines and subheadings never match: they are
    short and stand alone."""
    spans: list[Span] = []
    for m in _GAP.finditer(text):
        a, b = m.span()
        p_start = text.rfind("\n", 0, a) + 1
        q_end = text.find("\n", b)
        p, q = text[p_start:a], text[b : q_end if q_end >= 0 else len(text)]
        if p and q and _continues(p, q, blank_line=text.count("\n", a, b) > 1):
            spans.append((a, b))
    return spans


def _continues(p: str, q: str, *, blank_line: bool) -> bool:
    last = p[-1]
    if last in _TERMINAL or not q or q[0] in "-*•·>#":
        return False
    if last in _NON_FINAL_PUNCT or _unclosed(p):
        return True
    if last in _PARTICLES and _running_text(p):  # 和 may also end a name: 作者 张和
        return True
    if _FRAGMENT_START.match(q):
        return True
    if len(q) <= 8 and q[-1] in "。！？!?" and _running_text(p):
        return True
    # A bare line break after long text is how many pages end every paragraph, so only
    # a blank line (a page or column break) is trusted on length alone.
    return blank_line and _body_like(p) and len(q) >= 2


def _unclosed(p: str) -> bool:
    return any(p.count(o) > p.count(c) for o, c in _OPENERS.items())


def _running_text(p: str) -> bool:
    """Clause punctuation and no headline-style blanks: a sentence, not a title."""
    return any(c in p for c in "，,、；;") and not re.search(rf"[{HAN}]\s+[{HAN}]", p)


def _body_like(p: str) -> bool:
    """Long running text with clause punctuation (and, if headline-sized, no blanks
    between words as headlines have)."""
    return (
        len(p) >= 36
        and any(c in p for c in "，,、。；;")
        and (len(p) > 64 or not re.search(rf"[{HAN}”\"]\s+[{HAN}“\"]", p))
    )


def clean(text: MappedText, *, markup: bool = True) -> MappedText:
    """Apply every repair to ``text``, in an order where each sees the previous result.

    In: a decoded page (or HTML main text). ``markup`` also strips leftover tags (off for
    text already taken out of HTML). Out: the cleaned text with its offset map. Pure.
    """
    text = text.delete(find_pinyin_noise(text.text))
    if markup:
        text = text.delete(find_markup(text.text))
    text = text.delete(find_hard_wraps(text.text))  # before indentation goes
    text = text.delete(find_stray_spaces(text.text))
    text = text.delete(find_furniture(text.text))
    text = text.delete(find_stray_spaces(text.text))
    return text.delete(find_broken_words(text.text))
