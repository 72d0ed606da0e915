"""Round f13 (thirteenth session): figure confidence for counts of people (docs/rounds/f13.md).

A count of people is judged by the verb that governs it (data/figure_roles.csv): a verb of sending before personnel
or of reaching before coverage names the role the category says (high, when counted as persons), a verb of the other
role crosses it (low), a verb of having describes a population. People counted as persons (名 人 位 人次) and the
same categories counted in places or households are rows of their own. The table is rebuilt from the measured
figures by one command (benchmarks/heldout/figure_confidence.py --table). Sentences invented for these tests.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from invented import benchmark_script
from mobilization.corpus import Document
from mobilization.pipeline import analyse, mention_rows
from mobilization.quantities import extract


def _words(text: str) -> dict[str, str]:
    """surface → confidence of the body figures of an invented report."""
    rows = mention_rows(analyse(Document("x", "x.txt", "", "utf-8", text)))
    return {r["surface"]: r["confidence"] for r in rows}


def _signals(text: str) -> dict[str, tuple[str, str]]:
    """surface → (counts, decided) of every figure of `text`."""
    from mobilization.quantities.confidence import signals

    return {q.surface: (s.counts, s.decided) for q in extract(text) for s in [signals(q, text)]}


# --- the word ------------------------------------------------------------------------------------------------

def test_people_a_verb_of_sending_governs_are_high() -> None:
    # personnel after 派出, 抽调: right 0.96 with the other counts of people reached by their verb (f12: medium)
    words = _words("县卫健委派出医护人员300名支援灾区。各乡镇抽调干部120人下沉村组。")
    assert words["医护人员300名"] == words["干部120人"] == "high"


def test_people_a_verb_of_reaching_governs_are_high() -> None:
    # coverage after 慰问, 转移: the clause's verb names the people reached (f12: medium)
    words = _words("志愿者们走访慰问困难群众300人。消防救援队伍连夜转移群众1200人。")
    assert words["困难群众300人"] == words["群众1200人"] == "high"


def test_personnel_after_a_verb_of_reaching_are_low() -> None:
    # the verb names the people served, the category the people sent: right 0.29 (f12: medium)
    assert _signals("医疗队为灾区服务医护人员30名")["灾区服务医护人员30名"] == ("people", "crossed")
    assert _words("医疗队为灾区服务医护人员30名。")["灾区服务医护人员30名"] == "low"


def test_a_verb_of_having_describes_a_population() -> None:
    assert _signals("全村共有党员300名")["党员300名"] == ("people", "described")


def test_a_verb_before_de_modifies_the_noun_and_governs_no_count() -> None:
    from mobilization.quantities.confidence import role

    # 服务 belongs to the relative clause of 志愿者: the volunteers who serve are still the people sent
    assert role("服务群众的志愿者300名", 5) == ""
    assert role("走访慰问困难群众300人", 8) == "reached"


def test_a_preposition_of_the_beneficiary_counts_only_right_before_the_count() -> None:
    from mobilization.quantities.confidence import role

    assert role("为500余名群众送水", 1) == "reached"
    assert role("为此调集300名", 5) == "sent"  # 为 further back names no beneficiary; 调集 speaks


def test_places_reached_are_a_row_of_their_own_and_not_high() -> None:
    # people's categories counted in places or households: right 0.89 with their verb, never high
    assert _signals("驻村工作队帮扶32个村")["32个村"] == ("places", "verb")
    assert _words("驻村工作队帮扶32个村。")["32个村"] == "medium"


def test_the_verbs_are_data_a_researcher_may_overlay(tmp_path: Path, monkeypatch) -> None:
    from mobilization import lexicon
    from mobilization.quantities import confidence

    (tmp_path / "figure_roles.csv").write_text("word,role,adjacent,note\n看望,reached,,\n", encoding="utf-8")
    monkeypatch.setenv("MOBILIZATION_DATA", str(tmp_path))
    confidence._role_words.cache_clear()
    try:
        assert confidence.role("看望老人300名", 2) == "reached"
    finally:
        monkeypatch.delenv("MOBILIZATION_DATA")
        confidence._role_words.cache_clear()
        lexicon._read_merged.cache_clear()
    assert confidence.role("看望老人300名", 2) == ""


# --- the table, rebuilt by one command -----------------------------------------------------------------------

def test_the_table_is_rebuilt_from_measured_figures(tmp_path: Path) -> None:
    script = benchmark_script("heldout/figure_confidence.py")
    table = tmp_path / "figure_confidence.csv"
    table.write_text("# a header the rebuild keeps\ncounts,verb,agree\npeople,medium,medium\nthings,high,low\n",
                     encoding="utf-8")
    # 20 figures of people reached by their verb, 19 right (0.95: high); 5 things whose classifier agrees (fewer than
    # MIN_ROWS: the word the table gives them stays)
    df = pd.DataFrame({"s_counts": ["people"] * 20 + ["things"] * 5, "s_decided": ["verb"] * 20 + ["agree"] * 5,
                       "right": [1] * 19 + [0] + [1] * 5})
    changed = script.rebuild_table(df, table)
    lines = table.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# a header the rebuild keeps" and "people × verb: medium → high" in changed
    header = lines[1].split(",")
    people = dict(zip(header, lines[2].split(",")))
    things = dict(zip(header, lines[3].split(",")))
    assert people["verb"] == "high" and things["agree"] == "low" and things["verb"] == "high"
