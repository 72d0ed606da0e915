"""Stage 6a, roles: read the clause around each figure — its kind of mobilization and its place in a stated total.

A figure alone says little: `3.9万余名党员` may be Party members sent to checkpoints or
Party members who gave money; `20.2万元` may be the whole sum or one part of the
`28.2万元` stated right after it. This stage reads the sentence a mention came from:

- `kind_of(clause, start, end)`: sent_down | volunteered | donated | allocated | received | ""
  from the verbs of the clause (data/mobilization_kinds.csv).
- `link_totals(items)`: for the mentions of one document in text order, which are stated
  totals (共计, 合计, 累计 … just before the figure), and which are their parts (the figures
  a 连同/加上 total sums, the figures after 其中/分别). Word lists: data/total_words.csv.

Positions are found inside the mention's (simplified) sentence, so the stage works on a
mention table read back from CSV as well as on fresh analyses.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import read_rows

CLAUSE_END = "，,；;：:。！？!?\n"
_CLAUSE_END = re.compile(f"[{re.escape(CLAUSE_END)}]")
_DIGITS = re.compile(r"[0-9０-９.．]+")


@dataclass(frozen=True)
class Verb:
    word: str
    kind: str
    position: str  # before | after | any
    priority: int


@lru_cache(maxsize=None)
def kind_verbs() -> tuple[Verb, ...]:
    """The verbs of data/mobilization_kinds.csv, longest first.

    >>> next(v.kind for v in kind_verbs() if v.word == "下沉")
    'sent_down'
    """
    rows = [Verb(r["word"], r["kind"], r["position"], int(r["priority"])) for r in read_rows("mobilization_kinds.csv")]
    return tuple(sorted(rows, key=lambda v: -len(v.word)))


@lru_cache(maxsize=None)
def total_words() -> dict[str, str]:
    """word → role (total | parts_after | parts_before), from data/total_words.csv.

    >>> total_words()["共计"], total_words()["其中"]
    ('total', 'parts_after')
    """
    return {r["word"]: r["role"] for r in read_rows("total_words.csv")}


@lru_cache(maxsize=None)
def _pattern(role: str) -> re.Pattern:
    words = sorted((w for w, r in total_words().items() if r == role), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or r"(?!)")


def clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between commas, semicolons, colons, full stops) holding sentence[start:end].

    >>> s = "全县党员共捐款150万元,其中机关党员捐款40万元。"
    >>> a, b = clause_span(s, 14, 22); s[a:b]
    '其中机关党员捐款40万元'
    """
    left = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)), default=0)
    stop = _CLAUSE_END.search(sentence, end)
    return left, stop.start() if stop else len(sentence)


def kind_of(sentence: str, start: int, end: int) -> str:
    """The kind of mobilization a figure at sentence[start:end] counts, from the verbs of its clause.

    The verb of the lowest priority number wins (people who 自愿捐款 donated); among verbs
    of one priority the nearest to the figure. A `before` verb counts only ahead of the figure.

    >>> s = "全市3.9万余名党员自愿捐款"
    >>> kind_of(s, 2, 10)
    'donated'
    >>> kind_of("抽调1200名党员干部下沉到村", 2, 11), kind_of("慰问200名老党员", 2, 9), kind_of("200名党员慰问群众", 0, 6)
    ('sent_down', 'received', 'sent_down')
    >>> kind_of("全县有党员5000名", 5, 10)
    ''
    >>> kind_of("在隔离酒店成立临时党支部126个", 7, 16), kind_of("隔离200人", 2, 6)
    ('', 'received')
    """
    lo, hi = clause_span(sentence, start, end)
    best: tuple[int, int, str] | None = None
    taken: dict[int, tuple[int, int]] = {}  # character → the verb span that holds it
    for verb in kind_verbs():
        for m in re.finditer(re.escape(verb.word), sentence[lo:hi]):
            a, b = m.start() + lo, m.end() + lo
            if any(taken.get(c, (a, b)) != (a, b) for c in range(a, b)):
                continue  # 捐 inside 捐款 already counted
            taken.update({c: (a, b) for c in range(a, b)})
            if verb.kind == "none":
                continue  # 隔离酒店, 服务中心: a noun holding a verb; it claims its characters and decides nothing
            if verb.position == "before" and a >= start:
                continue
            if verb.position == "after" and b <= end:
                continue
            distance = start - b if b <= start else max(0, a - end)
            key = (verb.priority, distance, verb.kind)
            if best is None or key < best:
                best = key
    return best[2] if best else ""


def is_total(sentence: str, start: int, number_at: int | None = None) -> bool:
    """Does a total word stand right before the figure (within its clause, at most 4 characters back)?

    `number_at` is where the numeral starts (a surface may begin with its noun: 捐款150万元).

    >>> is_total("连同8万元党费共计28.2万元", 11), is_total("全县党员共捐款150万元", 5)
    (True, True)
    >>> is_total("划拨20.2万元", 2), is_total("共同捐款5000元", 4)
    (False, False)
    """
    lo, _ = clause_span(sentence, start, start)
    window = sentence[max(lo, start - 6):start]
    hits = [m for m in _pattern("total").finditer(window)
            if window[m.start():m.start() + 2] not in ("共同", "共产") and window[max(0, m.start() - 1):m.start() + 1] != "公共"]
    return bool(hits) and len(window) - hits[-1].end() <= 4


def said_whole(sentence: str, start: int, end: int) -> bool:
    """Is the figure at sentence[start:end] stated for a whole place: a total word (共, 累计, 总计 …) or a whole
    word (全县, 全市 …, data/total_words.csv) anywhere in its clause before its number?

    >>> s = "全县选派1200名党员干部下沉到村"
    >>> said_whole(s, 4, 13), said_whole("中共某县委选派20名干部", 7, 12)
    (True, False)
    >>> said_whole(s, 4, 13), said_whole("三名党员干部和群众一起排水", 0, 6), said_whole("累计下拨党费20万元", 6, 11)
    (True, False, True)
    >>> said_whole("共同捐款5000元", 4, 9), said_whole("全镇12名党员", 2, 7)
    (False, False)
    """
    if is_total(sentence, start) or total_inside(sentence[start:end]):
        return True
    lo, _ = clause_span(sentence, start, end)
    before = sentence[lo:end]
    return any(w in before for w in _long_totals()) or bool(_pattern("whole").search(before))


@lru_cache(maxsize=None)
def _long_totals() -> tuple[str, ...]:
    """The total words of data/total_words.csv longer than one character (共 alone counts only right before a
    figure: `is_total`), read once.

    >>> "累计" in _long_totals(), "共" in _long_totals()
    (True, False)
    """
    return tuple(w for w, r in total_words().items() if r == "total" and len(w) > 1)


def total_inside(surface: str) -> bool:
    """Does a total word stand inside a surface, before its number (代省委管理党费共500万元)?

    >>> total_inside("代省委管理党费共500万元"), total_inside("500万元专项党费"), total_inside("共产党员5名")
    (True, False, False)
    """
    head = re.split(r"[0-9０-９一二三四五六七八九十百千万两〇零几]", surface, maxsplit=1)[0]
    return len(head) < len(surface) and is_total(head + "0", len(head))


@dataclass
class Item:
    """One mention as this stage sees it: its sentence, where it sits there, and what it counts."""

    key: int
    sentence: str
    at: int  # position of the surface in the sentence (-1: not found)
    end: int
    doc_start: int
    value: float
    unit_family: str
    role: str = ""
    total_of: int = -1  # key of the total this item is a part of
    approx: str = ""  # the figure's approximation (more_than, about: a total of 1800余人 holds parts adding to 1833)


def unit_family(unit: str, category: str, money: bool) -> str:
    """The family within which totals and parts are compared: money, or the category of a count.

    >>> unit_family("万元", "funds", True), unit_family("名", "personnel", False)
    ('money', 'count:personnel')
    """
    return "money" if money else f"count:{category}"


def link_totals(items: list[Item]) -> None:
    """Mark totals and their parts among one document's items (in text order), in place.

    >>> s = "从市管党费中划拨20.2万元,连同县管的8万元党费共计28.2万元。"
    >>> its = [Item(0, s, 8, 15, 8, 202000, "money"), Item(1, s, 20, 25, 20, 80000, "money"),
    ...        Item(2, s, 27, 34, 27, 282000, "money")]
    >>> link_totals(its); [(i.role, i.total_of) for i in its]
    [('part', 2), ('part', 2), ('total', -1)]
    >>> s = "全县党员共捐款150万元,其中机关党员捐款40万元,乡镇党员捐款110万元。"
    >>> its = [Item(0, s, 5, 13, 5, 1.5e6, "money"), Item(1, s, 20, 27, 20, 4e5, "money"),
    ...        Item(2, s, 32, 40, 32, 1.1e6, "money")]
    >>> link_totals(its); [(i.role, i.total_of) for i in its]
    [('total', -1), ('part', 0), ('part', 0)]
    >>> a, b, c = "市级拨付20万元。", "县级拨付8万元。", "两级共计28万元。"
    >>> its = [Item(0, a, 4, 8, 0, 2e5, "money"), Item(1, b, 4, 7, 9, 8e4, "money"), Item(2, c, 4, 9, 18, 2.8e5, "money")]
    >>> link_totals(its); [(i.role, i.total_of) for i in its]
    [('part', 2), ('part', 2), ('total', -1)]

    A figure that 其中 follows ("of them") is the total of the figures after it, without a total word:

    >>> a, b = "投入扑救人员1800余人。", "其中,消防队136人,甲县扑火队130人、机关干部800人、群众700人。"
    >>> its = [Item(0, a, 6, 13, 0, 1800, "count:personnel", approx="more_than"),
    ...        Item(1, b, 6, 10, 20, 136, "count:personnel"), Item(2, b, 17, 21, 31, 130, "count:personnel"),
    ...        Item(3, b, 22, 30, 36, 800, "count:personnel"), Item(4, b, 31, 37, 45, 700, "count:personnel")]
    >>> link_totals(its); [(i.role, i.total_of) for i in its]
    [('total', -1), ('part', 0), ('part', 0), ('part', 0), ('part', 0)]
    """
    for it in items:
        if it.at >= 0 and is_total(it.sentence, it.at):
            it.role = "total"
    sentences = _sentence_groups(items)
    _totals_before_qi_zhong(sentences)
    for k, group in enumerate(sentences):
        for t in (i for i in group if i.role == "total"):
            _parts_before(t, group)
            after = [i for i in group if i.doc_start > t.doc_start]
            nxt = sentences[k + 1] if k + 1 < len(sentences) else []
            if nxt and _pattern("parts_after").match(nxt[0].sentence):
                after = after + nxt  # 共捐款150万元。其中……
            _parts_after(t, after)
        for t in (i for i in group if i.role == "total"):
            if not any(i.total_of == t.key for i in items):
                _parts_in_earlier_sentences(t, [i for g in sentences[:k] for i in g])
        for i in group:  # 分别 without a stated total: parts of an unstated sum
            if not i.role and i.at >= 0 and _pattern("parts_after").search(i.sentence[:i.at]) and \
                    any(j is not i and j.unit_family == i.unit_family and j.at >= 0 for j in group):
                i.role = "part"


def _totals_before_qi_zhong(sentences: list[list[Item]]) -> None:
    """A figure right before 其中/包括 (the next clause or the next sentence opens with it) is a stated total.

    其中 ("among them") refers back to the set just counted: 投入人员1800余人。其中,消防队136人…
    The figure taken is the last one of the same family (money, or counts of one category) as the
    first figure after 其中, and it must be at least as large as that figure.
    """
    opening = _pattern("parts_after")
    for k, group in enumerate(sentences):
        for n, it in enumerate(group):  # within one sentence: 1800余人,其中136人
            if it.role or it.at < 0:
                continue
            later = [j for j in group[n + 1:] if j.unit_family == it.unit_family and j.at > it.end]
            if later and it.sentence[it.end:].lstrip("，,；;：: ").startswith("其中") and later[0].value <= _room(it):
                it.role = "total"
        if k + 1 >= len(sentences) or not opening.match(sentences[k + 1][0].sentence.lstrip()):
            continue
        first = next((j for j in sentences[k + 1] if j.at >= 0), None)
        if first is None or first.sentence.lstrip()[:2] not in ("其中", "包括"):
            continue
        same = [i for i in group if i.unit_family == first.unit_family and i.at >= 0]
        if same and not any(i.role == "total" for i in same) and not same[-1].role and same[-1].value >= first.value:
            same[-1].role = "total"


def _room(total: Item) -> float:
    """How much a total's parts may add up to: its value, a tenth more when it is 'more than' or 'about'."""
    return total.value * (1.1 if total.approx in ("more_than", "about") else 1 + 1e-6)


def _sentence_groups(items: list[Item]) -> list[list[Item]]:
    """Items grouped by sentence, in text order (one sentence = same text, starts closer than its length)."""
    groups: list[list[Item]] = []
    for it in sorted(items, key=lambda i: i.doc_start):
        last = groups[-1][-1] if groups else None
        if last is not None and last.sentence == it.sentence and it.doc_start - last.doc_start < max(len(it.sentence), 1):
            groups[-1].append(it)
        else:
            groups.append([it])
    return groups


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6)


def _parts_before(total: Item, group: list[Item]) -> None:
    """连同/加上 …共计: the figures of the same family before the total, summing to no more than it."""
    before = [i for i in group if i.doc_start < total.doc_start and i.unit_family == total.unit_family and not i.role]
    if not before or total.at < 0:
        return
    joined = _pattern("parts_before").search(total.sentence[:total.at])
    if not joined and not _close(sum(i.value for i in before), total.value):
        return
    chosen, running = [], 0.0
    for i in reversed(before):  # the nearest figures first
        if running + i.value > total.value * (1 + 1e-6):
            break
        chosen.append(i)
        running += i.value
    for i in chosen:
        i.role, i.total_of = "part", total.key


def _parts_in_earlier_sentences(total: Item, earlier: list[Item]) -> None:
    """市级拨付20万元。县级拨付8万元。两级共计28万元: earlier figures that add up EXACTLY to the total are its parts."""
    chosen, running = [], 0.0
    for i in reversed(earlier):
        if i.unit_family != total.unit_family or i.role:
            continue
        if running + i.value > total.value * (1 + 1e-6):
            return
        chosen.append(i)
        running += i.value
        if _close(running, total.value):
            if len(chosen) > 1:
                for c in chosen:
                    c.role, c.total_of = "part", total.key
            return


def _parts_after(total: Item, after: list[Item]) -> None:
    """其中/分别 after a total: the following figures of the same family, as long as they fit inside it."""
    if not after:
        return
    first = after[0]
    text_between = first.sentence[:first.at] if first.sentence != total.sentence else \
        total.sentence[total.end:first.at]
    if first.at < 0 or not _pattern("parts_after").search(text_between):
        return
    running = 0.0
    for i in after:
        if i.unit_family != total.unit_family or i.role:
            continue
        if running + i.value > _room(total):
            break
        i.role, i.total_of = "part", total.key
        running += i.value
