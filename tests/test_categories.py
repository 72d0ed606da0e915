"""Categories of affected and reached people and things (CODEBOOK.md): our own invented sentences."""
from __future__ import annotations

import pytest

from mobilization.quantities import extract


def _cat(text: str, surface_part: str) -> str:
    qs = [q for q in extract(text) if surface_part in q.surface]
    assert qs, f"{surface_part!r} not found in {[q.surface for q in extract(text)]}"
    return qs[0].category


@pytest.mark.parametrize("text, part, category", [
    ("暴雨已造成全镇5人死亡，12人受伤。", "5人", "other"),           # harm after the count
    ("暴雨已造成全镇5人死亡，12人受伤。", "12人", "other"),
    ("截至目前，全市因灾死亡3人，失联2人。", "3人", "other"),         # harm before the number
    ("全县受灾人口4万余人。", "4万余人", "other"),                    # harm inside the noun
    ("全乡倒塌房屋56间。", "56间", "other"),                          # damaged houses
    ("村里有7名群众被山洪围困。", "7名群众", "other"),                # 被 + noun + harm
    ("紧急转移被困群众800人。", "800人", "coverage"),                 # the verb of reaching wins
    ("为受灾群众发放帐篷300顶。", "300顶", "supplies"),               # a verb between: not harmed
    ("组织200名党员奔赴受灾村。", "200名党员", "personnel"),          # a verb after: not harmed
    ("全县直接经济损失6000万元，其中房屋受损损失1200万元。", "1200万元", "funds"),  # money stays funds
    ("派出2支队伍排查3个村受灾情况。", "3个村", "coverage"),          # harm naming a noun of its own
    ("安全转移渔民和船上人员500人。", "500人", "coverage"),           # a conjunction does not hide 转移
])
def test_harm_and_reach(text: str, part: str, category: str) -> None:
    assert _cat(text, part) == category


def test_people_after_places_do_not_take_the_place_noun() -> None:
    qs = extract("洪水造成20多个乡镇超过9万人不同程度受灾。")
    people = [q for q in qs if q.unit == "人"][0]
    assert people.entity == "" and people.category == "other"


@pytest.mark.parametrize("text, part, category", [
    ("消防员迅速将楼内60名群众疏散。", "60名群众", "coverage"),        # evacuated: the verb after them
    ("村民300人全部转移至安置点。", "300人", "coverage"),
    ("组织200名党员转移群众。", "200名党员", "personnel"),            # the verb has an object
    ("全镇12个行政村道路阻断。", "12个行政村", "other"),
    ("新建3条口罩生产线。", "3条口罩生产线", "activity"),              # facilities built
    ("帮助困难群众120人。", "120人", "coverage"),                      # helped
    ("慰问老党员45名。", "45名", "coverage"),                          # visited
])
def test_moved_blocked_and_built(text: str, part: str, category: str) -> None:
    assert _cat(text, part) == category
