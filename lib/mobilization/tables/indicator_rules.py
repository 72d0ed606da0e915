"""Stage 6, tables: the indicator rules of data/indicators.csv — which facts feed an indicator, how figures are cited and bounded."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from ..lexicon import data_dir, read_rows
from .columns import SEP
from .merge_rule import generic_nouns


_EXACTISH = {"exact"}
_LOWER_BOUNDS = {"exact", "more_than", "at_least"}


@dataclass(frozen=True)
class Rule:
    """One row of data/indicators.csv: which facts make an indicator and how they combine."""

    indicator_id: str
    label_zh: str
    label_en: str
    unit: str
    category: str
    entity_regex: str
    exclude_regex: str
    unit_filter: str
    context_regex: str
    kind_regex: str
    combine: str
    per_capita: bool
    notes: str
    giver_regex: str = ""  # who gives or acts: the fact's sentence must name them (empty: anyone)
    counts: str = ""  # one line: what it counts and leaves out (printed on its charts)
    other_giver_regex: str = ""  # givers who are not the Party's: when the figure's clause names one, it decides
    unless: tuple[str, ...] = ()  # indicators that take precedence: a fact one of them counts is not counted here

    def matches(self, fact: pd.Series) -> bool:
        """Does this fact feed the indicator?

        The counted noun decides; where it is missing or does not say what the figure is
        (资金, 捐款: `generic_nouns`), the sentence must name it (`context_regex`). The
        fact's kind of mobilization must fit `kind_regex` (donors are not sent down), and its sentence
        must name who gave (`giver_regex`: money a Red Cross received from unnamed donors is no Party donation).

        >>> r = rules()[0]
        >>> r.matches(pd.Series(dict(entity="临时党支部", unit="个", category="organization")))
        True
        >>> r.matches(pd.Series(dict(entity="线上党支部", unit="个", category="organization")))
        False
        >>> dues = rules()[2]
        >>> dues.matches(pd.Series(dict(entity="", unit="元", category="funds", sentence="从市管党费配套资金划拨350万元")))
        True
        >>> dues.matches(pd.Series(dict(entity="疫情防控工作资金", unit="元", category="funds", sentence="党费支持疫情防控工作资金15万元")))
        True
        >>> people = rules()[1]
        >>> people.matches(pd.Series(dict(entity="党员", unit="名", category="personnel", kind="donated")))
        False
        >>> cash = rules()[3]
        >>> cash.matches(pd.Series(dict(entity="捐款", unit="元", category="funds", kind="donated",
        ...     sentence="市红十字会接收社会各界捐款120万元。")))
        False
        >>> cash.matches(pd.Series(dict(entity="捐款", unit="元", category="funds", kind="donated",
        ...     sentence="全市党员自愿捐款120万元。")))
        True
        """
        if self.category and fact["category"] != self.category:
            return False
        if self.unit_filter and not re.fullmatch(self.unit_filter, str(fact["unit"])):
            return False
        if self.kind_regex and not re.fullmatch(self.kind_regex, str(fact.get("kind", ""))):
            return False
        if self.giver_regex and not self.names_giver(fact):
            return False
        entity = counted_head(str(fact["entity"]))
        if self.exclude_regex and entity and re.search(self.exclude_regex, entity):
            return False
        if entity and re.search(self.entity_regex, entity):
            return True
        if entity and entity not in generic_nouns() and not _is_funds_noun(entity, fact):
            return False
        return bool(self.context_regex) and bool(re.search(self.context_regex, str(fact.get("sentence", ""))))

    def names_by_noun(self, fact) -> bool:
        """Does the fact's counted noun itself name what this indicator counts (not only its sentence)?

        >>> r = rules()[3]
        >>> r.names_by_noun(dict(entity="捐款")), r.names_by_noun(dict(entity="资金")), r.names_by_noun(dict(entity=""))
        (True, False, False)
        """
        entity = counted_head(str(fact.get("entity", "") or ""))
        return bool(entity) and bool(re.search(self.entity_regex, entity)) and \
            not (self.exclude_regex and re.search(self.exclude_regex, entity))

    def names_giver(self, fact) -> bool:
        """Does the fact's sentence name a giver of `giver_regex` for this figure?

        The figure's own clause (up to the figure's end) is read first: if it names any giver (of `giver_regex` or
        `other_giver_regex`), the figure counts only when a Party giver is among them, so firms named in the
        figure's clause are the givers even when an earlier clause names Party members. A clause naming no giver
        leaves the whole sentence to decide (党员…自愿捐款,…共收到捐款).

        >>> r = rules()[3]
        >>> s = "辖区党员自愿捐款120万元，企业捐赠防疫物资价值约300万元。"
        >>> r.names_giver(dict(surface="防疫物资价值约300万元", sentence=s)), r.names_giver(dict(surface="捐款120万元", sentence=s))
        (False, True)
        >>> r.names_giver(dict(surface="捐款43万元", sentence="区内党员群众踊跃捐款，累计捐款43万元。"))
        True
        """
        from .. import roles
        from ..script import convert

        sentence = str(fact.get("sentence", "") or "")
        surface = convert(str(fact.get("surface", "") or ""), "t2s")
        at = sentence.find(surface) if surface else -1
        if at >= 0:
            lo, _ = roles.clause_span(sentence, at, at + len(surface))
            clause = sentence[lo:at + len(surface)]
            party = re.search(self.giver_regex, clause)
            if party or (self.other_giver_regex and re.search(self.other_giver_regex, clause)):
                return bool(party)
        return bool(re.search(self.giver_regex, sentence))


    def office_named(self, fact) -> str:
        """The office that gives the figure, as its clause (else its sentence) names it: the words before and
        including a match of `giver_regex` that ends in a word of office (县民政局, 县财政局, 县委组织部, 省财政); ''
        when none does (a division's verb, 全县累计投入, or a programme, 低保, names no office) or the rule has no
        giver. Round q26m: beside a stated total, a small figure that another office gives is not inside it.

        >>> r = {x.indicator_id: x for x in rules()}["public_funds"]
        >>> s = "县财政局累计下拨防汛救灾资金1500万元。县民政局向受灾群众发放临时救助金85万元。"
        >>> r.office_named(dict(surface="救助金85万元", sentence=s.split("。")[1])), r.office_named(dict(surface="x", sentence="全县累计投入资金"))
        ('县民政局', '')
        """
        from .. import roles
        from ..script import convert

        if not self.giver_regex:
            return ""
        sentence = str(fact.get("sentence", "") or "")
        surface = convert(str(fact.get("surface", "") or ""), "t2s")
        at = sentence.find(surface) if surface else -1
        texts = [sentence]
        if at >= 0:
            lo, _ = roles.clause_span(sentence, at, at + len(surface))
            texts.insert(0, sentence[lo:at + len(surface)])
        giver = re.compile(self.giver_regex)
        for text in texts:
            pos = 0
            while (m := giver.search(text, pos)) is not None:
                j = m.end()
                while j < len(text) and text[j] in _OFFICE_WORD_ENDS[:5]:
                    j += 1  # 财政|局: the office the word begins
                if text[j - 1] in _OFFICE_WORD_ENDS:
                    i = m.start()
                    while i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in _BEFORE_GIVER:
                        i -= 1
                    return text[i:j]
                pos = m.start() + 1
        return ""


def same_office(a: str, b: str) -> bool:
    """Do two offices' names (`Rule.office_named`) name one office: one holds the other, once the scope words
    全/本/该 are left out (县财政局 and 财政局; not 县财政局 and 县民政局, nor 省财政 and 县财政局).

    >>> same_office("县财政局", "财政局"), same_office("县财政局", "县民政局"), same_office("全县财政", "县财政")
    (True, False, True)
    """
    a, b = a.lstrip("全本该"), b.lstrip("全本该")
    return a in b or b in a


_OFFICE_WORD_ENDS = "局厅部委办府政会处所"  # the last character of an office's name (局 厅 部 委 办 first: they may follow 财政)
_BEFORE_GIVER = "向为由从对给和与及在将把经"  # prepositions and conjunctions: the office's name begins after them


def counted_head(entity: str) -> str:
    """The counted noun without the bracketed alternative or gloss reports write after it: 社区（村） counts as 社区.

    Reports name a second kind of place or person in brackets after the noun (156个社区（村）: communities, and
    villages where there is no community; 党员(干部)); the noun before the brackets is the head the indicator
    rules (data/indicators.csv) match, and the gloss is no part of it. An entity that is all brackets stays.

    >>> counted_head("社区（村）"), counted_head("社区(村)"), counted_head("临时党支部"), counted_head("（村）")
    ('社区', '社区', '临时党支部', '（村）')
    """
    head = _GLOSS.sub("", entity)
    return head or entity


_GLOSS = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")  # a bracketed word at the end, full-width or ASCII brackets


def _is_funds_noun(entity: str, fact: pd.Series) -> bool:
    """A money noun that names no source (疫情防控工作资金, 专项经费): its sentence may say whose money it is."""
    return fact.get("category", "") == "funds" and bool(re.search(r"(资金|经费|款)$", entity))


def rules(name: str = "indicators.csv") -> tuple[Rule, ...]:
    """The indicator rules, in file order; a malformed row is a ValueError naming the file.

    >>> [r.indicator_id for r in rules()][:3]
    ['temp_party_orgs', 'party_members_mobilized', 'party_dues']
    """
    out = []
    for row in read_rows(name):
        if row["combine"] not in ("sum", "max"):
            raise ValueError(f"{data_dir() / name}: {row['indicator_id']}: combine must be sum or max")
        for col in ("entity_regex", "exclude_regex", "unit_filter", "context_regex", "kind_regex", "giver_regex",
                    "other_giver_regex"):
            try:
                re.compile(row.get(col, ""))
            except re.error as err:
                raise ValueError(f"{data_dir() / name}: {row['indicator_id']}: bad {col} ({err})") from None
        out.append(Rule(row["indicator_id"], row["label_zh"], row["label_en"], row["unit"], row["category"],
                        row["entity_regex"], row["exclude_regex"], row["unit_filter"], row.get("context_regex", ""),
                        row.get("kind_regex", ""), row["combine"], row["per_capita"].lower() == "yes", row["notes"],
                        row.get("giver_regex", "") or "", row.get("counts", "") or "",
                        row.get("other_giver_regex", "") or "",
                        tuple(i.strip() for i in (row.get("unless", "") or "").split("|") if i.strip())))
    ids = {r.indicator_id for r in out}
    for r in out:
        unknown = [i for i in r.unless if i not in ids or i == r.indicator_id]
        if unknown:
            raise ValueError(f"{data_dir() / name}: {r.indicator_id}: unless names no other indicator: {unknown[0]}")
    return tuple(out)


def matching_facts(rule_set: Iterable[Rule], facts: list) -> dict[str, list[int]]:
    """indicator_id → the positions of the facts it counts; a figure counts in one indicator at most.

    A fact several rules match (`Rule.matches`) goes, in this order, (1) to none of the rules whose `unless` names
    another of them (public funds named in a sentence that also names Party dues, 县委组织部从代管党费中下拨专项资金
    50万元, are the dues'); (2) to those whose counted noun names it (`Rule.names_by_noun`: 机关党员自愿捐款8万元 in
    a sentence that names 特殊党费 is a donation, not special Party dues, which reach it only through the sentence);
    (3) to the first of them in file order. The columns of one rule cannot say this: they test one fact's noun, clause
    and sentence, and another rule may have counted it by another of them.

    >>> rs = rules()
    >>> f = dict(entity="专项资金", unit="元", category="funds", kind="allocated", surface="专项资金50万元",
    ...          sentence="县委组织部从代管党费中下拨专项资金50万元。")
    >>> g = dict(entity="捐款", unit="元", category="funds", kind="donated", surface="捐款8万元",
    ...          sentence="全县党员缴纳特殊党费12万元，机关党员自愿捐款8万元。")
    >>> m = matching_facts(rs, [f, g])
    >>> m["party_dues"], m["public_funds"], m["cash_donations"], m["special_party_dues"]
    ([0], [], [1], [])
    """
    rule_set = tuple(rule_set)
    matched = {r.indicator_id: [i for i, f in enumerate(facts) if r.matches(f)] for r in rule_set}
    owners: dict[int, list[Rule]] = {}
    for r in rule_set:  # file order
        for i in matched[r.indicator_id]:
            owners.setdefault(i, []).append(r)
    for i, rs in owners.items():
        if len(rs) < 2:
            continue
        ids = {r.indicator_id for r in rs}
        kept = [r for r in rs if not ids.intersection(r.unless)] or rs
        kept = [r for r in kept if r.names_by_noun(facts[i])] or kept
        for r in rs:
            if r is not kept[0]:
                matched[r.indicator_id].remove(i)
    return matched


def combine_approx(approxes: Iterable[str]) -> str:
    """The approximation of a sum: exact if every part is; more_than if every part is a lower bound.

    >>> combine_approx(["exact", "exact"]), combine_approx(["exact", "more_than"]), combine_approx(["about"])
    ('exact', 'more_than', 'about')
    """
    parts = set(approxes)
    if parts <= _EXACTISH:
        return "exact"
    if parts <= _LOWER_BOUNDS:
        return "more_than"
    return "about"


def bound_of(approx: str, lower: bool = False) -> str:
    """What a value is: exact, lower_bound or about (`lower`: the rule itself gives a lower bound).

    >>> bound_of("exact"), bound_of("exact", lower=True), bound_of("more_than"), bound_of("about", lower=True)
    ('exact', 'lower_bound', 'lower_bound', 'about')
    """
    if approx in ("about", "at_most", "range"):
        return "about"
    if lower or approx in ("more_than", "at_least"):
        return "lower_bound"
    return "exact"


def fact_source(fact: pd.Series) -> str:
    """How an indicator cites a fact: doc@start:end[,start:end] surface.

    >>> fact_source(pd.Series(dict(doc="d", mentions="0:4; 90:98", surface="751个")))
    'd@0:4,90:98 751个'
    """
    return f"{fact['doc']}@{str(fact['mentions']).replace(SEP, ',')} {fact['surface']}"
