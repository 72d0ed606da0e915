"""Place, step 6a (features): the candidate divisions of one document and the numbers the re-ranker weighs.

A candidate is every division a resolved mention names (in any role: actor, host, destination …), every
division above one (its prefecture and province) and the rules' own pick (`decide`). Each candidate gets
numbers only, no text: whether the rules picked it, its level, how often and where it is named and in which
role, how early, how many of its parts are named, whether the unit speaks of itself at its level (县委, 全县:
data/place_self_words.csv) … (`FEATURES` lists them with their meaning). `rerank` weighs them with the
learned weights of data/place_model.csv; benchmarks/heldout/place_features.py writes them for every labelled
report so that benchmarks/heldout/train_place_model.py can learn the weights.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import ancestors, divisions
from ..lexicon import read_rows
from .decide import ZONE_WEIGHT, PlaceGuess, _weight
from .mentions import Hit
from .townships import TOWNSHIP_WEIGHT
from .zones import READ_HEAD

# The features in the order of the model's weights, with what each one counts (counts enter as log(1 + n)).
FEATURES: dict[str, str] = {
    "picked": "1 if the rules (decide) picked it",
    "picked_medium": "1 if the rules picked it with medium confidence",
    "picked_low": "1 if the rules picked it with low confidence",
    "province": "1 if a province (a county is the baseline)",
    "prefecture": "1 if a prefecture",
    "title": "mentions in the headline (not as destination or outlet; as qualifier too)",
    "source": "mentions in the source lines",
    "body": "mentions in the body",
    "actor": "mentions as actor (宕昌县委, 庆阳市驰援…)",
    "formal": "mentions introduced with its parent or a township (陇南市宕昌县, …县…镇)",
    "host": "1 if named as the outlet or site (兰州晚报, …人民政府门户网站)",
    "dest": "mentions as destination (驰援武汉)",
    "event": "mentions as an event's name (芦山地震)",
    "cited": "mentions in a cited title or as informant",
    "abbreviation": "mentions by a province's abbreviation (在晋)",
    "township": "its own townships named with their suffix (a county's; parts' townships count for their county only)",
    "qualifier": "mentions only qualifying a part named right after (陇南市 of 陇南市宕昌县)",
    "share": "its own weight (decide's zone x role weights) over all candidates' own weight",
    "top": "1 if its own weight is the largest",
    "first": "1 - (offset of its first mention / length of the text); 0 if never named",
    "first_line": "1 if named in the text's first line",
    "self": "self-words of its ending (县委, 全县 …), shared out among the named candidates with that ending",
    "parts": "distinct divisions below it named",
    "parts_share": "the weight of its parts over all candidates' own weight",
    "parent_named": "1 if a division above it is named",
    "part_in_title": "1 if a division below it is named in the headline",
    "parent_in_title": "1 if a division above it is named in the headline",
    "named": "1 if named itself (not only as the division above a named one)",
}


SUPPORT = 2.0  # the weight a place named only in the body needs (decide: below it, a passing mention)


@dataclass(frozen=True)
class Candidate:
    """One division a document might be about, its features (in `FEATURES` order) and its best mention."""

    code: str
    values: tuple[float, ...]
    hit: Hit | None  # the mention that stands for it (its own best, else its best part's); None if never named
    # named in the headline or a source line, or its own and its parts' mentions (townships too) weigh 2 or more: decide's bar
    # for a place (one passing body mention, 孙永顺 holding 永顺, is none); the re-ranker picks no other
    supported: bool = True


@lru_cache(maxsize=1)
def self_words() -> dict[str, tuple[str, ...]]:
    """The self-words by the ending of a census name (data/place_self_words.csv).

    >>> "全县" in self_words()["县"], "地委" in self_words()["地区"]
    (True, True)
    """
    out: dict[str, list[str]] = defaultdict(list)
    for row in read_rows("place_self_words.csv"):
        out[row["suffix"]].append(row["word"])
    return {k: tuple(v) for k, v in out.items()}


def ending(name: str) -> str:
    """The ending of a census name that its self-words go by (地区 before 区).

    >>> ending("喀什地区"), ending("宕昌县"), ending("新疆维吾尔自治区")
    ('地区', '县', '区')
    """
    return "地区" if name.endswith("地区") else name[-1:]


def _log(n: float) -> float:
    return math.log1p(n)


def candidates(found: list[tuple[Hit, str]], guess: PlaceGuess, text: str) -> list[Candidate]:
    """The candidates of one document with their features, from `found` (resolved mentions, abbreviations and
    townships, as `detect` gives them to `decide`) and the rules' `guess`; sorted by code.

    >>> from mobilization.places import Zone, find_hits, resolve, decide
    >>> t = "宕昌县党员下沉\\n陇南市宕昌县委组织部\\n全县建立临时党支部。"
    >>> found = resolve(find_hits(t, [Zone(0, 7, "title"), Zone(8, len(t), "body")]))
    >>> cands = candidates(found, decide(found, t), t)
    >>> [c.code for c in cands]
    ['620000', '621200', '621223']
    >>> dict(zip(FEATURES, cands[2].values))["picked"], dict(zip(FEATURES, cands[1].values))["qualifier"] > 0
    (1.0, True)
    """
    table = divisions()
    codes = {code for _, code in found} | ({guess.code} if guess.code else set())
    codes = {c for c in codes if c in table}
    codes |= {a for c in codes for a in ancestors(c)}
    counts: dict[str, dict[str, float]] = {c: defaultdict(float) for c in codes}
    weight: dict[str, float] = defaultdict(float)
    towns: dict[str, float] = defaultdict(float)
    best: dict[str, Hit] = {}
    first: dict[str, int] = {}
    first_line_end = text.find("\n", len(text) - len(text.lstrip()))
    first_line_end = len(text) if first_line_end < 0 else first_line_end
    for k, (h, code) in enumerate(found):
        if code not in counts:
            continue
        f = counts[code]
        nxt = found[k + 1] if k + 1 < len(found) else None
        first.setdefault(code, h.start)
        if h.start < first_line_end:
            f["first_line"] = 1.0
        if nxt and nxt[0].start <= h.end + 1 and code in ancestors(nxt[1]):
            f["qualifier"] += 1  # named where it is named, but no weight of its own (decide skips it too)
            f[h.zone] += not h.dest
            continue
        if h.host:
            f["host"] = 1.0
            continue
        if h.dest:
            f["dest"] += 1
            continue
        if h.township:
            f["township"] += 1
            towns[code] += ZONE_WEIGHT[h.zone] * TOWNSHIP_WEIGHT  # as decide weighs them
            continue
        if h.abbreviation:
            f["abbreviation"] += 1
        else:
            f[h.zone] += 1
        f["actor"] += h.actor
        f["formal"] += h.formal
        f["event"] += h.event
        f["cited"] += h.cited or h.informant
        w = 1.0 if h.abbreviation else _weight(h)
        weight[code] += w
        if code not in best or w > _weight(best[code]):
            best[code] = h
    total = sum(weight.values()) or 1.0
    top = max(weight.values(), default=0.0)
    head = text[:READ_HEAD]
    words = self_words()
    said = {suffix: sum(head.count(w) for w in ws) for suffix, ws in words.items()}
    endings = defaultdict(int)
    for c in codes:
        if c in first:
            endings[ending(table[c].name)] += 1
    out = []
    for c in sorted(codes):
        f, d = counts[c], table[c]
        parts = [p for p in codes if c in ancestors(p)]
        above = ancestors(c)
        named_parts = [p for p in parts if p in first]
        in_title = {p for p in codes if counts[p]["title"] > 0}
        own_end = ending(d.name)
        n_self = said.get(own_end, 0)
        values = {
            "picked": float(c == guess.code), "picked_medium": float(c == guess.code and guess.confidence == "medium"),
            "picked_low": float(c == guess.code and guess.confidence == "low"), "province": float(d.level == "province"),
            "prefecture": float(d.level == "prefecture"),
            "title": _log(f["title"]), "source": _log(f["source"]), "body": _log(f["body"]),
            "actor": _log(f["actor"]), "formal": _log(f["formal"]), "host": f["host"], "dest": _log(f["dest"]),
            "event": _log(f["event"]), "cited": _log(f["cited"]), "abbreviation": _log(f["abbreviation"]),
            "township": _log(f["township"]),
            "qualifier": _log(f["qualifier"]), "share": weight[c] / total,
            "top": float(weight[c] > 0 and weight[c] == top),
            "first": 1.0 - first[c] / max(len(text), 1) if c in first else 0.0, "first_line": f["first_line"],
            "self": _log(n_self) / max(endings[own_end], 1),
            "parts": _log(len(named_parts)), "parts_share": sum(weight[p] for p in parts) / total,
            "parent_named": float(any(a in first for a in above)),
            "part_in_title": float(any(p in in_title for p in parts)),
            "parent_in_title": float(any(a in in_title for a in above)),
            "named": float(c in first),
        }
        hit = best.get(c)
        if hit is None:
            stand_in = max((p for p in parts if p in best), key=lambda p: weight[p], default=None)
            hit = best[stand_in] if stand_in else next((h for h, code in found if code == c), None)
        heard = any(counts[x]["title"] + counts[x]["source"] + counts[x]["host"] > 0 for x in (c, *parts))
        support = sum(weight[x] + towns[x] for x in (c, *parts))
        out.append(Candidate(c, tuple(values[k] for k in FEATURES), hit, heard or support >= SUPPORT))
    return out
