"""Place, the whole step (detect): zones, mentions, resolution, decision (and the re-ranker) for one document.
"""
from __future__ import annotations

from ..repair import Repaired
from .abbreviations import find_abbreviations
from .decide import PlaceGuess, decide
from .mentions import Hit, _site_unit_hits, find_hits
from .located import drop_locating_frames
from .rebuilt import drop_rebuilt
from .rerank import rerank
from .resolve import resolve
from .townships import drop_township_heads, drop_township_stems, find_townships, resolve_townships
from .zones import Zone, zones_of


def detect_place(rep: Repaired, simplified: str, zones: list[Zone] | None = None) -> PlaceGuess:
    """The reporting unit of one repaired document (`simplified` = its text converted by t2s).

    >>> from mobilization.repair import repair
    >>> rep = repair("鼓楼区：党员下沉社区\\n来源：福州市鼓楼区委组织部\\n我区建立临时党支部50个。\\n")
    >>> g = detect_place(rep, rep.text); g.code, g.name, g.confidence
    ('350102', '鼓楼区', 'high')
    """
    found, title = found_places(rep, simplified, zones)
    return rerank(decide(found, simplified, title), found, simplified)


def found_places(rep: Repaired, simplified: str, zones: list[Zone] | None = None) -> tuple[list[tuple[Hit, str]], str]:
    """The resolved mentions, abbreviations and townships of one document (what `decide` weighs) and its headline.

    >>> from mobilization.repair import repair
    >>> rep = repair("宕昌县党员下沉\\n全县建立临时党支部。\\n")
    >>> found, title = found_places(rep, rep.text); [(h.surface, code) for h, code in found], title
    ([('宕昌县', '621223')], '宕昌县党员下沉')
    """
    zones = zones_of(rep, simplified) if zones is None else zones
    title = " ".join(simplified[z.start:z.end] for z in zones if z.kind == "title")
    # abbreviations are weak evidence: they do not resolve ambiguous names (resolve) but are weighed by decide
    abbreviations = [(h, h.codes[0]) for h in find_abbreviations(simplified, zones)]
    hits = sorted(find_hits(simplified, zones) + _site_unit_hits(simplified, title), key=lambda h: h.start)
    hits = drop_township_heads(simplified, hits)
    named_townships = find_townships(simplified, zones, hits)
    # a township no other county has is a division named below: it says which of several same-named places
    resolved = resolve(hits, frozenset(h.codes[0] for h in named_townships if len(h.codes) == 1 and not h.dest))
    townships = resolve_townships(named_townships, resolved, simplified)  # the page's chrome may name the county
    resolved = drop_locating_frames(resolved, simplified)  # 新疆西北部塔城地区: 新疆 only locates its part
    resolved = drop_township_stems(resolved, townships)  # 龙江镇 of 顺德区, then 龙江商会: the town, not 龙江县
    # a name standing on characters the repair rebuilt counts only if its division is also named in print (round r44)
    return drop_rebuilt(resolved + abbreviations + townships, rep, simplified), title
