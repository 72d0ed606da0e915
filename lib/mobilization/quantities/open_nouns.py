"""Quantities, step 3b (second half): nouns nobody listed, read after or before a number in the tagged window.

nouns.csv lists the heads of the genre; any other noun is read from the language itself:
jieba's 350,000-word dictionary with its part-of-speech tags segments the short window
around a figure (never the whole text; `window_tags`, the first half of this step), and the
phrase is the run of nominal words there, after the classifier (`open_noun_after`) or before
the number (`open_noun_before`, `_open_before`), or named last before a lone count (`context_noun`).
Its category comes from its form (data/head_forms.csv: 队 organization, 泵 supplies; `form_category`).
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import read_rows
from .records import Classifier, Head, Lexicon
from .text import _CLAUSE_END_RE, _sentence_start
from .wordlists import lexicon
from .heads import _case, _head_at_end, _people_named, _starts_with_stop, _window_after
from .window_tags import _dictionary_tag, _pos_tokenizer, _tag_words, _tagged, _word_at, _word_freq  # noqa: F401 (imported from here too)


# (a verbal noun, vn, only modifies: 救灾|帐篷; at the end it is the verb of the clause, 共印制|800份)
_NOUN_FINAL = frozenset({"n", "nz", "nt", "ng", "nrt", "nrfg", "j", "ns"})  # may end a noun phrase


_NOUN_MODIFIER = _NOUN_FINAL | {"vn", "nr", "b", "an", "a", "ad", "l", "i", "eng", "s"}  # (s: 海上|风电平台)  # may stand inside one


_NOUNS = _NOUN_FINAL | {"nr"}  # what may follow a noun inside its phrase (支援队|队员)


# A relative clause with no 的 before the first noun: a verb, adverb or time word right after the
# classifier modifies the noun that follows it (三宗|输入|个案, 930个|持续|护理宿位, 三宗|初步|确诊|个案,
# 5000盒|中秋|礼盒); at most this many such words, and only when a noun follows and ends the phrase.
_CLAUSE_MODIFIER = frozenset({"v", "vd", "d", "t"})
_CLAUSE_MODIFIER_MAX = 2


_OPEN_MAX = 10  # longest open-vocabulary noun phrase


_ASPECT = ("了", "着", "过")  # aspect particles: the word before one is a verb

_CONTEXT_REACH = 40  # how far back in its sentence a lone count looks for the noun it counts


@lru_cache(maxsize=1)
def _forms() -> tuple[dict[str, str], tuple[int, ...]]:
    """data/head_forms.csv: suffix → category, and the suffix lengths, longest first."""
    forms = {r["suffix"]: r["category"] for r in read_rows("head_forms.csv")}
    return forms, tuple(sorted({len(k) for k in forms}, reverse=True))


def form_category(noun: str) -> str:
    """The category a noun's form gives (data/head_forms.csv, longest suffix wins), '' if none.

    >>> [form_category(w) for w in ("支援队队员", "抽水泵", "救援队", "受灾农户", "活动板房", "天气")]
    ['personnel', 'supplies', 'organization', 'coverage', 'supplies', '']
    """
    forms, lengths = _forms()
    for n in lengths:
        if n <= len(noun) and noun[-n:] in forms:
            return forms[noun[-n:]]
    return ""


@lru_cache(maxsize=1)
def _bound_suffixes() -> frozenset[str]:
    """The one-character noun suffixes of head_forms.csv (队, 员, 机, 泵 …)."""
    return frozenset(k for k in _forms()[0] if len(k) == 1)


def _fused_stop(w: str, i: int, j: int, lex: Lexicon) -> bool:
    """The stop word w[i:j] is part of a noun, not a verb before it: a one-character stop that
    forms a dictionary word with the character after it (被|困群众: 被困), or a word followed by a
    one-character noun suffix that does not begin a word of its own (支援|队队员: 支援队, but 下沉|队员).

    >>> lex = lexicon()
    >>> _fused_stop("被困群众", 0, 1, lex), _fused_stop("支援队队员", 0, 2, lex), _fused_stop("支援队员", 0, 2, lex)
    (True, True, False)
    """
    if j >= len(w):
        return False
    if j - i == 1:
        pair = w[i:j + 1]
        return _word_freq(pair) > 0 and lex.stop_re.fullmatch(pair) is None and pair not in lex.heads
    # (the suffix stands alone: what follows it begins a word of two or more characters, 队|队员)
    return w[j] in _bound_suffixes() and _word_freq(w[j:j + 2]) == 0 and len(w) >= j + 3 and _word_freq(w[j + 1:j + 3]) > 0 \
        and not _starts_with_stop(w, lex, j)


def open_head(noun: str, lex: Lexicon | None = None) -> Head:
    """A Head for a noun read from the language: nouns.csv's category where it lists the end of
    the noun, else the category of its form.

    >>> h = open_head("被困群众"); h.category, h.open
    ('personnel', True)
    """
    lex = lex or lexicon()
    known = _head_at_end(noun, lex)
    category = known.category if known is not None else form_category(noun)
    return Head(noun, category, False, False, open=True)


def _final(word: str, tag: str) -> bool:
    """A word that may end a noun phrase: a noun, or a word jieba files as a person's name or an
    idiom whose form is that of a noun of the genre (武警官兵 is tagged nr, 冲锋舟 i; 张明 is not taken).

    >>> _final("帐篷", "n"), _final("武警官兵", "nr"), _final("冲锋舟", "i"), _final("张明", "nr")
    (True, True, True, False)

    A verb that head_forms.csv lists whole is the name of what is counted (举报, 投诉: reports received).

    >>> _final("举报", "v"), _final("转办", "v")
    (True, False)
    """
    return tag in _NOUN_FINAL or (tag in ("nr", "i", "l") and form_category(word) != "") \
        or (tag == "v" and len(word) >= 2 and word in _forms()[0])  # 举报, 投诉: verbal nouns listed as forms


def _stop_word(word: str, lex: Lexicon) -> bool:
    return lex.stop_re.fullmatch(word) is not None


def _compound(words: list[tuple[str, str]], i: int) -> bool:
    """A verb or other word fused with a one-character noun after it (支援|队, 救援|队): a compound noun."""
    return i + 1 < len(words) and len(words[i + 1][0]) == 1 and words[i + 1][1] in ("n", "ng")


def open_noun_after(text: str, p: int, lex: Lexicon | None = None) -> tuple[int, Head | None]:
    """Length and head of the noun phrase at text[p] read with jieba's dictionary (0, None if none).

    The phrase is the run of nominal words from p that ends with a noun, before a verb, a
    preposition, a particle, a stop word of entity_stops.csv or punctuation.

    >>> open_noun_after("抽水泵运往灾区", 0)[0], open_noun_after("用于安置灾民", 0)[0]
    (3, 0)
    >>> n, h = open_noun_after("救生衣、帐篷", 0); n, h.category
    (3, 'supplies')
    """
    lex = lex or lexicon()
    harm = _harm_participle(text, p, lex)
    if harm:
        n, head = open_noun_after(text, p + harm, lex)
        return (harm + n, head) if n else (0, None)
    w = _window_after(text, p, lex)[:_OPEN_MAX + 4]
    if not w or w[0] in "、()（）":
        return 0, None
    words = _grades(_tagged(w))
    end = k = clause = 0
    for i, (word, tag) in enumerate(words):
        if k + len(word) > _OPEN_MAX or _stop_word(word, lex) and not _compound(words, i):
            break
        if not end and tag in _CLAUSE_MODIFIER and clause < _CLAUSE_MODIFIER_MAX and i + 1 < len(words) \
                and not _compound(words, i):
            clause += 1  # 输入|个案: a verb before the first noun modifies it (the phrase must still end in a noun)
            k += len(word)
            continue
        if tag not in (_NOUN_MODIFIER if not end else _NOUNS) and not _compound(words, i):
            if end == k and tag in ("v", "vn"):
                n = _task_and_unit(w, words, i, lex)
                if n and k + n <= _OPEN_MAX + 2:
                    end = k + n  # 消防|救援支队, 产业|扶贫项目: the task of a team or a project between its nouns
            break  # modifiers come first: after a noun, a verbal noun is the verb (抽水泵|运往)
        k += len(word)
        if _final(word, tag):
            end = k
    if clause and end and ((_verb_at(w, end, words) and not _people_named(text, p, open_head(w[:end], lex), lex))
                           or not _clause_modifies(text, p, open_head(w[_clause_len(words, clause):end], lex), lex)):
        # 200余名|连夜加固堤坝, 3台|抢修道路, 8宗|属外地|输入: a verb phrase of what the counted do, not a noun
        # (the noun a clause modifies ends its phrase: no verb or adverb follows it)
        end = 0
    form = _form_noun(w, words, lex)
    if end < 2 or (form > end and len(w[end:form]) <= 4 and w[form - 1:form] in _bound_suffixes()
                   and _tagged(w[end:form])[-1][0] == w[form - 1]):
        # 快速检测套装: jieba tags no noun, the form says goods; 抗原|测试|包: a one-character suffix
        # of goods that jieba splits off as a verb ends the noun (not 救护车|运输|药品: a verb and its object)
        end = max(end, form)
    if end < 2:
        return 0, None  # one character is too little to be sure of a noun (人, 家)
    return end, open_head(w[:end], lex)


_TASK_MAX = 2  # verbs naming the task of a team or project between two of its nouns (防汛|抢险|队)


def _task_and_unit(w: str, words: list[tuple[str, str]], i: int, lex: Lexicon) -> int:
    """Characters of a task and the unit that does it, from words[i] on (救援|支队, 扶贫|项目, 综合|种养|大棚): one or
    two verbs, then nouns that end in a team or a project (the form of head_forms.csv) right before
    punctuation, a verb or the end of the window; 0 if the words are not that (运往|灾区, 运输|药品: a verb and
    its object, a place or goods).

    >>> w = "消防救援支队。"; _task_and_unit(w, _tagged(w), 1, lexicon())
    4
    >>> w = "抽水泵运往灾区。"; _task_and_unit(w, _tagged(w), 1, lexicon())
    0
    """
    j, n = i, 0
    while j < len(words) and words[j][1] in ("v", "vn") and j - i < _TASK_MAX and not _stop_word(words[j][0], lex):
        n += len(words[j][0])
        j += 1
    start = n
    while j < len(words) and words[j][1] in _NOUN_FINAL and not _stop_word(words[j][0], lex):
        n += len(words[j][0])
        j += 1
    if n == start or n == 0:
        return 0
    if j < len(words) and words[j][1] not in ("x", "v", "vd", "d", "p", "c", "uj"):
        return 0
    at = sum(len(word) for word, _ in words[:i])
    if form_category(w[at:at + n]) not in ("organization", "activity"):
        return 0
    return n


def _grades(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`words` with a numeral and 级 joined into one attribute (千亿|级 → 千亿级, like 国家级): a grade or size
    class before a noun (2个千亿级产业集群) modifies it, it is no count of its own (round q17).

    >>> _grades([("千亿", "m"), ("级", "q"), ("产业", "n")]), _grades([("千万级", "m"), ("项目", "n")])
    ([('千亿级', 'b'), ('产业', 'n')], [('千万级', 'b'), ('项目', 'n')])
    """
    if not any(word.endswith("级") for word, _ in words):
        return words
    out: list[tuple[str, str]] = []
    for word, tag in words:
        if word == "级" and out and out[-1][1] == "m":
            out[-1] = (out[-1][0] + word, "b")
        elif tag == "m" and word.endswith("级") and len(word) > 1:
            out.append((word, "b"))
        else:
            out.append((word, tag))
    return out


def _verb_at(w: str, k: int, words: list[tuple[str, str]]) -> bool:
    """Whether the word of `words` (the tagging of w) that starts at w[k] is a verb or an adverb."""
    found = _word_at(words, k)
    return found is not None and found[1].startswith(("v", "d"))


def _clause_len(words: list[tuple[str, str]], clause: int) -> int:
    """Characters of the first `clause` words."""
    return sum(len(word) for word, _ in words[:clause])


def _clause_modifies(text: str, p: int, noun: Head, lex: Lexicon) -> bool:
    """Whether the verbs before the noun at text[p] may modify it (三宗|输入|个案) rather than being what the
    counted do to it (200名|连夜加固|堤坝): after a classifier of people, who are counted doing things,
    only when the noun is itself one of people (136名|应届|大学本科生: 名 counts people, so a noun of people
    after the verb is the counted noun and the verb its modifier; round q21); never before a place or area,
    the usual object of a verb of work.

    >>> lex = lexicon()
    >>> _clause_modifies("三宗输入个案", 2, open_head("个案", lex), lex), _clause_modifies("三名加固堤坝", 2, open_head("堤坝", lex), lex)
    (True, False)
    >>> _clause_modifies("三名应届本科生", 2, open_head("本科生", lex), lex)
    True
    """
    cls = next((lex.classifiers[text[p - k:p]] for k in (2, 1) if p >= k and text[p - k:p] in lex.classifiers), None)
    if cls is None or cls.kind == "money":
        return False
    if cls.category == "personnel":
        return noun.category in ("personnel", "coverage") and not noun.place
    return noun.category != "coverage" and not noun.place


def _harm_participle(text: str, p: int, lex: Lexicon) -> int:
    """Length of a word of harm (harm_words.csv, 被 before it allowed) at text[p] that modifies the noun
    after it (10位受伤工人, 3间被掩埋民房: the injured workers, the buried houses), else 0.

    >>> _harm_participle("受伤工人", 0, lexicon()), _harm_participle("被掩埋民房", 0, lexicon()), _harm_participle("工人", 0, lexicon())
    (2, 3, 0)
    """
    m = lex.harm_re.match(text, p)
    if m is None and text.startswith("被", p):
        m = lex.harm_re.match(text, p + 1)
    return m.end() - p if m is not None else 0


_FORM_MAX = 12  # longest noun read from its form alone (自助快速检测抗疫包派发机: a machine named by its use)
_FORM_KINDS = ("supplies", "organization")  # forms sure enough to take a phrase jieba does not tag as a noun
_NOT_IN_NOUN = ("p", "u", "c", "x", "r", "w")  # prepositions, particles, conjunctions, punctuation, pronouns


def _form_noun(w: str, words: list[tuple[str, str]], lex: Lexicon) -> int:
    """Length of the longest run of words at the start of w, whatever their tags, that ends in the form
    of goods or of an organization (head_forms.csv: 快速|检测|套装, 抗原|测试|包); a stop word may only
    modify the one noun right after it (安置|帐篷: tents for resettlement); 0 if none.

    >>> _form_noun("快速检测套装", _tagged("快速检测套装"), lexicon()), _form_noun("安置帐篷", _tagged("安置帐篷"), lexicon())
    (6, 4)
    >>> _form_noun("运往灾区", _tagged("运往灾区"), lexicon())
    0
    """
    best = k = 0
    after_stop = False
    for word, tag in words:
        if k + len(word) > _FORM_MAX or tag.startswith(_NOT_IN_NOUN) or (after_stop and not tag.startswith("n")):
            break
        stop = _stop_word(word, lex) and tag != "vn"
        k += len(word)
        if not stop and k >= 2 and form_category(w[:k]) in _FORM_KINDS:
            best = k
        if after_stop:
            break
        after_stop = stop and k == len(word)  # (only a first word: 安置|帐篷, not 挖掘机|运送|物资)
        if stop and not after_stop:
            break
    return best


def open_noun_before(w: str, lex: Lexicon | None = None) -> int:
    """Where the noun phrase that ends `w` begins, read with jieba's dictionary (len(w) if none).

    >>> w = "调运抽水泵"; w[open_noun_before(w):]
    '抽水泵'
    >>> w = "派出支援队队员"; w[open_noun_before(w):]
    '支援队队员'
    >>> w = "已搭建"; open_noun_before(w)
    3
    """
    lex = lex or lexicon()
    if len(w) < 2:
        return len(w)
    if form_category(w) not in _FORM_KINDS and not _may_end_in_noun(w):
        return len(w)  # the common case, decided without tagging: no word that ends w may end a noun
    words = _tagged(w)
    if words and not _final(*words[-1]):
        return _form_noun_before(w, words, lex)
    if not words or not _final(*words[-1]) or len(w) < 2 or _stop_word(words[-1][0], lex):
        return len(w)
    start = len(w) - len(words[-1][0])
    for i in range(len(words) - 2, -1, -1):
        word, tag = words[i]
        compound = _compound(words, i)
        if len(w) - (start - len(word)) > _OPEN_MAX:
            break
        if (tag not in _NOUN_MODIFIER or _stop_word(word, lex)) and not compound:
            break
        start -= len(word)
    return start if len(w) - start >= 2 else len(w)


def _may_end_in_noun(w: str) -> bool:
    """Whether some ending of w is a word of jieba's dictionary whose tag may end a noun phrase
    (`_final`): the last word of `_tagged(w)` is one of these endings, so it can be final only then.

    >>> _may_end_in_noun("调运抽水泵"), _may_end_in_noun("已经搭建")
    (True, False)
    """
    pos = _pos_tokenizer()
    pos.makesure_userdict_loaded()
    tags = pos.word_tag_tab
    for k in range(len(w) - 1, -1, -1):
        tag = tags.get(w[k:])
        if tag is not None and tag in _MAY_BE_FINAL and _final(w[k:], tag):
            return True
    return False


_MAY_BE_FINAL = _NOUN_FINAL | {"nr", "i", "l", "v"}  # the tags `_final` may accept


def _form_noun_before(w: str, words: list[tuple[str, str]], lex: Lexicon) -> int:
    """Where a run of words that ends w in the form of goods or of an organization begins, whatever
    jieba's tags (多功能|套|尺, 快速|检测|包: tagged as measures and a verb); len(w) if none.

    >>> w = "多功能套尺"; w[_form_noun_before(w, _tagged(w), lexicon()):]
    '多功能套尺'
    >>> w = "发放快速检测包"; w[_form_noun_before(w, _tagged(w), lexicon()):]
    '快速检测包'
    """
    if form_category(w) not in _FORM_KINDS:
        return len(w)
    start = len(w)
    for word, tag in reversed(words):
        if len(w) - start + len(word) > _OPEN_MAX or tag.startswith(_NOT_IN_NOUN) \
                or (_stop_word(word, lex) and tag != "vn"):
            break  # (a verbal noun modifies: 检测|包, though 检测 is a verb of the genre too)
        start -= len(word)
    return start if len(w) - start >= 2 else len(w)


def _plain_noun(head: Head) -> bool:
    """A noun of no known form whose last word jieba files as a common noun (乘客, 旅客; 渔民 has the form …民; not a
    place such as 香港, nor a name).

    >>> _plain_noun(open_head("乘客")), _plain_noun(open_head("香港")), _plain_noun(open_head("铅笔"))
    (True, False, False)
    """
    if head.category != "" or not head.open:
        return False
    words = _tagged(head.word)
    return bool(words) and words[-1][1] == "n" and len(words[-1][0]) >= 2


def _fits(head: Head, classifier: Classifier | None) -> bool:
    """An open-vocabulary noun fits its classifier: money wants funds or goods, 名/人 people,
    户 and 支/家 their own kind, goods classifiers (台, 顶) goods or a noun of no known form;
    generic classifiers (个, 件) and measures take any noun.

    >>> c = lexicon().classifiers
    >>> _fits(open_head("抽水泵"), c["台"]), _fits(open_head("灾区"), c["台"]), _fits(open_head("病床"), c["张"])
    (True, False, True)
    >>> _fits(open_head("铅笔"), c["支"]), _fits(open_head("铅笔"), c["名"]), _fits(open_head("铅笔"), c["户"])
    (True, False, False)
    """
    if classifier is None or classifier.kind in ("event", "measure"):
        return True
    if classifier.kind == "money":
        return head.category in ("funds", "supplies")
    if classifier.category in ("personnel", "coverage", "organization"):
        # 名/人 and 户 name what they count; 支, 处, 座 only say what they usually count, so a noun
        # of no known form fits them too (铅笔600余支, 安全饮水工程2处), the classifier giving its category
        return head.category == classifier.category or _case(head, classifier) \
            or (head.category in ("supplies", "activity", "") and classifier.category != "personnel"
                and not classifier.inside) \
            or (classifier.category == "personnel" and classifier.noun == "both" and _plain_noun(head)) \
            or (classifier.kind == "count" and not classifier.inside and head.category == "organization"
                and classifier.category == "coverage")
        # (卫生室3座: 座 counts the buildings of organizations too; not 家 after a place read from the
        # language, 浠水县明确15家)
        # (works built: 饮水工程2处, 光伏电站两座; 名 and 位 count people and nothing else, so a plain common
        # noun of no known form after them names people: 100余名被围困的渔民, 684名选民)
    # livestock (form category other) are counted like goods: 养鸡10000只, 肉牛350头; and goods by
    # kinds, like kinds of situation (产品30多种, 困难5种: 种 counts kinds of anything)
    return not classifier.category or head.category in (classifier.category, "", "other") \
        or (classifier.category == "other" and head.category == "supplies")


def context_noun(text: str, start: int, floor: int, classifier: Classifier | None,
                 lex: Lexicon | None = None) -> tuple[int, int, Head | None]:
    """A lone count (其中19个): the noun named last before it in its sentence, at most one clause
    back (搭建活动板房,其中19个 → 活动板房), when it fits the classifier. (-1, -1, None) if none.

    >>> t = "搭建活动板房,其中19个用于安置"; s, e, h = context_noun(t, t.index("19"), 0, lexicon().classifiers["个"])
    >>> t[s:e], h.category
    ('活动板房', 'supplies')
    """
    lex = lex or lexicon()
    lo = max(0, start - _CONTEXT_REACH)
    lo = _sentence_start(text, lo, start)
    clause_ends = [m.start() for m in _CLAUSE_END_RE.finditer(text, lo, start)]
    if len(clause_ends) >= 2:
        lo = clause_ends[-2] + 1  # the clause of the count and the one before it
    words = _tagged(text[lo:start])
    k = start
    for i in range(len(words) - 1, -1, -1):
        word, tag = words[i]
        k -= len(word)
        if _final(word, tag) and len(word) >= 2 and not _stop_word(word, lex):
            e = k + len(word)
            if text.startswith(_ASPECT, e):
                return -1, -1, None  # 一共组织了4个: a word before an aspect particle is the verb, not a noun
            left = max(lo, e - _OPEN_MAX)
            b = left + open_noun_before(text[left:e], lex)
            head = open_head(text[b:e], lex)
            if b < e and head.category and _fits(head, classifier):
                return b, e, head
            return -1, -1, None
    return -1, -1, None


_MONEY_KINDS = ("funds", "supplies")  # what `_fits` lets money count


def _may_end_in(w: str, kinds: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether `open_head` may give an ending of `w` one of `kinds`: some head of nouns.csv or form of
    head_forms.csv that ends w has it (open_head takes the category of the longest head that ends its noun,
    else of the longest form, and every ending of w ends with the same heads and forms, up to its length).
    True, unsure, when w ends with a parenthesis (open_head reads before it).

    >>> lex = lexicon()
    >>> _may_end_in("共筹集善款", _MONEY_KINDS, lex), _may_end_in("调运抽水泵", _MONEY_KINDS, lex), _may_end_in("共捐", _MONEY_KINDS, lex)
    (True, True, False)
    """
    if w.endswith((")", "）")):
        return True
    for n in lex.head_lengths.get(w[-1:], ()):
        h = lex.heads.get(w[-n:]) if n <= len(w) else None
        if h is not None and h.category in kinds:
            return True
    forms, lengths = _forms()
    return any(n <= len(w) and forms.get(w[-n:]) in kinds for n in lengths)


def _open_before(w: str, base: int, s: int, classifier: Classifier | None,
                 lex: Lexicon) -> tuple[int, int, Head | None]:
    """noun_before for a noun nobody listed (调运抽水泵45台 → 抽水泵), when it fits the classifier
    and no locative before it makes it a place where (在灾区3个)."""
    if classifier is not None and classifier.kind == "money" and not _may_end_in(w, _MONEY_KINDS, lex):
        return s, s, None  # (捐款500元: no noun that ends w is one of funds or goods, so none fits money; no tagging)
    k = open_noun_before(w, lex)
    if k >= len(w) or w[:k].endswith(tuple(lex.locatives)):
        return s, s, None
    head = open_head(w[k:], lex)
    if not _fits(head, classifier):
        return s, s, None
    return base + k, base + len(w), head
