"""Tables: the mention table, merging repeated mentions into facts, and the per-place indicators."""
from __future__ import annotations

import math
import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobilization import tables
from mobilization.corpus import load
from mobilization.lexicon import read_rows


def mention(start: int, value: float, unit: str, entity: str, category: str, sentence: str | None = None,
            doc: str = "d", surface: str | None = None, value_high: float | None = None, in_body: bool = True,
            place_id: str = "shinan") -> dict:
    """A made-up mention row (sentence defaults to one of its own, so the same-sentence guard stays out)."""
    surface = surface or f"{value:g}{unit}{entity}"
    return dict(doc=doc, start=start, end=start + len(surface), surface=surface, value=value, approx="exact",
                value_high=value_high, unit=unit, entity=entity, category=category, damaged=False, in_body=in_body,
                sentence=sentence if sentence is not None else f"sentence at {start}",
                place_code={v: k for k, v in tables.seed_place_ids().items()}.get(place_id, place_id),
                date="2020-02-19")


def merged(rows: list[dict]) -> pd.DataFrame:
    return tables.facts(tables.mention_frame(rows, include_boilerplate=True))


# ---------------------------------------------------------------------------- facts on made-up rows

def test_subhead_and_body_say_one_fact():
    f = merged([mention(10, 751, "个", "临时党支部", "organization", surface="751個臨時黨支部"),
                mention(500, 751, "个", "“先锋防控小组”临时党支部", "organization", surface="臨時黨支部751個")])
    assert len(f) == 1
    fact = f.iloc[0]
    assert fact["n_mentions"] == 2 and fact["mentions"] == "10:19; 500:509"
    assert fact["surfaces"] == "751個臨時黨支部; 臨時黨支部751個"
    assert fact["entity"] == "“先锋防控小组”临时党支部"  # the longest counted noun represents the fact


def test_person_units_with_and_without_noun_merge():
    f = merged([mention(0, 3321, "名", "党员、公职人员、人大代表、政协委员", "personnel"),
                mention(300, 3321, "人", "", "personnel")])
    assert f["n_mentions"].tolist() == [2]


def test_one_empty_entity_needs_the_same_category():
    f = merged([mention(0, 36, "个", "社区", "coverage"), mention(300, 36, "个", "", "organization")])
    assert len(f) == 2


@pytest.mark.parametrize("a, b", [
    (("个", "党员示范岗", "organization"), ("支", "党员先锋队", "organization")),  # different things counted
    (("栋", "住宅楼", "coverage"), ("名", "楼栋长", "personnel")),  # 8栋 / 8名
    (("名", "党员", "personnel"), ("次", "党员", "activity")),  # persons vs times
    (("个", "", "other"), ("名", "", "other")),  # no nouns: the unit must then be the very same
])
def test_same_number_different_fact(a, b):
    f = merged([mention(0, 3, *a), mention(100, 3, *b)])
    assert len(f) == 2


def test_two_figures_of_one_sentence_stay_two_facts():
    sentence = "充实到海港区和开发区的116个社区,成立116个临时党支部"
    f = merged([mention(0, 116, "个", "", "other", sentence), mention(9, 116, "个", "", "other", sentence)])
    assert len(f) == 2
    # ...but the same sentence text elsewhere (a summary repeating the body) is a repeat
    f = merged([mention(0, 116, "个", "", "other", sentence), mention(900, 116, "个", "", "other", sentence)])
    assert len(f) == 1


def test_ranges_merge_only_with_the_same_upper_end():
    f = merged([mention(0, 3, "个", "社区", "coverage", value_high=5.0),
                mention(100, 3, "个", "社区", "coverage", value_high=6.0),
                mention(200, 3, "个", "社区", "coverage")])
    assert len(f) == 3


def test_documents_never_merge_and_boilerplate_is_left_out():
    f = merged([mention(0, 751, "个", "临时党支部", "organization", doc="a"),
                mention(0, 751, "个", "临时党支部", "organization", doc="b"),
                mention(50, 400, "名", "学生", "personnel", doc="b", in_body=False)])
    assert f["fact_id"].tolist() == ["a#001", "b#001"]


def test_money_units_are_one_family():
    assert tables.same_unit_family("元", "元")
    f = merged([mention(0, 300000, "元", "党费", "funds"), mention(90, 300000, "元", "党费", "funds")])
    assert f["n_mentions"].tolist() == [2]


def test_a_mention_linking_two_facts_joins_them():
    # B and C do not match each other; A, said later, matches both: one fact, not two that overlap.
    f = merged([mention(0, 5, "个", "社区党组织", "organization"), mention(50, 5, "个", "企业党组织", "organization"),
                mention(100, 5, "个", "党组织", "organization")])
    assert f["n_mentions"].tolist() == [3]


units = st.sampled_from(["个", "名", "人", "元", "次", ""])
entities = st.sampled_from(["", "党员", "党员干部", "社区", "临时党支部", "党费"])
categories = st.sampled_from(["personnel", "coverage", "organization", "funds"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b"]), st.sampled_from([3.0, 5.0]), units, entities, categories,
                          st.sampled_from(["s1", "s2", ""])), max_size=12))
def test_every_mention_in_exactly_one_fact_and_facts_never_overlap(specs):
    rows = [mention(i * 40, v, u, e, c, sentence=s or f"own {i}", doc=d) for i, (d, v, u, e, c, s) in enumerate(specs)]
    m = tables.mention_frame(rows)
    f = tables.facts(m)
    assert f["n_mentions"].sum() == len(m)
    spans = sorted((doc, span) for doc, cell in zip(f["doc"], f["mentions"]) for span in cell.split("; ") if cell)
    assert spans == sorted((d, f"{s}:{e}") for d, s, e in zip(m["doc"], m["start"], m["end"]))
    # No mention of one fact is the same fact as a mention of another: totals never count twice.
    by_start = {(r["doc"], r["start"]): r for _, r in m.iterrows()}
    members = [[by_start[(doc, int(sp.split(":")[0]))] for sp in cell.split("; ")] for doc, cell in zip(f["doc"], f["mentions"])]
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            if a[0]["doc"] != b[0]["doc"]:
                continue
            for x in a:
                for y in b:
                    assert not tables.same_fact(_m(x), _m(y))


def _m(r) -> tables._M:
    return tables._M(0, int(r["start"]), int(r["end"]), float(r["value"]), float(r["value_high"]), r["unit"],
                     r["entity"], r["category"], r["sentence"])


# ---------------------------------------------------------------------------- the seeds

@pytest.fixture(scope="module")
def seeds() -> tables.Tables:
    return tables.build()


def test_mention_table_provenance(seeds):
    m = seeds.mentions
    assert list(m.columns) == [c for c in tables.MENTION_TABLE_COLUMNS if c != "in_body"]
    assert m.equals(m.sort_values(["doc", "start", "end"], kind="stable").reset_index(drop=True))
    assert set(m["place_name"]) == {"市南区", "汾阳市", "宕昌县", "秦皇岛市", "河源市"}
    assert set(m["place_code"]) == {"370202", "141182", "621223", "130300", "441600"}
    assert set(seeds.facts["place_zh"]) == {"市南区", "汾阳市", "宕昌县", "秦皇岛市", "河源市直机关工委"}
    for doc, rows in m.groupby("doc"):
        text = load(tables.seed_paths()[0].with_name(f"{doc}.txt")).text
        assert all(text[s:e] == surface for s, e, surface in zip(rows["start"], rows["end"], rows["surface"]))


@pytest.mark.parametrize("doc, value", [("000_2f153b118d3bd113", 751), ("000_2f153b118d3bd113", 300000),
                                        ("003_10d52dc19e4efbb1", 2265), ("003_10d52dc19e4efbb1", 160),
                                        ("004_751d38772c959f59", 3321)])
def test_seed_repeats_are_one_fact_with_both_offsets(seeds, doc, value):
    f = seeds.facts[(seeds.facts["doc"] == doc) & (seeds.facts["value"] == value)]
    assert len(f) == 1, f[["surface", "entity", "mentions"]]
    fact = f.iloc[0]
    assert fact["n_mentions"] == 2
    text = load(tables.seed_paths()[0].with_name(f"{doc}.txt")).text
    spans = [tuple(map(int, s.split(":"))) for s in fact["mentions"].split("; ")]
    assert [text[s:e] for s, e in spans] == fact["surfaces"].split("; ")


def test_seed_facts_keep_every_mention(seeds):
    assert seeds.facts["n_mentions"].sum() == len(seeds.mentions)
    assert len(seeds.facts) < len(seeds.mentions)


# ---------------------------------------------------------------------------- indicators

def fact(place: str, value: float, unit: str, entity: str, category: str, k: int, approx: str = "exact") -> dict:
    return dict(fact_id=f"{place}#{k:03d}", doc=f"doc_{place}", place_id=place, date="2020-02-19",
                surface=f"{value:g}{unit}{entity}", value=value, approx=approx, unit=unit, entity=entity,
                category=category, mentions=f"{k * 10}:{k * 10 + 5}")


@pytest.fixture(scope="module")
def made_up() -> pd.DataFrame:
    f = pd.DataFrame([
        fact("qinhuangdao", 200000, "元", "党费", "funds", 1),
        fact("qinhuangdao", 3500000, "元", "党费配套资金", "funds", 2),
        fact("qinhuangdao", 3350000, "元", "党费配套资金", "funds", 3),
        fact("qinhuangdao", 46000000, "元", "捐款", "funds", 4, "more_than"),
        fact("fenyang", 3600, "名", "党员干部", "personnel", 1, "more_than"),
        fact("fenyang", 38, "名", "党员领导干部", "personnel", 2),
        fact("fenyang", 84, "名", "年轻党员和入党积极分子", "personnel", 3),
        fact("fenyang", 20, "名", "党员干部", "personnel", 4, "more_than"),
        fact("fenyang", 28, "名", "科级机关党员干部", "personnel", 5),
        fact("fenyang", 1, "名", "履职不力的村党支部书记", "personnel", 6),
        fact("fenyang", 26, "个", "临时党支部", "organization", 7),
        fact("fenyang", 52, "个", "临时党小组", "organization", 8),
        fact("shinan", 751, "个", "临时党支部", "organization", 1),
        fact("shinan", 1021, "个", "线上党支部", "organization", 2),
        fact("heyuan_szjgjgw", 3321, "名", "党员、公职人员", "personnel", 1),
    ])
    return tables.indicators(f).set_index(["place_id", "indicator_id"])


def test_distinct_allocations_of_party_dues_add_up(made_up):
    row = made_up.loc[("qinhuangdao", "party_dues")]
    assert row["value"] == 7050000 and row["n_facts"] == 3 and row["combine"] == "sum"
    assert row["sources"].count("doc_qinhuangdao@") == 3


def test_nested_personnel_figures_take_the_largest(made_up):
    row = made_up.loc[("fenyang", "party_members_mobilized")]
    assert row["value"] == 3600 and row["approx"] == "more_than"
    assert row["sources"] == "doc_fenyang@10:15 3600名党员干部"
    assert row["candidates"].count(";") == 4  # five matching facts; the disciplined secretary is not one


def test_temporary_organizations_leave_out_groups_and_online_branches(made_up):
    assert made_up.loc[("fenyang", "temp_party_orgs"), "value"] == 26
    assert made_up.loc[("shinan", "temp_party_orgs"), "value"] == 751


def test_not_reported_is_missing_never_zero(made_up):
    row = made_up.loc[("shinan", "party_dues")]
    assert math.isnan(row["value"]) and math.isnan(row["per_10k"]) and row["status"] == tables.NOT_REPORTED
    assert row["sources"] == "" and row["n_facts"] == 0
    assert (made_up["value"] != 0).all()
    assert ((made_up["status"] == "reported") == made_up["value"].notna()).all()


def test_heyuan_is_divided_by_yuancheng(made_up):
    row = made_up.loc[("heyuan_szjgjgw", "party_members_mobilized")]
    assert row["denominator"] == 703607
    assert row["per_10k"] == pytest.approx(3321 / 703607 * 10000)
    assert "源城区" in row["denominator_label"] and "committee" in row["denominator_note"]


def test_counts_of_places_are_not_divided(made_up):
    assert made_up.xs("communities_covered", level="indicator_id")["per_10k"].isna().all()


def test_indicator_rows_follow_places_and_rules(made_up):
    ids = [r.indicator_id for r in tables.rules()]
    assert list(made_up.index.get_level_values(1)[: len(ids)]) == ids
    assert list(dict.fromkeys(made_up.index.get_level_values(0))) == list(tables.places()["place_id"])


def test_rule_file_is_complete():
    rules = tables.rules()
    assert len({r.indicator_id for r in rules}) == len(rules) >= 5
    for r in rules:
        assert r.label_zh and r.label_en and r.unit and len(r.notes) > 40
        assert any(re.search(r.entity_regex, e) for e in ["临时党支部", "党员干部", "党费", "捐款", "社区", "村", "防疫物资"])


def test_denominators_agree_with_places():
    places = {r["place_id"]: r for r in read_rows("places.csv")}
    denominators = tables.denominators().set_index("place_id")
    assert set(denominators.index) == set(places)
    for pid, row in denominators.iterrows():
        if pid == "heyuan_szjgjgw":
            assert (row["denominator"], row["division_code"]) == (703607, "441602")
            assert "703,607" in places[pid]["notes"]  # the same figure the shared places file cites
        else:
            assert row["denominator"] == int(places[pid]["population_2020"])
            assert row["division_code"] == places[pid]["division_code"]
        assert row["source"] and row["note"]


def test_seed_indicators_cite_real_offsets(seeds):
    ind = seeds.indicators
    assert len(ind) == 5 * len(tables.rules())
    assert ((ind["status"] == "reported") == ind["value"].notna()).all() and (ind["value"] != 0).all()
    for cell in ind.loc[ind["status"] == "reported", "sources"]:
        for source in cell.split("; "):
            ref, surface = source.split(" ", 1)
            doc, spans = ref.split("@")
            text = load(tables.seed_paths()[0].with_name(f"{doc}.txt")).text
            s, e = map(int, spans.split(",")[0].split(":"))
            assert text[s:e] == surface


def test_money_without_a_noun_counts_when_its_sentence_names_the_dues():
    sentence = "在中管和省管党费支持秦皇岛市20万元的基础上,市委组织部从市管党费配套资金划拨350万元"
    f = pd.DataFrame([
        dict(fact("qinhuangdao", 200000, "元", "", "funds", 1), sentence=sentence),
        dict(fact("qinhuangdao", 3500000, "元", "", "funds", 2), sentence=sentence),
        dict(fact("qinhuangdao", 90000, "元", "", "funds", 3), sentence="5家企业党组织捐赠价值9万元的防护口罩"),
    ])
    row = tables.indicators(f).set_index(["place_id", "indicator_id"]).loc[("qinhuangdao", "party_dues")]
    assert row["value"] == 3700000 and row["n_facts"] == 2
