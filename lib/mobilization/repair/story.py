"""Repair, pass 4 (its second half): what `body` took for furniture that is the story after all.

Two passes, run by `body.find_body` after every line has its verdict: a story that goes on after an
inline list of related links (`_resumes`), and a short line taken for a header, dateline or sidebar
that is the story's headline, because the body states its figure too (`_headlines_back`). The line
tests both sides share (what a paragraph is, an ellipsis at the end of a line) live here too.
"""
from __future__ import annotations

import operator
import re
from itertools import compress

from .residue import _CJK

_SENTENCE_MARKS = "。,，!！?？;；"
_SENTENCE_MARK = re.compile(f"[{_SENTENCE_MARKS}]")
_LONG = 40          # a paragraph: at least this many characters and a sentence mark
_TITLE_MAX = 60
_DIGIT = re.compile("[0-9０-９]")


def _is_paragraph(line: str) -> bool:
    """At least _LONG characters and a sentence mark.

    >>> _is_paragraph("短句。"), _is_paragraph("长" * 39 + "。")
    (False, True)
    """
    return len(line) >= _LONG and _SENTENCE_MARK.search(line) is not None


def _ends_in_ellipsis(line: str) -> bool:
    """`_ELLIPSIS_END.search(line)` for a stripped line (no trailing blanks), without a regex scan.

    >>> [_ends_in_ellipsis(s) for s in ("详见全文...", "详见全文…", "共3.5万人")]
    [True, True, False]
    """
    return line.endswith(("...", "…"))


# Markers that head a list of links to other stories (the canonical forms of data/boilerplate.csv): an
# article may carry such a list inline and go on after it. Other `end` markers (责任编辑, 版权所有 …) close it.
_RELATED = frozenset({"相关新闻", "相关文章", "相关阅读", "相关链接", "延伸阅读", "推荐阅读"})
_RELATED_ITEMS_MAX = 10
# The lead of another story: its own dateline (…电, …讯) or reporter near the start of the paragraph.
_NEW_LEAD = re.compile(r"[^。，,]{0,25}?(?:[电電讯訊][\s(（:：]|本[报報][讯訊记記]|[记記]者)")
# A notice to readers (copyright, reprints, disclaimers), which is no part of a story.
_NOTICE = re.compile("版权|版權|转载|轉載|声明|聲明|免责|免責")
_LIST_NUMBER = re.compile(r"[-·•*]|[0-9０-９]+[、.．]")


def _resumes(filled: list[str], sizes: list[int], why: list[str | None], ends: list[str | None],
             k: int) -> int | None:
    """Where the story goes on after the `end` marker on line `k`, or None when the marker closes it.

    Only a marker of related links (相关新闻 …) can be followed by more of the story: after one to ten
    short lines (the links, which stay furniture), two paragraphs in a row that are neither cut off by
    an ellipsis (teasers of other stories are), nor the lead of another story (…电, 本报讯, 记者), nor a
    notice to readers (版权, 转载, 声明), nor numbered or bulleted.

    >>> lines = ["相关新闻:", "台风来袭 多市停课", "台风过后,全县转移群众3万人,开放避难所20处。" * 2,
    ...          "全省旅游景区关闭115家,在建项目停工314个。" * 2]
    >>> from mobilization.repair.line_furniture import _classify, _markers
    >>> why, ends = _classify(lines, _markers())
    >>> _resumes(lines, list(map(len, lines)), why, ends, 0)
    2
    >>> other = lines[:2] + ["本报讯(记者 某某)昨日,全县转移群众3万人,开放避难所20处。"] + lines[3:]
    >>> _resumes(other, list(map(len, other)), why, ends, 0) is None
    True
    """
    if ends[k] not in _RELATED:
        return None
    n = len(filled)
    j = k + 1
    while j < n and j - k <= _RELATED_ITEMS_MAX and sizes[j] <= _TITLE_MAX and not _is_paragraph(filled[j]) \
            and not ends[j]:
        j += 1
    if j == k + 1 or j + 1 >= n:
        return None
    for line, reason, end in ((filled[j], why[j], ends[j]), (filled[j + 1], why[j + 1], ends[j + 1])):
        if (reason or end or not _is_paragraph(line) or _ends_in_ellipsis(line) or _NOTICE.search(line)
                or _LIST_NUMBER.match(line)):
            return None
    return None if _NEW_LEAD.match(filled[j]) else j


# A figure as a headline states it and the story repeats it: Arabic digits (2 or more characters, or one
# with 万/亿), and the 万/亿 or else the classifier right after them; never a date, a time or a percentage.
# (Possessive: a number's digits and the blanks after it are never given back, which would only try
# shorter numbers that the boundary test in `_figure_keys` rejects anyway.)
_FIGURE = re.compile(r"([0-9][0-9,]*+(?:\.[0-9]++)?+)\s*+(?:([万萬亿億])|([^\s0-9年月日时時分秒点點号號:：/.%％\-~～]))")
_HEADLINE_REASONS = frozenset({"header", "dateline", "sidebar"})  # (the first two before the first paragraph only)
_HEADLINE_MIN_HAN = 4
_HEADLINE_HAN = re.compile(rf"(?:[^{_CJK}]*[{_CJK}]){{{_HEADLINE_MIN_HAN}}}")
_HEADING_STOP = re.compile("[。!！?？;；]")  # (a headline may hold a comma: `港人捐款2000萬,學界響應`)


def _figure_keys(text: str) -> dict[str, set[str]]:
    """The figures of a short line as keys that a repeat elsewhere on the page has too, by the forms the
    number is written in (as printed, and without its commas).

    >>> sorted(_figure_keys("港人捐款2000萬 2,300 部血氧机 2008年2月5日 第5波 75% 共145萬元 2019冠状病毒病").items())
    [('145', {'145万'}), ('2,300', {'2300部'}), ('2000', {'2000万'}), ('2300', {'2300部'})]
    """
    keys: dict[str, set[str]] = {}
    for m in _FIGURE.finditer(text):
        if m.start() and text[m.start() - 1] in "0123456789.,:：":
            continue  # (the tail of a number, or a time's minutes: no look-behind in the pattern, which is slower)
        printed, scale, after = m.groups()
        number = printed.replace(",", "")
        if scale or (len(number) >= 2 and not _YEAR.fullmatch(number)):
            key = number + (scale or after).translate(_SCALES)
            keys.setdefault(printed, set()).add(key)
            keys.setdefault(number, set()).add(key)
    return keys


def _states(body: str, printed: str, keys: set[str]) -> bool:
    """`body` has the number `printed` (not inside a longer one) with one of `keys` (see `_figure_keys`).
    Found by `str.find`: a scan of the whole body by a pattern would cost more than the rest of the pass.

    >>> _states("已捐款逾2000萬港元", "2000", {"2000万"}), _states("共12000萬元", "2000", {"2000万"})
    (True, False)
    >>> _states("捐赠 2,300 部血氧机", "2,300", {"2300部"})
    True
    """
    number = printed.replace(",", "")
    size = len(body)
    i = body.find(printed)
    while i != -1:
        j = i + len(printed)
        if (not i or body[i - 1] not in "0123456789.,") and (j == size or body[j] not in "0123456789.,"):
            while j < size and body[j].isspace():
                j += 1
            if j < size and number + body[j].translate(_SCALES) in keys:
                return True
        i = body.find(printed, i + 1)
    return False


_SCALES = str.maketrans("萬億", "万亿")
_YEAR = re.compile("(?:19|20)[0-9][0-9]")  # a year, or a name made of one (2019冠状病毒病)
# A picture caption (图4:, 图为, 图片:) is no headline and no heading, whatever figure it repeats.
_CAPTION = re.compile(r"[图圖](?:片?\s*[0-9０-９一二三四五六七八九十]*\s*[:：]|[为為示])")


def _headlines_back(filled: list[str], reasons: list[str | None], first: int) -> None:
    """A short line taken for page furniture by its place (a header line or a dateline before the first
    paragraph, a line of the sidebar after the last) is the story's headline or the heading of its own
    list when it states a figure that the body states too (`港人捐款2000萬` over `…已捐款逾2000萬港元…`);
    it has at least four Han characters and is no sentence (no 。!?;: a caption under a photo that
    repeats the story is a sentence) and no caption (图4:, 图为). Navigation, teasers, captions, marker
    lines, datelines after the story (a footer's metadata repeats the headline too) and everything after
    an `end` marker stay furniture. (In place.)
    """
    candidates = [k for k in compress(range(len(reasons)), map(_HEADLINE_REASONS.__contains__, reasons))
                  if (k < first or reasons[k] == "sidebar") and _DIGIT.search(filled[k])
                  and not _HEADING_STOP.search(filled[k]) and not _CAPTION.match(filled[k])
                  and _HEADLINE_HAN.match(filled[k])]
    wanted = {k: keys for k in candidates if (keys := _figure_keys(filled[k]))}
    if not wanted:
        return
    body = "\n".join(compress(filled, map(operator.not_, reasons)))
    for k, keys in wanted.items():
        if any(_states(body, printed, forms) for printed, forms in keys.items()):
            reasons[k] = None


def _sentence_line(line: str) -> bool:
    """A short line of the story itself: a clause that ends with a sentence mark (a list of links or
    titles ends with none). Government summaries close with short numbered sections whose lines are
    such clauses (三、特困供养 … / 12月救助52人,发放生活补助1.04万元。).

    >>> _sentence_line("12月救助52人,发放生活补助1.04万元。"), _sentence_line("四、生活补助发放情况"), _sentence_line("好。")
    (True, False, False)
    >>> _sentence_line("书记说：“连夜也要赶回村里组织转移。”"), _sentence_line("”")
    (True, False)
    """
    line = line.rstrip(_CLOSERS)  # a quotation that ends the story: …组织转移。”
    return len(line) >= _SENTENCE_LINE_MIN and line[-1:] in _SENTENCE_MARKS


def _story_sentence(filled: list[str], k: int) -> bool:
    """Line k is a short clause of the story (`_sentence_line`) that states no figure the lines before it
    state: a picture's caption repeats the story's figure (130余人的志愿者队伍在乡政府集合。), a closing
    section of a summary gives new ones."""
    if not _sentence_line(filled[k]):
        return False
    before = "\n".join(filled[:k])
    return not any(_states(before, printed, forms) for printed, forms in _figure_keys(filled[k]).items())


_CLOSERS = "”」』）)\"'’"
_SENTENCE_LINE_MIN = 10
