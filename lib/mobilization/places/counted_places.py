"""Place, step 4a (part): divisions listed and then counted (甘肃、青海2省, 都兰、乌兰两县), or two provinces named as a
pair that the next clause counts (福建省和宁夏…，两省区…): the report speaks of them all, not of one (`levels`, `decide`).
"""
from __future__ import annotations

import re
from typing import Iterator

from ..gazetteer import divisions
from .mentions import Hit

# After a list of provinces, their count (甘肃、青海2省, 川滇两省, 三省区): the report speaks of them all. The list
# may name only its first items before 等 and the count of them all (湖南、安徽等9省市, 等9个省份: round r40).
_PROVINCE_COUNT = re.compile(r"等?(?:\d+|[两二三四五六七八九十]+)个?省(?:份|区|市|区市)?")


def _counted_provinces(resolved: list[tuple[Hit, str]], text: str) -> set[str]:
    """The provinces listed and then counted (向甘肃、青海2省划拨): the report is about all of them.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> z = [Zone(0, 40, "body")]
    >>> t = "中央组织部向甘肃、青海2省划拨党费"
    >>> sorted(_counted_provinces(resolve(find_hits(t, z)), t))
    ['620000', '630000']
    >>> t = "中央组织部给湖南、安徽等9个省市划拨党费"
    >>> sorted(_counted_provinces(resolve(find_hits(t, z)), t))
    ['340000', '430000']
    >>> t = "甘肃、青海的党员"
    >>> _counted_provinces(resolve(find_hits(t, z)), t)
    set()
    """
    table = divisions()
    out: set[str] = set()
    for run in _counted_runs(resolved, lambda code: table[code].level == "province", _PROVINCE_COUNT, text):
        out.update(run)
    return out | _paired_provinces(resolved, text)


_PAIR_REACH = 80  # characters after a pair of provinces within which 两省 may refer back to them (the next clause)
_PAIR_COUNT = re.compile(r"两省(?:区|份|市)?")


def _paired_provinces(resolved: list[tuple[Hit, str]], text: str) -> set[str]:
    """Two provinces named as a pair (福建省和宁夏回族自治区建立对口协作关系) that the next clause counts (两省区及时总结…):
    a report on their partnership (an east–west pairing) is about both, as a list with its count is.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "1996年以来，福建省和宁夏回族自治区建立协作关系，两省区每年召开联席会议。"
    >>> sorted(_paired_provinces(resolve(find_hits(t, [Zone(0, len(t), "body")])), t))
    ['350000', '640000']
    >>> t = "福建省和宁夏回族自治区建立协作关系。\\n某县的党员下沉社区，县里两省道旁设卡。"
    >>> _paired_provinces(resolve(find_hits(t, [Zone(0, len(t), "body")])), t)
    set()
    """
    table = divisions()
    provinces = sorted(((h, c) for h, c in resolved if table[c].level == "province" and not h.dest),
                       key=lambda hc: hc[0].start)
    for (a, ca), (b, cb) in zip(provinces, provinces[1:]):
        if ca == cb or text[a.end:b.start] not in ("和", "与", "、", "同"):
            continue
        reach = text[b.end:b.end + _PAIR_REACH].split("\n")[0]
        m = _PAIR_COUNT.search(reach)
        if m and not reach[m.end():m.end() + 1] == "道":  # 两省道 is two provincial roads
            return {ca, cb}
    return set()


def _counted_runs(resolved: list[tuple[Hit, str]], member, count: re.Pattern[str], text: str) -> Iterator[list[str]]:
    """Runs of two or more names that `member` accepts, each next to the last (joined by at most one
    character: 、 和), yielded when a count of them follows (甘肃、青海2省, 都兰、乌兰两县).

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "都兰、乌兰两县受灾"
    >>> list(_counted_runs(resolve(find_hits(t, [Zone(0, 9, "body")])), lambda c: True, re.compile("两县"), t))
    [['632822', '632821']]
    """
    run: list[str] = []
    prev_end = -10
    for h, code in resolved:
        if not member(code):
            run = []
            continue
        run = run + [code] if h.start - prev_end <= 1 else [code]
        prev_end = h.end
        if len(run) >= 2 and count.match(text, h.end):
            yield run
