"""Categories round 3 (corpus S: poverty, vaccination, an election, inspection, typhoon shelter).

Our own invented sentences, one or more per rule; each failed before round 3 (checked against the
code of main at f661eed). docs/rounds/categories-round-3.md."""
from __future__ import annotations

import pytest

from mobilization.quantities import extract

from invented import category as _cat


@pytest.mark.parametrize("text, part, category", [
    # the form of the noun (head_forms.csv, nouns.csv)
    ("一年来全县引进产业项目12个。", "12个", "activity"),                      # projects undertaken
    ("人社局出台支持企业复工的8条举措。", "8条举措", "activity"),               # measures
    ("督察组通报典型案例6个。", "6个", "activity"),                            # cases exposed
    ("全区设有4个专属票站。", "4个专属票站", "organization"),                  # polling stations
    ("全镇已有350名务工人员外出。", "350名务工人员", "coverage"),              # migrant workers served
    ("其中严重损害房屋35间。", "35间", "other"),                              # harm: 损害
    # services received: vaccination, voting, relocation, employment, back to work (role reach / benefit)
    ("全县累计接种达12万人。", "12万人", "coverage"),
    ("其中3万人已完成两针接种。", "3万人", "coverage"),
    ("该站有300名登记选民,其中有210人投票。", "210人", "coverage"),
    ("年内完成搬迁任务2.5万人。", "2.5万人", "coverage"),
    ("今年以来全镇实现就业860人。", "860人", "coverage"),
    ("另有400人有序返岗。", "400人", "coverage"),
    ("现今接受服务的长者已有800人。", "800人", "coverage"),
    # people summoned or held accountable by an inspection (role receive)
    ("问责领导干部36人。", "36人", "coverage"),
    ("约谈企业负责人12人。", "12人", "coverage"),
    # people treated (CODEBOOK.md 2026-12-06: the object of a verb of treating is coverage)
    ("医疗队救治伤员45人。", "45人", "coverage"),
    ("义诊活动中专家接诊120余名患者。", "120余名患者", "coverage"),
    # waste cleared: the work done, activity
    ("清运垃圾500吨。", "500吨", "activity"),
    # boats sheltered past an adverb; places reached by goods given into them or that gained
    ("全市600艘渔船已一齐进港避风。", "600艘渔船", "coverage"),
    ("志愿者把图书送进15所乡村学校。", "15所乡村学校", "coverage"),
    ("受惠的30个学校分布在五个县。", "30个学校", "coverage"),
])
def test_round3(text: str, part: str, category: str) -> None:
    assert _cat(text, part) == category


def test_repeated_figure_takes_first_clause() -> None:
    """A figure said again with nothing around it counts the same things (the boats sheltered)."""
    text = "全市600艘渔船已进港避风。目前,全市共有渔船600艘。"
    assert [q.category for q in extract(text)] == ["coverage", "coverage"]


@pytest.mark.parametrize("text, part, category", [
    # what the rules must leave alone
    ("为灾区送去20所学校的捐款。", "20所学校", "organization"),   # 送 with no complement of direction
    ("排查走访8个卡口。", "8个卡口", "coverage"),                   # checkpoints covered, not set up
    ("捐赠口罩5000只。", "5000只", "supplies"),                      # goods given stay goods
    ("方舱累计收治患者300人。", "300人", "coverage"),  # patients received for care (CODEBOOK.md patients line; q13)
    ("组建8支医疗队。", "8支医疗队", "organization"),
    ("全省2900多名驻村第一书记都及时返岗。", "2900多名驻村第一书记", "personnel"),  # people who serve go back
    ("累计收治患者46名,纯中医治疗病例34名。", "病例34名", "other"),  # 医治 inside 中医治疗 is no verb
    ("盘活闲置资产建成13个社区养老“便利店”。", "13个社区", "coverage"),  # a place is not what is built
])
def test_round3_left_alone(text: str, part: str, category: str) -> None:
    assert _cat(text, part) == category
