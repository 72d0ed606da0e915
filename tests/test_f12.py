"""Round f12 (twelfth session): what decided a figure, recorded where it was decided, and a word that transfers
(docs/rounds/f12.md).

The extractor records on each `Quantity` where it found the counted noun (`noun_from`) and what decided the
category (`category_from`); the confidence word of the mention table is read from what the figure counts (people,
things, other) and what decided its category (data/figure_confidence.csv), a sum split by its size and a count of
one or two in a column of its own. Sentences invented for these tests.
"""
from __future__ import annotations

import dataclasses

from mobilization.corpus import Document
from mobilization.pipeline import analyse, mention_rows
from mobilization.quantities import extract


def _words(text: str) -> dict[str, str]:
    """surface → confidence of the body figures of an invented report."""
    rows = mention_rows(analyse(Document("x", "x.txt", "", "utf-8", text)))
    return {r["surface"]: r["confidence"] for r in rows}


def _decided(text: str) -> list[tuple[str, str, str]]:
    return [(q.surface, q.noun_from, q.category_from) for q in extract(text)]


# --- what the extractor decided, recorded where it decided it -------------------------------------------------

def test_a_noun_before_the_number_whose_classifier_agrees() -> None:
    assert _decided("全县抽调党员300名下沉社区") == [("党员300名", "before", "agree")]


def test_a_noun_after_the_number_and_a_clause_that_changed_the_category() -> None:
    assert _decided("建立751个临时党支部") == [("751个临时党支部", "after", "noun")]
    assert _decided("累计走访居民300人") == [("居民300人", "before", "clause")]  # (走访: the people reached)


def test_the_unit_that_names_itself_is_where_the_noun_was_found() -> None:
    # 8县: the classifier is the noun (f11 read it as a noun found elsewhere, since it is not after the unit)
    assert _decided("全省8县启动应急响应") == [("8县", "unit", "agree")]


def test_the_extractor_s_own_head_decides_not_one_read_again() -> None:
    # the team's members: the extractor reads 扑火队 before 人 as people (nouns_before), and 人 agrees with that
    assert _decided("专业扑火队50人赶赴火场") == [("专业扑火队50人", "before", "agree")]
    # 讲座 is listed nowhere: the extractor took the category from the classifier 期, not from the noun's form
    assert _decided("共举办专题讲座16期") == [("专题讲座16期", "before", "classifier")]


def test_a_noun_shared_by_a_rule_across_figures_comes_from_another_figure() -> None:
    assert _decided("调运200桶800斤酒精")[0][:2] == ("200桶", "figure")


def test_a_lone_count_takes_a_noun_named_before_it() -> None:
    assert _decided("搭建活动板房,其中19个用于安置")[-1][:2] == ("19个", "context")


def test_what_decided_takes_no_part_in_equality() -> None:
    q = extract("全县抽调党员300名")[0]
    assert q == dataclasses.replace(q, noun_from="", category_from="") and q.category_from == "agree"


# --- the word ------------------------------------------------------------------------------------------------

def test_things_whose_classifier_and_noun_agree_are_high_wherever_the_noun_stands() -> None:
    # things with an agreeing classifier were right 0.955 (f11: a noun after the number was medium)
    words = _words("该县调拨300台呼吸机。爱心企业送来20吨大米。县里派出3支医疗队。")
    assert words["300台呼吸机"] == words["20吨大米"] == words["3支医疗队"] == "high"


def test_a_sum_under_a_thousand_is_low() -> None:
    # a price, a sum per head or a threshold more often than a tally (2 of 18 right); f11 said high
    assert _words("退休教师李明个人捐款500元。")["捐款500元"] == "low"
    assert _words("全镇党员自愿捐款8万元。")["捐款8万元"] == "high"


def test_a_count_of_one_or_two_people_is_low() -> None:
    # one or two people of a story as often as a tally (people: 49 of 85 right); f11 said medium
    assert _words("驻村工作队员两人留守。")["驻村工作队员两人"] == "low"


def test_people_counted_with_an_agreeing_classifier_stay_medium() -> None:
    # people never reached 0.95 in any column (0.89 when classifier and noun agree): the clause decides their role
    assert _words("共有党员1200名参与。")["党员1200名"] == "medium"
