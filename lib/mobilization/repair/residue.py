"""Repair, pass 2: pinyin residue a web converter wrote after characters (`區(qū)`) deleted.
"""
from __future__ import annotations

import re
from itertools import accumulate

from ..offsets import OffsetMap


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# One syllable: up to two initial consonants (zh, ch, sh), vowels with exactly one tone mark, optional
# n/ng/r ending. (Initials as a class, not an alternation: a third faster on pages full of residue.)
# The tone mark is what tells a converter's reading from an English word in parentheses.
# Possessive (`{0,2}+`): the classes are disjoint, so giving a character back can never help a match;
# not trying it saves ~15% on pages full of residue.
_SYLLABLE = rf"[bpmfdtnlgkhjqxrzcsyw]{{0,2}}+[aeiouü]{{0,2}}+[{_TONED}][aeiouü]{{0,2}}+(?:ng?|r)?+"
_RESIDUE_GROUP = rf"(?:\({_SYLLABLE}\))+"
# Literal `(` first and the look-behind after it, so that the engine can skip to each `(`.
_RESIDUE = re.compile(rf"(\((?<=[{_CJK}]\(){_SYLLABLE}\)(?:\({_SYLLABLE}\))*+)")
_RESIDUE_AT = re.compile(_RESIDUE_GROUP)
# Another converter writes the reading without its tone and with a blank after it (鄉(xiang) 城縣, 從(cong) 成都): one
# such reading could be a real parenthesis (an English word), so they are residue only where a page has several.
_BARE_SYLLABLE = r"[bpmfdtnlgkhjqxrzcsyw]{0,2}+[aeiouv]{1,3}+(?:ng?|r)?+"
_BARE = rf"\((?<=[{_CJK}]\(){_BARE_SYLLABLE}\) (?=[{_CJK},，。、;；:：])"
_BARE_RESIDUE = re.compile(_BARE)
_BARE_MIN = 3  # toneless readings a page must have to be a converter's
_RESIDUE_ANY = re.compile(rf"(\((?<=[{_CJK}]\(){_SYLLABLE}\)(?:\({_SYLLABLE}\))*+|{_BARE})")


def _residue_pattern(text: str) -> re.Pattern[str]:
    """The residue to remove from `text`: tone-marked readings always; toneless ones followed by a blank only where
    the page has three or more of them.

    >>> _residue_pattern("鄉(xiang) 城縣和東(dong) 宮村,從(cong) 成都") is _RESIDUE_ANY, _residue_pattern("下载(app) 应用") is _RESIDUE
    (True, True)
    """
    bare = 0
    for _ in _BARE_RESIDUE.finditer(text):
        bare += 1
        if bare >= _BARE_MIN:
            return _RESIDUE_ANY
    return _RESIDUE


_CJK_CHAR = re.compile(f"[{_CJK}]")


def remove_residue(text: str) -> str:
    """Remove the pinyin readings a web converter wrote after characters (text only, no offsets).

    Some traditional-script mirrors run pages through a converter that appends a reading in
    ASCII parentheses to characters it considers hard: `區(qū)`. Only a parenthesised,
    tone-marked pinyin syllable directly after a Chinese character is residue; real
    parentheses stay.

    >>> remove_residue("四個社區(qū)和6個街(鎮(zhèn))")
    '四個社區和6個街(鎮)'
    >>> remove_residue("(本报记者 白雪)、街(镇)、下载应用(app)、(甘肃省陇南市)")
    '(本报记者 白雪)、街(镇)、下载应用(app)、(甘肃省陇南市)'
    >>> remove_residue("從(cong) 成都出發,到鄉(xiang) 城縣東(dong) 宮村")
    '從成都出發,到鄉城縣東宮村'
    """
    return _residue_pattern(text).sub("", text)


def _residue_pieces(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...], OffsetMap]:
    """Residue-free text, deleted spans (starts, ends) and the offset map, without a Python loop per match."""
    pieces = _residue_pattern(text).split(text)
    if len(pieces) == 1:
        return text, (), (), OffsetMap.identity(len(text))
    # pieces alternate kept, deleted, kept, …: their boundaries give every offset by slicing.
    bounds = list(accumulate(map(len, pieces), initial=0))
    kept = pieces[0::2]
    starts = tuple(bounds[1:-1:2])
    ends = tuple(bounds[2::2])
    s_starts = bounds[0::2]   # where each kept piece starts in the text
    s_limits = bounds[1::2]   # and ends
    d_starts = list(accumulate(map(len, kept), initial=0))[:-1]
    if not kept[-1]:  # residue at the very end: no empty copy segment
        del s_starts[-1], s_limits[-1], d_starts[-1]
    new_text = "".join(kept)
    omap = OffsetMap(tuple(d_starts), tuple(s_starts), tuple(s_limits), len(new_text), len(text))
    return new_text, starts, ends, omap
