"""Stage 6, tables: one indicator value from the matching facts — per report, per story (copies count once), per place."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from .indicator_rules import Rule, bound_of, combine_approx, fact_source, rules, same_office  # noqa: F401 - rules: the examples of doc_value


ANECDOTE_SHARE = 0.1  # beside a stated total, a figure at most this share of it is taken to be inside it


@dataclass(frozen=True)
class Value:
    """One indicator value of one report (or of one place): the number, the facts it used, how."""

    value: float
    approx: str
    used: tuple[str, ...]  # fact sources
    lower: bool  # the rule makes it a lower bound
    how: str


def doc_value(rule: Rule, hits: "pd.DataFrame | list[dict]") -> Value:
    """The value one report gives for one rule, from its matching facts.

    max rules: the largest figure (a lower bound when the report gives several). sum rules:
    the report's stated total where it states one (its parts and the anecdotes inside it
    are not added); else the sum of its distinct figures.

    >>> f = pd.DataFrame([dict(fact_id="d#1", doc="d", mentions="8:15", surface="20.2万元", value=202000.0,
    ...     approx="exact", role_in_total="part", total_fact="d#3"),
    ...     dict(fact_id="d#2", doc="d", mentions="20:25", surface="8万元党费", value=80000.0, approx="exact",
    ...     role_in_total="part", total_fact="d#3"),
    ...     dict(fact_id="d#3", doc="d", mentions="27:34", surface="28.2万元", value=282000.0, approx="exact",
    ...     role_in_total="total", total_fact="")])
    >>> v = doc_value(rules()[2], f); v.value, v.used, v.how
    (282000.0, ('d@27:34 28.2万元',), 'stated total, 2 parts not added')
    >>> g = pd.concat([f, pd.DataFrame([dict(fact_id="d#4", doc="d", mentions="50:56", surface="5000元", value=5000.0,
    ...     approx="exact", role_in_total="", total_fact="")])])
    >>> doc_value(rules()[2], g).value, doc_value(rules()[2], g).how
    (282000.0, 'stated total, 2 parts not added, 1 small figures (≤10% of it) taken to be inside it')
    """
    facts = _records(hits)
    if rule.combine == "max":
        return _max_value(facts)
    ids = {f["fact_id"] for f in facts}
    role = [str(f.get("role_in_total", "") or "") for f in facts]
    parent = [str(f.get("total_fact", "") or "") for f in facts]
    totals = [k for k, f in enumerate(facts) if role[k] == "total" and parent[k] not in ids]
    if totals:
        top = max(totals, key=lambda k: (float(facts[k]["value"]), -k))  # the first of equal maxima
        best = facts[top]
        parts = sum(1 for k in range(len(facts)) if role[k] == "part" and parent[k] == best["fact_id"])
        others = [f for k, f in enumerate(facts) if k != top and not (role[k] == "part" and parent[k] in ids)
                  and not math.isclose(float(f["value"]), float(best["value"]))]  # the total said again is no sum
        # A figure far smaller than the total (a person's gift) is an anecdote inside it; a
        # figure of its own size is a separate sum (another allocation) and is added.
        small = [f for f in others if float(f["value"]) <= ANECDOTE_SHARE * float(best["value"])]
        added = [f for f in others if float(f["value"]) > ANECDOTE_SHARE * float(best["value"])]
        # ... unless another office gives it (round q26m): not inside the total, and maybe the same money one step
        # down (a finance bureau allocates what a civil-affairs bureau pays), so neither swallowed nor added.
        # (the total said in a headline names no office: its parts, said with it in the body, may)
        office = next((o for o in map(rule.office_named, [best] + [f for k, f in enumerate(facts) if role[k] == "part"
                                                                   and parent[k] == best["fact_id"]]) if o), "")
        offices = [rule.office_named(f) if office else "" for f in small]
        foreign = [o for o in offices if o and not same_office(office, o)]  # the office of each such figure
        small = [f for f, o in zip(small, offices) if o not in foreign]
        how = "stated total" + (f", {parts} parts not added" if parts else "") + \
              (f", {len(small)} small figures (≤{ANECDOTE_SHARE:.0%} of it) taken to be inside it" if small else "") + \
              (f", plus {len(added)} separate figures" if added else "")
        used = [best] + added
        partial = [f for f in added if not stated_whole(f)]
        approx = combine_approx(f["approx"] for f in used)
        return Value(sum(float(f["value"]) for f in used), approx, tuple(fact_source(f) for f in used),
                     bool(partial or foreign), how + _not_added(foreign) + (not_whole(approx) if partial else ""))
    # One sum of money said twice (a headline and its body: 下拨500万元专项党费 … 代省委管理党费共500万元)
    # is one allocation: equal figures count once.
    distinct, seen = [], set()
    for f in facts:
        if float(f["value"]) not in seen:
            seen.add(float(f["value"]))
            distinct.append(f)
    repeated = len(facts) - len(distinct)
    said = f", {repeated} equal figures counted once" if repeated else ""
    values = [float(f["value"]) for f in distinct]
    if len(distinct) > 2 and math.isclose(max(values), sum(values) - max(values), rel_tol=1e-6):
        best = distinct[values.index(max(values))]  # 800万 … 200万、600万: the figure that is the sum of the others
        return Value(float(best["value"]), str(best["approx"]), (fact_source(best),), False,
                     f"the figure that is the sum of the {len(distinct) - 1} others{said}")
    n = len(distinct)
    partial = not all(stated_whole(f) or str(f.get("role_in_total", "") or "") == "part" for f in distinct)
    approx = combine_approx(f["approx"] for f in distinct)
    return Value(sum(values), approx, tuple(fact_source(f) for f in distinct), partial,
                 ("sum of parts, no total stated" if "part" in role else
                  ("sum of distinct figures" if n > 1 else "one figure")) + said + (not_whole(approx) if partial else ""))


def stated_whole(fact: dict) -> bool:
    """Is a fact stated for its place as a whole: a stated total (role_in_total = total), or a figure whose clause
    says 共计/累计/总计 or 全县/全市/全体 … before its number (data/total_words.csv, roles.said_whole)?

    A figure stated neither so nor as one of a list's parts (三名党员干部和群众一起…, 赶赴最后一个自然村) tells a
    story, not the place's total: an indicator built from it is a lower bound, never exact.

    >>> stated_whole(dict(surface="三名党员干部", sentence="三名党员干部和附近群众一起排水。", role_in_total=""))
    False
    >>> stated_whole(dict(surface="1200名党员干部", sentence="全县1200名党员干部下沉到村。", role_in_total=""))
    True
    """
    from .. import roles
    from ..script import convert

    if str(fact.get("role_in_total", "") or "") == "total":
        return True
    sentence, surface = str(fact.get("sentence", "") or ""), convert(str(fact.get("surface", "")), "t2s")
    at = sentence.find(surface)
    return at >= 0 and roles.said_whole(sentence, at, at + len(surface))


def whole_total(fact: dict) -> bool:
    """Is a fact a stated total (role_in_total = total) whose clause says it sums the place (共计, 累计 …, or 全县,
    全市 … before its number: `roles.said_whole`)? Such a figure is the report's own count for the whole place, so
    the smaller figures of the same report are inside it and the largest-figure rule need not call it a lower bound.

    >>> s = "全市共计动员党员志愿者3200名,其中机关党员1800名。"
    >>> whole_total(dict(surface="动员党员志愿者3200名", sentence=s, role_in_total="total"))
    True
    >>> whole_total(dict(surface="1800余人", sentence="投入扑救人员1800余人。", role_in_total="total"))
    False
    """
    from .. import roles
    from ..script import convert

    if str(fact.get("role_in_total", "") or "") != "total":
        return False
    sentence, surface = str(fact.get("sentence", "") or ""), convert(str(fact.get("surface", "")), "t2s")
    at = sentence.find(surface)
    return at >= 0 and roles.said_whole(sentence, at, at + len(surface))


def _records(hits) -> list[dict]:
    """Facts as plain dicts (a DataFrame's rows, or a list of dicts as given)."""
    return hits.to_dict("records") if isinstance(hits, pd.DataFrame) else list(hits)


# Between two listed groups: 、 和 及 与 以及, then at most a short modifier of the next group (和县直单位790余名).
_JOINERS = re.compile(r"^(、|和|及|与|以及|、以及)[^，,。；;：:！？0-9０-９]{0,6}$")


def coordinated(hits) -> list[list[dict]]:
    """Runs of figures listed one after another in one sentence with only 、/和/及 between them.

    Such a list names disjoint groups (352名乡镇干部、695名村干部), so their sum is a figure of its own;
    a figure whose noun contains another's (党员 / 党员干部) is not a separate group.

    >>> f = pd.DataFrame(dict(doc=["d"] * 3, mentions=["0:7", "8:14", "40:48"], value=[352.0, 695.0, 5.0],
    ...     surface=["352名乡镇干部", "695名村干部", "5名党员"], entity=["乡镇干部", "村干部", "党员"],
    ...     sentence=["352名乡镇干部、695名村干部下沉。"] * 2 + ["另有5名党员。"]))
    >>> [[g["value"] for g in run] for run in coordinated(f)]
    [[352.0, 695.0]]
    """
    from ..script import convert

    facts = [f for f in _records(hits) if f.get("sentence")]
    facts.sort(key=lambda f: (str(f["doc"]), int(str(f["mentions"]).split(":")[0])))
    runs: list[list[dict]] = []
    current: list[dict] = []
    last = None
    for f in facts:
        joined = False
        if last is not None and f["doc"] == last["doc"] and f["sentence"] == last["sentence"]:
            s = str(f["sentence"])
            prev, this = convert(str(last["surface"]), "t2s"), convert(str(f["surface"]), "t2s")
            a, b = s.find(prev), s.find(this)
            if 0 <= a < b:
                ea, eb = str(last["entity"]), str(f["entity"])
                joined = bool(_JOINERS.match(s[a + len(prev):b])) and bool(ea and eb) and ea not in eb and eb not in ea
        if joined:
            current.append(f)
        else:
            if len(current) > 1:
                runs.append(current)
            current = [f]
        last = f
    if len(current) > 1:
        runs.append(current)
    return runs


def _max_value(facts: list[dict]) -> Value:
    """The largest figure; parts of an unstated sum (分别 120名、80名和60名) and listed groups count as their sum.

    Parts are summed only when they are one list of the same noun (分别有120名、80名和60名党员志愿者); parts of a
    stated total (其中 …) are inside that total, whatever kind it counts, and are never added up here. The value
    is exact only when it is one figure stated for the whole place (`stated_whole`) or the sum of a list, and
    the only matching figure; else a lower bound.

    >>> f = [dict(fact_id="d#1", doc="d", mentions="0:6", surface="三名党员干部", value=3.0, approx="exact",
    ...      sentence="三名党员干部和附近群众一起排水。", entity="党员干部")]
    >>> v = _max_value(f); v.value, v.lower, v.how
    (3.0, True, 'largest figure; 1 matching fact; not stated for the whole place (a lower bound)')
    """
    candidates = [(float(f["value"]), str(f["approx"]), (fact_source(f),), not stated_whole(f)) for f in facts]
    loose: dict[str, list[dict]] = {}
    for f in facts:
        if str(f.get("role_in_total", "") or "") == "part" and not str(f.get("total_fact", "") or ""):
            loose.setdefault(str(f.get("sentence", f["doc"])), []).append(f)
    lists = [g for g in loose.values() if len({str(f.get("entity", "")) for f in g}) == 1]  # one noun: one list
    for group in lists + coordinated(facts):
        if len(group) > 1:
            candidates.append((sum(float(f["value"]) for f in group), combine_approx(f["approx"] for f in group),
                               tuple(fact_source(f) for f in group), False))
    value, approx, used, partial = max(candidates, key=lambda c: c[0])  # max: the first of equal maxima
    n = len(facts)
    whole = [f for f in facts if fact_source(f) == used[0] and whole_total(f)] if len(used) == 1 else []
    if whole and n > 1:  # 全市共计动员…3200名,其中…1800名、…1400名: the report's own total of the place
        others = "the other (not larger) taken" if n == 2 else f"the {n - 1} others (not larger) taken"
        return Value(value, approx, used, False, f"stated total for the whole place; {n} matching facts, "
                                                 f"{others} to be inside it")
    how = (f"sum of {len(used)} parts (no total stated)" if len(used) > 1 else "largest figure") + \
        f"; {n} matching fact{'s' if n != 1 else ''}" + (f", {len(used)} used" if n > len(used) else "") + \
        (not_whole(approx) if partial else "")
    return Value(value, approx, used, n > len(used) or partial, how)


def _not_added(offices: list[str]) -> str:
    """What `rule_applied` adds for small figures another office gives beside a stated total (round q26m), given
    the office of each (`Rule.office_named`).

    >>> _not_added([])
    ''
    >>> _not_added(["县民政局", "县民政局"])
    ', 2 small figures given by another office (县民政局) not added, as they may be the same money paid on: the value is at least the total (a lower bound)'
    """
    if not offices:
        return ""
    names = "、".join(dict.fromkeys(offices))
    return (f", {len(offices)} small figures given by another office ({names}) not added, as they may be the same "
            "money paid on: the value is at least the total (a lower bound)")


def not_whole(approx: str) -> str:
    """What `rule_applied` adds for a value not stated for the whole place, in the words of its `bound`
    (`indicator_rules.bound_of`): an exact or "more than" figure becomes a lower bound; an "about" figure stays
    about (it may be below the figure, so it is no lower bound) and the text says the place's total may be larger.

    >>> not_whole("exact")
    '; not stated for the whole place (a lower bound)'
    >>> not_whole("about")
    "; not stated for the whole place (about: the figure is approximate, and the place's total may be larger)"
    """
    if bound_of(approx, lower=True) == "about":
        return "; not stated for the whole place (about: the figure is approximate, and the place's total may be larger)"
    return "; not stated for the whole place (a lower bound)"


def _clusters(duplicates_df: pd.DataFrame | None) -> dict[str, str]:
    """doc → its duplicate cluster id (documents in no cluster are their own)."""
    if duplicates_df is None or not len(duplicates_df):
        return {}
    return {str(d): str(c) for c, d in zip(duplicates_df["cluster"], duplicates_df["doc"])}


def place_value(rule: Rule, hits, cluster_of: dict[str, str]) -> Value | None:
    """A place's value for one rule from its reports' matching facts; None if no report gives one."""
    facts = _records(hits)
    if not facts:
        return None
    by_doc: dict[str, list[dict]] = {}
    for f in facts:
        by_doc.setdefault(str(f["doc"]), []).append(f)
    per_story: dict[str, list[tuple[str, Value]]] = {}
    for doc, part in sorted(by_doc.items()):
        per_story.setdefault(cluster_of.get(doc, doc), []).append((doc, doc_value(rule, part)))
    stories = []
    for story, values in per_story.items():
        doc, best = max(values, key=lambda dv: dv[1].value)
        copies = [d for d, _ in values if d != doc]
        how = best.how + (f" (one story: also in {', '.join(copies)}, counted once)" if copies else "")
        stories.append(Value(best.value, best.approx, best.used, best.lower, how))
    if len(stories) == 1:
        return stories[0]
    best = max(stories, key=lambda v: v.value)
    differ = len({v.value for v in stories}) > 1
    return Value(best.value, best.approx, best.used, best.lower or differ,
                 f"largest of {len(stories)} reports ({best.how})")
