"""Round q26n (twelfth session): finding figures and their counted nouns, kinds of error of BF pooled over every
opened figure corpus, pinned on small sentences written for this test (docs/rounds/q26n.md). Cases marked `was …`
gave something else on the round's starting commit; the others pin what the new rules leave alone.
"""
from __future__ import annotations

from mobilization.quantities import extract
from invented import body_values, kinds


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


def test_rates_per_period_and_daily_output():
    # 每 + a period (季度, 期, 学期, 小时) and a daily output or supply (日产, 日供水) make a rate, never a tally
    assert _read("该企业每季度收购农产品金额30余万元。") == []                                # was 金额30余万元
    assert _read("全市分批培训,每期培训党员近8万人。") == []                                   # was 每期培训党员近8万人
    assert _read("新产线投产后,日产能达到80万片以上。") == []                            # was 80万片以上
    # the rate and its figure describe the noun counted after 的: that count is a tally
    assert _read("新建日供水3万吨的供水工程2处。") == [("供水工程2处", "供水工程")]          # was 供水3万吨 too
    # a year's number before 的 is a date, not a rate's figure
    assert _read("建成日处理污水2万吨的污水处理厂3座。") == [("污水处理厂3座", "污水处理厂")]
    # a year's number before 的 is a date, not a rate's figure: the average stays a rate
    assert _read("全村人均纯收入由2015年的2950元提高到5600元。") == []


def test_a_verb_of_work_done_between_the_noun_and_its_count():
    # noun + verb of repair or rebuilding + count: the noun is what is counted (as after a verb of closing)
    got = _read("今年共完成塘坝加固18处,堤防改造3处,泵站整修5座。")
    assert [e for _, e in got] == ["塘坝", "堤防", "泵站"]                                      # was "", 堤防改造, …
    assert _read("已完成水库、山塘除险加固7座。")[0][1].endswith("山塘")                       # was ""
    # one word of the dictionary (危房改造) is a noun of its own: no verb is cut out of it
    assert _read("全县完成改造项目6个。") == [("项目6个", "项目")]
    # a verb of closing still reads as before
    assert _read("全省旅游景区关闭115家。")[0][1] == "旅游景区"


def test_a_verb_of_work_done_before_the_noun_is_no_part_of_it():
    # verb + noun + count, in a list after commas: the verb says what was done, the noun is counted
    got = _read("整修小型水库6座,整修山塘9口、拦河坝4座。")
    assert got[1] == ("山塘9口", "山塘")                                                        # was 整修山塘9口, 整修山塘
    assert _read("整修水库4座,加固渔排63个。")[1] == ("渔排63个", "渔排")                      # was 加固渔排


def test_a_fund_counted_as_a_body():
    # a fund counted by 家 or 支 is a body set up (the gold of AV, Y and BF: organization), not a sum of money
    got = extract("今年新增企业冠名慈善基金9家。")
    assert [(q.entity, q.category) for q in got] == [("企业冠名慈善基金", "organization")]     # was ""
    assert [(q.entity, q.category) for q in extract("力争明年设立专项基金40支。")] == [("专项基金", "organization")]
    # a fund's sum stays money
    assert [(q.entity, q.category) for q in extract("设立助学基金500万元。")] == [("助学基金", "funds")]


def test_a_numeral_and_a_classifier_of_machines_in_a_place_name():
    # 台, 辆, 架 count no places: a numeral and such a classifier before 镇, 乡, 县 is part of a name
    assert _read("与东山镇白果村、三台镇石桥村等5个村结对。") == [("5个村", "村")]               # was 三台镇石桥村 too
    assert _read("五台县组织党员300名。") == [("党员300名", "党员")]
    # goods for a township are still counted
    assert _read("捐赠两辆乡镇消防车。") == [("两辆乡镇消防车", "乡镇消防车")]


def test_a_total_counts_the_noun_of_its_parts():
    # parts of one unit, each with its noun, then 合计/共计 and a count with none: the total counts what they share
    got = _read("共收到单位捐款86笔,个人捐款240笔,合计326笔。")
    assert got[2] == ("326笔", "捐款")                                                       # was 326笔, ""
    got = _read("发放帐篷300顶、救灾帐篷200顶,共计500顶。")
    assert got[2] == ("500顶", "帐篷")                                                       # was 救灾帐篷 (the last part's)
    # parts that share no noun leave the total empty
    assert _read("组织党员20名,群众30名,共50名。")[2] == ("50名", "")


def test_a_lone_count_of_sites_counts_the_object_named_in_the_clause_before():
    # a clause of nothing but a word of plan and a verb (计划实施) elides its object, named at the end of the clause before
    got = _read("做好山洪灾害防治工程,计划实施12处。")
    assert got == [("12处", "山洪灾害防治工程")]                                            # was 12处, ""
    # the frame 加快/加大…力度: the object stands before 力度 and the verb of work on it
    got = _read("加快小型水库除险工程建设力度,计划实施9处,已完成投资80万元。")
    assert got[0] == ("9处", "小型水库除险工程")                                            # was 9处, ""
    # a subject or a place in the count's clause: not an elided object
    assert _read("做好山洪灾害防治工程,全县实施12处。")[0] == ("12处", "")


REPORT_WITH_A_DATED_LEDE = """社区义工探访长者
2026年3月8日,某某慈善会的42名义工来到东山村,与长者中心的义工团队携手,开展上门探访独
居长者活动,共探访长者120户。
义工们还为长者送上大米和食油。
"""


def test_a_lede_that_opens_with_its_date_is_no_dateline():
    # a date, a comma and a clause cut by a line break before its 。: the story's first sentence, its figures in the body
    assert 42.0 in body_values(REPORT_WITH_A_DATED_LEDE)                                      # was lost as a dateline
    assert "dateline" not in kinds(REPORT_WITH_A_DATED_LEDE)
    # a dateline stays one
    assert "dateline" in kinds("标题党员下沉社区报到\n2021-11-26 来源:某网\n" + "全区组织党员干部300名下沉社区,开展防疫工作。" * 3)
