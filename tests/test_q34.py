"""Round q34 (seventeenth session): BX opened, what is counted at all (docs/rounds/q34.md).

Figures read that are no count of the report, pinned on small sentences written for this test. Every case marked so
gave something else on the round's starting commit (3b5affd); the guards pass on both.
"""
from __future__ import annotations

import pytest

from mobilization.quantities import extract
from mobilization.repair.body import find_body


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.surface, q.value, q.approx) for q in extract(text)]


@pytest.mark.parametrize("text, expected", [
    # a sum per head written with a slash is a rate (like 每人, 人均), never a tally; the total after it is kept
    ("村委会按800元/人的标准发放慰问金,共发放2.4万元。", [("2.4万元", 24000.0, "exact")]),
    ("奖学金分三等:一等奖1200元/人;二等奖900元/人。", []),
    ("困难户补助按3000元/户发放,全镇合计补助45万元。", [("45万元", 450000.0, "exact")]),
    ("助学金按2500元/生/学期发放。", []),
])
def test_a_sum_per_head_with_a_slash_is_a_rate(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards (pass on both): a count before a slash is no sum; a plain sum stays
    ("共采购棉被2000件/套。", [("棉被2000件", 2000.0, "exact")]),
    ("村里发放慰问金800元。", [("慰问金800元", 800.0, "exact")]),
])
def test_a_count_or_a_plain_sum_stays(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards (pass on both): a vague round number is a bound (at_least), never a definite value
    ("短短几天社会各界捐款就达到几十亿元。", [("几十亿元", 1e9, "at_least")]),
    ("数十万群众参与了转移。", [("数十万群众", 1e5, "at_least")]),
    ("上百名志愿者赶到现场。", [("上百名志愿者", 100.0, "at_least")]),
])
def test_a_vague_round_number_is_a_bound(text, expected):
    assert _read(text) == expected


def test_a_long_picture_caption_is_no_paragraph():
    # a caption as long as a paragraph, first in the excerpt: says what the picture shows (图为) and ends in the
    # photographer's credit in brackets; the story's own paragraph after it is the body
    page = ("全县登记的献血志愿者已突破12万人次,各乡镇纷纷组织献血活动。图为市民在献血车前排队等候献血。(王某某摄)\n\n"
            "近日,某县中心血站的献血车开进县政府大院,机关干部职工踊跃献血,共有86人成功献血。\n")
    body, furniture = find_body(page)
    assert [s.kind for s in furniture] == ["caption"]
    assert [page[s.start:s.end].strip()[:4] for s in body] == ["近日,某"]


def test_a_paragraph_ending_in_a_credit_without_saying_what_a_picture_shows_stays():
    # guard (passes on both): no 图为, so it is the story's paragraph
    page = ("全县出动300名志愿者连夜清扫积雪,保障群众出行安全,一直忙到第二天凌晨才结束。(王某某摄)\n\n"
            "近日,某县普降大雪,县委组织机关干部和志愿者上街清扫积雪。\n")
    body, furniture = find_body(page)
    assert furniture == []


@pytest.mark.parametrize("text, expected", [
    # 第 shared by a list of ordinals: the second numeral is a rank or a batch's number, no count
    ("两家医院分获全省第一、二名。", [("两家医院", 2.0, "exact")]),
    ("第3、4批共派出医疗队员60名。", [("医疗队员60名", 60.0, "exact")]),
])
def test_an_ordinal_list_sharing_its_di(text, expected):
    assert _read(text) == expected
