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
                                roles.unit_family(str(r["unit"]), str(r["category"]), money)))
    for it in items:  # 代省委管理党费共500万元: the total word may sit inside the surface, before its number
        if it.at >= 0 and not it.role and roles.total_inside(it.sentence[it.at:it.end]):
            it.role = "total"
    roles.link_totals(items)
    entities = {i: str(r["entity"]) for i, r in enumerate(rows)}
    for it in items:  # a list of parts names its noun once, after the last figure
        if it.role == "part" and not entities[it.key]:
            later = [j for j in items if j.role == "part" and j.sentence == it.sentence and j.at > it.at
                     and j.unit_family == it.unit_family and entities[j.key]]
            if later:
                entities[it.key] = entities[later[0].key]
    return {it.key: _Read(kinds[it.key], it.role, it.total_of, contexts[it.key], entities[it.key]) for it in items}
