"""Quantities, step 4: what a count counts (organization, personnel, funds, coverage, activity, supplies, other).

From the classifier and the head noun (`_category`), then from the verb before people
(走访 reaches them: coverage; 收治 treats them: other) and a screening after them.
"""
from __future__ import annotations



from .records import Classifier, Head, Lexicon
from .text import _clause_end, _clause_start
from .heads import _case


def _category(classifier: Classifier | None, head: Head | None) -> str:
    """Money is funds, events are activity; classifiers that name what they count (名 and 人 people,
    户 households) decide before the noun does (1.2万户居民 counts households: coverage); other
    classifiers only say what they usually count, and a noun with a category of its own decides
    (支 counts teams and sticks: 3支医疗队, 200支洗手液; 间 rooms and firms: 34间非牟利机构);
    generic ones (个, 条) leave it to the noun.

    >>> from mobilization.quantities import lexicon, open_head
    >>> c, lex = lexicon().classifiers, lexicon()
    >>> _category(c["支"], open_head("洗手液")), _category(c["户"], lex.heads["居民"]), _category(c["支"], None)
    ('supplies', 'coverage', 'organization')
    """
    if _case(head, classifier):
        return "other"
    if head is not None and head.reached and head.category == "personnel" \
            and (classifier is None or classifier.category in ("personnel", "")):
        return "coverage"  # 约1500名居民, 5000多居民: the people reached, not the people sent
    if classifier is not None and classifier.category and (
            head is None or not head.category or classifier.kind in ("money", "event")
            or classifier.category == "personnel" or classifier.inside):
        return classifier.category
    if head is not None and head.category:
        return head.category
    return "other"


_SCREENED_AFTER_REACH = 10  # how far after a bare count of people its screening noun may end


def _screened_after(text: str, end: int, lex: Lexicon) -> bool:
    """A bare count of people right before a screening in its clause, with no verb in between
    (近千万人新一轮核酸筛查工作展开): the people screened. 1000人参与核酸筛查 and 120人走访 are not.

    >>> from mobilization.quantities import lexicon
    >>> lex = lexicon()
    >>> _screened_after("近千万人新一轮核酸筛查", 4, lex), _screened_after("千人参与核酸筛查", 2, lex)
    (True, False)
    """
    hi = _clause_end(text, end, _SCREENED_AFTER_REACH + 4)
    m = lex.served_re.search(text, end, hi)
    if m is None or m.start() == end or m.group() not in lex.screenings or m.end() - end > _SCREENED_AFTER_REACH:
        return False  # (right after the count the word is the verb of those counted: 120人走访)
    stop = lex.stop_re.search(text, end, m.start())
    while stop is not None and stop.group() in lex.infix_set:
        stop = lex.stop_re.search(text, stop.end(), m.start())
    return stop is None


_SERVED_REACH = 10  # how far before a count of people the verb that reaches them may stand


def _reaching_verb(text: str, start: int, floor: int, lex: Lexicon) -> str:
    """The last stop word before text[start] in its clause when it is a served or case verb, else ''.

    >>> from mobilization.quantities import lexicon
    >>> [_reaching_verb(t, t.index(n), 0, lexicon()) for t, n in [("累计收治患者46名", "患者"),
    ...                                                            ("累计走访居民300人", "居民"), ("抽调干部300人", "干部")]]
    ['收治', '走访', '']
    """
    lo = max(floor, start - _SERVED_REACH, 0)
    if lex.served_re.search(text, lo, start) is None:
        return ""  # the common case, decided in C
    clause = _clause_start(text, lo, start)
    last = None
    for m in lex.stop_re.finditer(text, clause, start):
        if (last is None or m.end() > last.end()) and m.group() not in lex.infix_set:
            last = m  # 排查新增返乡人员: the adverb 新增 (an infix) does not hide the verb before it
    if last is None or (last.group() not in lex.served and last.group() not in lex.cases):
        return ""
    return last.group()
