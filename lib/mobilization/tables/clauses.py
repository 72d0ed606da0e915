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


# what may join the bare counts of one coordinated run (120名、80名和60名党员志愿者)
_JOINER = re.compile(r"(?:[、和及与或]|以及)?")


def _run_noun(it, items: list, entities: dict[int, str]) -> str:
    """The noun a list of bare counts names once, after its last figure (120名、80名和60名党员志愿者 → 党员志愿者
    for 120名 and 80名), or "" (round q16, newcomer audit B4). The noun reaches back only over bare counts of one
    coordinated run, joined by 、和及与: never over a count with its own noun or subject before it
    (…消防救援车2辆8人,弥渡县…9人,南涧县专业扑火队130人、县级机关干部800人: the 干部 are not the 8, 9 or 130), nor
    from a noun written before its own number (县级机关干部800人).

    >>> from types import SimpleNamespace as N
    >>> s = "派出120名、80名和60名党员志愿者"
    >>> its = [N(key=k, role="part", sentence=s, at=s.find(t), end=s.find(t) + len(t), unit_family="p")
    ...        for k, t in enumerate(["120名", "80名", "60名党员志愿者"])]
    >>> _run_noun(its[0], its, {0: "", 1: "", 2: "党员志愿者"})
    '党员志愿者'
    >>> s = "扑火队130人、县级机关干部800人"
    >>> its = [N(key=k, role="part", sentence=s, at=s.find(t), end=s.find(t) + len(t), unit_family="p")
    ...        for k, t in enumerate(["130人", "县级机关干部800人"])]
    >>> _run_noun(its[0], its, {0: "", 1: "县级机关干部"})
    ''
    """
    cur = it
    for j in sorted((j for j in items if j.sentence == it.sentence and j.at > it.at and j.at >= 0),
                    key=lambda j: j.at):
        if j.at < cur.end:
            continue  # overlapping mentions of one stretch
        if j.role != "part" or j.unit_family != it.unit_family \
                or not _JOINER.fullmatch(it.sentence, cur.end, j.at):
            return ""
        noun = entities[j.key]
        if noun:
            surface = it.sentence[j.at:j.end]
            return "" if surface.startswith(noun) else noun  # not a noun written before its own number
        cur = j
    return ""


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
            noun = _run_noun(it, items, entities)
            if noun:
                entities[it.key] = noun
    return {it.key: _Read(kinds[it.key], it.role, it.total_of, contexts[it.key], entities[it.key]) for it in items}
