"""Tables: the mention table, merging repeated mentions into facts, and the per-place indicators."""
from __future__ import annotations

import math
import re

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from mobilization import tables
from mobilization.documents import DOCUMENT_COLUMNS
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
# Two bare 3s of different sentences with no actor context each: `facts` keeps them apart by the clause reading.
@example(specs=[("a", 3.0, "个", "", "personnel", "s1"), ("a", 3.0, "个", "", "personnel", "s1"),
                ("a", 3.0, "", "", "personnel", "s1"), ("a", 3.0, "", "", "personnel", "")])
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
    # Mentions are compared as `facts` reads them: with their clause's kind, actor context and entity.
    by_start = {}
    for doc, rows in m.groupby("doc"):
        records = rows.sort_values(["start", "end"], kind="stable").to_dict("records")
        read = tables.read_clauses(records)
        by_start.update({(doc, r["start"]): _m(r, read[i]) for i, r in enumerate(records)})
    members = [[by_start[(doc, int(sp.split(":")[0]))] for sp in cell.split("; ")] for doc, cell in zip(f["doc"], f["mentions"])]
    for i, (doc_a, a) in enumerate(zip(f["doc"], members)):
        for doc_b, b in zip(f["doc"][i + 1:], members[i + 1:]):
            if doc_a != doc_b:
                continue
            for x in a:
                for y in b:
                    assert not tables.same_fact(x, y)


def _m(r, read) -> tables._M:
    return tables._M(0, int(r["start"]), int(r["end"]), float(r["value"]), float(r["value_high"]), r["unit"],
                     read.entity, r["category"], r["sentence"], read.kind, read.context)


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


def test_seed_facts_carry_the_documents_table_place(seeds):
    assert set(seeds.facts["place_code"]) == {"370202", "141182", "621223", "130300", "441600"}
    assert list(seeds.facts.columns) == tables.FACT_COLUMNS


# ---------------------------------------------------------------------------- the clause: totals, parts, kinds

def sentence_mentions(doc: str, sentence: str, figures: list[tuple[str, float, str, str, str]], offset: int = 0) -> list[dict]:
    """Mention rows for figures (surface, value, unit, entity, category) found in one sentence, in order."""
    rows, at = [], 0
    for surface, value, unit, entity, category in figures:
        at = sentence.index(surface, at)
        rows.append(mention(offset + at, value, unit, entity, category, sentence=sentence, doc=doc, surface=surface))
        at += len(surface)
    return rows


def test_a_total_joined_by_lian_tong_is_not_added_to_its_parts():
    s = "从县管党费中划拨20.2万元,连同乡镇留存的8万元党费共计28.2万元,全部用于疫情防控。"
    f = merged(sentence_mentions("d", s, [("20.2万元", 202000, "元", "党费", "funds"),
                                          ("8万元党费", 80000, "元", "党费", "funds"),
                                          ("28.2万元", 282000, "元", "党费", "funds")]))
    assert f["role_in_total"].tolist() == ["part", "part", "total"]
    assert f["total_fact"].tolist() == ["d#003", "d#003", ""]
    row = indicator_of(f, "party_dues")
    assert row["value"] == 282000 and row["bound"] == "exact" and "stated total" in row["rule_applied"]
    assert row["sources"] == "d@" + f.iloc[2]["mentions"].replace("; ", ",") + " 28.2万元"


def test_a_total_with_qi_zhong_parts_gives_the_total():
    s = "全县党员共捐款150万元,其中机关党员捐款40万元,乡镇党员捐款110万元。"
    f = merged(sentence_mentions("d", s, [("捐款150万元", 1.5e6, "元", "捐款", "funds"),
                                          ("捐款40万元", 4e5, "元", "捐款", "funds"),
                                          ("捐款110万元", 1.1e6, "元", "捐款", "funds")]))
    assert f["role_in_total"].tolist() == ["total", "part", "part"]
    assert indicator_of(f, "cash_donations")["value"] == 1.5e6


def test_anecdotes_beside_a_total_are_inside_it_and_two_gifts_stay_two_facts():
    rows = sentence_mentions("d", "全县党员共捐款150万元。", [("捐款150万元", 1.5e6, "元", "捐款", "funds")])
    rows += sentence_mentions("d", "老党员张三捐款5000元。", [("捐款5000元", 5000, "元", "捐款", "funds")], 40)
    rows += sentence_mentions("d", "退休干部李四也捐款5000元。", [("捐款5000元", 5000, "元", "捐款", "funds")], 80)
    f = merged(rows)
    assert len(f) == 3  # the two people's 5000元 are two facts
    row = indicator_of(f, "cash_donations")
    assert row["value"] == 1.5e6 and "inside it" in row["rule_applied"]


def test_the_same_gift_said_twice_is_one_fact():
    rows = sentence_mentions("d", "老党员张三捐款5000元。", [("捐款5000元", 5000, "元", "捐款", "funds")])
    rows += sentence_mentions("d", "老党员张三捐款5000元,令人感动。", [("捐款5000元", 5000, "元", "捐款", "funds")], 90)
    assert len(merged(rows)) == 1


def test_donors_are_not_mobilized_personnel():
    s = "全市3.9万余名党员自愿捐款,共计捐款101.5万元。"
    rows = sentence_mentions("d", s, [("3.9万余名党员", 39000, "名", "党员", "personnel"),
                                      ("101.5万元", 1015000, "元", "", "funds")])
    rows += sentence_mentions("d", "全市抽调2000名党员干部下沉社区。", [("2000名党员干部", 2000, "名", "党员干部", "personnel")], 60)
    f = merged(rows)
    assert f["kind"].tolist() == ["donated", "donated", "sent_down"]
    assert indicator_of(f, "party_members_mobilized")["value"] == 2000
    assert indicator_of(f, "cash_donations")["value"] == 1015000  # a bare sum in a donation sentence


def test_money_named_by_its_clause_is_not_lost():
    s = "县委组织部用党费支持疫情防控工作资金15万元。"
    f = merged(sentence_mentions("d", s, [("疫情防控工作资金15万元", 150000, "元", "疫情防控工作资金", "funds")]))
    assert indicator_of(f, "party_dues")["value"] == 150000


def test_fen_bie_parts_without_a_total_are_summed():
    s = "三个街道分别有120名、80名和60名党员志愿者报名参加值守。"
    f = merged(sentence_mentions("d", s, [("120名", 120, "名", "", "personnel"), ("80名", 80, "名", "", "personnel"),
                                          ("60名党员志愿者", 60, "名", "党员志愿者", "personnel")]))
    assert f["role_in_total"].tolist() == ["part"] * 3
    assert f["entity"].tolist() == ["党员志愿者"] * 3
    row = indicator_of(f, "party_members_mobilized")
    assert row["value"] == 260 and "parts" in row["rule_applied"]


# ---------------------------------------------------------------------------- indicators on made-up facts

def documents(*rows: tuple) -> pd.DataFrame:
    """A documents table by hand: (doc, place_code, place_name, level, population, date, precision)."""
    return pd.DataFrame([dict(doc=d, place_code=c, place_name=n, place_level=lv, place_source="user", place_evidence="",
                              date=dt, date_precision=p, date_source="user", date_evidence="", population_2020=pop)
                         for d, c, n, lv, pop, dt, p in rows], columns=DOCUMENT_COLUMNS)


ONE_PLACE = documents(("d", "371100", "日照市", "prefecture", 2968365.0, "2020-03-05", "day"))


def indicator_of(facts_df: pd.DataFrame, indicator_id: str, docs: pd.DataFrame = ONE_PLACE) -> pd.Series:
    return tables.indicators(facts_df, docs).set_index(["place_code", "indicator_id"]).loc[
        (docs["place_code"].iloc[0], indicator_id)]


def fact(doc: str, value: float, unit: str, entity: str, category: str, k: int, approx: str = "exact",
         kind: str = "", sentence: str = "") -> dict:
    return dict(fact_id=f"{doc}#{k:03d}", doc=doc, surface=f"{value:g}{unit}{entity}", value=value, approx=approx,
                unit=unit, entity=entity, category=category, kind=kind, role_in_total="", total_fact="",
                mentions=f"{k * 10}:{k * 10 + 5}", sentence=sentence or f"s{k}")


PLACES = documents(("q1", "130300", "秦皇岛市", "prefecture", 3136879.0, "2020-02-19", "day"),
                   ("q2", "130300", "秦皇岛市", "prefecture", 3136879.0, "2020-02", "month"),
                   ("f1", "141182", "汾阳市", "county", 407647.0, "2020-02-04", "day"),
                   ("h1", "441600", "河源市", "prefecture", 2837686.0, "2020", "year"),
                   ("z1", "999901", "新区", "", float("nan"), "", ""),
                   ("u1", "", "", "", float("nan"), "", ""))


@pytest.fixture(scope="module")
def made_up() -> pd.DataFrame:
    f = pd.DataFrame([
        fact("q1", 200000, "元", "党费", "funds", 1),
        fact("q1", 3500000, "元", "党费配套资金", "funds", 2),
        fact("q1", 3350000, "元", "党费配套资金", "funds", 3),
        fact("q2", 46000000, "元", "捐款", "funds", 1, "more_than", "donated"),
        fact("q2", 200000, "元", "党费", "funds", 2),
        fact("f1", 3600, "名", "党员干部", "personnel", 1, "more_than"),
        fact("f1", 38, "名", "党员领导干部", "personnel", 2),
        fact("f1", 1, "名", "履职不力的村党支部书记", "personnel", 6),
        fact("f1", 26, "个", "临时党支部", "organization", 7),
        fact("f1", 52, "个", "临时党小组", "organization", 8),
        fact("h1", 3321, "名", "党员、公职人员", "personnel", 1),
        fact("z1", 300, "名", "党员志愿者", "personnel", 1, kind="volunteered"),
        fact("u1", 150, "名", "党员干部", "personnel", 1),
    ])
    return tables.indicators(f, PLACES).set_index(["place_code", "indicator_id"])


def test_one_row_per_place_and_rule_unplaced_documents_left_to_the_summary(made_up):
    assert sorted(set(made_up.index.get_level_values(0))) == ["130300", "141182", "441600", "999901"]
    assert len(made_up) == 4 * len(tables.rules())
    assert tables.unplaced(PLACES) == ["u1"]


def test_several_reports_of_a_place_give_their_largest_value_as_a_lower_bound(made_up):
    row = made_up.loc[("130300", "party_dues")]
    assert row["value"] == 7050000 and row["bound"] == "lower_bound"
    assert "largest of 2 reports" in row["rule_applied"] and row["sources"].count("q1@") == 3
    assert row["dates"] == "2020-02-19"


def test_nested_personnel_figures_take_the_largest(made_up):
    row = made_up.loc[("141182", "party_members_mobilized")]
    assert row["value"] == 3600 and row["bound"] == "lower_bound"
    assert row["sources"] == "f1@10:15 3600名党员干部"
    assert row["candidates"].count(";") == 1  # the disciplined secretary is not one


def test_not_reported_and_no_denominator_are_told_apart(made_up):
    row = made_up.loc[("141182", "party_dues")]
    assert math.isnan(row["value"]) and row["status"] == tables.NOT_REPORTED and row["n_facts"] == 0
    new = made_up.loc[("999901", "party_members_mobilized")]
    assert new["value"] == 300 and math.isnan(new["per_10k"]) and new["denominator_status"] == tables.NO_DENOMINATOR
    assert (made_up["value"] != 0).all()
    assert ((made_up["status"] == "reported") == made_up["value"].notna()).all()


def test_a_curated_denominator_applies_only_to_the_reports_it_was_made_for(made_up):
    row = made_up.loc[("441600", "party_members_mobilized")]
    assert row["denominator"] == 2837686 and row["denominator_status"] == "census"  # h1 is not the seed
    seed = documents(("004_751d38772c959f59", "441600", "河源市", "prefecture", 2837686.0, "2020-03", "month"))
    f = pd.DataFrame([fact("004_751d38772c959f59", 3321, "名", "党员", "personnel", 1)])
    row = indicator_of(f, "party_members_mobilized", seed)
    assert row["denominator"] == 703607 and "源城区" in row["denominator_label"]


def test_counts_of_places_are_not_divided(made_up):
    assert made_up.xs("communities_covered", level="indicator_id")["per_10k"].isna().all()


def test_copies_of_one_story_count_once_with_every_source():
    docs = documents(("a", "371100", "日照市", "prefecture", 2968365.0, "2020-03-05", "day"),
                     ("b", "371100", "日照市", "prefecture", 2968365.0, "2020-03-06", "day"))
    said = "全市累计划拨600000元党费。"  # stated for the whole city: exact
    f = pd.DataFrame([fact("a", 600000, "元", "党费", "funds", 1, sentence=said),
                      fact("b", 600000, "元", "党费", "funds", 1, sentence=said)])
    dups = pd.DataFrame(dict(cluster=["dup001"] * 2, doc=["a", "b"], representative=["a", "a"]))
    row = tables.indicators(f, docs, dups).set_index("indicator_id").loc["party_dues"]
    assert row["value"] == 600000 and row["bound"] == "exact" and "also in b" in row["rule_applied"]
    alone = tables.indicators(f, docs).set_index("indicator_id").loc["party_dues"]
    assert alone["value"] == 600000 and "largest of 2 reports" in alone["rule_applied"]  # never 1.2 M


def test_rule_file_is_complete():
    rules = tables.rules()
    assert len({r.indicator_id for r in rules}) == len(rules) >= 5
    for r in rules:
        assert r.label_zh and r.label_en and r.unit and len(r.notes) > 40
        assert any(re.search(r.entity_regex, e) for e in ["临时党支部", "党员干部", "党费", "捐款", "社区", "村", "防疫物资",
                                                         "特殊党费"])
        assert r.counts  # what the indicator counts, printed on its charts


def test_curated_denominators_agree_with_places():
    places = {r["division_code"]: r for r in read_rows("places.csv")}
    denominators = tables.denominators().set_index("place_code")
    assert set(denominators.index) == set(places)
    for code, row in denominators.iterrows():
        if row["division_code"] != code:
            assert (code, row["denominator"], row["division_code"]) == ("441600", 703607, "441602")
            assert "703,607" in places[code]["notes"]  # the same figure the shared places file cites
        else:
            assert row["denominator"] == int(places[code]["population_2020"])
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


def test_seed_values_are_unchanged_by_the_clause_reading(seeds):
    ind = seeds.indicators.set_index(["place_code", "indicator_id"])["value"]
    assert ind[("130300", "party_dues")] == 7050000 and ind[("130300", "cash_donations")] == 46000000
    assert ind[("141182", "party_members_mobilized")] == 3600 and ind[("441600", "party_dues")] == 1100000


def test_money_without_a_noun_counts_when_its_sentence_names_the_dues():
    sentence = "在中管和省管党费支持秦皇岛市20万元的基础上,市委组织部从市管党费配套资金划拨350万元"
    f = pd.DataFrame([fact("d", 200000, "元", "", "funds", 1, sentence=sentence),
                      fact("d", 3500000, "元", "", "funds", 2, sentence=sentence),
                      fact("d", 90000, "元", "", "funds", 3, sentence="5家企业党组织捐赠价值9万元的防护口罩")])
    row = indicator_of(f, "party_dues")
    assert row["value"] == 3700000 and row["n_facts"] == 2


# ---------------------------------------------------------------------------- the test corpus, end to end

CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture(scope="module")
def corpus_tables() -> tables.Tables:
    from mobilization.mainjob import documents_table, read_user_documents
    from mobilization.pipeline import analyse

    analyses = [analyse(load(p)) for p in sorted(CORPUS.glob("*.txt"))]
    return tables.from_analyses(analyses, documents_table(analyses, read_user_documents(CORPUS / "documents.csv")))


def test_corpus_indicators_end_to_end(corpus_tables):
    ind = corpus_tables.indicators.set_index(["place_code", "indicator_id"])
    assert ind.loc[("622927", "party_dues"), "value"] == 282000 + 150000  # a total, not its parts; a separate sum
    assert ind.loc[("622927", "party_members_mobilized"), "value"] == 1200  # said twice: one fact
    assert ind.loc[("371100", "cash_donations"), "value"] == 1.5e6  # two copies, one story, anecdotes inside
    assert ind.loc[("371100", "party_members_mobilized"), "value"] == 2000  # not the 39,000 donors
    assert ind.loc[("371102", "party_members_mobilized"), "value"] == 260
    assert tables.unplaced(corpus_tables.documents) == ["gulou_undated", "newzone_volunteers"]
    assert set(corpus_tables.facts.loc[corpus_tables.facts["doc"] == "gulou_undated", "place_code"]) == {""}


# ---------------------------------------------------------------------------- a stated total and its 其中 parts

FIRE = ("南涧县扑灭一起森林火情\n2022年3月5日\n3月3日下午，南涧县青龙乡发生一起森林火情。经初步统计，投入此次扑救行动人员"
        "1500余人。其中，市森林消防支队120人，北岭县专业扑火队40人、消防车2辆6人，西河县消防车3辆11人，南涧县专业扑火队150人、"
        "县直机关干部600人、群众500人。目前明火已全部扑灭。\n")


def _tables_of(tmp_path, text: str, name: str = "fire") -> tables.Tables:
    from mobilization.pipeline import analyse

    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    docs = documents((name, "532926", "南涧彝族自治县", "county", 193000.0, "2022-03-05", "day"))
    return tables.from_analyses([analyse(load(path))], docs)


def test_qi_zhong_parts_belong_to_the_figure_before_them_and_keep_their_own_nouns(tmp_path):
    t = _tables_of(tmp_path, FIRE)
    f = t.facts.set_index("surface")
    total = f.loc["此次扑救行动人员1500余人"]
    assert total["role_in_total"] == "total"
    # (round q25n: a team before N人 is its noun and in its surface: 市森林消防支队120人)
    for part in ("市森林消防支队120人", "专业扑火队40人", "6人", "11人", "南涧县专业扑火队150人", "县直机关干部600人",
                 "群众500人"):
        assert f.loc[part, "role_in_total"] == "part" and f.loc[part, "total_fact"] == total["fact_id"], part
    # the noun said before 600人 is its own: it is not spread back onto other counties' fire crews
    assert f.loc["6人", "entity"] != "县直机关干部" and f.loc["南涧县专业扑火队150人", "entity"] != "县直机关干部"
    row = t.indicators.set_index("indicator_id").loc["party_members_mobilized"]
    assert row["value"] == 600 and "sum" not in row["rule_applied"]  # not 6 + 11 + 150 + 600 = 767


STORY = ("东山县党员干部连夜救灾\n2022年6月2日\n6月1日夜里，东山县普降暴雨，青龙村一户老人家中进水。三名党员干部和附近群众"
         "一起齐心协力，一边帮忙排水，一边把家具搬到高处。随后，村支书带着两名村干部赶往最后一个自然村，转移被困群众。\n")
WHOLE = ("东山县选派干部下沉一线\n2022年6月2日\n疫情发生以来，全县选派1200名党员干部下沉到村，覆盖全县86个行政村。\n")


def test_a_story_s_figures_are_lower_bounds_and_a_whole_county_s_are_exact(tmp_path):
    story = _tables_of(tmp_path, STORY, "story").indicators.set_index("indicator_id")
    for ind, value in (("party_members_mobilized", 3), ("villages_covered", 1)):
        row = story.loc[ind]
        assert row["value"] == value and row["bound"] == "lower_bound", (ind, row["bound"])
        assert "not stated for the whole place" in row["rule_applied"]
    whole = _tables_of(tmp_path, WHOLE, "whole").indicators.set_index("indicator_id")
    assert whole.loc["party_members_mobilized", ["value", "bound"]].tolist() == [1200, "exact"]
    assert whole.loc["villages_covered", ["value", "bound"]].tolist() == [86, "exact"]


def test_rule_applied_counts_the_facts_it_used():
    f = pd.DataFrame([fact("d", 800, "名", "党员干部", "personnel", 1, sentence="全县800名党员干部下沉。"),
                      fact("d", 65, "名", "党员干部", "personnel", 2, sentence="街道65名党员干部值守。")])
    row = indicator_of(f, "party_members_mobilized")
    assert row["n_facts"] == 1 and row["rule_applied"].startswith("largest figure; 2 matching facts, 1 used")


RED_CROSS = ("东山市红十字会公布疫情防控捐赠情况\n2022年2月10日\n截至2月9日，东山市红十字会累计接收社会各界捐款256万元，"
             "接收捐赠物资价值38万元。\n")
MEMBERS = ("东山市党员踊跃捐款支持疫情防控\n2022年2月10日\n截至2月9日，全市党员自愿捐款共计120万元，"
           "非公企业党组织捐赠防疫物资价值30万元。\n")


def test_donations_count_who_gave_not_who_received(tmp_path):
    received = _tables_of(tmp_path, RED_CROSS, "redcross").indicators.set_index("indicator_id")
    assert received.loc["cash_donations", "status"] == "not reported"  # the Red Cross received it: no Party gift
    assert received.loc["in_kind_donations", "status"] == "not reported"
    given = _tables_of(tmp_path, MEMBERS, "members").indicators.set_index("indicator_id")
    assert given.loc["cash_donations", ["value", "bound"]].tolist() == [1.2e6, "exact"]
    assert given.loc["in_kind_donations", "value"] == 3e5


ROUNDUP = ("南涧县组织力量扑灭山火\n2022年3月5日\n3月3日，南涧县与巍山县交界处发生山火。经初步统计，投入扑救人员1200余人。其中，"
           "巍山县派出党员干部900人，南涧县机关干部260人。\n")


def test_a_listed_part_naming_another_county_is_not_this_place_s(tmp_path):
    row = _tables_of(tmp_path, ROUNDUP, "roundup").indicators.set_index("indicator_id").loc["party_members_mobilized"]
    assert row["value"] == 260 and "900" not in row["sources"]  # 巍山县's 900 are not 南涧县's
