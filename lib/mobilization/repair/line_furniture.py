"""Repair, pass 4 (its first step): the furniture a line is by itself, before any line is read in its place on the page.

`_classify` gives every filled line of a page its own verdict, `find_body` (in `body`) then reads them in order:
- a marker of data/boilerplate.csv (`_markers`: every form of every marker, in both scripts, one search over all short
  lines): a line marker (来源:, 您现在的位置) or an `end` marker (责任编辑, 相关新闻) that closes the body;
- a dateline (a date on a short line that is no sentence and no lede opening with its date);
- a shape (`_shape`): a digit string, a list of links split by `|` or `_`;
- a short line's shape (`_line_shapes`): a menu, a line without Han (`_no_han`), a block of credit lines
  (`_credit_blocks`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, repeat
from operator import itemgetter
from typing import Iterable, Iterator

from ..lexicon import read_rows
from .residue import _CJK, _CJK_CHAR
from .story import _DIGIT, _SENTENCE_MARK

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
_SHAPE_START = re.compile("[0-9+]")  # the first character of a digit line (`1`, `+1`)

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
