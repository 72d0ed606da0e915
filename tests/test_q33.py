"""Round q33 (BT and BV opened): categories (counted nouns went to round k17). Sentences invented for these tests;
each case failed on the round's start commit (a6fb0fa)."""
from __future__ import annotations

import pytest

from mobilization.quantities import extract


def _find(text: str, surface: str):
    """The quantity of `text` whose surface is `surface` (exactly one)."""
    found = [q for q in extract(text) if q.surface == surface]
    assert len(found) == 1, [q.surface for q in extract(text)]
    return found[0]


CATEGORIES = [
    # people or households a utility has not reached are the need described (reach_words.csv lack, utility)
    ("该镇目前仍有300多户未接用自来水。", "300多户", "other"),
    ("山脚下约50户人家缺乏自来水,县里决定拨款。", "约50户人家", "other"),
    ("该市8千多户无自来水,县里决定拨款。", "8千多户无自来水", "other"),
    # a bare count named only by an attribute is a part of the people counted before (situation_readers._composition)
    ("新一届村委会共选出成员45人。成员平均年龄40岁,35岁及以下12人;大专以上学历20人。女性9人。", "12人", "personnel"),
    ("新一届村委会共选出成员45人。成员平均年龄40岁,35岁及以下12人;大专以上学历20人。女性9人。", "20人", "personnel"),
    ("新一届村委会共选出成员45人。成员平均年龄40岁,35岁及以下12人;大专以上学历20人。女性9人。", "9人", "personnel"),
    # classrooms are rooms of a building, no organization (head_forms.csv 教室); a tent used as one is goods
    ("灾区学校搭建帐篷教室30顶。", "帐篷教室30顶", "supplies"),
    ("新建的教学楼配备专用教室8间,明年投入使用。", "专用教室8间", "activity"),
    ("新校舍共有12间普通教室和一间图书室。", "12间普通教室", "activity"),
    # 乡民 are reached like 村民
    ("官兵协助90位乡民实施撤离。", "90位乡民", "coverage"),
    # an outbreak counted as events is the epidemic's scale (harm_words.csv incident)
    ("入秋以来全国发生15起非洲猪瘟疫情。", "15起非洲猪瘟疫情", "other"),
    # a list of places before a harm shares it, brackets of kinds after a count included
    ("连日降水致使全市5个县(区)、60个乡镇(街道)全部受灾,面积达300平方公里。", "5个县(区)", "other"),
    ("连日降水致使全市5个县(区)、60个乡镇(街道)全部受灾,面积达300平方公里。", "60个乡镇", "other"),
    # a place's population described
    ("该村辖6个村民小组,长期常住人口约为500人。", "500人", "other"),
    ("这栋大厦为八层建筑,约有六十户住户,楼道狭窄。", "六十户住户", "other"),
    # an adverb of time between the trapped and their rescue; people saved
    ("12名被困矿工今晨安全升井,送往医院。", "12名被困矿工", "coverage"),
    ("山体滑坡前村民已转移,30人幸免于难。", "30人", "coverage"),
    # provinces an outbreak struck, the outbreak counted in events after the verb of befalling
    ("今年以来全国有9个省份发生20起禽流感疫情。", "9个省份", "other"),
    # animals culled against an outbreak are its reach (situation_verbs.csv cull)
    ("防疫人员已扑杀生猪560头。", "生猪560头", "coverage"),
    ("当地对疫点周围的8000只鸭子进行全部扑杀。", "8000只鸭子", "coverage"),
]


@pytest.mark.parametrize("text, surface, category", CATEGORIES)
def test_category(text: str, surface: str, category: str) -> None:
    assert _find(text, surface).category == category
