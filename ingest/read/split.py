"""Cut a cleaned page into stories and read each story's title and credits.

A page is a sequence of paragraphs (non-empty lines). Each paragraph gets a kind —
headline, byline, lead (``本报讯``...), meta line, trailer (``王誉``, ``(望湖平安家园)``)
or body — and a new story starts where the kinds say one must: a headline block that is
clearly a story's (two or more lines, a three-part newspaper headline, a ``A | B``
headline, one followed by a byline or lead, or one after a trailer), a byline or lead
that follows body text, or body text after a trailer. Nothing is dropped: every
paragraph belongs to exactly one story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.read import bylines
from ingest.read.bylines import Credit

HAN = bylines.HAN
_TERMINAL_END = "。！？!?；;…"


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    text: str
    kind: str  # headline | byline | lead | meta | trailer | body
    credit: Credit | None = None
    title_prefix: str = ""  # a title glued in front of a meta line


@dataclass(frozen=True)
class Story:
    """One story of a page: offsets into the page text, title and credits."""

    start: int
    end: int
    title: str | None
    authors: tuple[str, ...] = ()
    source: str | None = None
    date: str | None = None  # a complete date read from a meta line or trailer
    lead: str = ""  # the first body text, where the story's own date is looked for
    paragraphs: tuple[Paragraph, ...] = field(default=(), repr=False)


def paragraphs(text: str) -> list[Paragraph]:
    """The non-empty lines of ``text``, classified. Pure."""
    out: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if line.strip():
            out.append(_classify(start, start + len(line), line))
    if out and out[0].kind == "body" and _exclaimed_title(out[0].text):
        out[0] = Paragraph(out[0].start, out[0].end, out[0].text, "headline")
    return out


def _exclaimed_title(line: str) -> bool:
    """A page's first line may be a headline ending in ！ or ？ ("共建家园,你我同行!");
    elsewhere such a line is as likely a closing sentence, so only the first counts."""
    s = line.strip().rstrip("”’」』\"'")
    return 4 <= len(s) <= 40 and s[-1] in "！？!?" and not re.search(r"[。；;]", s[:-1])


def _classify(start: int, end: int, line: str) -> Paragraph:
    credit = bylines.byline(line)
    if credit:
        return Paragraph(start, end, line, "byline", credit)
    if bylines.is_lead(line):
        return Paragraph(start, end, line, "lead", bylines.lead_credit(line))
    meta = bylines.meta_line(line)
    if meta:
        return Paragraph(start, end, line, "meta", meta[0], meta[1])
    credit = bylines.trailer(line)
    if credit:
        return Paragraph(start, end, line, "trailer", credit)
    if _is_headline(line):
        return Paragraph(start, end, line, "headline")
    return Paragraph(start, end, line, "body")


def _is_headline(line: str) -> bool:
    s = line.strip()
    if re.fullmatch(r"[(（][^()（）]*[)）]", s):  # a bracketed caption or note
        return False
    bare = s.rstrip("”’」』\"'")  # 。” ends a quoted sentence, not a headline
    return 2 <= len(s) <= 64 and bool(bare) and bare[-1] not in _TERMINAL_END and "。" not in s


def _strong_headline(line: str) -> bool:
    """A headline that cannot be a subheading: ``A | B`` (a column and its story) or a
    newspaper headline of three blank-separated parts (kicker, title, subtitle)."""
    if re.search(r"[|｜]", line):
        return True
    parts = [p for p in re.split(r"[ \u3000]+", line.strip()) if p]
    return len(parts) >= 3 and all(len(p) >= 4 for p in parts) and not re.search(r"[，,、]", line)


# The longest line of a subheading written on two lines inside a story (坚持党建引领 /
# 携手共建“强堡垒”): a story's own two-line headline is longer.
_SUBHEADING_LINE = 12


def subheading_pair(block: list[Paragraph]) -> bool:
    """Whether a block of headline lines written after a story's body text is a
    subheading on two short lines (坚持党建引领 / 携手共建“强堡垒”, 部门下沉 / 联乡村促共富)
    rather than the two-line headline of a new story: two lines of at most
    ``_SUBHEADING_LINE`` characters, neither a strong headline. The story goes on past it,
    so its units stay within reach of the rest of the article."""
    lines = [p.text.strip() for p in block]
    return len(lines) == 2 and all(
        len(x) <= _SUBHEADING_LINE and not _strong_headline(x) for x in lines
    )


def split_stories(text: str) -> list[Story]:
    """The stories of a cleaned page, in order, covering every paragraph. Pure.

    In: page text. Out: Stories (an empty list for a text without paragraphs).
    """
    paras = paragraphs(text)
    if not paras:
        return []
    starts = _story_starts(paras)
    groups = [paras[a:b] for a, b in zip(starts, [*starts[1:], len(paras)], strict=True)]
    groups = _return_orphan_headlines(groups)
    return [_story(g) for g in groups if g]


def _story_starts(paras: list[Paragraph]) -> list[int]:
    """Indices of the paragraphs that open a story (the first one always does)."""
    starts = [0]
    has_body = False  # the current story has body text already
    bodies = 0  # body paragraphs in the current story
    credited = paras[0].kind in ("byline", "lead")  # the current story has a byline/lead
    for i in range(1, len(paras)):
        p, prev = paras[i], paras[i - 1]
        new = False
        if p.kind == "headline" and prev.kind != "headline":
            block_end = i
            while block_end < len(paras) and paras[block_end].kind == "headline":
                block_end += 1
            nxt = paras[block_end] if block_end < len(paras) else None
            new = nxt is not None and (
                prev.kind == "trailer"
                or (block_end - i >= 2 and not (has_body and subheading_pair(paras[i:block_end])))
                or any(_strong_headline(q.text) for q in paras[i:block_end])
                or nxt.kind in ("byline", "lead")
                or (nxt.kind == "meta" and nxt.credit is not None and nxt.credit.date is not None)
            )
        elif p.kind == "byline":  # bylines open stories: after body text, a new one
            new = has_body and prev.kind not in ("headline", "byline", "meta")
        elif p.kind == "lead":
            # An introduction may precede the lead ("引言:..."); a second lead may not.
            new = (credited or bodies >= 2) and prev.kind not in ("headline", "byline", "meta")
        elif p.kind == "body":
            new = prev.kind == "trailer" and prev.credit is not None and bool(prev.credit.authors)
        elif p.kind == "meta" and p.title_prefix:
            new = has_body
        if new:
            starts.append(i)
            has_body, bodies, credited = False, 0, False
        if p.kind in ("body", "lead"):
            has_body = True
        bodies += p.kind == "body"
        credited = credited or p.kind in ("byline", "lead")
    return starts


def _return_orphan_headlines(groups: list[list[Paragraph]]) -> list[list[Paragraph]]:
    """A printed page often puts a story's headline *after* its body. When an untitled
    story is followed by a block of several headlines, each leading headline of the block
    that shares more wording with the untitled story than with the next one goes back."""
    for k in range(1, len(groups)):
        prev, cur = groups[k - 1], groups[k]
        if not prev or any(p.kind == "headline" for p in prev[:2]):
            continue
        block = 0
        while block < len(cur) and cur[block].kind == "headline":
            block += 1
        moved = 0
        body_prev = "".join(p.text for p in prev)
        body_cur = "".join(p.text for p in cur[block:])
        while moved < block - 1 and _overlap(cur[moved].text, body_prev) > _overlap(
            cur[moved].text, body_cur
        ):
            moved += 1
        if moved:
            groups[k - 1] = prev + cur[:moved]
            groups[k] = cur[moved:]
    return groups


def _overlap(headline: str, body: str) -> float:
    grams = {headline[i : i + 2] for i in range(len(headline) - 1)}
    grams = {g for g in grams if re.fullmatch(rf"[{HAN}]{{2}}", g)}
    return sum(g in body for g in grams) / len(grams) if grams else 0.0


def _story(group: list[Paragraph]) -> Story:
    heads = [p for p in group if p.kind == "headline"]
    title_paras: list[str] = []
    for p in group:  # the headline block at the top of the story
        if p.kind != "headline":
            break
        title_paras.append(p.text.strip())
    if not title_paras and group[0].kind == "meta" and group[0].title_prefix:
        title_paras = [group[0].title_prefix]
    if not title_paras and group[0].kind != "headline" and heads and heads[-1] is group[-1]:
        title_paras = [heads[-1].text.strip()]  # a headline printed after its story
    authors: list[str] = []
    source = date = None
    # Trailers count only at the end of the story: a bracketed line in the middle is a
    # photo caption, not a credit.
    last_text = max((k for k, p in enumerate(group) if p.kind in ("body", "lead")), default=-1)
    inline = bylines.inline_credit(group[last_text].text) if last_text >= 0 else None
    for k, p in enumerate(group):
        if p.kind == "trailer" and k < last_text:
            continue
        if p.kind in ("byline", "lead", "meta", "trailer") and p.credit:
            authors += [a for a in p.credit.authors if a not in authors]
            source = source or p.credit.source
            date = date or p.credit.date
    if inline:
        authors += [a for a in inline.authors if a not in authors]
        source = source or inline.source
    # The story's own date, if any, is in its first lines (later ones cite past events).
    lead = "\n".join([p.text[:150] for p in group if p.kind in ("lead", "body")][:2])
    return Story(
        start=group[0].start,
        end=group[-1].end,
        title=" ".join(title_paras) or None,
        authors=tuple(authors),
        source=source,
        date=date,
        lead=lead,
        paragraphs=tuple(group),
    )
