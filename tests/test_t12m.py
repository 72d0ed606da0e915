"""Round t12m (twelfth session): public funds, the money a government or administration puts in.

Every report here is one we wrote for these tests (invented stories in real counties' names), not a corpus's and
not the seeds'. Each test fails on the code before the round (no `public_funds` indicator, no `unless` column).
"""
from __future__ import annotations

import pytest

from mobilization import tables
from mobilization.tables import indicator_rules
from mobilization.tables.indicator_rules import rules

from invented import indicator_row, report_tables

MONEY = ("party_dues", "cash_donations", "special_party_dues", "in_kind_donations", "public_funds")


def _tables(tmp_path, text: str, name: str = "r") -> tables.Tables:
    return report_tables(tmp_path, text, name, code="511126", place="夹江县", population=300000.0, date="2022-07-20")


_row = indicator_row


def test_public_funds_is_an_indicator_of_money_in_yuan_summed():
    r = {x.indicator_id: x for x in rules()}["public_funds"]
    assert (r.label_zh, r.unit, r.combine, r.per_capita) == ("财政资金投入", "yuan", "sum", True)
    assert "not Party dues" in r.counts and r.notes
    assert set(r.unless) == {"party_dues", "special_party_dues", "cash_donations", "in_kind_donations"}


# Who gives decides: an organ in the figure's clause, a division that allocates, a programme only governments fund.
DROUGHT = ("夹江县全力抗旱保民生\n2022年7月20日\n旱情发生后，县财政紧急安排抗旱资金300万元，县民政局下拨救灾资金120万元，"
           "用于受灾群众生活救助。\n")


def test_sums_an_administration_allocates_add_up(tmp_path):
    row = _row(_tables(tmp_path, DROUGHT), "public_funds")
    assert row["status"] == "reported" and row["value"] == 4200000
    assert row["rule_applied"].startswith("sum of distinct figures")
    assert row["per_10k"] == pytest.approx(4200000 / 300000 * 10000)


TOTAL = ("夹江县下达衔接资金\n2022年7月20日\n今年以来，全县累计投入衔接推进乡村振兴补助资金共计5000万元，其中产业发展3000万元，"
         "基础设施2000万元。\n")


def test_a_stated_total_is_used_instead_of_its_parts(tmp_path):
    row = _row(_tables(tmp_path, TOTAL), "public_funds")
    assert row["value"] == 50000000 and row["rule_applied"].startswith("stated total")


def test_a_division_that_allocates_is_a_public_giver_but_a_scope_word_is_not(tmp_path):
    spent = _tables(tmp_path, "夹江县抗旱\n2022年7月20日\n目前，该县已投入抗旱资金280万元，解决了1.5万人饮水困难。\n", "a")
    assert _row(spent, "public_funds")["value"] == 2800000
    charity = _tables(tmp_path, "夹江县慈善工作\n2022年7月20日\n全县慈善机构救助支出800万元，受助困难群众1.2万人次。\n", "b")
    assert _row(charity, "public_funds")["status"] == "not reported"


def test_charities_firms_and_collectives_are_not_public_givers(tmp_path):
    text = ("夹江县社会力量助力脱贫\n2022年7月20日\n县慈善总会发放扶贫助学资金60万元。某公司投入资金100万元建设产业基地。"
            "村集体经济收入达到50万元，全年发放扶贫小额贷款500万元，直接经济损失2亿元。\n")
    assert _row(_tables(tmp_path, text), "public_funds")["status"] == "not reported"


def test_a_thanks_to_the_party_and_the_government_is_no_giver(tmp_path):
    text = ("夹江县慈善协会送温暖\n2022年7月20日\n三大节日共发放慰问金总计8.58万元，将党和政府的关怀及时送到困难群众手中。\n")
    assert _row(_tables(tmp_path, text), "public_funds")["status"] == "not reported"


def test_subsistence_allowances_need_no_named_giver(tmp_path):
    text = "夹江县民生保障\n2022年7月20日\n全年城乡低保累计保障5000人次，发放资金2121万元。\n"
    assert _row(_tables(tmp_path, text), "public_funds")["value"] == 21210000


# No figure in two indicators: dues, special dues and donations stay where they are.
DUES = ("夹江县划拨党费支持防汛\n2022年7月20日\n县委组织部从代管党费中下拨防汛专项资金50万元。全县党员踊跃缴纳特殊党费12万元，"
        "机关党员自愿捐款8万元。县财政安排防汛资金200万元。\n")


def test_dues_special_dues_and_donations_are_no_public_funds(tmp_path):
    t = _tables(tmp_path, DUES)
    assert _row(t, "party_dues")["value"] == 500000
    assert _row(t, "special_party_dues")["value"] == 120000
    assert _row(t, "cash_donations")["value"] == 80000
    assert _row(t, "public_funds")["value"] == 2000000


def test_no_figure_counts_in_two_indicators(tmp_path):
    t = _tables(tmp_path, DUES + DROUGHT + TOTAL)
    sources = [s for i in MONEY for s in _row(t, i)["candidates"].split("; ") if s]
    assert len(sources) == len(set(sources))
    # the dues' allocation matches both rules by their own columns; `unless` leaves it to party_dues
    fact = dict(entity="防汛专项资金", unit="元", category="funds", kind="allocated", surface="防汛专项资金50万元",
                sentence="县委组织部从代管党费中下拨防汛专项资金50万元。")
    by_id = {r.indicator_id: r for r in rules()}
    assert by_id["public_funds"].matches(fact) and by_id["party_dues"].matches(fact)
    m = indicator_rules.matching_facts(rules(), [fact])
    assert (m["party_dues"], m["public_funds"]) == ([0], [])


def test_unless_must_name_another_indicator(tmp_path, monkeypatch):
    from mobilization import lexicon

    head = (lexicon.data_dir() / "indicators.csv").read_text(encoding="utf-8").split("\n")
    rows = [line for line in head if line and not line.startswith("#")]
    bad = rows[0] + "\n" + "\n".join(r if not r.startswith("public_funds,") else r.rsplit(",", 1)[0] + ",no_such"
                                     for r in rows[1:]) + "\n"
    (tmp_path / "indicators.csv").write_text(bad, encoding="utf-8")
    monkeypatch.setenv(lexicon.OVERLAY_ENV, str(tmp_path))
    lexicon._read_merged.cache_clear()
    try:
        with pytest.raises(ValueError, match="unless names no other indicator: no_such"):
            rules()
    finally:
        monkeypatch.delenv(lexicon.OVERLAY_ENV)
        lexicon._read_merged.cache_clear()
