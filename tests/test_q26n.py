"""Round q26n (twelfth session): finding figures and their counted nouns, kinds of error of BF pooled over every
opened figure corpus, pinned on small sentences written for this test (docs/rounds/q26n.md). Cases marked `was …`
gave something else on the round's starting commit; the others pin what the new rules leave alone.
"""
from __future__ import annotations

from mobilization.quantities import extract


def _read(text: str) -> list[tuple[str, str]]:
    return [(q.surface, q.entity) for q in extract(text)]


def _units(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in extract(text)]


def test_measure_words_of_runs_shifts_and_labour():
    # runs, shifts and sessions done and person-days of labour are events; a market jin is a weight
    assert _units("志愿者累计参加820班次值守。") == [(820.0, "班次")]                     # was nothing
    assert _units("今年共补助56梯次的夏令营活动。") == [(56.0, "梯次")]                    # was nothing
    assert _units("全乡投劳15万工日,完成土方8万方。") == [(150000.0, "工日")]              # was nothing
    assert _read("调拨大米8200市斤。") == [("大米8200市斤", "大米")]                        # was nothing
    # 班 counts scheduled runs, and only them: a squad's or a class's name and a shift are no counts
    assert _units("航空公司共执行了25班救灾包机飞行任务。") == [(25.0, "班")]               # was nothing
    assert _units("三排二班班长带队上堤。") == []
    assert _units("队员们实行“三班倒”,日夜值守。") == []


def test_a_digester_counted_by_kou():
    # 口 counts a biogas digester named by its gas (沼气池), as it counts ponds and wells
    assert _read("全县新建户用沼气96口。") == [("沼气96口", "沼气")]                        # was nothing
    assert _read("戴好口罩3个月。") == []
