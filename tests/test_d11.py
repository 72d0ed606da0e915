"""Round d11 (eleventh session): three small leftovers of the tenth session's notes, each pinned on inputs written for
this test. Every test here failed on the code before the round but one, which pins what the change leaves alone
(`convert` exits 1 when only some inputs fail).

- `convert` exited 1 when every input failed, where `extract`, `documents` and `run` exit 2 ("nothing done");
- the data overlay (MOBILIZATION_DATA) merged rows by the first column only, so a researcher's row for a word that
  stands in two lists of a `word,list` file replaced both of its rows with one;
- the main job counted the places with indicator values twice (for its exit code, and again inside
  `summary_lines`).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mobilization import cli, lexicon, mainjob, run_summary

ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- convert: every input failed → 2

def test_convert_exits_2_when_every_input_fails(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert cli.main(["convert", str(tmp_path / "nosuch.txt")]) == 2  # was 1
    assert cli.main(["convert", str(empty), str(tmp_path / "nosuch.txt")]) == 2  # was 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines()[-2:] == [f"mobilization: {empty}: empty file (0 bytes)",
                                              f"mobilization: {tmp_path / 'nosuch.txt'}: no such file"]


def test_convert_still_exits_1_when_only_some_inputs_fail(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("全县组建党员突击队12支。\n", encoding="utf-8")
    assert cli.main(["convert", str(good), str(tmp_path / "nosuch.txt")]) == 1
    assert "党员突击队" in capsys.readouterr().out


# ---------------------------------------------------------------- the overlay: a word in two lists

def _overlay(folder: Path, name: str, text: str, monkeypatch) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("MOBILIZATION_DATA", str(folder))


def _lists_of(word: str, name: str = "reach_words.csv") -> dict[str, str]:
    return {r["list"]: r["note"] for r in lexicon.read_rows(name) if r["word"] == word}


def test_an_overlay_row_for_a_word_in_two_lists_keeps_its_other_lists(tmp_path, monkeypatch):
    monkeypatch.delenv("MOBILIZATION_DATA", raising=False)
    shipped = _lists_of("已")
    assert {"carry_out_adverb", "institution_adverb", "halt_gap"} <= set(shipped)  # 已 stands in three lists
    _overlay(tmp_path, "reach_words.csv", "word,list,note\n已,carry_out_adverb,my note\n", monkeypatch)
    mine = _lists_of("已")
    assert set(mine) == set(shipped)  # was {'carry_out_adverb'}: the other two lists lost 已
    assert mine["carry_out_adverb"] == "my note" and mine["halt_gap"] == shipped["halt_gap"]
    assert "已" in lexicon.word_lists("reach_words.csv")["halt_gap"]


def test_an_overlay_row_adds_a_word_to_one_more_list(tmp_path, monkeypatch):
    _overlay(tmp_path, "place_role_words.csv", "word,list,note\n日报,zz_my_list,\n", monkeypatch)
    lists = lexicon.word_lists("place_role_words.csv")
    assert lists["zz_my_list"] == ("日报",)
    monkeypatch.delenv("MOBILIZATION_DATA")
    before = {k: v for k, v in lexicon.word_lists("place_role_words.csv").items()}
    assert {k: v for k, v in lists.items() if k != "zz_my_list"} == before  # every shipped row kept


def test_an_overlay_without_a_key_column_is_named(tmp_path, monkeypatch):
    _overlay(tmp_path, "situation_verbs.csv", "word,note\n驰援,mine\n", monkeypatch)
    with pytest.raises(ValueError, match=r"situation_verbs.csv: no column 'role': .*key columns word, role"):
        lexicon.read_rows("situation_verbs.csv")


def test_files_keyed_by_their_first_column_merge_as_before(tmp_path, monkeypatch):
    _overlay(tmp_path, "nouns.csv", "head,category\n巡逻哨,organization\n", monkeypatch)
    assert lexicon.key_columns(lexicon.data_dir() / "nouns.csv", ["head"]) == ("head",)
    assert lexicon.read_rows("nouns.csv")[-1]["head"] == "巡逻哨"


# ---------------------------------------------------------------- the summary: places with values counted once

def _tables(values: list[float | None]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    docs = pd.DataFrame(dict(doc=["a", "b"], place_code=["1", "2"], place_source=["user", "user"],
                             date=["2020-02-01", "2020-02-02"], date_precision=["day", "day"]))
    dups = pd.DataFrame(columns=["cluster", "doc", "representative"])
    ind = pd.DataFrame(dict(place_code=["1", "2"], value=values))
    return docs, dups, ind


def test_summary_lines_print_the_count_they_are_given(monkeypatch):
    docs, dups, ind = _tables([5.0, 3.0])

    def counted_again(_ind):
        raise AssertionError("places with values counted a second time")

    monkeypatch.setattr(run_summary, "places_with_values", counted_again)
    lines = run_summary.summary_lines(docs, dups, ind, 2, 0, with_values=2)  # was: no such parameter
    assert lines[-1] == "places with indicators: 2 of 2 places"


def test_places_with_values_is_one_function_for_the_summary_and_the_exit_code():
    docs, dups, ind = _tables([5.0, None])
    assert run_summary.places_with_values(ind) == 1
    assert run_summary.summary_lines(docs, dups, ind, 2, 0)[-1] == "places with indicators: 1 of 2 places"
    assert mainjob.places_with_values is run_summary.places_with_values


def test_the_main_job_counts_the_places_with_values_once(tmp_path, monkeypatch):
    calls = []
    real = run_summary.places_with_values

    def counting(ind):
        calls.append(len(ind))
        return real(ind)

    monkeypatch.setattr(mainjob, "places_with_values", counting)
    monkeypatch.setattr(run_summary, "places_with_values", counting)
    report = tmp_path / "in" / "dues.txt"
    report.parent.mkdir()
    report.write_text("甘肃省临夏州积石山县委组织部下拨党费50万元，支持全县抗震救灾。\n", encoding="utf-8")
    result = mainjob.run_tables_and_figures([report], mainjob.Outputs.under(tmp_path / "out"))
    assert len(calls) == 1  # was 2 (and before this round's function, the main job had no such name at all)
    line = next(x for x in result.summary if x.startswith("places with indicators: "))  # (t11 added a line before it)
    assert line.startswith(f"places with indicators: {result.places_with_values} of ")
