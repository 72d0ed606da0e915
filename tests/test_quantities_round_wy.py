"""Round from corpora W and Y (issue 12): the currency of sums that do not write theirs, counted nouns.

Every sentence is invented for the rule it pins.
"""
from __future__ import annotations

import pytest

from mobilization import pipeline
from mobilization.corpus import Document
from mobilization.quantities import extract
from mobilization.script import convert


def _currencies(text: str) -> list[tuple[str, float, str]]:
    """(surface, value, currency) of the sums the whole pipeline reads in `text` (any script)."""
    a = pipeline.analyse(Document("x", "x.txt", "", "utf-8", text))
    return [(m.surface, m.value, m.currency) for m in a.mentions if m.category == "funds"]


@pytest.mark.parametrize("text, expected", [
    # a traditional-script report that names Macau and no other region: its 元 is the pataca
    ("澳門街坊總會昨日向受災家庭發放善款三萬元。", [("善款三萬元", 30000.0, "MOP")]),
    # ... and a Taiwan report's is the new Taiwan dollar
    ("台北市社會局表示，各界民眾共捐款1200萬元，將用於協助災區重建。", [("捐款1200萬元", 12e6, "TWD")]),
    # a traditional-script mirror of a mainland report names no such place: CNY, as before
    ("縣紅十字會共接收捐款12萬元。", [("捐款12萬元", 120000.0, "CNY")]),
    # the report's own sums name one currency: the plain 元 is that one
    ("共籌得港幣50萬元,其中義賣收入12萬元。", [("港幣50萬元", 500000.0, "HKD"), ("12萬元", 120000.0, "HKD")]),
    # two currencies named, or two regions: unknown, never a guess
    ("香港捐出港幣30萬元,澳門捐出澳門幣20萬元,另有善款5萬元。",
     [("港幣30萬元", 300000.0, "HKD"), ("澳門幣20萬元", 200000.0, "MOP"), ("善款5萬元", 50000.0, "")]),
    ("香港與澳門的義工共籌得善款8萬元。", [("善款8萬元", 80000.0, "")]),
    # 人民币 is a currency named too: a Hong Kong report of a sum given in the mainland's money
    ("香港商會捐款人民幣100萬元,另捐物資20萬元。",
     [("100萬元", 1e6, "CNY"), ("另捐物資20萬元", 200000.0, "CNY")]),
    # a simplified report is a mainland report: 香港 named, the plain 元 stays CNY
    ("香港同胞向我县捐款50万元。", [("50万元", 500000.0, "CNY")]),
    # unless every sum that names its money names one and the same currency of HK, Macau or Taiwan
    ("共筹得新台币300万元,其中企业捐款120万元。", [("新台币300万元", 3e6, "TWD"), ("捐款120万元", 1.2e6, "TWD")]),
])
def test_local_yuan(text, expected):
    assert _currencies(text) == expected


def test_headline_sum_takes_the_local_yuan():
    # a headline sum writes no unit; in a simplified report it is the yuan, in a Macau report the pataca
    assert extract("校友捐款一千万设立奖学金")[0].currency == "CNY"
    assert _currencies("澳門善長捐款一百萬\n澳門街坊會收到善款一百萬元。")[0][2] == "MOP"


def test_extract_alone_keeps_cny():
    # extract() on its own is told nothing about the script: a simplified text's 元 is CNY
    assert [q.currency for q in extract(convert("澳門街坊總會發放善款三萬元。", "t2s"))] == ["CNY"]


def _read(text: str) -> list[tuple[str, float, str, str]]:
    return [(q.surface, q.value, q.unit, q.entity) for q in extract(convert(text, "t2s"))]


@pytest.mark.parametrize("text, expected", [
    # a currency name right before a numeral with no unit makes it a sum in that currency, in a body too
    # (round q15: the noun of funds right after the sum is its noun; was ("新台币462万", …, "") before)
    ("今年再獲新臺幣462萬捐款,募款持續穩定。", [("新台币462万捐款", 4620000.0, "", "捐款")]),
    ("筹得港币逾三十万,", [("港币逾三十万", 300000.0, "", "")]),
    # 至 is 到 in writing: the goods are sent to the place, the place is not what is counted
    ("紧急调运帐篷灯400台至灾区。", [("帐篷灯400台", 400.0, "台", "帐篷灯")]),
    # being elected after a count of people: how many were elected, no noun
    ("有449名当选村委会主任,比上届增加", [("449名", 449.0, "名", "")]),
    # a 的 right after the classifier links the count to its noun (Hong Kong and Taiwan usage)
    ("全年共舉辦約188場次的捐血活動,", [("约188场次", 188.0, "场次", "捐血活动")]),
    ("投入五萬名的專職人力,", [("五万名", 50000.0, "名", "专职人力")]),
    # ... but not after an approximation, where the goods after 的 are read as before
    ("搭建200个左右的灾民安置帐篷,", [("200个左右", 200.0, "个", "灾民安置帐篷")]),
    # after a measure and 的, goods and a plain noun of two characters that is theirs (存量, 库存)
    ("全年共有5.5万袋的血液存量,较去年增加", [("5.5万袋", 55000.0, "袋", "血液存量")]),
    # 一 after a count and 、 is one more item of the list: it counts a noun nobody listed too
    ("地震波及7个乡镇、一个农场,房屋受损", [("7个乡镇", 7.0, "个", "乡镇"), ("一个农场", 1.0, "个", "农场")]),
    ("会议制定了一个方案。", []),
    # the rest of one person's family after a spouse or parent is a story, not a tally
    ("村民李某的丈夫和两个孩子都在外地打工。", []),
    # after 名 a listed word that is no noun of people begins the people's name
    ("捐款资助4名困难大学新生。", [("4名困难大学新生", 4.0, "名", "困难大学新生")]),
    ("确诊2名密切接触者", [("2名密切接触者", 2.0, "名", "密切接触者")]),
    ("救出3人(2个大人、1个小孩)。", [("3人", 3.0, "人", ""), ("2个大人", 2.0, "个", "大人"), ("1个小孩", 1.0, "个", "小孩")]),
    # a generation is an age: the people after it are counted
    ("增加了10名80后村党支部委员,", [("10名80后村党支部委员", 10.0, "名", "80后村党支部委员")]),
    # a population with its 的 right after 万, and a sum of funds so written (the 元 dropped)
    ("全港有超過127萬的註冊義工,", [("超过127万的注册义工", 1270000.0, "", "注册义工")]),
    ("收到了一份170万的大额爱心捐款!", [("170万", 1700000.0, "", "大额爱心捐款")]),
    ("全省有50万的党员", [("50万的党员", 500000.0, "", "党员")]),
])
def test_nouns_round_wy(text, expected):
    assert _read(text) == expected


def test_named_sum_currency():
    assert [q.currency for q in extract(convert("今年再獲新臺幣462萬捐款。", "t2s"))] == ["TWD"]


@pytest.mark.parametrize("text, expected", [
    # a schedule of rates: the rows after a rate for each person are rates too; a total after a verb is kept
    ("奖学金标准为低收入户大学生每人1万元,高中5千元,一般家庭大学2千5百元,共发放300万元。",
     [("300万元", 3000000.0, "元", "")]),
    # the bar of a class of gifts is no money given
    ("单笔捐款方面,款项达新台币100万元以上,被列为大额捐款。", []),
    ("捐款超过100万元,用于建设校舍。", [("捐款超过100万元", 1000000.0, "元", "捐款")]),
])
def test_rates_round_wy(text, expected):
    assert _read(text) == expected


def test_sum_ending_in_approximate_wan_alone():
    # a Chinese numeral that ends in 余万/多万 stands alone as a sum, like one that ends in 万
    qs = extract(convert("善款總數超過澳門幣一百四十餘萬,其中", "t2s"))
    assert [(q.surface, q.value, q.approx, q.currency) for q in qs] == [("澳门币一百四十余万", 1400000.0, "more_than", "MOP")]
    assert [(q.surface, q.value) for q in extract("筹款三十多万助学")] == [("筹款三十多万", 300000.0)]


@pytest.mark.parametrize("text, expected", [
    # school years and terms are durations
    ("助学金按学年(分3个学年)划拨到学校。", []),
    # a sum per person per school year is a rate, like one per day
    ("每人每学年资助生活费3000元。", []),
    # a sum for each act of giving is a rate
    ("有赖善长支持,每捐300元可为长者送上月饼。", []),
    ("共捐款300元。", [("捐款300元", 300.0, "元", "捐款")]),
    # a sum right before a noun counted next is the size class of the things counted (not before goods)
    ("实施500万元投资建设项目15个。", [("投资建设项目15个", 15.0, "个", "投资建设项目")]),
    ("捐赠500万元物资3批。", [("500万元物资", 5000000.0, "元", "物资"), ("3批", 3.0, "批", "物资")]),
])
def test_durations_and_rates_wy(text, expected):
    assert _read(text) == expected


def test_same_below_note_names_the_currency():
    # 10元(港币,下同): the writer names the money once for every sum below, in a simplified report too
    assert [q.currency for q in extract("一次捐出10元(港币,下同),共筹得善款500万元。")][-1] == "HKD"
