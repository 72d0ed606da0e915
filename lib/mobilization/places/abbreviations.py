"""Place, step 2b (abbreviations): a province's one-character abbreviation in its contexts, weak evidence.

A province's abbreviation (晋, 豫, 鄂) is read only in the contexts of
data/province_abbreviation_contexts.csv (中央在晋单位, 驻豫部队, 来京; 援鄂, 赴鄂 are destinations) and
counts weakly, like 我省: it supports the one province already named (with none of its parts named)
or is the only place named; it never beats a named county.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import Entry, ancestors, automaton
from ..lexicon import read_rows
from .mentions import Hit
from .zones import Zone, _ranges, _zone_index


@dataclass(frozen=True)
class AbbreviationRules:
    """data/province_abbreviations.csv and data/province_abbreviation_contexts.csv, ready to match."""

    provinces: dict[str, str]  # 晋 → 140000
    blocking: frozenset[str]  # every listed abbreviation, read or not (京津冀, 陕甘宁 name regions)
    cues: dict[str, str]  # 在 → place, 援 → destination
    not_before: tuple[str, ...]  # 现在, 以来: the cue is the tail of another word
    not_after: frozenset[str]  # 升 (晋升), 剧 (京剧)


@lru_cache(maxsize=1)
def abbreviation_rules() -> AbbreviationRules:
    """The abbreviation lexicon.

    >>> r = abbreviation_rules(); r.provinces["晋"], r.cues["援"], "宁" in r.provinces
    ('140000', 'destination', False)
    """
    rows = read_rows("province_abbreviations.csv")
    contexts = read_rows("province_abbreviation_contexts.csv")
    return AbbreviationRules(
        provinces={r["abbreviation"]: r["province_code"] for r in rows if r["province_code"]},
        blocking=frozenset(r["abbreviation"] for r in rows),
        cues={r["text"]: r["kind"] for r in contexts if r["kind"] in ("place", "destination")},
        not_before=tuple(r["text"] for r in contexts if r["kind"] == "not_before"),
        not_after=frozenset(r["text"] for r in contexts if r["kind"] == "not_after"))


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> re.Pattern[str]:
    """An abbreviation right after a context character (在晋, 援鄂)."""
    rules = abbreviation_rules()
    return re.compile(f"(?<=[{re.escape(''.join(rules.cues))}])[{re.escape(''.join(rules.provinces))}]")


def find_abbreviations(text: str, zones: list[Zone]) -> list[Hit]:
    """Province abbreviations in their contexts (中央在晋单位 → 山西, 援鄂医疗队 → 湖北 as a destination).

    A cue that closes another word (现在京, 推进京) is none; an abbreviation followed by a character
    that makes another word (晋升, 京剧) or by another abbreviation (京津冀) is not read, nor one that
    begins a census name (在晋城, 来京山).

    >>> z = [Zone(0, 80, "body")]
    >>> [(h.surface, h.codes, h.dest) for h in find_abbreviations("中央在晋单位和援鄂医疗队", z)]
    [('晋', ('140000',), False), ('鄂', ('420000',), True)]
    >>> find_abbreviations("他在晋升后在晋城工作，现在京剧团，在京津冀，来京山", z)
    []
    """
    rules = abbreviation_rules()
    zone_at = _zone_index(zones)
    out: list[Hit] = []
    pattern = _abbreviation_pattern()
    for lo, hi in _ranges(zones, len(text)):
        for m in pattern.finditer(text, max(lo, 1), hi):
            i = m.start()
            code, kind, zone = rules.provinces[text[i]], rules.cues[text[i - 1]], zone_at(i)
            if not zone:
                continue
            nxt = text[i + 1:i + 2]
            if nxt and (nxt in rules.not_after or nxt in rules.blocking):
                continue
            if any(text.endswith(w, 0, i) for w in rules.not_before):
                continue
            names = automaton().iter_long(text, i - 1, min(len(text), i + 12))
            if any(e - len(entry.key) + 1 <= i for e, entry in names):
                continue  # a census name (晋城, 京山) or a word of place_words begins at or covers it
            out.append(Hit(i, i + 1, text[i], (code,), zone, False, Entry(text[i], (code,), True, False, False),
                           dest=kind == "destination", abbreviation=True))
    return out


def _abbreviation_support(abbreviations: list[Hit], score: dict[str, float],
                          host: dict[str, float], sent_to: set[str]) -> dict[str, list[Hit]]:
    """Which province each abbreviation (中央在晋单位) supports: weak evidence, like 我省.

    It supports its province when that province is named and none of its parts is (a county named
    is more precise than 在晋), or when no place at all is named (nor a host within the province).
    A province a team was sent to (援鄂, 驰援湖北) is not supported by 在鄂 (the team's stay there).

    >>> h = Hit(0, 1, "晋", ("140000",), "body", False, Entry("晋", ("140000",), True, False, False), abbreviation=True)
    >>> list(_abbreviation_support([h], {}, {}, set())), list(_abbreviation_support([h], {"140000": 1.0}, {}, set()))
    (['140000'], ['140000'])
    >>> _abbreviation_support([h], {"140000": 1.0, "140522": 2.0}, {}, set()), _abbreviation_support([h], {"410000": 4.0}, {}, set())
    ({}, {})
    """
    out: dict[str, list[Hit]] = defaultdict(list)
    for h in abbreviations:
        code = h.codes[0]
        if h.dest or code in sent_to:
            continue
        if not score:
            if not any(c == code or code in ancestors(c) for c in host):
                out[code].append(h)
        elif code in score and not any(code in ancestors(c) for c in score):
            out[code].append(h)
    return dict(out)
