"""Quantities, step 4: what a count counts (organization, personnel, funds, coverage, activity, supplies, other).

From the classifier and the head noun (`_category`), then from the verb before people
(走访 reaches them: coverage; 收治 treats them: other), a screening after them, and a word of harm
(死亡, 受灾, 受损: harm_words.csv) before or after the count: other.
"""
from __future__ import annotations

import re



from .records import Classifier, Head, Lexicon
from .text import _clause_end, _clause_start
from .heads import _case, _CONJUNCTIONS
from .window_tags import _tagged
from .verbs import _begins_noun, _closes_item, situation_words


_HOUSEHOLDS = ("户", "家庭", "人家")  # nouns of households: counted by 名 they are people, read by their clause


def _category_why(classifier: Classifier | None, head: Head | None) -> tuple[str, str]:
    """The category of a count by its classifier and head noun, and what decided it (Quantity.category_from: noun, form,
    agree, classifier, combined, fallback). Money is funds, events are activity; classifiers that name what they count (名 and 人 people,
    户 households) decide before the noun does (1.2万户居民 counts households: coverage); other
    classifiers only say what they usually count, and a noun with a category of its own decides
    (支 counts teams and sticks: 3支医疗队, 200支洗手液; 间 rooms and firms: 34间非牟利机构);
    generic ones (个, 条) leave it to the noun; a noun that says nothing is other, and no noun at all is what the
    classifier names then, if it names anything (件: goods or a matter handled, 办结163件: activity, round q24).

    >>> from mobilization.quantities import lexicon, open_head
    >>> c, lex = lexicon().classifiers, lexicon()
    >>> _category(c["支"], open_head("洗手液")), _category(c["户"], lex.heads["居民"]), _category(c["支"], None)
    ('supplies', 'coverage', 'organization')
    >>> _category(c["名"], lex.heads["务工人员"]), _category(c["名"], lex.heads["农户"])
    ('coverage', 'personnel')
    >>> _category(c["件"], lex.heads["物资"]), _category(c["件"], None)  # 件: goods, or a matter handled (办结163件)
    ('supplies', 'activity')
    """
    if _case(head, classifier):
        return "other", "combined"
    if head is not None and head.reached and head.category == "personnel" \
            and (classifier is None or classifier.category in ("personnel", "")):
        return "coverage", "combined"  # 约1500名居民, 5000多居民: the people reached, not the people sent
    if head is not None and head.category == "coverage" and classifier is not None \
            and classifier.category == "personnel" and not head.place and not head.word.endswith(_HOUSEHOLDS):
        return "coverage", "combined"  # 350名务工人员: people the noun says are served (not 8700多名保全户: households, read by
        # their clause, clause_reading._bare_people)
    if classifier is not None and classifier.category and (
            head is None or not head.category or classifier.kind in ("money", "event")
            or classifier.category == "personnel" or classifier.inside):
        return classifier.category, _agreeing(classifier, head, "classifier")
    if classifier is not None and classifier.category == "organization" and classifier.kind == "count" \
            and head is not None and head.category == "personnel":
        return "organization", "combined"  # 10队义工, 两组救援人员: a classifier of groups before people counts groups (round q25)
    if head is not None and head.category:
        return head.category, _agreeing(classifier, head, "form" if head.open else "noun")
    if head is None and classifier is not None and classifier.unlisted:
        return classifier.unlisted, "classifier"  # (a noun nobody listed is left to the readers of the clause: 发放彩条布1300件)
    return "other", "fallback"


def _agreeing(classifier: Classifier | None, head: Head | None, why: str) -> str:
    """'agree' when classifier and noun name the same category (300名党员, 3支医疗队), else `why`, the one that decided."""
    return "agree" if classifier is not None and head is not None and classifier.category \
        and classifier.category == head.category else why


def _category(classifier: Classifier | None, head: Head | None) -> str:
    """The category of a count by its classifier and head noun alone (`_category_why` without what decided it).

    >>> from mobilization.quantities import lexicon
    >>> _category(lexicon().classifiers["名"], lexicon().heads["居民"]), _category_why(lexicon().classifiers["名"], None)
    ('coverage', ('personnel', 'classifier'))
    """
    return _category_why(classifier, head)[0]


_TEAM_NAMED = re.compile(r"的[\u4e00-\u9fff]{0,16}?(?:队伍|队|小组|团队)")  # a team the people counted make up, named after 的
_SCREENED_AFTER_REACH = 10  # how far after a bare count of people its screening noun may end


def _screened_after(text: str, end: int, lex: Lexicon) -> bool:
    """A bare count of people right before a screening in its clause, with no verb in between
    (近千万人新一轮核酸筛查工作展开): the people screened. 1000人参与核酸筛查 and 120人走访 are not.

    >>> from mobilization.quantities import lexicon
    >>> lex = lexicon()
    >>> _screened_after("近千万人新一轮核酸筛查", 4, lex), _screened_after("千人参与核酸筛查", 2, lex)
    (True, False)
    """
    if _TEAM_NAMED.match(text, end):
        return False  # 近4000人的实验室核酸检测队伍: the screening names the team they make up (round q22c)
    hi = _clause_end(text, end, _SCREENED_AFTER_REACH + 4)
    m = lex.served_re.search(text, end, hi)
    if m is None or m.start() == end or m.group() not in lex.screenings or m.end() - end > _SCREENED_AFTER_REACH:
        return False  # (right after the count the word is the verb of those counted: 120人走访)
    stop = lex.stop_re.search(text, end, m.start())
    while stop is not None and stop.group() in lex.infix_set:
        stop = lex.stop_re.search(text, stop.end(), m.start())
    return stop is None


_MOVED_AFTER = re.compile(r"(?:被|已|已经|全部|均|都|安全|平安|紧急|及时|迅速|先后|有序|顺利|成功|提前|完成|最终|最后){0,3}")
# (转移避险, 疏散撤离, 撤离上岸: a second verb of moving or of safety may follow the first; 撤离彻底, 转移完毕: a
# complement of result)
_MOVED_END = re.compile(r"(?:了|出来|出|至|到|避险|避灾|撤离|安置|上岸|回|彻底|完毕|[^\w]"
                        r"|[与和及并](?:转移|疏散|撤离|安置|避险))")  # (2202人撤离与安置: two verbs of moving)


def _moved_after(text: str, end: int, lex: Lexicon) -> bool:
    """People counted right before a verb of evacuation or resettlement that ends their clause or
    takes a place (将45名群众疏散, 村民300人全部转移至安置点): the people moved, coverage; not
    200名党员转移群众 (the verb has an object: the members do the moving).

    >>> from mobilization.quantities import lexicon
    >>> lex = lexicon()
    >>> [_moved_after(t, t.index("人") + 1, lex) for t in ("将45人疏散。", "300人全部转移至安置点", "200人转移群众")]
    [True, True, False]
    """
    k = _MOVED_AFTER.match(text, end).end()
    m = lex.served_re.match(text, k)
    return m is not None and m.group() in lex.screenings and lex.stop_re.match(text, k) is not None \
        and _MOVED_END.match(text, m.end()) is not None


_SERVED_REACH = 10  # how far before a count of people the verb that reaches them may stand
_LIST_REACH = 16  # and how much farther when a list closed by 等 stands between


def served_reach(text: str, start: int) -> int:
    """How far before the people at text[start] the verb that reaches them may stand: farther when
    a list closed by 等 says which people (转移低洼地带、危房等群众: the verb is before the list).

    >>> served_reach("转移低洼地带、危房等群众", 10), served_reach("转移群众", 2)
    (26, 10)
    """
    return _SERVED_REACH + (_LIST_REACH if start > 0 and text[start - 1] == "等" else 0)


def _reaching_verb(text: str, start: int, floor: int, lex: Lexicon) -> str:
    """The last stop word before text[start] in its clause when it is a served or case verb, else ''.

    >>> from mobilization.quantities import lexicon
    >>> [_reaching_verb(t, t.index(n), 0, lexicon()) for t, n in [("累计收治患者46名", "患者"),
    ...                                                            ("累计走访居民300人", "居民"), ("抽调干部300人", "干部")]]
    ['收治', '走访', '']
    """
    lo = max(floor, start - served_reach(text, start), 0)
    if lex.served_re.search(text, lo, start) is None:
        return ""  # the common case, decided in C
    clause = _clause_start(text, lo, start)
    last = None
    for m in lex.stop_re.finditer(text, clause, start):
        if (last is None or m.end() > last.end()) and m.group() not in lex.infix_set \
                and m.group() not in _CONJUNCTIONS and m.group() not in lex.locatives \
                and not _begins_noun(text, m.start(), m.end(), lex) \
                and not (m.group() in lex.served and _closes_item(text, m.end(), start, lex, situation_words())):
            last = m  # 排查新增返乡人员: the adverb 新增 (an infix) does not hide the verb before it, nor
            # a conjunction inside the people (转移渔排和船只人员27.64万人), nor a preposition of place
            # (排查出目前在外地人员55人: where the people are), nor a verb of reaching closing an item of a
            # list (20余万人紧急转移、300人受伤: the first item's); a case verb there is kept, the items
            # being parts of the same patients (其中8人已出院、1人留院观察: other)
    if last is None or (last.group() not in lex.served and last.group() not in lex.cases):
        return ""
    return last.group()


_HARM_REACH = 10  # how far before the number a word of harm may stand
_GLOSS = re.compile(r"[(（][\u4e00-\u9fff、]{1,6}[)）]")  # the kinds of a place in brackets after its count (乡镇(街道))
_HARM_GAP = 6  # how long the stretch of nouns and adverbs between a count and its harm after it may be
_HARM_FOLLOW = re.compile(r"了?(?:严重|较重|较为严重|最为严重|最重|最严重)?(?:[^\w]|\Z|里面|里|内|其中|[\u4e00-\u9fff]{1,2}[下中内里](?:[^\w]|\Z))")  # the harm ends its clause: 3人死亡, 6名群众被困。
# (or says where: 一家5人被困里面, 24名矿工被困井下, 8人被困车中)
_HARM_WHERE = ("在", "于")  # a harm that says where (困在3间民房附近): it befalls the count whatever follows
_GAP_ADVERBS = frozenset("仍尚还均都已也")  # one-character adverbs jieba may tag otherwise (仍: zg)
_GAP_TAGS = ("n", "vn", "d", "a", "m", "q", "p", "f", "uv", "c")  # (uv: 地 of an adverbial, 不同程度地进水;
# c: a conjunction joining more of the things harmed, 60多辆货车和轿车滞留)


_ACTING_ROLES = ("mobilize", "give", "receive", "rescue", "built", "find")  # verbs of the response (situation_verbs.csv)


def _acting_between(text: str, lo: int, hi: int) -> bool:
    """A verb of the response (it mobilizes, gives, receives, rescues, builds or finds) in text[lo:hi], between a word
    of harm and a count: the harm names the occasion, the count what the response did (山体滑坡共组织救援力量1000余人;
    round q22c). entity_stops.csv does not list these verbs as stops.

    >>> _acting_between("山体滑坡共组织救援力量", 4, 11), _acting_between("受灾人口超过", 4, 6)
    (True, False)
    """
    words = situation_words()
    return any(any(words.has(r, m.group()) for r in _ACTING_ROLES) for m in words.any_re.finditer(text, lo, hi))


def _harmed(text: str, start: int, number_start: int, end: int, floor: int, lex: Lexicon) -> bool:
    """The count text[start:end] (its number at number_start) counts victims or damage: a word of
    harm_words.csv before the number with no verb of the genre after it (死亡2人, 受灾人口75302人,
    房屋受损达630户), or right after the count past at most a few nouns and adverbs (3人死亡,
    6名群众被洪水围困, 3800万人不同程度受灾), or past a verb of befalling (30余户人家出现淹水现象:
    situation_verbs.csv befall). A verb between says what the count is for:
    为受灾群众发放帐篷500顶, 300名党员奔赴受灾村 are not harmed.

    >>> from mobilization.quantities import lexicon
    >>> lex = lexicon()
    >>> [_harmed(t, t.index(n), t.index(n), t.index(n) + len(n), 0, lex)
    ...  for t, n in [("地震造成3人死亡。", "3人"), ("全县死亡2人。", "2人"), ("受灾群众发放帐篷500顶。", "500顶"),
    ...               ("6名群众被洪水围困。", "6名群众"), ("300名党员奔赴受灾村。", "300名党员"),
    ...               ("30余户人家出现淹水现象。", "30余户人家"), ("4名老人困在民房附近", "4名老人"),
    ...               ("其中倒塌棚圈142座、房屋19间。", "房屋19间"), ("60多户的居民被山洪围困", "60多户"),
    ...               ("143个乡镇(街道)全部受灾", "143个乡镇")]]
    [True, True, False, True, False, True, True, True, True, True]
    """
    gloss = _GLOSS.match(text, end)
    if gloss is not None:
        end = gloss.end()  # 143个乡镇(街道)全部受灾: the kinds of the places in brackets are part of the noun (round q33)
    reach = _HARM_REACH
    if "、" in text[max(floor, number_start - _HARM_REACH, 0):number_start]:
        reach += _HARM_REACH  # 倒塌棚圈142座、房屋19间: the harm before a list of counts befalls each
    if lex.harm_re.search(text, max(floor, number_start - reach, 0), end + _HARM_GAP + 3) is None:
        return False  # the common case, decided in C
    lo = _clause_start(text, max(floor, number_start - reach, 0), number_start)
    last = None
    for m in lex.harm_re.finditer(text, lo, number_start):
        last = m
    if last is not None and last.group() in lex.population_harms and text.startswith("的", last.end()):
        last = None  # 为受影响的700名村民送水: a word of the disaster and its 的 name the people relief reaches
    if last is not None:
        stop = lex.stop_re.search(text, last.end(), number_start)
        while stop is not None and (stop.group() in lex.infix_set or stop.group() in _GAP_ADVERBS
                                    or (stop.group() in lex.before and not text[stop.end():number_start].strip())):
            stop = lex.stop_re.search(text, stop.end(), number_start)
        if stop is None and not _acting_between(text, last.end(), number_start):
            return True  # (受灾人口超过10万人: an approximation word right before the number is no verb; nor an
            # adverb, 受灾人口已达到3299户, round q21c)
    hi = _clause_end(text, end, _HARM_GAP + 4)
    m = lex.harm_re.search(text, end, hi)
    if m is None or m.start() - end > _HARM_GAP:
        return False
    words = situation_words()
    befall = words.roles["befall"]
    follow = m.end()
    while (chained := lex.harm_re.match(text, follow)) is not None:
        follow = chained.end()  # (2万多户用户受灾停电: one harm after another still ends the clause)
    where = m.group().endswith(_HARM_WHERE) or text.startswith(_HARM_WHERE, follow)  # (被困在镇上酒店, round q30)
    if _HARM_FOLLOW.match(text, follow) is None and not where \
            and m.group() not in befall and words.any_re.search(text, end, m.start()) is None:
        return False  # (两个村受灾情况: the harm names a noun of its own, it does not say what befell them)
    gap = _tagged(text[end:m.start()])
    befallen = m.group() in befall or any(word in befall for word, _ in gap)
    # (出现淹水现象: the harm is the object of the verb; 500余万人遭受洪涝袭击: the harm is such a verb)
    if not befallen and _HARM_FOLLOW.match(text, follow) is None and not where:
        return False
    return all((tag.startswith(_GAP_TAGS) and (not tag.startswith("p") or word in "被因遭"))
               or word in _GAP_ADVERBS or word in befall or (i == 0 and word == "的") for i, (word, tag) in enumerate(gap))
    # (round q25: 60多户的居民被山洪围困: a 的 right after the count joins it to its noun, as 60多户居民 would)
