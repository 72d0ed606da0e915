"""Near-duplicate documents: the same story from another outlet or in the other script is one cluster."""
from __future__ import annotations

from pathlib import Path

from mobilization import duplicates
from mobilization.corpus import load
from mobilization.pipeline import analyse
from mobilization.script import convert

CORPUS = Path(__file__).resolve().parent / "corpus"

STORY = ("疫情发生以来，全县党员踊跃捐款，共计捐款60万元，全部用于购买防护物资和慰问一线人员。县委组织部抽调300名党员干部"
         "下沉到村，成立临时党支部20个，在卡口值守和入户排查中发挥了重要作用。")
OTHER = ("某区组织党员志愿者参加社区防控，三个街道共有200名党员志愿者报名，他们每天在小区门口测量体温、登记信息，帮助行动不便"
         "的居民购买生活物资，得到群众好评。")


def test_a_traditional_mirror_with_its_own_furniture_is_a_duplicate():
    analyses = [analyse(load(p)) for p in sorted(CORPUS.glob("*.txt"))]
    table = duplicates.from_analyses(analyses)
    assert table[["cluster", "doc", "representative"]].values.tolist() == [
        ["dup001", "rizhao_donors", "rizhao_donors"], ["dup001", "rizhao_donors_mirror", "rizhao_donors"]]
    assert duplicates.merged_away(table) == 1


def test_lightly_edited_copies_cluster_and_different_stories_do_not():
    texts = {"a": STORY, "b": STORY.replace("全县", "该县") + "（编辑：王五）", "c": convert(STORY, "s2t"), "d": OTHER}
    simplified = {k: convert(v, "t2s") for k, v in texts.items()}
    table = duplicates.find(simplified)
    assert sorted(table["doc"]) == ["a", "b", "c"] and set(table["cluster"]) == {"dup001"}
    assert (table["similarity"] >= duplicates.THRESHOLD).all()


def test_the_same_story_in_unconverted_scripts_is_not_found_which_is_why_the_text_is_simplified_first():
    table = duplicates.find({"a": STORY, "c": convert(STORY, "s2t")})
    assert len(table) == 0


def test_short_texts_and_empty_input():
    assert len(duplicates.find({"a": "党员", "b": "党员"})) == 0  # too short to call a copy
    assert list(duplicates.find({}).columns) == duplicates.DUPLICATE_COLUMNS


def test_deterministic():
    texts = {"a": STORY, "b": STORY + "。", "d": OTHER}
    assert duplicates.find(texts).equals(duplicates.find(dict(reversed(list(texts.items())))))
