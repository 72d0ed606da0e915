"""Round q13 (issue 12, fourth session): the codebook's fourth-session lines and the causes shared by the opened
figure corpora, each pinned on a small report written for this test (docs/rounds/q13.md).

Each case gives a sentence, the surfaces and categories the extractor reports. Cases marked `was …` gave
something else on main d8fa049; the others pin what the new rules leave alone.
"""
from __future__ import annotations

import pytest

from mobilization.quantities import extract


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(q.surface, q.entity, q.category) for q in extract(text)]


@pytest.mark.parametrize("text, expected", [
    # a place's own population or size given as its description is other (CODEBOOK.md, fourth session)
    ("该村共有农户326户,1200人。", [("农户326户", "农户", "other"), ("1200人", "", "other")]),  # was coverage
    ("全县常住人口30万人。", [("常住人口30万人", "常住人口", "other")]),                          # was coverage
    ("社区已有居民3088户。", [("居民3088户", "居民", "other")]),                                  # was coverage
    ("全村1500人中仍有30人没有脱贫。", [("1500人", "", "other"), ("30人", "", "other")]),  # not lifted (k16)
    # ... the same people or places reached by the work stay coverage
    ("工作队走访全村326户。", [("326户", "", "coverage")]),
    ("全村共有3000多名群众受益。", [("3000多名群众", "群众", "coverage")]),
    # vaccine doses given are activity, doses delivered are goods (CODEBOOK.md, fourth session)
    ("全省累计接种新冠疫苗120万剂次。", [("新冠疫苗120万剂", "新冠疫苗", "activity")]),            # was supplies
    ("省里调拨疫苗5万剂。", [("疫苗5万剂", "疫苗", "supplies")]),
    # jobs provided are people given jobs, coverage (CODEBOOK.md, fourth session)
    ("项目建成后提供就业岗位300个。", [("就业岗位300个", "就业岗位", "coverage")]),                # was personnel
    # patients received for care are people served (CODEBOOK.md patients line)
    ("方舱累计收治患者500人。", [("患者500人", "患者", "coverage")]),                              # was other
    # vessels a typhoon warning reaches, like fishing boats; rescue craft handed over stay goods
    ("全市25艘客运船舶已经全部停航。", [("25艘客运船舶", "客运船舶", "coverage")]),                # was supplies
    ("爱心企业捐赠冲锋舟10艘。", [("冲锋舟10艘", "冲锋舟", "supplies")]),
    # posts and stations set up are organizations; checkpoints set up too (round q19c: the gold of AN and S)
    ("全镇设立咨询点20个。", [("咨询点20个", "咨询点", "organization")]),                          # was coverage
    ("设立卡点36个。", [("卡点36个", "卡点", "organization")]),
    # the places of the people harmed, across a bracket of kinds
    ("暴雨造成8市(自治州)30个县(区、市)50万人受灾。",
     [("8市", "市", "other"), ("30个县(区、市)", "县(区、市)", "other"), ("50万人", "", "other")]),
    # vehicles counted per trip
    ("共出动应急车辆30辆/次。", [("应急车辆30辆", "应急车辆", "activity")]),                       # was supplies
    # veterans visited: a noun kept whole, people reached
    ("对辖区10名退役老兵进行了慰问。", [("10名退役老兵", "退役老兵", "coverage")]),                 # was no noun
    # miners are the people of a mine accident; reached when brought out
    ("当时井下共有20名矿工。", [("20名矿工", "矿工", "other")]),                                   # was personnel
    ("被困的8名矿工全部成功升井。", [("8名矿工", "矿工", "coverage")]),                            # was personnel
    # people counted after a count of provinces are not provinces; the people a disaster moved are reached
    ("台风造成3省10万人紧急转移。", [("3省", "省", "other"), ("10万人", "", "coverage")]),        # was 省, other
    # 户 after a noun of firms counts firms
    ("全县规模以上企业达45户。", [("45户", "", "organization")]),                                 # was coverage
    # a count after a noun of N-people takes its verb (sampling: the people tested)
    ("该点采样人数超过了1500人。", [("1500人", "", "coverage")]),                                  # was other
    ("组织200名党员参加抢险。", [("200名党员", "党员", "personnel")]),
    # a count with a noun of its own the listed reader misses does not take the noun of the count before it
    ("选派590名志愿者赴亚非拉22个发展中国家开展志愿服务。",
     [("590名志愿者", "志愿者", "personnel"), ("22个发展中国家", "发展中国家", "coverage")]),      # was 22个, 志愿者
    ("搭建活动板房,其中19个用于安置。", [("19个", "活动板房", "supplies")]),  # a lone count: the noun before
])
def test_q13_categories(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("捐款人数前5名为本地企业。", []),                          # a rank, not five donors (was 5名)
    ("参与人数处于100-200人之间的活动有8场。", [("活动有8场", "活动", "activity")]),  # a class bound (was 100-200人)
    ("小于1亿元的有4家。", [("4家", "", "organization")]),       # the edge of a size class (was 1亿元)
])
def test_q13_ranks_and_class_bounds_are_no_tallies(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text) == expected
