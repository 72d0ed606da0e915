"""General rules prompted by held-out corpus J (issue 12): our own invented sentences, one test per rule."""
from __future__ import annotations

from mobilization.quantities import extract


def rows(text: str) -> list[tuple]:
    return [(q.surface, q.value, q.entity, q.category) for q in extract(text)]


def test_blood_volumes_in_cc_are_counted_only_for_blood() -> None:
    assert rows("职工们踊跃献血,共献血2400CC。") == [("献血2400CC", 2400, "献血", "supplies")]
    assert rows("站里当天采集血液600cc。") == [("血液600cc", 600, "血液", "supplies")]
    assert rows("车队买了150cc摩托车4辆。") == [("摩托车4辆", 4, "摩托车", "supplies")]  # engine size, no count


def test_villagers_are_counted_bare_like_residents() -> None:
    assert rows("送水车服务周边3000余村民。") == [("3000余村民", 3000, "村民", "coverage")]


def test_people_checked_are_reached() -> None:
    assert [q.category for q in extract("民政干事已初步清查850人。")] == ["coverage"]


def test_shirts_are_goods_and_stores_built_are_works() -> None:
    assert rows("捐出衬衫300件。") == [("衬衫300件", 300, "衬衫", "supplies")]
    assert [(q.entity, q.category) for q in extract("全乡建成物资储备库6个。")] == [("物资储备库", "activity")]
