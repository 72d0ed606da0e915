"""Repair, pass 4: article body told from page furniture (`find_body`), line by line.

Navigation, datelines, sidebars, captions, credits and footers are boilerplate spans with their
reason; the rest is body. Markers come from data/boilerplate.csv.
"""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import itemgetter
from typing import Iterable, Iterator

from ..lexicon import read_rows
from .edits import Span
from .captions import long_caption
from .residue import _CJK, _CJK_CHAR
from .story import (_DIGIT, _LONG, _SENTENCE_MARK, _TITLE_MAX, _ends_in_ellipsis, _headlines_back, _is_paragraph,
                    _resumes, _story_sentence)


@dataclass(frozen=True)
class _Markers:
    """data/boilerplate.csv compiled: every form of every marker → its max_len, and its listed form."""

    line_max: dict[str, int]
    end_max: dict[str, int]
    canon: dict[str, str]
    longest: int      # the longest line any marker applies to
    any: re.Pattern   # any marker, line or end: one search over all short lines


@lru_cache(maxsize=1)
def _markers() -> _Markers:
    """Compile data/boilerplate.csv; each marker also in its traditional forms (OpenCC)."""
    from ..script import convert

    line_max: dict[str, int] = {}
    end_max: dict[str, int] = {}
    canon: dict[str, str] = {}
    for row in read_rows("boilerplate.csv"):
        marker = row["marker"]
        limit = int(row["max_len"]) if row.get("max_len") else 10**9
        target = end_max if row["action"] == "end" else line_max
        for form in {marker, convert(marker, "s2t"), convert(marker, "s2tw"), convert(marker, "s2hk"),
                     convert(marker, "s2t").replace("籤", "簽")}:
            target[form] = max(target.get(form, 0), limit)
            canon[form] = marker

    # Case variants listed instead of re.I: the engine is ten times faster on plain alternatives.
    for table in (line_max, end_max):
        for form in list(table):
            for variant in (form.lower(), form.upper(), form.title()):
                if variant not in table:
                    table[variant], canon[variant] = table[form], canon[form]

    # Lines are searched joined by line breaks: a form with one could never match a line anyway.
    forms = {f for f in set(line_max) | set(end_max) if "\n" not in f}
    anything = re.compile(_trie_pattern(forms))  # (a date branch here would slow it down 4x)
    return _Markers(line_max, end_max, canon, max(list(line_max.values()) + list(end_max.values())), anything)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching the longest of `words` that starts at a position: their letter tree, so the
    engine follows one branch per character instead of trying every word in turn.

    It finds what the plain alternation of the words, longest first, finds (two different words of one
    length cannot both match at one position, and the tree tries longer continuations first).

    >>> _trie_pattern(["来源", "来源:", "首页"])
    '(?:来源(?::)?|首页)'
    >>> bool(re.fullmatch(_trie_pattern(["x.y"]), "x.y")), bool(re.fullmatch(_trie_pattern(["x.y"]), "xay"))
    (True, False)
    >>> [m.group() for m in re.finditer(_trie_pattern(["来源", "来源:", "首页"]), "来源:某 首页 来源")]
    ['来源:', '首页', '来源']
    """
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")" if len(branches) > 1 or "" in node else branches[0]
        return group + "?" if "" in node else group

    return pattern(tree) or "(?:)"


_DATELINE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
# The same inside one line: it is searched over short lines joined by "\n", so it must not cross one.
_DATELINE_IN_LINE = re.compile(_DATELINE.pattern.replace(r"\s", r"[^\S\n]"))
# A date, a comma and a clause of a dozen Han characters or more: the lede of a story that opens with its date
# (2026年2月7日,某基金会的36名义工再度来到…), cut by a line break before its 。; no dateline (round q26n).
_LEDE_AFTER_DATE = re.compile(_DATELINE.pattern + r"日?[,，](?:[^\n,，。]*?[\u4e00-\u9fff]){12}")
_DIGITS_ONLY = re.compile(r"[\d\s+\-.,:%]*[\d+][\d\s+\-.,:%]*")
# The same for a line that starts with an ASCII digit or `+` (which then is the required one): possessive,
# so a paragraph that merely opens with a figure fails at its first other character, without backtracking.
_DIGITS_ONLY_AFTER_FIRST = re.compile(r"[\d\s+\-.,:%]*+")
_BULLET = re.compile(r"[-·•>»*]\s")
_TEASER = re.compile(r"^\s*[\[【]?(?:简介|簡介|摘要|导读|導讀|内容提要|內容提要)[\]】]?\s*[:：\"“”]?\s*")  # ([导读]: q24)
_ELLIPSIS_END = re.compile(r"(?:\.{3,}|…+)\s*$")
_SHAPE_START = re.compile("[0-9+]")  # the first character of a digit line (`1`, `+1`)
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

# Line shapes found in one scan over the short lines joined by "\n" (with a "\n" before the first, so
# that every line starts after a literal "\n" the engine can skip to); each branch spans one whole line.
# - menu: three or more space-separated items of at most 6 characters, none with a digit or a sentence,
#   list or colon mark (a navigation bar: `网站首页 新闻 图片`); digits are excluded so that no figure is lost;
# - credit: `role:name name…` (出品人:某某 某某), names of 2–4 Han characters, each maybe with a short note
#   in parentheses; only a block with two or more of them is furniture (see _credit_blocks);
# - nohan: no Han character at all (template residue `{$}`, anti-copy junk, `|`, a data URI); decided
#   in `_no_han` (an English sentence stays).
_ITEM = r"[^ \n\u30000-9。.,，!！?？;；:：、()（）|]{1,6}+"
_NAME = rf"[{_CJK}·]{{2,4}}+(?:[(（][^)）\n]{{1,6}}+[)）])?+"
# (Possessive quantifiers: what follows a repeated class never overlaps it, so giving back a character
# can never help, and each line is rejected after a few steps; the menu's first two items are spelt
# out, which the engine runs faster than a counted repeat of a group.)
_NOHAN = rf"(?P<nohan>[^{_CJK}\n]++)"
_CREDIT = rf"(?P<credit>[{_CJK}]{{1,6}}+[:：][ \u3000]*+{_NAME}(?:[ \u3000、,，]++{_NAME})*+)"
_MENU = rf"(?P<menu>{_ITEM}[ \u3000]++{_ITEM}[ \u3000]++(?:{_ITEM}[ \u3000]++)*+{_ITEM})"
_LINE_SHAPE_BRANCHES = f"{_NOHAN}|{_CREDIT}|{_MENU}"  # (the rule for one line, for tests)
# Credit lines and menus both have a colon or a blank within their first seven characters: one
# look-ahead tells, so that most lines try neither branch.
_LINE_SHAPES = re.compile(rf"\n(?:{_NOHAN}(?=\n)|(?=[^ \n\u3000:：]{{1,6}}+[ \u3000:：])(?:{_CREDIT}|{_MENU})(?=\n))")
_LATIN_WORD = re.compile("[A-Za-z]{3}")
_CREDIT_LINE_MAX = 20  # a line taken into a credit block (新华社某分社, 联合制作) is at most this long
_SHAPE_LINE_MAX = 80   # menus, credit lines and lines without Han are at most this long



def _shape(line: str) -> str | None:
    """Furniture by its shape at any length: a digit string (`1`, `+1`, `0101600…`) or a link list split
    by `|`, or by `_` when every item holds a Han character (a list of titles a page repeats for search engines).

    >>> _shape("+1"), _shape("新闻 | 图片 | 视频 | 评论"), _shape("首页_新闻_图片_视频"), _shape("共有12个党支部")
    ('digits', 'link_list', 'link_list', None)
    """
    if line[0] in "0123456789+" and _DIGITS_ONLY_AFTER_FIRST.fullmatch(line):
        return "digits"
    for sep in "|_":
        if sep in line:
            bars = line.count(sep)
            if (bars >= 3 and len(line) / (bars + 1) <= 12 and (sep == "|" or _all_han_items(line))
                    and _filled_items(line, sep) >= 2):
                return "link_list"
    return None


def _filled_items(line: str, sep: str) -> int:
    """How many of the `sep`-separated items hold more than blanks: a headline followed by the empty
    cells of a table saved as text (`标题 | |||`) is one item, no list of links.

    >>> _filled_items("新闻 | 图片 | | 视频", "|"), _filled_items("全县转移群众近4万人 | |||||", "|")
    (3, 1)
    """
    return sum(1 for item in line.split(sep) if item.strip())


def _all_han_items(line: str) -> bool:
    """Every `_`-separated item holds a Han character (a list of titles, not `2020_03_05`)."""
    return all(map(_CJK_CHAR.search, line.split("_")))


def _classify(filled: list[str], m: _Markers, bars: bool = True,
              sizes: list[int] | None = None, unders: bool = True,
              shapes: bool = False) -> tuple[list[str | None], list[str | None]]:
    """(furniture reason, end marker) of every filled (stripped, non-empty) line (`bars`: the text has a `|`).

    Markers and datelines apply to short lines only; they are searched in one pass over the short
    lines joined by "\\n" (no marker or dateline match spans a line break), and each hit is put back
    on its line by counting the line breaks since the previous hit. Precedence, as for one line:
    digits, link list, dateline, marker. `sizes` are the lines' lengths, if the caller has them.

    >>> _classify(["来源:某网", "2021-11-26 来源:某网", "+1", "责任编辑:某", "正文第一段" * 20], _markers())
    (['marker:来源:', 'dateline', 'digits', None, None], [None, None, None, '责任编辑', None])
    """
    n = len(filled)
    why: list[str | None] = [None] * n
    ends: list[str | None] = [None] * n
    if sizes is None:
        sizes = list(map(len, filled))
    is_short = list(map(max(m.longest, 80).__ge__, sizes))
    short = list(compress(range(n), is_short))
    if short:
        joined = "\n".join(compress(filled, is_short))
        line_max, end_max, canon = m.line_max, m.end_max, m.canon
        for k, hit in _hits_by_line(m.any, joined, short):
            size, form = sizes[k], hit.group()
            if ends[k] is None and size <= end_max.get(form, -1):
                ends[k] = canon[form]
            if why[k] is None and size <= line_max.get(form, -1):
                why[k] = "marker:" + canon[form]
        for k, _ in _hits_by_line(_DATELINE_IN_LINE, joined, short):
            if sizes[k] <= 80 and "。" not in filled[k] and not _LEDE_AFTER_DATE.search(filled[k]):
                why[k] = "dateline"
    # Only lines that start with a digit or `+`, or hold a `|`, can have a shape: found without a
    # Python test per line (the first characters as one string, then a regex).
    candidates = [mt.start() for mt in _SHAPE_START.finditer("".join(map(itemgetter(0), filled)))]
    if bars:
        candidates += compress(range(n), map(str.__contains__, filled, repeat("|")))
    if unders:
        candidates += compress(range(n), map(str.__contains__, filled, repeat("_")))
    for k in candidates:
        shape = _shape(filled[k])
        if shape:
            why[k] = shape
    if shapes:  # (the short lines and their joined string are reused)
        _line_shapes(filled, sizes, why, ends, short, joined if short else "")
    return why, ends


def _hits_by_line(pattern: re.Pattern, joined: str, lines: list[int]) -> Iterator[tuple[int, re.Match]]:
    """(line, hit) for each match of `pattern` in `joined`, the lines `lines` joined by "\\n".

    Hits come in order, so the line breaks are counted once each, between one hit and the next.

    >>> [(k, h.group()) for k, h in _hits_by_line(re.compile("来源"), "甲\\n来源:乙\\n丙来源", [3, 5, 9])]
    [(5, '来源'), (9, '来源')]
    """
    row = pos = 0
    for hit in pattern.finditer(joined):
        start = hit.start()
        row += joined.count("\n", pos, start)
        pos = start
        yield lines[row], hit


def _line_shapes(filled: list[str], sizes: list[int], why: list[str | None], ends: list[str | None],
                 short: list[int] | None = None, joined: str | None = None) -> None:
    """Furniture by the shape of a short line, for lines `_classify` left undecided (in place).

    A menu (three or more short items split by blanks), a line without Han characters (symbols or a
    URL, see `_no_han`), a block of credit lines (`role:name name`, see `_credit_blocks`). One scan
    over the short lines joined by "\\n" (`_LINE_SHAPES`; `short` and `joined` as `_classify` built
    them, else built here); hits are put back on their lines by counting line breaks.

    >>> lines = ["网站首页 新闻中心 图片", "{$}", "出品人:张三 李四", "监制:王五", "全县建立了20个临时党支部。"]
    >>> why = [None] * 5
    >>> _line_shapes(lines, list(map(len, lines)), why, [None] * 5); why
    ['menu', 'symbols', 'credits', 'credits', None]
    """
    n = len(filled)
    if short is None:
        short = list(compress(range(n), map(_SHAPE_LINE_MAX.__ge__, sizes)))
        joined = "\n".join(map(filled.__getitem__, short))
    if short:
        credits = []
        # (each hit starts at the "\n" before its line: the breaks before it still number the line)
        for k, hit in _hits_by_line(_LINE_SHAPES, "\n" + joined + "\n", short):
            if why[k] is not None or sizes[k] > _SHAPE_LINE_MAX:
                continue
            kind = hit.lastgroup
            if kind == "credit":
                credits.append(k)
            elif kind == "menu":
                why[k] = "menu"
            else:
                why[k] = _no_han(filled[k])
        if len(credits) >= 2:
            _credit_blocks(filled, sizes, why, ends, credits)


def _no_han(line: str) -> str | None:
    """A line without Han characters: a URL or data URI, or symbols with no word of three letters.

    >>> _no_han("{$}"), _no_han('<img src="data:image/png;base64,xx">'), _no_han("Officials from Higher Levels")
    ('symbols', 'url', None)
    """
    if "://" in line or "data:" in line:
        return "url"
    return None if _LATIN_WORD.search(line) else "symbols"


def _credit_blocks(filled: list[str], sizes: list[int], why: list[str | None], ends: list[str | None],
                   credits: list[int]) -> None:
    """Two or more credit lines (`role:name name`) with only short lines between them are a credit block.

    The block's credit lines and the short lines between them are furniture; so are the short lines
    right after the last one when the block closes the text (at its end or at an `end` marker).
    Lines with an ASCII digit are never taken in, so that no figure is lost.
    """
    def loose(k: int) -> bool:  # a short line that may belong to a block
        return sizes[k] <= _CREDIT_LINE_MAX and not _SENTENCE_MARK.search(filled[k]) and not _DIGIT.search(filled[k])

    n = len(filled)
    group = [credits[0]]
    for k in credits[1:] + [None]:
        if k is not None and all(why[j] is not None or loose(j) for j in range(group[-1] + 1, k)):
            group.append(k)
            continue
        if len(group) >= 2:
            for j in range(group[0], group[-1] + 1):
                if why[j] is None and (j in group or loose(j)):
                    why[j] = "credits"
            j = group[-1] + 1
            while j < n and why[j] is None and not ends[j] and loose(j):
                j += 1
            if j == n or ends[j]:
                for i in range(group[-1] + 1, j):
                    why[i] = "credits"
        if k is not None:
            group = [k]


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
