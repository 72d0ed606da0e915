"""Stage 6, tables: the rule that says two mentions of one document are the same fact (`same_fact`)."""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import read_rows
from .columns import _missing


@lru_cache(maxsize=None)
def _classifiers() -> dict[str, tuple[str, str]]:
    """classifier → (kind, category) from data/classifiers.csv (empty if the file is missing)."""
    try:
        return {r["classifier"]: (r.get("kind", ""), r.get("category", "")) for r in read_rows("classifiers.csv")}
    except FileNotFoundError:
        return {}


def same_unit_family(a: str, b: str) -> bool:
    """Could units `a` and `b` count the same thing? (3321名 and 3321人 are one figure.)

    Equal units always; two money units (元, 万元...); two count classifiers whose fallback
    categories agree, or where one is generic (个, or no classifier at all: 1万多党员干部).
    Kinds and categories come from data/classifiers.csv.

    >>> same_unit_family("名", "人"), same_unit_family("个", "名"), same_unit_family("名", "户")
    (True, True, False)
    >>> same_unit_family("次", "个"), same_unit_family("元", "元")
    (False, True)
    """
    if a == b:
        return True
    lexicon = _classifiers()
    kind_a, cat_a = lexicon.get(a, ("count", "")) if a else ("count", "")
    kind_b, cat_b = lexicon.get(b, ("count", "")) if b else ("count", "")
    if (a and a not in lexicon) or (b and b not in lexicon):
        return False
    if kind_a != kind_b:
        return False
    if kind_a == "money":
        return True
    return kind_a == "count" and (not cat_a or not cat_b or cat_a == cat_b)


def compatible_entities(a: str, b: str, category_a: str, category_b: str) -> bool:
    """Do two counted nouns (simplified) name the same thing?

    Equal, or one contains the other (临时党支部 / “先锋防控小组”临时党支部), or one is
    empty and both mentions have the same category (3321名党员、公职人员… / 3321人).

    >>> compatible_entities("临时党支部", "“先锋防控小组”临时党支部", "organization", "organization")
    True
    >>> compatible_entities("", "党员", "personnel", "personnel"), compatible_entities("", "社区", "other", "coverage")
    (True, False)
    >>> compatible_entities("社区", "临时党支部", "coverage", "organization")
    False

    A Chinese noun phrase ends in its head: a noun inside another but not at its end is a modifier (贫困村 in
    贫困村村级电商网点, whose head is 网点), so the two name the same thing only when both have the same category.

    >>> compatible_entities("贫困村", "贫困村村级电商网点", "coverage", "organization")
    False
    >>> compatible_entities("党员", "党员干部", "personnel", "personnel")
    True
    """
    if not a or not b:
        return category_a == category_b
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short not in long_:
        return False
    return long_.endswith(short) or category_a == category_b


@dataclass(frozen=True)
class _M:
    """The fields of one mention that decide whether two mentions are the same fact."""

    index: int
    start: int
    end: int
    value: float
    value_high: float
    unit: str
    entity: str
    category: str
    sentence: str
    kind: str = ""
    context: str = ""  # the clause before the figure, numbers removed: who did it


@lru_cache(maxsize=None)
def generic_nouns() -> frozenset[str]:
    """Counted nouns that do not say whose figure it is (捐款, 资金…), from data/generic_nouns.csv.

    >>> "捐款" in generic_nouns(), "临时党支部" in generic_nouns()
    (True, False)
    """
    return frozenset(r["noun"] for r in read_rows("generic_nouns.csv"))


def same_context(a: str, b: str) -> bool:
    """Do two clause openings (the words before a figure) plausibly speak of the same actor?

    Both empty, one inside the other, or at least half of their character pairs shared.

    >>> same_context("老党员张三", "退休干部李四也"), same_context("", ""), same_context("市南区", "全区市南区")
    (False, True, True)
    """
    if a == b or (a and b and (a in b or b in a)):
        return True
    pa, pb = {a[i:i + 2] for i in range(len(a) - 1)}, {b[i:i + 2] for i in range(len(b) - 1)}
    if not pa or not pb:
        return not a and not b
    return len(pa & pb) / len(pa | pb) >= 0.5


def same_fact(a: _M, b: _M) -> bool:
    """The merge rule for two mentions of one document.

    Same value and same upper value (both empty or equal), units of one family
    (`same_unit_family`), compatible entities (`compatible_entities`), not two kinds of
    mobilization (3000 sent down, 3000 who donated), and not two figures of one sentence:
    a writer does not say one figure twice in a sentence, so `116个社区，成立116个临时党支部`
    stays two facts (one sentence = same sentence text and starts closer than its length).
    Two mentions that both lack a counted noun must also have the very same unit. A
    counted noun that does not say whose figure it is (捐款, 资金, none: `generic_nouns`)
    also needs the same actor before it: 张三捐款5000元 and 李四捐款5000元 are two facts.

    >>> m = lambda start, ctx: _M(0, start, start + 6, 5000.0, float("nan"), "元", "捐款", "funds", f"s{start}", "donated", ctx)
    >>> same_fact(m(0, "老党员张三"), m(90, "退休干部李四也")), same_fact(m(0, "老党员张三"), m(90, "老党员张三"))
    (False, True)
    """
    if not _same_number(a.value, b.value) or not _same_number(a.value_high, b.value_high):
        return False
    if not same_unit_family(a.unit, b.unit):
        return False
    if not a.entity and not b.entity and a.unit != b.unit:
        return False
    if not compatible_entities(a.entity, b.entity, a.category, b.category):
        return False
    if a.kind and b.kind and a.kind != b.kind:
        return False
    generic = generic_nouns()
    if (a.entity in generic or not a.entity) and (b.entity in generic or not b.entity) \
            and not same_context(a.context, b.context):
        return False
    in_one_sentence = a.sentence == b.sentence and abs(a.start - b.start) < max(len(a.sentence), 1)
    return not in_one_sentence


def _same_number(x: float, y: float) -> bool:
    if _missing(x) or _missing(y):
        return _missing(x) and _missing(y)
    return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-9)
