"""Round t17: the prefecture map's boundaries are read, parsed and turned into paths once per process.

Every map of a run drew the same units from the same file; the cache is keyed on the file (path, size,
modification time), the table handed out is a copy, and the paths two maps draw are the same read-only objects.
The charts themselves are unchanged (docs/rounds/t17.md compares every PNG and SVG of a run before and after).
"""
from __future__ import annotations

import pandas as pd
import pytest


def _indicator(code: str, name: str) -> pd.DataFrame:
    # invented: one county's figure, as the indicators table gives it
    return pd.DataFrame(dict(indicator_id=["party_dues"], place_code=[code], place_name=[name], value=[1200.0],
                             per_10k=[3.0], bound=["exact"], sources=["invented@1:5"], label_zh=["党费"],
                             label_en=["Party dues"], unit=["yuan"]))


def test_two_maps_draw_the_same_parsed_boundaries():
    import matplotlib.pyplot as plt

    from mobilization.charts import maps

    figs = [maps.prefecture_map(_indicator("441622", "龙川县"), "party_dues"),
            maps.prefecture_map(_indicator("621223", "宕昌县"), "party_dues")]
    paths = [[a.get_path() for a in f.axes[0].get_children() if type(a).__name__ == "PathPatch"] for f in figs]
    assert len(paths[0]) == len(paths[1]) >= len(maps.boundaries())
    assert all(p is q for p, q in zip(*paths))  # parsed once, shared
    assert all(not p.vertices.flags.writeable for p in paths[0])  # and nobody can change them
    for f in figs:
        plt.close(f)


def test_the_boundaries_table_handed_out_is_a_copy():
    from mobilization.charts import maps

    table = maps.boundaries()
    table["prefecture"] = "changed"
    assert maps.boundaries().set_index("division_code").at["441600", "prefecture"] == "河源市"


def test_a_changed_boundaries_file_is_read_again(tmp_path, monkeypatch):
    from mobilization.charts import maps

    first = tmp_path / maps.BOUNDARIES
    first.write_text("division_code,prefecture,population_2020,boundary_wkt\n"
                     '990100,甲市,100000,"POLYGON ((0 0, 1 0, 1 1, 0 0))"\n', encoding="utf-8")
    monkeypatch.setattr("mobilization.lexicon.data_dir", lambda: tmp_path)
    assert [code for code, _, _ in maps._unit_shapes(*maps._boundaries_key())] == ["990100"]
    first.write_text(first.read_text(encoding="utf-8") +
                     '990200,乙市,200000,"POLYGON ((2 2, 3 2, 3 3, 2 2))"\n', encoding="utf-8")
    assert [code for code, _, _ in maps._unit_shapes(*maps._boundaries_key())] == ["990100", "990200"]
    assert list(maps.boundaries()["division_code"]) == ["990100", "990200"]
