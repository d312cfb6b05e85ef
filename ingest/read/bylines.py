"""Who wrote a story and where it came from: bylines, lead credits, trailers, meta lines.

Each function reads one paragraph and answers with a :class:`Credit` (or None when the
paragraph is not of its kind). A personal name is recognised by its shape: two to four
Han characters starting with a common Chinese surname (:func:`ingest.lexicon.looks_like_name`,
checked on the simplified form so traditional text works too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.lexicon import HAN, load_lexicon, looks_like_name
from ingest.read.dates import full_date
from ingest.read.simplify import to_simplified
from ingest.segment import is_dictionary_word

# Role words of a credit line (文 徐云 · 记者 赵一鸣): lexicons/credit_roles.tsv.
_ROLES = load_lexicon().credit_roles
_ROLE_RE = "|".join(sorted(_ROLES, key=len, reverse=True))
# Words that end a unit's name: a token ending so is a source, never a person.
_UNIT_TAIL = re.compile(
    r"(?:部|委|局|办|厅|院|所|会|站|队|组|室|中心|社区|支部|家园|网|报|台|社|镇|街道|区|县|市|村|公司)$"
)


@dataclass(frozen=True, slots=True)
class Credit:
    authors: tuple[str, ...] = ()
    source: str | None = None
    date: str | None = None


def is_person_name(token: str) -> bool:
    """A personal name's shape (:func:`ingest.lexicon.looks_like_name`, on the simplified
    form) that does not end like a unit's name."""
    s = to_simplified(token)
    return looks_like_name(s) and not _UNIT_TAIL.search(s)


def _simplified_role(token: str) -> bool:
    return re.fullmatch(_ROLE_RE, to_simplified(token)) is not None


def _names_and_units(inner: str) -> Credit | None:
    """``通讯员 林晓雯`` / ``药剂党支部 陈立群 孙海涛`` / ``望湖平安家园`` → a Credit."""
    inner = re.sub(rf"(?<=[{HAN}])[/／:：](?=[{HAN}])", " ", inner.strip())
    tokens = [t for t in re.split(r"[\s、，,;；]+", inner) if t]
    names: list[str] = []
    units: list[str] = []
    for tok in tokens:
        simp = to_simplified(tok)
        m = re.match(rf"^({_ROLE_RE})(?=[{HAN}]{{2,4}}$)", simp)
        if m and is_person_name(tok[m.end() :]):
            names.append(tok[m.end() :])
        elif _simplified_role(tok):
            continue
        elif is_person_name(tok):
            names.append(tok)
        else:
            units.append(tok)
    if not names and not units:
        return None
    return Credit(tuple(names), " ".join(units) or None)


def byline(line: str) -> Credit | None:
    """A credit line standing alone: ``□文 徐云``, ``图 蒋彬 文 戚培文``, ``文/王誉``,
    ``记者 张三 通讯员 李四``. None unless every part is a role word or a name."""
    s = line.strip().lstrip("□■◎●")
    if len(s) > 40 or not s:
        return None
    parts = re.split(r"[\s/／:：|｜]+", s)
    parts = [p for p in parts if p]
    # "文 徐云" begins with a role word; so must every byline.
    if not parts or not re.match(rf"^({_ROLE_RE})", to_simplified(parts[0])):
        return None
    names: list[str] = []
    for p in parts:
        simp = to_simplified(p)
        if simp in _LABELS and not _simplified_role(simp):
            return None  # 来源 has a name's shape (来 is a surname): an information line
        m = re.match(rf"^({_ROLE_RE})", simp)
        rest = p[m.end() :] if m else p
        if not rest:
            continue
        if m and is_dictionary_word(simp[: m.end() + 1]):
            return None  # 文章导航: a word that starts like a role (文章), no credit
        if not is_person_name(rest):
            return None
        names.append(rest)
    return Credit(tuple(names)) if names else None


def trailer(line: str) -> Credit | None:
    """The last line of a story naming its author or source: ``王誉``, ``(望湖平安家园)``,
    ``(通讯员 林晓雯)``, ``金山区委组织部2021-10-26``. None for anything else."""
    s = line.strip()
    if not s or len(s) > 40 or re.search(r"[。！？!?，,]", s):
        return None
    m = re.fullmatch(r"[(（]([^()（）]{2,38})[)）]", s)
    if m:
        if re.search(r"[图圖照摄攝]", m.group(1)) and "通讯员" not in m.group(1):
            return None  # a photo caption, not a credit
        return _names_and_units(m.group(1))
    tokens = re.split(r"\s+", s)
    if all(is_person_name(t) for t in tokens) and len(tokens) <= 4:
        return Credit(tuple(tokens))
    date = full_date(s)
    if date:
        rest = re.sub(r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?", "", s).strip(" :：")
        if rest and re.fullmatch(rf"[{HAN}A-Za-z0-9·]{{2,30}}", rest):
            return Credit((), rest, date)
    return None


_LEAD = re.compile(
    rf"^(?:(?:本报|本网|本刊|本台|本站)(?:讯|消息)"
    rf"|[{HAN}A-Za-z·]{{2,12}}?[{HAN}]{{0,6}}\d{{1,2}}月\d{{1,2}}日[电訊讯電])"
    rf"\s*(?:[(（]([^()（）]{{2,40}})[)）])?"
)
_LEAD_SOURCE = re.compile(r"^[(（]([^()（）]{2,20})[)）](?=\S)")
_WIRE = re.compile(
    rf"^([{HAN}]{{2,8}}?(?:网|社|报|台))(?=[{HAN}]{{0,6}}\d{{1,2}}月\d{{1,2}}日[电訊讯電])"
)


def is_lead(paragraph: str) -> bool:
    """Does the paragraph open a news story (``本报讯``, ``新华网上海12月28日电``,
    ``(上海基层党建网)自...``)?"""
    return bool(_LEAD.match(to_simplified(paragraph)) or _lead_source(paragraph))


def _lead_source(paragraph: str) -> str | None:
    m = _LEAD_SOURCE.match(paragraph)
    if not m or len(paragraph) < 30:
        return None
    inner = m.group(1)
    if is_person_name(inner) or re.search(r"\d|图|圖", inner):
        return None
    return inner


def lead_credit(paragraph: str) -> Credit | None:
    """Credits in a lead: ``本报讯(汝晶晶)`` → author; ``新华网上海12月28日电(记者赵一鸣)``
    → author and source; ``(上海基层党建网)自...`` → source."""
    m = _LEAD.match(to_simplified(paragraph))  # same length: spans carry over
    if m:
        credit = _names_and_units(paragraph[m.start(1) : m.end(1)]) if m.group(1) else None
        wire = _WIRE.match(to_simplified(paragraph))  # same length: spans carry over
        authors = credit.authors if credit else ()
        source = paragraph[wire.start(1) : wire.end(1)] if wire else None
        return Credit(authors, source) if authors or source else None
    src = _lead_source(paragraph)
    return _names_and_units(src) if src else None  # "(记者 张三)" credits a person


# Labels of a page's information line (simplified; matched longest first), with the kind
# of field each opens: lexicons/info_labels.tsv.
_LABELS = tuple(label for label, _ in load_lexicon().info_labels)
_SOURCE_LABELS = tuple(label for label, kind in load_lexicon().info_labels if kind == "source")
_COUNT_LABELS = tuple(label for label, kind in load_lexicon().info_labels if kind == "count")
_LABEL_ALT = "|".join(sorted(_LABELS, key=len, reverse=True))


_DATE_TIME = re.compile(
    r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)|\d{1,2}:\d{2}(?::\d{2})?"
)
# Where a source's name ends on an information line: a separator (｜, |, two spaces, a
# full-width space) or a date or time written after it ("来源:X 2024-03-15 10:20").
_SOURCE_END = re.compile(
    r"[|｜]|\s{2,}|\u3000|(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}|\d{1,2}\s*月\s*\d{1,2}\s*[日号]"
    r"|\d{1,2}:\d{2}"
)
_OPEN, _CLOSE = "[【(（〔<", "]】)）〕>"


def _trim(text: str) -> str:
    """``text`` without blanks, separators and brackets left open or unopened at its ends:
    ``青禾日报] [`` → ``青禾日报``, ``青禾日报（客户端）`` stays."""
    blank = " \t\u3000|｜:：,，;；-—·"
    while text:
        last = text[-1]
        if (
            last in blank
            or last in _OPEN
            or (last in _CLOSE and _OPEN[_CLOSE.index(last)] not in text)
        ):
            text = text[:-1]
            continue
        first = text[0]
        if (
            first in blank
            or first in _CLOSE
            or (first in _OPEN and _CLOSE[_OPEN.index(first)] not in text)
        ):
            text = text[1:]
            continue
        break
    return text


def _source_name(value: str) -> str | None:
    """The source's name alone, from what follows its label."""
    m = _SOURCE_END.search(value)
    name = _trim(value[: m.start()] if m else value)
    if not name or _simplified_role(name) or not re.search(rf"[{HAN}A-Za-z]", name):
        return None
    return name


def meta_line(line: str) -> tuple[Credit, str] | None:
    """A page's information line: ``时间:2020年06月05日 来源:X 作者:Y``,
    ``材料科学学院 2022-11-18``, ``2025-06-14 17:35 临江日报``, ``03-13 2009``.

    Returns the credit and the text before the first label (a title glued in front of
    the line, as some pages print it), or None when the line is not of this kind.
    """
    s = line.strip()
    if len(s) > 160 or "。" in s:
        return None
    # Labels are matched on the simplified form (same length), so 來源 counts as 来源.
    labels = list(re.finditer(rf"({_LABEL_ALT})\s*[:：]\s*", to_simplified(s)))
    if labels:
        fields: dict[str, str] = {}
        for i, m in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(s)
            fields[m.group(1)] = s[m.end() : end].strip()
        authors = tuple(
            n
            for n in re.split(r"[\s、,，|｜/／\[\]【】]+", fields.get("作者", ""))
            if is_person_name(n)
        )
        source = next(
            (name for k in _SOURCE_LABELS if (name := _source_name(fields.get(k, "")))), None
        )
        date = next((d for v in fields.values() if (d := full_date(v))), None)
        if not (authors or source or date) and set(fields) <= set(_COUNT_LABELS):
            return None
        # Before the first label: a date ("2024-03-22 10:15 来源:...") or a glued title.
        prefix = s[: labels[0].start()]
        date = date or full_date(prefix)
        title = _trim(_DATE_TIME.sub("", prefix))
        return Credit(authors, source, date), title
    date = full_date(s)
    if not date or len(s) > 60 or re.search(r"[，,、]", s):
        return None
    rest = re.sub(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}-\d{1,2}\s+(?:19|20)\d\d", " ", s)
    rest = re.sub(r"\d{1,2}:\d{2}(?::\d{2})?|发布|\d+次查看|[:：]", " ", rest)
    rest = re.sub(r"[|｜]", " ", rest)
    label = re.match(rf"\s*(?:{_LABEL_ALT})(?=\s)", to_simplified(rest))  # "来源 X 2024-03-15"
    rest = rest[label.end() :] if label else rest
    words = [_trim(w) for w in rest.split()]
    words = [w for w in words if re.search(rf"[{HAN}A-Za-z]", w)]
    if len("".join(words)) > 20:
        return None
    if len(words) == 1 and len(words[0]) <= 3 and is_person_name(words[0]):
        # "2024-08-27 18:19 某某": a lone name of two or three characters after the date is
        # the author's (an outlet's name is longer or ends like a unit's)
        return Credit((words[0],), None, date), ""
    return Credit((), " ".join(words) or None, date), ""


_INLINE = re.compile(r"(?<=[。！？!?”])\s*[(（]([^()（）]{2,30})[)）]\s*$")


def inline_credit(paragraph: str) -> Credit | None:
    """A credit in brackets at the very end of a story's last paragraph:
    ``...。(东关街道 供稿)``, ``...。(图文/马志远 唐悦)``."""
    m = _INLINE.search(paragraph)
    if not m:
        return None
    inner = m.group(1)
    simp = to_simplified(inner)
    if not re.search(_ROLE_RE, simp) and not all(
        is_person_name(t) for t in re.split(r"[\s、]+", inner.strip())
    ):
        return None
    return _names_and_units(inner)
