"""Round q16 (issue 12): lexicalised numerals, a noun spread backwards, the fifth-session codebook lines,
classes of donations named by a threshold.

Invented sentences; those marked `was …` gave another result on main 868e796.
"""
import pytest

from mobilization.quantities import extract


def _surfaces(text: str) -> list[str]:
    return [q.surface for q in extract(text)]


def _one(text: str, surface: str):
    found = [q for q in extract(text) if q.surface == surface]
    assert len(found) == 1, [q.surface for q in extract(text)]
    return found[0]


@pytest.mark.parametrize("text, kept", [
    # a word of the dictionary begins at the numeral and runs past the classifier: no count (was: 3 轮, 2 位)
    ("志愿者骑着三轮车把物资送到各家。", []),
    ("今年全县生产总值实现两位数增长。", []),
    ("当年他是村里有名的万元户。", []),  # (no count on 868e796 either)
    # a word that is itself a count, or a noun the classifier counts, keeps the count
    ("村委会派出两辆车运送物资。", ["两辆车"]),
    ("镇里组织三个村的党员开展巡查。", ["三个村"]),
    ("三名党员连夜赶到现场。", ["三名党员"]),
])
def test_lexicalised_numerals(text, kept):
    assert _surfaces(text) == kept


def _fact_nouns(text: str) -> dict[str, str]:
    from mobilization import pipeline, tables
    from mobilization.corpus import Document
    rows = pipeline.mention_rows(pipeline.analyse(Document("d", "d.txt", "", "utf-8", text)))
    for r in rows:
        r["doc"] = "d"
    f = tables.facts(tables.mention_frame(rows))
    return dict(zip(f["surface"], f["entity"]))


def test_a_later_noun_reaches_back_only_over_one_coordinated_run():
    # round q16 (newcomer audit B4; was: 县级机关干部 on 868e796): a noun written before its own number, or after a count with its own
    # subject, does not reach back to 6人, 9人 or 120人
    nouns = _fact_nouns("某镇共投入扑火人员1500余人。其中,甲县专业扑火队60人、救援车2辆6人,乙县救援车3辆9人,"
                        "丙县专业扑火队120人、县级机关干部600人、群众700人。")
    assert nouns["6人"] == nouns["9人"] == ""
    assert nouns["专业扑火队120人"] == "专业扑火队"  # round q25n: the team before N人 is its noun (was 120人, "")
    assert nouns["县级机关干部600人"] == "县级机关干部"
    # bare counts of one run take the noun named once after the last (unchanged)
    nouns = _fact_nouns("全区共有320名党员志愿者报名。其中,三个街道分别有150名、100名和70名党员志愿者参加值守。")
    assert nouns["150名"] == "党员志愿者"


@pytest.mark.parametrize("text, surface, entity", [
    # a count with its own subject before it does not take the noun of the next count (was: 党员)
    # (round q25n: the team before the count is its noun, the members of 扑火队; was 80名 with no noun)
    ("甲县扑火队80名和乙县60名党员赶赴火场。", "扑火队80名", "扑火队"),
    ("甲县扑火队80名和60名党员赶赴火场。", "扑火队80名", "扑火队"),
    # a verb before the run: the counts of one run share the noun (unchanged)
    ("全镇出动80名和60名党员。", "80名", "党员"),
])
def test_the_noun_after_a_count_does_not_reach_over_a_subject(text, surface, entity):
    assert _one(text, surface).entity == entity


@pytest.mark.parametrize("text, kept", [
    # classes of single gifts named by their bounds are no sums given (was: every bound)
    ("这些捐款中,九成是每笔五千元或以下的捐款。", []),
    ("1万元或以下的小额捐款,多达约3万笔。", ["约3万笔"]),
    ("2万元至50万元的捐款约1800笔。", ["捐款约1800笔"]),
    ("50万元以上的捐款有超过300笔,当中200万元以上的巨额捐赠有逾90笔。", ["捐款有超过300笔", "逾90笔"]),
    # a sum of gifts with no bound, or a bound before goods, stays
    ("基金会共收到120万元的捐款。", ["120万元"]),
    ("爱心企业捐赠超过100万元的防疫物资。", ["超过100万元"]),
])
def test_classes_of_gifts_named_by_a_bound(text, kept):
    assert _surfaces(text) == kept


def test_a_bound_that_includes_itself_is_an_approximation():
    q = _one("共有60名及以上党员报名。", "60名及以上党员")
    assert (q.approx, q.entity) == ("at_least", "党员")


@pytest.mark.parametrize("text, surface, category", [
    # CODEBOOK.md fifth session: the electorate is the place's description (was: coverage, personnel)
    ("该区共有5000名登记选民,当天有4200人投票。", "5000名登记选民", "other"),
    ("全村登记选民800人。", "登记选民800人", "other"),
    # people who benefit, students aided: coverage (was: personnel)
    ("项目完工后受益群众3000人。", "群众3000人", "coverage"),
    ("本次受助学生120人。", "本次受助学生120人", "coverage"),
    # voters counted as taking part stay reached
    ("参加投票选民700人。", "投票选民700人", "coverage"),
])
def test_fifth_session_categories(text, surface, category):
    assert _one(text, surface).category == category


@pytest.mark.parametrize("text, kept", [
    # a recurring amount per year, a yearly output or revenue, is a rate (CODEBOOK.md fifth session; was: counted)
    ("从今年起,县里每年统筹安排产业发展扶持资金不少于800万元。", []),
    ("项目建成后可年产30万吨饲料,年营业收入将达12亿元,解决300余人就业。", ["300余人"]),
    # a total for a named period stays
    ("2020年全年捐款3亿元。", ["捐款3亿元"]),
])
def test_yearly_rates(text, kept):
    assert _surfaces(text) == kept


def test_a_currency_note_that_goes_on_with_a_conversion():
    # (港元,下同,约…美元): the money named first is the money of the sums below (was: USD, the last one named)
    qs = extract("基金已收到捐款约42亿(港元,下同,约5.39亿美元),其中小额捐款约2.9亿元。")
    assert [q.currency for q in qs if q.surface.endswith("亿元")] == ["HKD"]
