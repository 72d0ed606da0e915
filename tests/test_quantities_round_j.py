"""General rules prompted by held-out corpus J (issue 12): our own invented sentences, one test per rule."""
from __future__ import annotations

from mobilization.quantities import extract


def rows(text: str) -> list[tuple]:
    return [(q.surface, q.value, q.entity, q.category) for q in extract(text)]


def test_blood_volumes_in_cc_are_counted_only_for_blood() -> None:
    assert rows("职工们踊跃献血,共献血2400CC。") == [("献血2400CC", 2400, "献血", "supplies")]
    assert rows("站里当天采集血液600cc。") == [("血液600cc", 600, "血液", "supplies")]
    assert rows("两位老师各献血300 CC。")[-1] == ("献血300 CC", 300, "献血", "supplies")  # a blank before the unit
    assert rows("车队买了150cc摩托车4辆。") == [("摩托车4辆", 4, "摩托车", "supplies")]  # engine size, no count


def test_villagers_are_counted_bare_like_residents() -> None:
    assert rows("送水车服务周边3000余村民。") == [("3000余村民", 3000, "村民", "coverage")]


def test_people_checked_are_reached() -> None:
    assert [q.category for q in extract("民政干事已初步清查850人。")] == ["coverage"]


def test_shirts_are_goods_and_stores_built_are_works() -> None:
    assert rows("捐出衬衫300件。") == [("衬衫300件", 300, "衬衫", "supplies")]
    assert [(q.entity, q.category) for q in extract("全乡建成物资储备库6个。")] == [("物资储备库", "activity")]


def test_the_day_of_a_date_in_digits_is_no_count() -> None:
    assert rows("发布 2024-08-16 千名党员上堤巡查") == []  # never 16,000 with the blank closed
    assert rows("2021/7/20 300名党员赶到") == [("300名党员", 300, "党员", "personnel")]


def test_people_whose_life_is_affected_are_victims_but_relief_reaches_them() -> None:
    assert [q.category for q in extract("连续干旱,8个乡镇数万群众生产生活受到影响。")][-1] == "other"
    assert [q.category for q in extract("村里为受影响的400余名村民送去饮用水。")] == ["coverage"]


def test_people_named_with_an_approximate_age_and_de() -> None:
    assert rows("还有三名60多岁的老党员主动请战。") == [("三名60多岁的老党员", 3, "60多岁的老党员", "personnel")]


def test_a_noun_and_its_verb_name_the_events_counted() -> None:
    assert rows("医疗队开展义诊,专家会诊近300次。") == [("专家会诊近300次", 300, "专家会诊", "activity")]


def test_ke_counts_trees_and_pills() -> None:
    assert rows("合作社栽下1200颗核桃树苗。") == [("1200颗核桃树苗", 1200, "核桃树苗", "supplies")]
    assert rows("他献出一颗爱心。") == []  # 一颗 is the article "a"


def test_people_part_of_people_reached_are_reached() -> None:
    got = rows("民警转移渔民上岸860余名,其中台胞42名。")
    assert got[-1] == ("台胞42名", 42, "台胞", "coverage")
    assert rows("共有党员干部300名参与,其中女党员95名。")[-1][-1] == "personnel"
    assert [q.category for q in extract("显微镜下可见细胞3个。")] != ["personnel"]  # 细胞 are no compatriots
