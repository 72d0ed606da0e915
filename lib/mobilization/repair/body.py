"""Repair, pass 4: article body told from page furniture (`find_body`), line by line.

Navigation, datelines, sidebars, captions, credits and footers are boilerplate spans with their
reason; the rest is body. Each line's own verdict (markers of data/boilerplate.csv, datelines, digit
strings, link lists, menus, lines without Han, credit blocks) comes from `line_furniture`; here the lines
are read in their places: the header before the first paragraph, the body up to an `end` marker, bullet
lists, captions printed twice and teasers inside it, a sidebar after it (`story` gives lines back).
"""
from __future__ import annotations

import operator
import re
from itertools import accumulate, chain, compress

from .edits import Span
from .captions import long_caption
from .line_furniture import _classify, _markers
from .residue import _CJK
from .story import (_LONG, _SENTENCE_MARK, _TITLE_MAX, _ends_in_ellipsis, _headlines_back, _is_paragraph, _resumes,
                    _story_sentence)

_BULLET = re.compile(r"[-·•>»*]\s")
_TEASER = re.compile(r"^\s*[\[【]?(?:简介|簡介|摘要|导读|導讀|内容提要|內容提要)[\]】]?\s*[:：\"“”]?\s*")  # ([导读]: q24)
_ELLIPSIS_END = re.compile(r"(?:\.{3,}|…+)\s*$")
_TEASER_FIRSTS = "简簡摘导導内內[【"  # first characters of the teaser prefixes of _TEASER
_BULLET_MAX = 40   # bullet-list items and captions are at most this long
# A picture's credit ending a line (某某 摄, 某部门供图, 摄影/某某): the line is the picture's caption, page apparatus
# (CODEBOOK.md). Before the first paragraph such a short line would pass for a subhead (round q32); not 拍摄 (filming).
_CREDIT_END = re.compile(r"(?:(?<!拍)摄|供图|摄影)(?:[ \t\u3000]*[/\\／|｜丨][ \t\u3000]*[\u4e00-\u9fff]{2,8})?\W*$")
_TITLE_MIN_HAN = 8  # a headline or subhead has at least this many Han characters
# At least _TITLE_MIN_HAN Han characters (a match, not a list of them all).
_ENOUGH_HAN = re.compile(rf"(?:[^{_CJK}]*[{_CJK}]){{{_TITLE_MIN_HAN}}}")
# A heading the page marks as one: a block mark (■ □ ◆) before a run of Han characters and nothing else. The mark
# says "heading", so the length does not have to: such a headline may be short (■镇里来了工作队, seven characters).
# A mark before a byline (■某某 记者 某某, names apart) or a caption (▲, ■ before a sentence) is not this shape.
# 【…】 alone on a line is no such mark: on news pages it holds a column (【决战决胜脱贫攻坚】), a link (【查看原图】)
# or a dispatch (【本报讯】), rarely the story's own headline.
_MARKED_HEADING = re.compile(rf"[■□◆]\s*[{_CJK}]{{4,}}")


def _title_like(line: str) -> bool:
    """A headline or subhead: short, with enough Han characters (or marked as a heading), not cut off by an ellipsis.

    A full Chinese ellipsis (`……`) ends a sentence; `...` or a single `…` ends a truncated teaser.

    >>> _title_like("他们活跃在网络,传递信息……"), _title_like("他们活跃在网络,传递信息..."), _title_like("他们活跃在网络,传递信息…")
    (True, False, False)
    >>> _title_like("■镇里来了工作队"), _title_like("镇里来了工作队"), _title_like("■某某 记者 某某")
    (True, False, False)
    """
    return (len(line) <= _TITLE_MAX
            and (_ENOUGH_HAN.match(line) is not None or _MARKED_HEADING.fullmatch(line) is not None)
            and not (line.endswith("...") or (line.endswith("…") and not line.endswith("……"))))


def _teaser_key(line: str) -> str:
    """A teaser's text without its prefix and trailing ellipsis.

    >>> _teaser_key("摘要:面对疫情......"), _teaser_key("简介 共3.5万人…"), _teaser_key("导读:见.."), _teaser_key("[导读]共3万人")
    ('面对疫情', '共3.5万人', '见..', '共3万人')
    """
    return _without_ellipsis(_TEASER.sub("", line)).strip()


def _without_ellipsis(text: str) -> str:
    """`_ELLIPSIS_END.sub("", text)` without the regex, which would try every position of a paragraph.

    Blanks may follow the ellipsis; only the final run of dots (three or more) or of `…` goes.

    >>> _without_ellipsis("等等... "), _without_ellipsis("等等.."), _without_ellipsis("等…… …")
    ('等等', '等等..', '等…… ')
    """
    body = text.rstrip()
    if body.endswith("…"):
        return body.rstrip("…")
    bare = body.rstrip(".")
    return bare if len(body) - len(bare) >= 3 else text


def _is_teaser(filled: list[str], k: int) -> bool:
    """A teaser (摘要/简介 … or a line ending in an ellipsis) that a later line repeats (`filled` is stripped)."""
    ln = filled[k]
    return bool(_TEASER.match(ln) or _ends_in_ellipsis(ln)) and _repeats_later(filled, k)


def find_body(text: str) -> tuple[list[Span], list[Span]]:
    """Split a page into article body and furniture; return (body, boilerplate) spans.

    Rules (markers from data/boilerplate.csv, matched in both scripts):
    before the first paragraph, lines are furniture unless they look like a headline or subhead;
    a teaser (摘要/简介 …) that a later paragraph repeats, or a first paragraph that the next line
    repeats and continues, is furniture; lines of digits, `|` (or `_`) link lists, datelines,
    marker lines (来源:, 您现在的位置 …), bullet lists, captions printed twice, menus, lines without
    Han and credit blocks (`_line_shapes`) are furniture anywhere; an `end` marker (责任编辑,
    相关新闻, 热点图片 …) after the body has begun closes it.

    >>> page = "首页 社会 正文\\n标题:全县建立143个临时党支部\\n2021-11-26 来源:某网\\n" + "正文第一段,共有十个字。" * 4 + "\\n责任编辑:某\\n近400名学生"
    >>> body, furniture = find_body(page)
    >>> [page[s.start:s.end].strip()[:12] for s in body]
    ['标题:全县建立143个临', '正文第一段,共有十个字。']
    >>> [s.kind for s in furniture]
    ['marker:首页', 'dateline', 'end:责任编辑', 'after_end']
    """
    lines = text.split("\n")
    # (C-level helpers below, not Python loops: this runs once per document on every line.)
    cum = list(accumulate(map(len, lines), initial=0))  # line i starts at cum[i] + i (the "\n"s)
    stripped = list(map(str.strip, lines))
    idx = list(compress(range(len(lines)), stripped))  # the filled lines; blank ones never matter
    fl = list(filter(None, stripped))
    n = len(fl)
    sizes = list(map(len, fl))
    why, ends = _classify(fl, _markers(), "|" in text, sizes, "_" in text, shapes=True)
    if "摄" in text or "攝" in text:
        why = [w or ("caption" if long_caption(ln) else None) for w, ln in zip(why, fl)]

    # The first paragraph: body starts at the first long line that is not furniture or a teaser.
    first = next((k for k in compress(range(n), map(_LONG.__le__, sizes))
                  if not why[k] and _SENTENCE_MARK.search(fl[k]) and not _is_teaser(fl, k)
                  and not _continued(fl, sizes, k)), n)
    reasons: list[str | None] = [None] * n
    for k in range(first):
        r = why[k] or ("marker:" + ends[k] if ends[k] else None)
        if r is None and _is_teaser(fl, k):
            r = "teaser"
        if r is None and sizes[k] >= _LONG and _continued(fl, sizes, k):
            r = "repeated"
        if r is None and first < n and k and sizes[k] <= _BULLET_MAX and _CREDIT_END.search(fl[k]):
            r = "caption"  # 全市出动2万名环卫工人清雪。 环卫部门供图 (not the first line: a page's headline)
        if r is None and first < n and not _title_like(fl[k]):
            r = "header"  # (a text with no paragraph at all has no header to tell apart)
        reasons[k] = r
    # From the first paragraph to the first `end` marker; everything after that marker is furniture,
    # unless the marker heads a list of related links after which the story itself goes on (`_resumes`).
    runs = []
    start = first
    while True:
        ended = next(compress(range(start, n), ends[start:]), n)
        runs.append((start, ended))
        reasons[start:ended] = why[start:ended]
        if ended == n:
            break
        reasons[ended] = "end:" + ends[ended]
        start = _resumes(fl, sizes, why, ends, ended)
        if start is None:
            reasons[ended + 1:] = ["after_end"] * (n - ended - 1)
            break
        reasons[ended + 1:start] = ["related_list"] * (start - ended - 1)
    for k in chain.from_iterable(range(a, b) for a, b in runs):
        ln = fl[k]
        if reasons[k] is not None or (sizes[k] > _BULLET_MAX and ln[0] not in _TEASER_FIRSTS):
            continue  # (most lines: a paragraph, or furniture already)
        r = None
        if len(ln) <= _BULLET_MAX:
            if _BULLET.match(ln) and ((k and _BULLET.match(fl[k - 1])) or (k + 1 < n and _BULLET.match(fl[k + 1]))):
                r = "bullet_list"
            elif (k and fl[k - 1] == ln) or (k + 1 < n and fl[k + 1] == ln):
                r = "caption"  # printed twice: image alt text, then the caption
        if r is None and ln[0] in _TEASER_FIRSTS and _TEASER.match(ln) and _repeats_later(fl, k):
            r = "teaser"
        reasons[k] = r
    if ended == n:
        _furniture_tail(fl, reasons, first)
    _headlines_back(fl, reasons, first)
    return _spans(text, reasons, idx, cum)


def _spans(text: str, reasons: list[str | None], idx: list[int], cum: list[int]) -> tuple[list[Span], list[Span]]:
    """Consecutive filled lines with the same verdict as one span (only blank lines lie between them).

    `idx` gives the line number of each filled line, `cum` the cumulated lengths of all lines.

    >>> _spans("a\\n\\nb\\nc", ["x", None, None], [0, 2, 3], [0, 1, 1, 2, 3])
    ([Span(start=3, end=6, kind='body')], [Span(start=0, end=2, kind='x')])
    """
    n = len(reasons)
    if not n:
        return [], []
    # Where the verdict changes (C-level comparison of the list with itself shifted by one).
    cuts = [0, *compress(range(1, n), map(operator.ne, reasons[1:], reasons)), n]
    body: list[Span] = []
    furniture: list[Span] = []
    size = len(text)
    for g0, g1 in zip(cuts, cuts[1:]):
        a, b = idx[g0], idx[g1 - 1] + 1
        r = reasons[g0]
        if r:
            furniture.append(Span(cum[a] + a, min(cum[b] + b, size), r))
        else:
            body.append(Span(cum[a] + a, min(cum[b] + b, size), "body"))
    return body, furniture


def _continued(filled: list[str], sizes: list[int], k: int) -> bool:
    """The next line repeats this one and goes on (a summary above the article, then its first paragraph
    with the byline or more): the summary is furniture. (A paragraph printed twice exactly stays.)

    >>> _continued(["甲乙丙。", "甲乙丙。(某某)"], [4, 8], 0), _continued(["甲乙丙。", "甲乙丙。"], [4, 4], 0)
    (True, False)
    """
    return k + 1 < len(filled) and sizes[k] < sizes[k + 1] and filled[k + 1].startswith(filled[k])


def _repeats_later(filled: list[str], k: int) -> bool:
    """A teaser: its text (prefix and trailing ellipsis removed) reappears in one of the next lines."""
    key = _teaser_key(filled[k])
    if len(key) < 15:
        return False
    return any(key in later for later in filled[k + 1:k + 9])


def _furniture_tail(filled: list[str], reasons: list[str | None], first: int) -> None:
    """After the last paragraph or story sentence, a block of three or more short non-title lines is a
    sidebar."""
    last_par = next((k for k in range(len(filled) - 1, first - 1, -1)
                     if reasons[k] is None and (_is_paragraph(filled[k]) or _story_sentence(filled, k))), None)
    if last_par is None:
        return
    # (Lines already furniture count towards the block: a marker line inside a sidebar must not save
    # the rest of it; but at least two lines must be left to decide on.)
    tail = [k for k in range(last_par + 1, len(filled)) if reasons[k] is None]
    if len(tail) >= 2 and len(filled) - last_par - 1 >= 3:
        for i in tail:
            reasons[i] = "sidebar"
