"""Round q25v (eleventh session): two readers' fixes, on sentences and reports written for this test
(docs/rounds/q25v.md). Cases marked `was …` gave something else on the round's starting commit; the others pin
what the new rules leave alone.
"""
from __future__ import annotations

import pytest

from mobilization.corpus import Document
from mobilization.documents import describe, mention_overrides, read_user_metadata
from mobilization.errors import InputError
from mobilization.quantities import extract


def _entities(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.entity) for q in extract(text)]


def test_a_verb_of_sending_before_the_noun_is_no_part_of_it():
    assert _entities("全镇组织机关干部300余名深入村组。") == [(300.0, "机关干部")]      # was 组织机关干部
    assert _entities("全市动员党员8万余名，投入防汛。") == [(80000.0, "党员")]            # was 动员党员
    assert _entities("共组织党员干部1500余名。") == [(1500.0, "党员干部")]                # was 组织党员干部


def test_organization_as_a_noun_stays_in_the_noun():
    assert [e for _, e in _entities("新建基层组织12个。")] == ["基层组织"]
    assert all(not e.startswith("组织") or e.startswith("组织部") for _, e in _entities("市委组织部干部40人下沉社区。"))


@pytest.mark.parametrize("name", ["香港", "香港特别行政区", "香港特別行政區", "澳門", "台湾", "臺灣"])
def test_a_place_outside_the_census_is_no_census_place(tmp_path, name):
    meta = tmp_path / "meta.csv"
    meta.write_text(f"doc,place\na,{name}\n", encoding="utf-8")
    user = read_user_metadata(meta)                                                     # was InputError
    doc = Document("a", "a.txt", "", "utf-8", "宕昌：党旗飘扬\n宕昌县党员捐款3万元。\n")
    info = describe(doc, user)
    assert (info.place_code, info.place_name, info.place_source) == ("", "", "user")  # detection does not win
    assert name in info.place_evidence
    assert mention_overrides(user, "a") == {"place_code": "", "place_name": ""}


def test_other_unknown_places_are_still_refused(tmp_path):
    meta = tmp_path / "meta.csv"
    meta.write_text("doc,place\na,鼓楼区\n", encoding="utf-8")
    with pytest.raises(InputError, match="fuller name"):
        read_user_metadata(meta)
