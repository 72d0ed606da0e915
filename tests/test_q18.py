"""Round q18 (issue 12): strict misses and extras of the opened figure corpora, AP first (Chinese numerals
written digit by digit, breakdowns by area, the events held, Latin acronyms, round sums in 元).

Invented sentences; those marked `was …` gave another result on main 6eafd13.
"""
import math

import pytest

from mobilization.quantities import extract


def _found(text: str) -> list[tuple[str, float, str, str]]:
    return [(q.surface, q.value, q.entity, q.category) for q in extract(text)]


@pytest.mark.parametrize("text, value", [
    # Taiwan and Hong Kong write numerals digit by digit between 亿 and 万, with 〇 for zero, and 廿 卅 卌
    ("累计捐款新台币四亿九三七七万四六六三元。", 493774663.0),
    ("共捐款九三七七万元。", 93770000.0),
    ("募得九亿三七七万元。", 903770000.0),
    ("全县共有九〇个村。", 90.0),
    ("共有一〇二个村。", 102.0),
    ("发放口罩一二〇〇个。", 1200.0),
    ("捐款新台币一〇〇万元。", 1000000.0),
    ("约有廿个团体参加。", 20.0),
    ("派出卅五名医护人员。", 35.0),
    ("共有卌名志愿者。", 40.0),
    # the same numbers written with units, and the colloquial abbreviations
    ("捐款四亿九千三百七十七万四千六百六十三元。", 493774663.0),
    ("捐款一百〇五元。", 105.0),
    ("捐赠物资两千零五十件。", 2050.0),
    ("捐款二千〇五十元。", 2050.0),
    ("派出一百五名队员。", 150.0),
    ("捐款一万二元。", 12000.0),
    ("捐款十二万三元。", 123000.0),
    ("捐款一亿二元。", 120000000.0),
    ("捐款零点五亿元。", 50000000.0),
])
def test_numeral_forms_give_their_value(text, value):
    found = _found(text)
    assert len(found) == 1 and found[0][1] == value


@pytest.mark.parametrize("text", [
    # digit by digit and with units mixed up: no number at all, never 1050 or 90 (was: 1050, 90)
    "捐款一〇五十元。",
    "捐款九十〇元。",
    "派出一百零名队员。",
])
def test_mixed_numerals_give_nothing(text):
    assert _found(text) == []


def test_units_out_of_order_have_no_value():
    # (a damaged numeral keeps its noun and has no value; never a product of its units)
    found = _found("派出三十五十名队员。")
    assert all(math.isnan(f[1]) for f in found)


def test_breakdown_by_area():
    # the parts of a total listed by area take its noun (was: no noun for each part)
    text = "海上应撤离渔船2.3万艘,均已回港避风。按地区分,甲市1200艘、乙市900艘、丙市650艘、丁市320艘、戊市45艘。"
    assert _found(text) == [("渔船2.3万艘", 23000.0, "渔船", "coverage"),
                            ("1200艘", 1200.0, "渔船", "coverage"), ("900艘", 900.0, "渔船", "coverage"),
                            ("650艘", 650.0, "渔船", "coverage"), ("320艘", 320.0, "渔船", "coverage"),
                            ("45艘", 45.0, "渔船", "coverage")]
    # 其中 as before, and a long list of parts reaches on from part to part
    assert [f[2] for f in _found("共发生12起交通事故,其中甲县8起,乙县4起。")] == ["交通事故"] * 3


@pytest.mark.parametrize("text, expected", [
    # a verb of holding events and one verbal noun name the events (was: no noun)
    ("全镇累计开展巡查86次、处置险情12处。", [("巡查86次", 86.0, "巡查", "activity"),
                                     ("险情12处", 12.0, "险情", "coverage")]),
    ("共开展培训30次。", [("培训30次", 30.0, "培训", "activity")]),
])
def test_one_verbal_noun_held(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, entity", [
    # a Latin acronym in capitals ends the noun (was: 重症, 移动)
    ("患者集中到3个重症ICU。", "重症ICU"),
    ("医院新调来3台移动DR和2台呼吸机。", "移动DR"),
    # the acronym begins another word: not the noun's end
    ("新建2个ICU病房。", "ICU病房"),
])
def test_acronym_ends_the_noun(text, entity):
    assert _found(text)[0][2] == entity


def test_acronym_before_chinese_is_not_taken():
    assert _found("捐赠2台呼吸机PCR检测。")[0][2] != "呼吸机PCR"


@pytest.mark.parametrize("text, expected", [
    # a round sum in units alone before 元 (was: nothing)
    ("这次专设的百万元资助基金将纳入学校资助体系。", [("百万元资助基金", 1000000.0, "资助基金", "funds")]),
    ("爱心企业捐赠千万元物资。", [("千万元物资", 10000000.0, "物资", "funds")]),
    # a bare 万元 is no sum
    ("他家成了万元户。", []),
    ("百万元户越来越多。", []),
])
def test_round_sums(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of sums whose last is written with 元: the unit is said once for the list (was: the first or none)
    ("五万、十万、一万元不断汇入专户。", [("五万", 50000.0, "", "funds"), ("十万", 100000.0, "", "funds"),
                                 ("一万元", 10000.0, "", "funds")]),
    ("企业分别捐款5万、10万、20万元。", [("捐款5万", 50000.0, "捐款", "funds"), ("10万", 100000.0, "", "funds"),
                                    ("20万元", 200000.0, "", "funds")]),
    # people listed before a count of people are no sums
    ("转移5万、安置3万人。", [("3万人", 30000.0, "", "coverage")]),
])
def test_sums_listed_with_one_yuan(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 一 + classifier before a verb of naming is the article "a" (was: 一个叫公安县, coverage)
    ("洪水会流到湖北省一个叫公安县的地方。", []),
    ("一位名叫张华的老人捐款500元。", [("捐款500元", 500.0, "捐款", "funds")]),
])
def test_one_before_a_name(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a price per piece is no sum given (was: 318元)
    ("送去120件新衬衣(市场价318元一件)。", [("120件新衬衣", 120.0, "新衬衣", "supplies")]),
    # 一次性, 一个月: no piece priced
    ("捐款500元一次性到位。", [("捐款500元", 500.0, "捐款", "funds")]),
])
def test_price_per_piece(text, expected):
    assert _found(text) == expected
