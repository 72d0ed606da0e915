"""A part after 其中 whose own noun the reader cannot read gets no noun, not the total's (tenth session)."""
from __future__ import annotations

from mobilization.quantities import extract


def _entities(text: str) -> list[tuple[str, str]]:
    return [(q.surface, q.entity) for q in extract(text)]


def test_a_part_naming_other_people_does_not_borrow_the_totals_noun():
    got = _entities("全县共转移受灾群众3.2万人，其中老人和儿童8600人。")
    assert got[1] == ("老人和儿童8600人", "老人和儿童")  # round q25n: the coordination is read (was 8600人, no noun)
    assert got[1][1] != "受灾群众"


def test_a_team_named_before_its_share_of_the_people_is_no_part_of_the_totals_noun():
    got = _entities("投入扑救行动人员1800余人。其中，州森林消防支队136人，县专业扑火队50人。")
    assert [e for _, e in got[1:]] != ["扑救行动人员", "扑救行动人员"]


def test_a_bare_part_or_a_place_still_takes_the_totals_noun():
    assert _entities("共发生12起交通事故,其中甲县8起,乙县4起。")[1:] == [("甲县8起", "交通事故"), ("乙县4起", "交通事故")]
    assert _entities("共转移受灾群众1602名,其中已安置800名。")[1] == ("800名", "受灾群众")
