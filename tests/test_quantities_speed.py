"""The speed-ups of quantities.extract change no output (docs/quantities.md "## Speed"; each step in
docs/rounds/speed-history.md).

The tagger of open-vocabulary nouns does jieba.posseg's work inline (`window_tags._tag_words`): its pairs must be
jieba's own on any window, whatever the script, digits, Latin letters or blanks.
"""
import jieba.posseg

from mobilization.quantities import open_before, open_nouns, window_tags

# Invented sentences in the shape of the genre (not taken from any report).
_INVENTED = (
    "全县调运抽水泵45台、救生衣3000件,派出支援队队员120名,其中19个临时安置点已启用。",
    "某镇发放 KF94型口罩2.5万只,100余名被困群众转移,投入资金5246万元用于抢修道路。",
    "截至3月5日24时,累计排查返乡人员1.2万人次,设立A区、B2区卡口共8处\r\n志愿者  60名",
    "新华二村组织党员干部下沉社区,开展“六个一”活动,捐款港币三十六万元、大米50kg、帐篷200顶。",
)


def test_inline_tagger_is_jieba():
    pos = window_tags._pos_tokenizer()
    for sentence in _INVENTED:
        for i in range(len(sentence)):
            for j in range(i, min(len(sentence), i + 16) + 1):
                w = sentence[i:j]
                expected = [(t.word, t.flag) for t in pos.cut(w, HMM=False)]
                assert window_tags._tagged(w) == expected, w
                assert window_tags._tagged(w) == expected, w  # and from its memory


def test_rate_words_behind_lookahead_match_as_written():
    """rate_re (searched over whole documents) has a lookahead for its first characters, which
    a lookbehind at the start of a row (一天, 一年 not after 仅) does not hide: same matches."""
    import re

    from mobilization.lexicon import read_rows
    from mobilization.quantities import lexicon
    from mobilization.quantities.wordlists import _exclusion_patterns

    plain = re.compile("|".join(_exclusion_patterns(r for r in read_rows("exclusions.csv") if r["kind"] == "rate")))
    fast = lexicon().rate_re
    assert fast.pattern.startswith("(?=[")
    texts = _INVENTED + ("每人每天发放口罩2个,人均补助一年3000元,仅一天就有5人,一个月要3次", "平均每户一年1万元")
    for t in texts:
        for i in range(len(t)):
            a, b = plain.search(t, i), fast.search(t, i)
            assert (a and a.span()) == (b and b.span()), (t, i)
            a, b = plain.match(t, i), fast.match(t, i)
            assert (a and a.span()) == (b and b.span()), (t, i)


def test_pre_checks_without_tagging_agree_with_tagging():
    """open_noun_before and _verb_before_people decide the common case without tagging: the last
    word of a window can end a noun only if some ending of it is such a word in the dictionary, and
    the first word is a two-character verb only if the dictionary tags those two characters v."""
    for sentence in _INVENTED:
        for i in range(len(sentence)):
            for j in range(i + 2, min(len(sentence), i + 20) + 1):
                w = sentence[i:j]
                words = window_tags._tagged(w)
                if words and open_nouns._final(*words[-1]):
                    assert open_before._may_end_in_noun(w), w
                if words and words[0][1] == "v":
                    assert window_tags._dictionary_tag(words[0][0]) == "v", w


def test_last_end_before_a_position_as_by_rfind():
    """_clause_start and _sentence_start (one regex match) give what the per-character rfind gave."""
    from mobilization.quantities.text import _CLAUSE_END, SENTENCE_END, _clause_start, _sentence_start

    for t in _INVENTED + ("甲。乙;丙!丁\n戊", "", "。"):
        for lo in range(len(t) + 1):
            for i in range(lo, len(t) + 1):
                expect_clause = max([lo] + [t.rfind(c, lo, i) + 1 for c in _CLAUSE_END if t.rfind(c, lo, i) >= 0])
                expect_sentence = max(max(t.rfind(c, lo, i) for c in SENTENCE_END) + 1, lo)
                assert _clause_start(t, lo, i) == expect_clause, (t, lo, i)
                assert _sentence_start(t, lo, i) == expect_sentence, (t, lo, i)


def test_noun_tail_in_one_match():
    """nouns_before's _NOUN_TAIL, matched from the window's start, gives the run a search gave."""
    import re

    from mobilization.quantities.nouns_before import _NOUN_TAIL
    from mobilization.quantities.text import _CLOSE_QUOTES, _OPEN_QUOTES

    plain = re.compile(rf"[\u3400-\u9fff、()（）{_OPEN_QUOTES}{_CLOSE_QUOTES}]*\Z")
    for t in _INVENTED + ("“六个一”活动3次", "(湖北牌照车辆4辆)", "abc", ""):
        for lo in range(len(t) + 1):
            for s in range(lo, len(t) + 1):
                assert _NOUN_TAIL.match(t, lo, s).group(1) == plain.search(t, lo, s).group(), (t, lo, s)


def test_whole_of_only_with_a_parts_word_in_the_same_sentence():
    """situations._whole_of looks for the last 其中 before the count first: one in an earlier sentence does
    not make the count a part (the same answer as reading the sentence's 其中s)."""
    from mobilization.quantities import lexicon
    from mobilization.quantities.records import Quantity
    from mobilization.quantities.situations import _whole_of

    lex = lexicon()
    w = Quantity(2, 9, "人员16万人", 160000.0, unit="人", entity="人员", category="coverage")
    t = "转移人员16万人,其中渔船人员12.8万人"
    assert _whole_of([w], Quantity(12, 22, "渔船人员12.8万人", 128000.0, unit="人", entity="渔船人员"), t, lex) is w
    t = "其中转移人员16万人。渔船人员12.8万人"  # the 其中 of an earlier sentence
    whole = Quantity(t.index("人员"), t.index("。"), "人员16万人", 160000.0, unit="人", entity="人员", category="coverage")
    s = t.index("渔船")
    part = Quantity(s, len(t), t[s:], 128000.0, unit="人", entity="渔船人员")
    assert _whole_of([whole], part, t, lex) is None
    t = "转移人员16万人,其中渔船人员12.8万人"
    whole = Quantity(t.index("人员"), t.index(","), "人员16万人", 160000.0, unit="人", entity="人员", category="coverage")
    s = t.index("渔船")
    assert _whole_of([whole], Quantity(s, len(t), t[s:], 128000.0, unit="人", entity="渔船人员"), t, lex) is whole


def test_quantity_init_and_replaced_are_the_dataclass_ones():
    """records: Quantity's one-step __init__ takes the dataclass's fields, in order, with their defaults, and
    `replaced` gives what dataclasses.replace gives (the records stay frozen)."""
    import dataclasses
    import inspect

    import pytest

    from mobilization.quantities import lexicon
    from mobilization.quantities.records import Quantity, replaced

    params = list(inspect.signature(Quantity.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Quantity)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [f.default if f.default is not dataclasses.MISSING else inspect.Parameter.empty
                                           for f in fields]
    q = Quantity(3, 9, "党员120名", 120.0, "more_than", None, "名", "党员", "personnel", 5, 9, "", False)
    assert dataclasses.astuple(q) == (3, 9, "党员120名", 120.0, "more_than", None, "名", "党员", "personnel", 5, 9, "", False,
                                      "", "")  # (noun_from, category_from: round f12)
    assert q == replaced(q, noun_from="before", category_from="agree")  # (what decided takes no part in equality)
    assert q == Quantity(3, 9, "党员120名", 120.0, approx="more_than", unit="名", entity="党员", category="personnel",
                         number_start=5, number_end=9) and hash(q) == hash(dataclasses.replace(q))
    with pytest.raises(dataclasses.FrozenInstanceError):
        q.value = 1.0
    for changes in ({"category": "coverage"}, {"end": 12, "surface": "党员120名志愿者", "entity": "志愿者"}, {}):
        assert replaced(q, **changes) == dataclasses.replace(q, **changes)
    cls = lexicon().classifiers["块"]
    assert replaced(cls, word="元") == dataclasses.replace(cls, word="元")
    with pytest.raises(TypeError):
        replaced(q, colour="red")


def test_population_pre_check_changes_nothing(monkeypatch):
    """populations._population asks `_may_describe` (cheap tests) before tagging the clause: with the pre-check
    always passing, every count of invented reports gets the same answer."""
    from mobilization.quantities import lexicon, populations
    from mobilization.quantities.candidate import scan
    from mobilization.quantities.records import replaced

    lex, words = lexicon(), populations.situation_words()
    texts = _INVENTED + ("全村共有326户1162人,辖9个村民小组。", "该村现有贫困户32户,已有居民3088户。", "走访全村326户。",
                         "十堰市28.1万贫困户。", "全县常住人口约4万人,其中转移1.2万人", "票站有684名登记选民,将全村264户转移",
                         "倒塌房屋19间、群众30余户共99名村民被埋", "社区已有居民3088户,共计发放口罩2000个")
    asked = 0
    for t in texts:
        qs = [replaced(q, category="coverage") for q in scan(t, lex)]
        for i, q in enumerate(qs):
            for listed in (False, True):
                fast = populations._population(q, qs[:i], t, lex, words, listed)
                with monkeypatch.context() as m:
                    m.setattr(populations, "_may_describe", lambda *a: True)
                    slow = populations._population(q, qs[:i], t, lex, words, listed)
                assert fast == slow, (t, q.surface, listed)
                asked += 1
    assert asked > 30


def test_short_chinese_numerals_read_as_read_numeral_reads_them():
    """numerals: 三十, 十五, 二十六, 两千, 一万 are read with integers, the value read_numeral gives (every string
    of those shapes over the digits and units); parse_numeral skips the Arabic pattern for them."""
    import itertools

    from mobilization import numerals

    alphabet = "一二两三四五六七八九十百千万亿零"
    shaped = 0
    for n in (1, 2, 3):
        for chars in itertools.product(alphabet, repeat=n):
            s = "".join(chars)
            if numerals._SHORT_TENS.fullmatch(s) or numerals._SHORT_UNIT.fullmatch(s):
                assert numerals.parse_chinese(s) == float(numerals.read_numeral(s)) == numerals.parse_numeral(s), s
                shaped += 1
    assert shaped == 1 + 2 * 10 + 10 * 10 + 10 * 4  # (ten digits: 两 as well as 二)


def test_money_pre_check_before_open_noun_changes_nothing(monkeypatch):
    """open_before._open_before skips tagging before a sum when no ending of the window is a noun of funds or
    goods: on every window of invented sentences, the same answer as with the pre-check always passing."""
    from mobilization.quantities import lexicon
    from mobilization.quantities.open_before import _open_before

    lex = lexicon()
    extra = "共筹集善款、紧急调运抽水泵、捐赠口罩(医用)、党费、特殊党费、个人捐款、爱心人士捐资、物资折合"
    windows = {s[i:j] for s in _INVENTED + (extra,) for i in range(len(s)) for j in range(i, min(len(s), i + 12) + 1)}
    money = [c for c in lex.classifiers.values() if c.kind == "money"]
    fast = {(w, c.word): _open_before(w, 0, len(w), c, lex) for w in windows for c in money}
    monkeypatch.setattr(open_before, "_may_end_in", lambda w, kinds, lex: True)
    assert fast == {(w, c.word): _open_before(w, 0, len(w), c, lex) for w in windows for c in money}


def test_exclusion_rows_by_first_character_match_as_the_whole_pattern():
    """exclusions._rows_in tries at each position only the rows that may begin with its character: the same
    matches, in the same order, as `exclusion_re.finditer` over the window, up to the numeral's end."""
    from mobilization.quantities import lexicon
    from mobilization.quantities.exclusions import _rows_in

    lex = lexicon()
    rx = lex.exclusion_re
    assert lex.exclusion_plan is not None  # every row has a short first-character class: the fast path is taken
    extra = "第3名、一个支部就是一座堡垒、2020-02-03 10:30、三个大字、前3名的、一家三口、包保一户和一户、不一样"
    for text in _INVENTED + (extra,):
        for s in range(len(text)):
            for e in range(s + 1, min(len(text), s + 4) + 1):
                lo, hi = max(0, s - 12), min(len(text), e + 12)
                expected = []
                for m in rx.finditer(text, lo, hi):
                    if m.start() >= e:
                        break
                    expected.append(m.span())
                assert [m.span() for m in _rows_in(text, lo, hi, e, lex)] == expected, (text, s, e)


def test_opening_verb_pre_check_changes_nothing():
    """nouns_before._opening_verb tags only when some verb of the list begins the words (round s15): the first word
    the tagger cuts begins them, so without such a prefix the answer is 0, as tagging would give. Every substring of
    invented sentences, both lists, against the reading by tagging alone."""
    from mobilization.quantities.nouns_before import _opening_verb
    from mobilization.quantities.verbs import situation_words
    from mobilization.quantities.window_tags import _tagged
    from mobilization.quantities.wordlists import noun_shape_words

    extra = "组织党员干部1500余名,动员群众、选派医护人员,整修山塘2口,加固堤坝,组织部干部,基层组织,维修工3名"
    tagged = 0
    for verbs in (situation_words().roles["mobilize"], noun_shape_words("work_done")):
        for s in _INVENTED + (extra,):
            for i in range(len(s)):
                for j in range(i, min(len(s), i + 12) + 1):
                    x = s[i:j]
                    words = _tagged(x)
                    expected = len(words[0][0]) if words and words[0][0] in verbs else 0
                    assert _opening_verb(x, verbs) == expected, x
                    tagged += expected > 0
    assert tagged > 5


def test_opening_verb_without_a_verb_prefix_is_not_tagged(monkeypatch):
    """党员干部 opens with no verb of sending: the words are not tagged at all (fails on the code before round s15)."""
    from mobilization.quantities import nouns_before
    from mobilization.quantities.verbs import situation_words

    def no_tagging(x):
        raise AssertionError(f"tagged {x}")
    monkeypatch.setattr(nouns_before, "_tagged", no_tagging)
    assert nouns_before._opening_verb("党员干部", situation_words().roles["mobilize"]) == 0


def test_head_init_is_the_dataclass_one():
    """records: Head's one-step __init__ (round s15) takes the dataclass's fields, in order, with their defaults; the
    records it builds equal, hash and repr as the dataclass's own, and stay frozen."""
    import dataclasses
    import inspect

    import pytest

    from mobilization.quantities.records import Head

    params = list(inspect.signature(Head.__init__).parameters.values())[1:]
    fields = dataclasses.fields(Head)
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [f.default if f.default is not dataclasses.MISSING else inspect.Parameter.empty
                                           for f in fields]

    @dataclasses.dataclass(frozen=True)
    class Plain:  # the dataclass as declared, with its generated __init__
        word: str
        category: str
        role: bool
        bare: bool
        place: bool = False
        reached: bool = False
        open: bool = False

    for args, kw in ((("抽水泵", "supplies", False, False), {"open": True}), (("社区", "coverage", False, True, True), {}),
                     (("党员", "personnel", True, False, False, False, False), {}), (("居民", "coverage", False, True), {"reached": True})):
        h, plain = Head(*args, **kw), Plain(*args, **kw)
        assert dataclasses.astuple(h) == dataclasses.astuple(plain)
        assert h == Head(*args, **kw) and hash(h) == hash(dataclasses.replace(h)) and h == dataclasses.replace(h)
        assert repr(h) == repr(plain).replace("test_head_init_is_the_dataclass_one.<locals>.Plain", "Head")
        with pytest.raises(dataclasses.FrozenInstanceError):
            h.word = "x"
    with pytest.raises(TypeError):
        Head("党员", "personnel", True)


def test_names_team_as_before_its_pre_check():
    """verbs._names_team tests the character before its late import (round s15): at every position of invented
    sentences, the answer of the whole test as first written (a form of an organization and a form of a team)."""
    from mobilization.quantities.open_nouns import _forms
    from mobilization.quantities.verbs import _TEAM_FORMS, _names_team

    texts = _INVENTED + ("7支专业搜救队共580名消防救援人员", "搜救群众", "组建党员突击队、应急小分队", "队")
    for t in texts:
        for e in range(len(t) + 2):
            expected = e < len(t) and _forms()[0].get(t[e]) == "organization" and t[e] in _TEAM_FORMS
            assert _names_team(t, e) == expected, (t, e)


def test_civic_readers_in_their_new_order_answer_as_before():
    """civic_readers.organized_for reads the training or job after the count before the verbs of the clause, and
    capacity tests its verbs in one str.endswith (round s15): on every count of invented sentences, the answers of
    the code as first written (re-stated here)."""
    from mobilization.quantities import extract, lexicon
    from mobilization.quantities.civic_readers import (_FOR_REACH, _NEXT_COUNT, _ORGANIZED_REACH, _role_re, capacity,
                                                       organized_for)
    from mobilization.quantities.text import _clause_end, _clause_start
    from mobilization.quantities.verbs import _verb_words, situation_words

    def organized_before(q, text, lex, words):
        lo = _clause_start(text, max(0, q.start - _ORGANIZED_REACH), q.start)
        verbs = _verb_words(text, lo, q.start, lex, words)
        if not verbs or not words.has("mobilize", verbs[-1].group()) or words.has("choose", verbs[-1].group()):
            return False
        k = q.end
        while (nxt := _NEXT_COUNT.match(text, k)) is not None:
            k = nxt.end()
        hi = _clause_end(text, k, _FOR_REACH)
        return any(words.has("train", m.group()) or words.has("employ", m.group())
                   for m in _role_re(words.roles["train"] | words.roles["employ"]).finditer(text, k, hi))

    def capacity_before(q, text, words):
        before = text[max(0, q.start - 4):q.start]
        return any(before.endswith(word) or q.surface.startswith(word) for word in words.roles["capacity"])

    lex, words = lexicon(), situation_words()
    texts = _INVENTED + ("组织2477名群众开展技能培训。", "组织113人、31人前往深圳务工。", "组织300名党员开展巡查。",
                         "新校舍可容纳学生900人,能容纳二十多艘渔船。", "安置点接纳群众900人。", "动员村民50人参加培训,选派30名干部")
    answers = set()
    for t in texts:
        for q in extract(t):
            a, b = organized_for(q, t, lex, words), capacity(q, t, words)
            assert (a, b) == (organized_before(q, t, lex, words), capacity_before(q, t, words)), (t, q.surface)
            answers |= {("organized", a), ("capacity", b)}
    assert len(answers) == 4  # (both answers of both readers met)


def test_cleared_list_with_its_verb_test_first_answers_as_before():
    """situations._cleared_list asks whether a verb of clearing opens the clause before the comma before reading the
    verbs (round s15): at every clause start and count of invented sentences, the answer of the code as first written."""
    import re

    from mobilization.quantities import lexicon
    from mobilization.quantities.situations import _LEADING_ADVERB, _OBJECT_COMMAS, _REACH, _cleared_list
    from mobilization.quantities.text import _clause_start
    from mobilization.quantities.verbs import _verb_words, situation_words

    def before(text, lo, start, lex, words):
        if lo < 1 or text[lo - 1] not in _OBJECT_COMMAS or _verb_words(text, lo, start, lex, words):
            return False
        lo2 = _clause_start(text, max(0, lo - 1 - _REACH), lo - 1)
        verbs = _verb_words(text, lo2, lo - 1, lex, words)
        opens = lo2 + len(_LEADING_ADVERB.match(text, lo2, lo - 1).group())
        return len(verbs) == 1 and verbs[0].start() == opens and words.has("cleared", verbs[0].group()) \
            and re.search(r"[0-9一二两三四五六七八九十百千万]", text[verbs[0].end():lo - 1]) is not None

    lex, words = lexicon(), situation_words()
    texts = _INVENTED + ("清理水沟40公里,淤泥80吨", "整修水沟40公里,淤泥80吨", "累计清理河道3条,垃圾20吨,转运50车",
                         "清理村内水沟,淤泥80吨", "清理水沟40公里,并清运淤泥80吨")
    said = set()
    for t in texts:
        for lo in range(len(t) + 1):
            for start in range(lo, min(len(t), lo + 6) + 1):
                a = _cleared_list(t, lo, start, lex, words)
                assert a == before(t, lo, start, lex, words), (t, lo, start)
                said.add(a)
    assert said == {True, False}


def test_vote_and_quota_readers_say_no_at_once_only_without_their_words(monkeypatch):
    """civic_readers.voted and to_fill answer False at once when the report holds no word of voting (nor 参加…选举) or
    of seats to fill (round s15): with those per-report tests always passing, every count of invented reports gets
    the same answers."""
    from mobilization.quantities import civic_readers, extract
    from mobilization.quantities.verbs import situation_words

    words = situation_words()
    texts = _INVENTED + ("实际参加投票3100人。", "共有选民人数5800人。", "近2万农民参加了换届选举。", "本届应选三百席。",
                         "将选出90名委员,其中区域委员60席。", "甲党获得120席。", "登记参加选举的选民921人", "转移群众300人")
    fast = {(t, q.start): (civic_readers.voted(q, t, words), civic_readers.to_fill(q, t, words))
            for t in texts for q in extract(t)}
    assert {a for a, _ in fast.values()} == {True, False} and {b for _, b in fast.values()} == {True, False}
    monkeypatch.setattr(civic_readers, "_said_in", lambda text, role: True)
    monkeypatch.setattr(civic_readers, "_taking_part_in", lambda text: True)
    assert fast == {(t, q.start): (civic_readers.voted(q, t, words), civic_readers.to_fill(q, t, words))
                    for t in texts for q in extract(t)}


def test_noun_category_is_open_heads_category():
    """open_nouns.noun_category (round s15: `_is_people` asks it without building a Head) is open_head's category on
    every substring of invented sentences."""
    from mobilization.quantities import lexicon
    from mobilization.quantities.open_nouns import noun_category, open_head

    lex = lexicon()
    seen = set()
    for s in _INVENTED + ("被困群众、抽水泵、救援队、街(镇)、社区(村)居民", ""):
        for i in range(len(s) + 1):
            for j in range(i, min(len(s), i + 10) + 1):
                assert noun_category(s[i:j], lex) == open_head(s[i:j], lex).category, s[i:j]
                seen.add(noun_category(s[i:j], lex))
    assert {"personnel", "supplies", "organization", "coverage", ""} <= seen


def test_civic_readers_per_report_tests_change_nothing(monkeypatch):
    """repaired, organized_for and rescued_thing say no at once in a report without a word of their role (round s15,
    `_said_in`): with that test always passing, the same answers on every count of invented reports (trained_de too)."""
    from mobilization.quantities import civic_readers as C
    from mobilization.quantities import extract, lexicon
    from mobilization.quantities.verbs import situation_words

    lex, words = lexicon(), situation_words()
    texts = _INVENTED + ("整修山塘2口、拦河坝11座。", "新建山塘2口。", "组织2477名群众开展技能培训。", "组织113人前往深圳务工。",
                         "组织培训的农民达到1800多万人,参加培训的300名学员", "共救援4台车辆。", "调集救援车辆4台。",
                         "解救受困车辆35台,转移牲畜200头", "修复水毁工程35处,电网改造、山塘整修等10余个项目")

    def answers():
        return {(t, q.start): (C.repaired(q, t, lex, words), C.organized_for(q, t, lex, words), C.trained_de(q, t, words),
                               C.rescued_thing(q, t, lex, words), C.civic_category(q, t, lex, words))
                for t in texts for q in extract(t)}
    fast = answers()
    assert all(any(a[i] for a in fast.values()) for i in range(4))  # (each reader says yes somewhere)
    monkeypatch.setattr(C, "_said_in", lambda text, role: True)
    assert fast == answers()


def test_situated_asks_is_people_once(monkeypatch):
    """situations._situated reads whether a count is of people once and keeps the answer for its tests (round s15; the
    answers over the seeds and the opened corpora are identical, benchmarks/same_quantities.py): at most one question
    per count (fails on the code before, which asked up to eleven times)."""
    from mobilization.quantities import lexicon, situations
    from mobilization.quantities.candidate import scan
    from mobilization.quantities.verbs import situation_words

    asked = []
    real = situations._is_people
    monkeypatch.setattr(situations, "_is_people", lambda q, lex: asked.append(q) or real(q, lex))
    lex, words, counts = lexicon(), situation_words(), 0
    for t in _INVENTED + ("转移群众300人,慰问困难党员50名,清理垃圾20吨,建成安置点3个", "对29名同学进行资助"):
        for q in scan(t, lex):
            asked.clear()
            situations._situated(q, t, lex, words)
            assert len(asked) <= 1, (t, q.surface, len(asked))
            counts += 1
    assert counts > 10


def test_in_need_pre_check_changes_nothing():
    """situation_readers._in_need asks one regex over the words of need before its loop (round s15): on every substring
    of invented nouns, the loop's own answer."""
    from mobilization.quantities.situation_readers import _NEEDY_PLACE, _in_need
    from mobilization.quantities.verbs import situation_words

    words = situation_words()

    def loop(entity):
        for need in words.roles["need"]:
            i = entity.find(need)
            while i >= 0:
                if not _NEEDY_PLACE.match(entity, i + len(need)):
                    return True
                i = entity.find(need, i + 1)
        return False

    said = set()
    for s in _INVENTED + ("在校就读贫困户学生、贫困村第一书记、成年孤儿、困难党员、留守儿童、低保户", "学生"):
        for i in range(len(s) + 1):
            for j in range(i, min(len(s), i + 10) + 1):
                assert _in_need(s[i:j], words) == loop(s[i:j]), s[i:j]
                said.add(loop(s[i:j]))
    assert said == {True, False}


def test_last_and_first_verb_words_as_verb_words_gives_them():
    """verbs._last_verb_word and _first_verb_word_at (round s15: clause_reading's _last_verb and _first_verb_after test
    only the matches they need) give `_verb_words(...)[-1]` and its `[0]` when it begins at k, on every span of
    invented sentences."""
    from mobilization.quantities import lexicon
    from mobilization.quantities.verbs import _first_verb_word_at, _last_verb_word, _verb_words, situation_words

    lex, words = lexicon(), situation_words()
    texts = _INVENTED + ("组织党员转移群众,20余万人紧急转移撤离、3600余间房屋倒塌", "接纳了受影响的群众共300人,发放慰问金前初估",
                         "7支轻型地震救援专业搜救队共580名消防救援人员转移到安全地带")
    found = 0
    for t in texts:
        for lo in range(len(t) + 1):
            for hi in range(lo, min(len(t), lo + 16) + 1):
                verbs = _verb_words(t, lo, hi, lex, words)
                last = _last_verb_word(t, lo, hi, lex, words)
                assert (last and last.span()) == (verbs[-1].span() if verbs else None), (t, lo, hi)
                first = _first_verb_word_at(t, lo, hi, lex, words)
                assert (first and first.span()) == (verbs[0].span() if verbs and verbs[0].start() == lo else None), (t, lo, hi)
                found += first is not None
    assert found > 20
