"""The learned re-ranker of place candidates (places.features, places.rerank) and its training script.

Reports here are invented. The committed model must be what training on the committed features table gives.
"""
import csv
import re
from pathlib import Path

import numpy as np
import pytest

from mobilization.lexicon import read_rows
from mobilization.places import decide, detect_place
from mobilization.places import rerank as rerank_module
from mobilization.places.detect import found_places
from mobilization.places.features import FEATURES, candidates, ending, self_words
from mobilization.places.rerank import choose, enabled_by_default, model_weights, rerank
from mobilization.repair import repair

from invented import benchmark_script

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "benchmarks" / "heldout"


def _script(name: str):
    return benchmark_script(f"heldout/{name}.py")


def _found(text: str):
    rep = repair(text)
    found, title = found_places(rep, rep.text)
    return found, decide(found, rep.text, title), rep.text


def _weights(**named: float) -> tuple[float, ...]:
    return tuple(named.get(f, 0.0) for f in FEATURES)


COUNTY = "山西：党员干部下沉一线\n临县组织党员干部300人下沉社区。临县县委要求全县党员带头，临县各乡镇行动。\n"


def test_committed_model_is_training_on_committed_features():
    train = _script("train_place_model")
    reports = train.read_reports(HELDOUT / "place_features.csv")
    rows = {r["feature"]: float(r["weight"]) for r in read_rows("place_model.csv")}
    w = train.fit(reports)
    assert [f for f, v in zip(FEATURES, w) if abs(rows[f] - v) > 6e-5] == []  # the file keeps 4 decimals
    assert bool(rows["_enabled"]) == train.switch_on(train.cross_validate(reports))


def test_features_table_holds_numbers_and_codes_only():
    train = _script("train_place_model")
    with (HELDOUT / "place_features.csv").open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    rows = list(csv.DictReader(lines))
    assert list(rows[0]) == ["corpus", "doc", "gold", "rules", "rules_reason", "candidate", "supported", "label",
                             *FEATURES]
    for r in rows:
        assert re.fullmatch(r"\d{6}|", r["candidate"]) and re.fullmatch(r"\d{6}|", r["gold"])
        assert r["supported"] in (("0", "1") if r["candidate"] else ("",))
        assert all(r[f] == "" if not r["candidate"] else float(r[f]) == float(r[f]) for f in FEATURES)
    # every report of the table is read, with at most one gold candidate
    reports = train.read_reports(HELDOUT / "place_features.csv")
    assert len(reports) == len({(r["corpus"], r["doc"]) for r in rows})


def test_no_report_text_in_the_features_table():
    text = (HELDOUT / "place_features.csv").read_text(encoding="utf-8")
    body = "".join(line for line in text.splitlines(True) if not line.startswith("#"))
    reasons = {r.split(",")[4] for r in body.splitlines()[1:]}
    # the only Han characters are in the rules' own reasons (甘肃、青海两省 is the code's example, not a report's)
    assert all(not re.search(r"[\u4e00-\u9fff]", line) or any(x and x in line for x in reasons)
               for line in body.splitlines())


def test_candidates_are_the_named_divisions_those_above_and_the_pick():
    found, guess, text = _found("陇南市宕昌县党员下沉\n全县建立临时党支部，宕昌县委部署。\n")
    cands = {c.code: dict(zip(FEATURES, c.values)) for c in candidates(found, guess, text)}
    assert set(cands) == {"621223", "621200", "620000"}  # 宕昌县, 陇南市 (named as its qualifier), 甘肃省 (above)
    assert cands["621223"]["picked"] == 1.0 and cands["621200"]["picked"] == 0.0
    assert cands["621200"]["qualifier"] > 0 and cands["621200"]["title"] > 0  # named in the headline, qualifying
    assert cands["620000"]["named"] == 0.0 and cands["620000"]["parts"] > 0
    assert cands["621223"]["actor"] > 0 and cands["621223"]["self"] > 0  # 宕昌县委; 全县


def test_self_words_are_shared_out_among_candidates_with_one_ending():
    found, guess, text = _found("临县和武乡县党员下沉\n全县党员行动。\n")
    selfs = {c.code: dict(zip(FEATURES, c.values))["self"] for c in candidates(found, guess, text)}
    assert selfs["141124"] == selfs["140429"] == pytest.approx(np.log1p(1) / 2)
    assert ending("阿克苏地区") == "地区" and "地委" in self_words()["地区"]


def test_self_words_file_lists_each_word_once_under_a_known_ending():
    rows = read_rows("place_self_words.csv")
    words = [r["word"] for r in rows]
    assert len(words) == len(set(words))
    assert {r["suffix"] for r in rows} == {"省", "市", "地区", "州", "盟", "县", "区", "旗"}


def test_off_it_is_the_rules():
    found, guess, text = _found(COUNTY)
    assert rerank(guess, found, text, enabled=False) is guess


def test_it_keeps_the_rules_unknowns_whatever_the_weights():
    eager = _weights(named=50.0, province=50.0, prefecture=50.0)
    for report in ("香港：市民齐心抗疫\n香港特区政府宣布，深圳市支援香港。\n",
                   "全国各地驰援湖北\n国家卫健委统筹29个省份医疗队驰援武汉。\n"):
        found, guess, text = _found(report)
        assert guess.code == "" and rerank(guess, found, text, enabled=True, weights=eager) is guess


def test_a_changed_pick_keeps_its_evidence_and_a_confidence_from_the_margin():
    found, guess, text = _found(COUNTY)
    assert guess.code == "141124"
    # weights that prefer a prefecture: 吕梁市 is never named, so its parts' best mention stands for it
    g = rerank(guess, found, text, enabled=True, weights=_weights(prefecture=5.0))
    assert (g.code, g.name, g.level) == ("141100", "吕梁市", "prefecture")
    assert text[g.start:g.end] == g.surface == "临县" and g.confidence in ("high", "medium")
    g = rerank(guess, found, text, enabled=True, weights=_weights(province=0.3))
    assert g.code == "140000" and text[g.start:g.end] == "山西" and g.confidence == "low"  # a small margin
    assert g.zones == "title" and g.mentions == 1


def test_it_never_picks_a_passing_mention():
    # 孙永顺 (a person) holds 永顺 once in the body; the rules give the outlet's place, with low confidence
    found, guess, text = _found("防汛一线的身影\n县直部门积极响应。\n县卫健局干部孙永顺：我负责巡堤查险。\n榆树市融媒体中心记者：张三\n")
    assert guess.code == "220182"
    cands = {c.code: c.supported for c in candidates(found, guess, text)}
    assert cands["433127"] is False and cands["433100"] is False  # 永顺县 and its prefecture: one body mention
    assert rerank(guess, found, text, enabled=True, weights=_weights(body=50.0)) is guess


def test_ties_go_to_the_rules_pick():
    found, guess, text = _found(COUNTY)
    best, margin = choose(candidates(found, guess, text), _weights())
    assert best.code == guess.code and margin == 0.0


def test_detect_place_calls_the_reranker(monkeypatch):
    rep = repair(COUNTY)
    monkeypatch.setattr(rerank_module, "ENABLED", True)
    monkeypatch.setattr(rerank_module, "model_weights", lambda: _weights(province=5.0))
    assert detect_place(rep, rep.text).code == "140000"
    monkeypatch.setattr(rerank_module, "ENABLED", False)
    assert detect_place(rep, rep.text).code == "141124"


def test_the_committed_model_keeps_a_plain_county_report():
    found, guess, text = _found(COUNTY)
    assert len(model_weights()) == len(FEATURES) and isinstance(enabled_by_default(), bool)
    assert rerank(guess, found, text, enabled=True).code == "141124"


def test_switch_on_rule():
    train = _script("train_place_model")
    assert not train.switch_on({"A": {"rules": (9, 10), "loco": (9, 10)}})  # no gain: stays off
    assert not train.switch_on({"A": {"rules": (5, 10), "loco": (10, 10)}, "B": {"rules": (10, 10), "loco": (8, 10)}})
