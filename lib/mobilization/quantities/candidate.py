"""Quantities, step 6: one candidate numeral → one `Quantity` or nothing; `scan` runs it over a text.

`_candidate` puts the steps together for one numeral, each a small function: `_unit` (its classifier, or a bare
noun or a sum with none), `_number` (its value, read by `numbers`), `count_guards.no_count` (a numeral that is no
count whatever follows), `_figure_bounds` (approximation words, money and currency), `counted_noun.counted_noun`
(what is counted) and `_category_in_clause` (the category, and the moves its clause makes). They pass
`records.Unit`, `Figure` and `Counted` (round f16).
"""
from __future__ import annotations

import math
import re
from .records import Counted, Figure, Lexicon, NOT_COUNTS, Quantity, Unit
from .records import replaced as replace  # (dataclasses.replace without its per-field __init__)
from .wordlists import lexicon
from .numbers import (_approx_after, _approx_before, candidates, _digit_range_start, _NUMERAL_CHARS, _Number,
                      _read_number, _whole_numeral_start)
from .categories import _category_why, _harmed, _moved_after, _reaching_verb, _screened_after, served_reach
from .money import (_currency_before, _currency_name_start, _digits_run_on, latin_scale_after, _headline_sum,
                    _listed_with_yuan, _JIAO_FEN, _KUAI, _KUAI_MONEY, _money)
from .noun_shapes import _funds_after_de, _funds_right_after, _modified_bare, _noun_first_total, _victims
from .count_guards import no_count
from .counted_noun import _NO_UNIT, counted_noun


_PEOPLE_TIMES = ("人次", "户次")  # people or households counted by times: the victims when harm befalls them (q30)


def _candidate(text: str, m: re.Match, floor: int, lex: Lexicon) -> Quantity | None:
    """One candidate numeral → its `Quantity`, or None when it is no count: the steps in order.

    >>> from .numbers import candidates
    >>> text = "派出300名医护人员"; q = _candidate(text, next(candidates(text)), 0, lexicon())
    >>> q.surface, q.value, q.unit, q.entity, q.category
    ('300名医护人员', 300.0, '名', '医护人员', 'personnel')
    """
    unit = _unit(text, m, floor, lex)  # the classifier, or a bare noun or a sum with none; None: a date, an age…
    if unit is None:
        return None
    num = _number(text, m, unit, lex)  # the value, a range, a numeral not read whole flagged
    if num is None or no_count(text, m, num, unit, lex):  # an article, a name, a part of a word, an exclusion
        return None
    if unit.classifier is not None and unit.classifier.word == _KUAI:
        unit = _colloquial_yuan(text, unit, lex)  # 十块三毛 (after the guards, which judge 块 as the classifier written)
    figure = _figure_bounds(text, num, unit, lex)  # words of approximation, money and its currency
    found = counted_noun(text, m.end(), floor, num, unit, figure, lex)  # what is counted, and the final bounds
    if found is None:
        return None
    category, category_from = _category_in_clause(text, floor, num.start, unit, found, lex)
    classifier = unit.classifier
    return Quantity(found.start, found.end, text[found.start:found.end], figure.value, figure.approx, num.high,
                    classifier.word if classifier and classifier.word not in _NO_UNIT else "", found.entity,
                    category, num.start, unit.end, figure.currency, math.isnan(num.value), found.noun_from,
                    category_from)  # (unreadable: a numeral not read whole has no value, NaN)


def _unit(text: str, m: re.Match, floor: int, lex: Lexicon) -> Unit | None:
    """The unit after a candidate numeral: its classifier, or none (a bare noun, a sum); None when the classifier
    says it is no count (a date, a duration, an age).

    >>> lex = lexicon()
    >>> from .numbers import candidates
    >>> def unit(text): u = _unit(text, next(candidates(text)), 0, lex); return u and (u.classifier and u.classifier.word, u.headline)
    >>> unit("300名医生"), unit("2020年"), unit("捐款逾四亿支援内地"), unit("六部门")
    (('名', False), None, (None, True), (None, False))
    """
    p = m.end()
    cm = lex.classifier_re.match(text, p)
    if cm is not None and lex.bare_re is not None:
        bare = lex.bare_re.match(text, p)
        if bare is not None and bare.end() > cm.end():
            cm = None  # 六部门: a bare noun that begins with a classifier (部) is the noun, not 部 + 门
    classifier = lex.classifiers[cm.group()] if cm else None
    if classifier is not None and classifier.kind == "ratio" and m.group("scale") and not classifier.latin:
        cm = classifier = None  # 50万成人: a ratio (五成, 3倍) never follows 万/亿; 成 begins the noun
    if classifier is not None and classifier.kind in NOT_COUNTS:
        return None  # cheap rejections first: dates, durations, ages (2020年, 24小时, 77岁)
    if classifier is None:
        return _no_classifier(text, m, floor, lex)
    if cm.group() in lex.verb_classifiers and _headline_sum(text, m, floor):
        verb = lex.stop_re.match(text, cm.start())
        if verb is not None and verb.end() > cm.end():
            return Unit(None, None, p, headline=True)  # 捐款逾四亿支援内地: 支 begins 支援
    return Unit(cm, classifier, cm.end())


def _no_classifier(text: str, m: re.Match, floor: int, lex: Lexicon) -> Unit | None:
    """A numeral with no classifier: before a bare noun (六部门), a noun past its modifier (近20万优秀干部), funds
    (已收5亿善款), or a sum with no unit (捐款150万, 新台币462万, 投入资金5246万); None if none of these.

    >>> lex = lexicon()
    >>> from .numbers import candidates
    >>> def unit(text): u = _no_classifier(text, next(candidates(text)), 0, lex); return u and (u.headline, u.funds_after)
    >>> unit("已收5亿善款"), unit("投入资金5246万"), unit("共有20万")
    ((True, 2), (True, 0), None)
    """
    p = m.end()
    headline, modified, funds_after = False, None, 0
    if lex.bare_re is None or not lex.bare_re.match(text, p):
        modified = _modified_bare(text, m, lex)  # 近20万优秀干部
        funds_after = _funds_right_after(text, m, lex) if modified is None else 0  # 已收5亿善款
        headline = modified is None and (_headline_sum(text, m, floor) or _listed_with_yuan(text, m) or bool(
            _currency_before(text, _approx_before(text, m.start(), lex)[0], lex))  # 新台币462万捐款: a sum
            or _funds_after_de(text, m, lex) or bool(funds_after))
        if not headline and modified is None:
            total = _noun_first_total(text, m, floor, lex)
            if total is None:
                return None
            headline = total == "funds"  # 投入资金5246万: a sum, like a headline's, with no 元
    return Unit(None, None, p, headline, modified, funds_after)


def _number(text: str, m: re.Match, unit: Unit, lex: Lexicon) -> _Number | None:
    """The number read: a colloquial range in digits (2、30袋), a numeral not read whole flagged (value NaN: 叁千…,
    捐款12,34元, US$20 million); None when the numeral is no number or the head of a longer one (3万|四千元).

    >>> lex = lexicon()
    >>> from .numbers import candidates
    >>> text = "2、30袋大米"; m = list(candidates(text))[-1]
    >>> _number(text, m, Unit(None, lex.classifiers["袋"], 5), lex)[2:5]
    (20.0, 30.0, 'range')
    """
    num = _read_number(m, lex, text)
    if num is None:
        return None
    p, classifier = m.end(), unit.classifier
    if classifier is None and p < len(text) and text[p] in _NUMERAL_CHARS:
        return None  # 3万|四千元: the head of a longer numeral; its tail is flagged below
    low = _digit_range_start(text, m, num.value)
    if low is not None:
        num = num._replace(start=low[0], value=low[1], high=num.value, approx="range")  # 2、30袋: 20 to 30
    cut = None if low is not None else _whole_numeral_start(text, m)
    if cut is not None:
        # 叁千…, 3万 4千…: what was read is a part of a longer numeral; never report the part's value
        num = num._replace(start=cut, value=math.nan, high=None, approx="exact", is_one=False)
    if m.group("ar") and cut is None and low is None and (unit.headline or (classifier is not None and classifier.kind == "money")):
        run = _digits_run_on(text, m.start("ar"), m.end("ar"))
        if run is None and m.end() == m.end("ar") and latin_scale_after(text, m.end()):
            run = num.start  # US$20 million: the scale is English, the digits alone are not the sum
        if run is not None:  # 捐款12,34元, HK$ 1 234 567 (round q29): a sum not read whole is flagged, never its head or tail
            num = num._replace(start=min(run, num.start), value=math.nan, high=None, approx="exact", is_one=False)
    return num


def _colloquial_yuan(text: str, unit: Unit, lex: Lexicon) -> Unit:
    """块 followed by 毛 or 分 is the colloquial yuan (十块三毛), not a count of pieces.

    >>> lex = lexicon()
    >>> _colloquial_yuan("十块三毛", Unit(None, lex.classifiers["块"], 2), lex).classifier.kind
    'money'
    """
    classifier = unit.classifier
    if classifier is not None and classifier.word == _KUAI and _JIAO_FEN.match(text, unit.end) is not None:
        return unit._replace(classifier=replace(lex.classifiers[_KUAI_MONEY], word=_KUAI))  # 十块三毛: 块 is the colloquial yuan
    return unit


def _figure_bounds(text: str, num: _Number, unit: Unit, lex: Lexicon) -> Figure:
    """The figure's bounds and value before its noun: words of approximation before the numeral and after the unit
    (近, 左右), a sum of money read with its currency (十块三毛, 港币500万元).

    >>> lex = lexicon(); num = _Number(1, 4, 300.0, None, "exact", False, False)
    >>> _figure_bounds("近300个左右", num, Unit(None, lex.classifiers["个"], 5), lex)
    Figure(start=0, end=7, value=300.0, approx='about', after_kind='about', currency='')
    """
    classifier, unit_end = unit.classifier, unit.end
    approx = num.approx
    start, before_kind = _approx_before(text, num.start, lex)
    if before_kind == "exact":
        start = num.start  # 附近, 最近: not an approximation, not part of the surface
    elif approx == "exact":
        approx = before_kind
    currency, value, after_unit = "", num.value, unit_end
    if classifier is not None and classifier.kind == "money":
        unit_money = lex.currencies.get(classifier.word) or lex.currencies[_KUAI_MONEY]
        currency, value, after_unit = _money(text, num, start, unit_end, unit_money, lex)
    elif unit.headline:
        currency = _currency_before(text, start, lex)  # 筹款港币三十六万; '' when not written
    if currency and currency != (lex.currencies[classifier.word].code if classifier is not None
                                 and classifier.word in lex.currencies else ""):
        start = min(start, _currency_name_start(text, start, lex))  # 港币500万元: the name is part of the figure
    end, after_kind = _approx_after(text, after_unit, lex)
    if after_kind and approx == "exact":
        approx = after_kind
    elif not after_kind:
        end = after_unit
    return Figure(start, end, value, approx, after_kind, currency)


def _category_in_clause(text: str, floor: int, number_start: int, unit: Unit, found: Counted,
                        lex: Lexicon) -> tuple[str, str]:
    """The category of a count and what gave it (`Quantity.category_from`): from its classifier and noun, then
    moved by its clause (the verb that reaches, treats or harms what is counted, a move or a screening after it).

    >>> lex = lexicon()
    >>> found = Counted("居民", lex.heads["居民"], "before", 2, 8)
    >>> _category_in_clause("走访居民300人", 0, 4, Unit(None, lex.classifiers["人"], 8), found, lex)
    ('coverage', 'clause')
    >>> _category_in_clause("捐款150万", 0, 2, Unit(None, None, 6, headline=True), Counted("", None, "", 2, 6), lex)
    ('funds', 'money')
    """
    classifier, head, entity, start, end = unit.classifier, found.head, found.entity, found.start, found.end
    category, category_from = ("funds", "money") if unit.headline else _category_why(classifier, head)
    verb = ""
    # Things become coverage only when they are reached themselves (vehicles checked); samples
    # or kits handled by a served verb (检测样本500份) stay what they are.
    if (category == "personnel" or (head is not None and head.reached and category in ("supplies", "coverage"))) \
            and lex.served_re.search(text, max(floor, start - served_reach(text, start), 0), start):
        verb = _reaching_verb(text, start, floor, lex)
        if verb in lex.served:
            category, category_from = "coverage", "clause"  # 走访居民300人, 检查车辆2万辆: the people and vehicles reached
        elif verb in lex.cases and category == "personnel":
            category, category_from = "other", "clause"  # 收治患者46名, 医学观察5人: patients and people under watch
    if category == "activity" and classifier is not None and classifier.kind == "event" and entity \
            and lex.incident_re.search(entity):
        category, category_from = "other", "clause"  # 20起森林火灾, 交通事故3起: incidents of harm, the disaster's scale
    if category == "activity" and classifier is not None and classifier.word in _PEOPLE_TIMES \
            and lex.harm_re.match(text, end) is not None \
            and _harmed(text, start, number_start, end, floor, lex):
        category, category_from = "other", "clause"  # 6346万人次受灾: people hit, counted by times (round q30; not
        # 救助受灾群众3000人次, the people aided, activity like every 人次)
    harmed = False
    works = category == "activity" and (classifier is None or classifier.kind != "event")  # (a noun of works: 工程)
    if (category not in ("funds", "activity", "other") or works) and verb not in lex.served \
            and (_victims(entity, lex) or _harmed(text, start, number_start, end, floor, lex)):
        category, harmed, category_from = "other", True, "clause"  # 死亡2人, 3人受伤, 受损房屋371间, 10位受伤工人: victims and damage
        # (防洪工程出险5237处: works damaged, not built, round q30; events done stay activity)
    if (category == "personnel" or (harmed and classifier is not None and classifier.category == "personnel")) \
            and _moved_after(text, end, lex):
        category, category_from = "coverage", "clause"  # 将45名群众疏散, 10名受困矿工被成功救出: the people evacuated or rescued
    if category == "personnel" and not entity and _screened_after(text, end, lex):
        category, category_from = "coverage", "clause"  # 近千万人新一轮核酸筛查: the people screened
    return category, category_from


def scan(text: str, lex: Lexicon | None = None) -> list[Quantity]:
    """The quantities of one candidate scan, before the rules across quantities (no overlaps).

    >>> [(q.surface, q.value) for q in scan("每人2个口罩")]
    [('2个口罩', 2.0)]
    """
    lex = lex or lexicon()
    found: list[Quantity] = []
    floor = 0
    for m in candidates(text):
        if m.start() < floor:
            continue  # inside the previous quantity (a quantity never starts after its numeral)
        q = _candidate(text, m, floor, lex)
        if q is None:
            continue
        if found and q.start < found[-1].end:
            continue  # overlaps the previous quantity's noun phrase
        found.append(q)
        floor = q.end
    return found
