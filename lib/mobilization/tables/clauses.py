"""Stage 6, tables: what the clause of each mention says (kind, role in a stated total, actor), for the facts."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import roles
from .merge_rule import _classifiers


@dataclass
class _Read:
    """What the clause says about one mention (roles.py): kind, role in a total, actor before it."""

    kind: str
    role: str
    total_of: int  # row index of the total's mention, -1 if none
    context: str
    entity: str  # the counted noun, or the one the list it is part of ends with (120名、80名和60名党员志愿者)


def read_clauses(rows: list[dict]) -> dict[int, _Read]:
    """Kind, role in a stated total and actor context of each mention of ONE document (position → _Read).

    `rows` are the document's mention rows (dicts) in text order. The surface (as printed,
    maybe traditional) is converted to simplified and found in the (simplified) sentence;
    repeated surfaces in one sentence are taken in text order.
    """
    from ..script import convert

    items, kinds, contexts, seen, instances = [], {}, {}, {}, {}
    for i, r in enumerate(rows):
        sentence, surface = str(r.get("sentence", "")), convert(str(r["surface"]), "t2s")
        first = instances.get(sentence)
        if first is None or int(r["start"]) - first >= max(len(sentence), 1):  # the sentence said again
            instances[sentence] = int(r["start"])
            seen = {k: v for k, v in seen.items() if k[0] != sentence}
        nth = seen.get((sentence, surface), 0)
        seen[(sentence, surface)] = nth + 1
        at = -1
        for _ in range(nth + 1):
            at = sentence.find(surface, at + 1)
            if at < 0:
                break
        end = at + len(surface) if at >= 0 else -1
        kinds[i] = roles.kind_of(sentence, at, end) if at >= 0 else ""
        lo = roles.clause_span(sentence, at, end)[0] if at >= 0 else 0
        contexts[i] = re.sub(r"[0-9.%]+", "", sentence[lo:at]) if at >= 0 else ""
        money = _classifiers().get(str(r["unit"]), ("", ""))[0] == "money" or str(r["unit"]).endswith("元")
        items.append(roles.Item(i, sentence, at, end, int(r["start"]), float(r["value"]),
                                roles.unit_family(str(r["unit"]), str(r["category"]), money),
                                approx=str(r.get("approx", "") or "")))
    for it in items:  # 代省委管理党费共500万元: the total word may sit inside the surface, before its number
        if it.at >= 0 and not it.role and roles.total_inside(it.sentence[it.at:it.end]):
            it.role = "total"
    roles.link_totals(items)
    for it in items:  # 共计动员党员志愿者3200名,其中机关党员1800名: a part counts what its total counts
        if it.role == "part" and it.total_of >= 0 and not kinds[it.key]:
            kinds[it.key] = kinds.get(it.total_of, "")
    entities = {i: str(r["entity"]) for i, r in enumerate(rows)}
    for it in items:  # a list of parts names its noun once, after the last figure: 120名、80名和60名党员志愿者
        if it.role == "part" and not entities[it.key]:
            noun = _list_noun(it, items, entities, rows)
            if noun:
                entities[it.key] = noun
    return {it.key: _Read(kinds[it.key], it.role, it.total_of, contexts[it.key], entities[it.key]) for it in items}


# Between two figures of one list: only a joiner (120名、80名和60名党员).
_LIST_JOINER = re.compile(r"^(、|和|及|与|或|以及|、以及)$")


def _list_noun(it, items, entities: dict[int, str], rows: list[dict]) -> str:
    """The noun a bare figure shares with the figures listed after it, or "".

    Only a list of bare figures joined by 、/和/及 (120名、80名和60名党员志愿者) shares the noun said after its
    last figure; a figure with other words after it (甲县扑火车2辆8人,乙县…130人、机关干部800人) starts no
    list, and a noun written BEFORE a later figure (机关干部800人) is that figure's own.
    """
    nxt = it
    while True:
        later = [j for j in items if j.sentence == it.sentence and j.at > nxt.at and j.at >= 0]
        if not later or nxt.end < 0:
            return ""
        j = min(later, key=lambda x: x.at)
        if j.unit_family != it.unit_family or not _LIST_JOINER.match(it.sentence[nxt.end:j.at]):
            return ""
        surface = it.sentence[j.at:j.end]
        where = surface.find(entities[j.key]) if entities[j.key] else -1
        if where >= 0:  # the noun written with this figure: after its number it is the list's, before it its own
            first_digit = re.search(r"[0-9０-９一二三四五六七八九十两百千万几]", surface)
            return entities[j.key] if first_digit and where > first_digit.start() else ""
        nxt = j
