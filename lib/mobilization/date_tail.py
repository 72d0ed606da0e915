"""Dates, step 2b (under the story's head): the page's date printed below it, and the dates there that are not it.

A signature date on the last body lines (`_signature`), a page footer (`_footer`), a Taiwan agency's ROC date code
(`_roc_code`), the stamp of the story's own headline in the site's list of stories (`_listed_beside_headline`); and
the lists of other stories under the story, whose dates are theirs (`_after_story`). Read by `dates` (the decision).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .date_lines import _CRAWL, DateGuess, _date_words, _on_site_bar, _rest_of_line
from .date_scan import _ROC_CODE, _ROC_OFFSET, _Found, _iso, find_dates
from .places import Zone

_WEEKDAY = re.compile(r"\s*(?:星期|周)[一二三四五六日天]")
_ITEM_BULLET = re.compile(r"^[\s\-•·*>|]+|[\s|]+$")


@lru_cache(maxsize=1)
def _stamp_words() -> re.Pattern[str]:
    """What may stand beside a listed story's stamp (data/date_page_words.csv stamp_word: a counter, a label) and
    blanks, marks and digits.

    >>> _stamp_words().sub("", "点击:0 | "), _stamp_words().sub("", "某县转移群众 ")
    ('', '某县转移群众')
    """
    return re.compile(_date_words()["stamp_word"] + r"|[\s\W\d]")


def _listed_beside_headline(text: str, zones: list[Zone]) -> DateGuess | None:
    """The stamp under the story's own headline repeated in the site's list of stories (- 风雨中的守护 / 点击:0 |
    2025-06-23 21:44:00): the list dates each item, and this item is the page's story. Only a full day, on the first
    line after the item that is not blank or a bullet, with nothing but a counter or a label beside it.

    >>> t = "风雨中的守护\\n村里转移群众。\\n-\\n- 风雨中的守护\\n-\\n点击:0 | 2025-06-23 21:44:00\\n- 另一篇\\n点击:0 | 2025-06-21"
    >>> _listed_beside_headline(t, [Zone(0, 6, "title"), Zone(7, 14, "body")]).date
    '2025-06-23'
    >>> _listed_beside_headline(t.replace("- 风雨中的守护", "- 别的故事"), [Zone(0, 6, "title")]) is None
    True
    """
    first = text.lstrip()
    heads = {text[z.start:z.end].strip() for z in zones if z.kind == "title"} | {first[:first.find("\n")].strip()}
    heads = {h for h in heads if len(re.findall(r"[\u4e00-\u9fff]", h)) >= 4}
    lines, at, seen = text.split("\n"), 0, False
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    for i, line in enumerate(lines):
        if _ITEM_BULLET.sub("", line) not in heads:
            continue
        if not seen:
            seen = True  # the headline itself
            continue
        for j in range(i + 1, min(len(lines), i + 4)):
            if not _ITEM_BULLET.sub("", lines[j]):
                continue
            found = find_dates(text, starts[j], starts[j] + len(lines[j]))
            if found and found[0].precision == "day" and not _stamp_words().sub("", _rest_of_line(text, found[0])):
                f = found[0]
                return DateGuess(f.iso, f.precision, f.start, f.end, text[f.start:f.end], "listed beside the headline")
            break
    return None


_STORY_BEGUN = 60  # characters of a body paragraph that make it the story's text (not a subtitle or a label)


def _after_story(text: str, zones: list[Zone], f: _Found) -> bool:
    """Is the date under the story's first paragraph in a list of other stories (a short page's sidebar or footer):
    one of two or more dated lines there, or inside a line that holds another story's headline?

    A page's own date stands with its headline, dateline or source line, above the story; on a page too short for its
    head to end before the story, the dates under it belong to the linked stories (时间:2024-09-23 under each title,
    某省…免职名单(2022年1月13日…). A single date alone on a line there is left to be read (a dateline or signature).

    >>> t = "标题\\n" + "某县党员干部连夜转移群众，全县建立临时党支部12个。" * 3 + "\\n甲新闻\\n时间:2024-09-23\\n乙新闻\\n时间:2024-09-23\\n"
    >>> z = [Zone(0, 2, "title"), Zone(3, 3 + 78, "body")]
    >>> [_after_story(t, z, x) for x in find_dates(t)]
    [True, True]
    >>> t2 = "标题\\n" + "某县党员干部连夜转移群众，全县建立临时党支部12个。" * 3 + "\\n2024-09-23\\n"
    >>> [_after_story(t2, z, x) for x in find_dates(t2)]
    [False]
    """
    story = next((z for z in zones if z.kind == "body" and z.end - z.start > _STORY_BEGUN), None)
    if story is None or f.start < story.end:
        return False
    from .places.zones import _related_headline
    a, b = text.rfind("\n", 0, f.start) + 1, text.find("\n", f.start)
    if _related_headline(text[a: len(text) if b < 0 else b]):
        return True
    lines = {text.count("\n", 0, x.start) for x in find_dates(text, story.end, len(text)) if x.precision == "day"}
    return len(lines) >= 2


def _roc_code(text: str) -> DateGuess | None:
    """A Taiwan news agency's ROC date code after the editor's credit on one of the last ten lines
    (below it a page may print its source, keywords and share links).

    >>> _roc_code("台北15日电 捐款持续。\\n基金会表示将持续募款。(编辑:某某)1130415\\n").date
    '2024-04-15'
    """
    for line in reversed(text.rstrip().rsplit("\n", 10)[-10:]):
        m = _ROC_CODE.search(line)
        if m:
            iso = _iso(int(m.group("y")) + _ROC_OFFSET, int(m.group("m")), int(m.group("d")))
            if iso:
                at = text.rfind(line) + m.start("y")
                return DateGuess(iso, "day", at, at + 7, text[at:at + 7], "signature (ROC date code)")
    return None


def _footer(text: str) -> DateGuess | None:
    """A page footer that opens with the page's full date (2020-02-04 市委组织部: … 濮阳日报), on one of
    the last three lines: the date of the page, not an event (no sentence ends on that line).

    >>> _footer("正文。\\n--> 2024-11-07 1 1 某某时报 content_1.html").date
    '2024-11-07'
    >>> _footer("正文。\\n某某日报 要闻 00003 标题 2012-08-27 2697655 2012年08月27日 星期一").date
    '2012-08-27'
    """
    tail = text.rstrip().rsplit("\n", 3)[-3:]
    offset = len(text.rstrip()) - len("\n".join(tail))
    for line in reversed([ln for ln in tail if ln.strip()]):
        at = text.find(line, offset)
        if "。" in line or at < 0 or len(line) > 200:
            continue
        dates = find_dates(text, at, at + len(line))
        # only markup residue (-->, |, •) may stand before it: an e-paper's footer comment `--> 2024-11-07 1 1 某某报`
        if dates and dates[0].precision == "day" and not re.sub(r"[\W_]", "", text[at:dates[0].start]):
            f = dates[0]
            return DateGuess(f.iso, f.precision, f.start, f.end, text[f.start:f.end], "footer")
        # a newspaper's page line ends with the date and weekday (… 2012年08月27日 星期一)
        weekday = [f for f in dates if f.precision == "day" and _WEEKDAY.match(text, f.end)]
        if weekday:
            f = weekday[-1]
            return DateGuess(f.iso, f.precision, f.start, f.end, text[f.start:f.end], "footer (issue date)")
    return None


def _signature(text: str, zones: list[Zone]) -> DateGuess | None:
    """A full date alone (or with the writer's unit) on one of the last three body lines."""
    body = [z for z in zones if z.kind in ("body", "source")]
    for z in reversed(body[-3:]):
        line = text[z.start:z.end].strip()
        if len(line) > 40 or "。" in line:  # a sentence that opens with a date is an event, not a signature
            continue
        dates = [f for f in find_dates(text, z.start, z.end)
                 if not _CRAWL.search(text[z.start:f.start]) and not _on_site_bar(text, f)]
        if dates and dates[-1].precision == "day":
            f = dates[-1]
            return DateGuess(f.iso, f.precision, f.start, f.end, text[f.start:f.end], "signature")
    return None

