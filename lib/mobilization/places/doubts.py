"""Place, step 5 (decide, after the word): signals that a county picked with a strong naming may still be only one
part of its prefecture's story, so it is said medium, not high (round r42).

The pick stays: the evidence that the story is the prefecture's is too thin to move it, but not thin enough to let a
researcher take the county as read. Each signal is read only when the county is named in the body alone (neither
the headline nor the source line names it).

- `_city_own_report`: a county (县, 旗) under a prefecture the text never names, while the city's own organs speak
  of themselves (市委, 市政府, 全市, 我市) at least twice and more often than the county's: the city's release, whose
  leader went to one of its counties (临汾's drought: the mayor in 洪洞县).
- `_counted_sibling`: another county of the same prefecture named with a count of its own villages or townships
  (查看了某县4个村): the story spans two of the prefecture's counties (a leader's tour of its flood damage).
"""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from functools import lru_cache

from ..gazetteer import ancestors, divisions
from .contexts import _context_alt
from .mentions import Hit

CITY_SPEECH = 2  # times the unnamed city must speak of itself (市委, 全市) to make its release of a county doubtful
_COUNT = "[0-9０-９一二三四五六七八九十两几多]+个?"


def _prefecture_of(code: str) -> str:
    """The prefecture a county lies in, or "" (a county of a municipality has none).

    >>> _prefecture_of("141024"), _prefecture_of("500237")
    ('141000', '')
    """
    return next((a for a in ancestors(code) if divisions()[a].level == "prefecture"), "")


def _city_own_report(best: str, named: Collection[str], speech: Mapping[str, int]) -> bool:
    """Is the county `best` named in the city's own release, the city unnamed? `best` ends in 县 or 旗 (so 市委 is not
    its own government), its prefecture is none of the `named` divisions, and the prefecture level speaks
    (`selves._speech_by_level`) at least `CITY_SPEECH` times and more often than the county level.

    >>> _city_own_report("141024", {"141024"}, {"prefecture": 6, "county": 1})
    True
    >>> _city_own_report("141024", {"141024", "141000"}, {"prefecture": 6, "county": 1})
    False
    >>> _city_own_report("141024", {"141024"}, {"prefecture": 2, "county": 2})
    False
    """
    city = _prefecture_of(best)
    if not city or not divisions()[best].name.endswith(("县", "旗")) or city in named:
        return False
    own = speech.get("prefecture", 0)
    return own >= CITY_SPEECH and own > speech.get("county", 0)


@lru_cache(maxsize=1)
def _counted_units() -> re.Pattern[str]:
    """A count of a county's own villages, townships or communities right after its name (data/place_context_words.csv
    counted_scene).

    >>> bool(_counted_units().match("4个村的灾情")), bool(_counted_units().match("两个乡镇")), bool(_counted_units().match("人民"))
    (True, True, False)
    """
    return re.compile(_COUNT + f"(?:{_context_alt('counted_scene')})")


def _counted_sibling(best: str, resolved: list[tuple[Hit, str]], text: str) -> bool:
    """Is another county of `best`'s prefecture named, not as a destination, right before a count of its villages or
    townships (某县4个村)? Then the story goes through two counties of the prefecture.

    >>> from mobilization.places import Zone, find_hits, resolve
    >>> t = "省里的领导查看了永吉县4个村的灾情，又到丰满区旺起镇踏查，丰满区干部陪同。丰满区受灾。"
    >>> r = resolve(find_hits(t, [Zone(0, len(t), "body")]))
    >>> _counted_sibling("220211", r, t), _counted_sibling("220221", r, t)
    (True, False)
    """
    city = _prefecture_of(best)
    if not city:
        return False
    return any(code != best and city in ancestors(code) and divisions()[code].level == "county" and not h.dest
               and _counted_units().match(text, h.end) for h, code in resolved)


def doubtful_county(best: str, where: Collection[str], named: Collection[str], speech: Mapping[str, int],
                    resolved: list[tuple[Hit, str]], text: str) -> str:
    """Why a county picked with a strong naming is still only medium, or "" when nothing says so. `where`: the zones
    the pick is named in; `named`: every division the text names (its weights and the host's).

    >>> doubtful_county("141024", {"body"}, {"141024"}, {"prefecture": 6, "county": 1}, [], "")
    'the city speaks of itself, unnamed'
    >>> doubtful_county("141024", {"title", "body"}, {"141024"}, {"prefecture": 6, "county": 1}, [], "")
    ''
    """
    if divisions()[best].level != "county" or set(where) & {"title", "source"}:
        return ""
    if _city_own_report(best, named, speech):
        return "the city speaks of itself, unnamed"
    if _counted_sibling(best, resolved, text):
        return "another county of the prefecture is a scene with its villages counted"
    return ""
