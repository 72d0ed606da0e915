"""Quantities, step 3b (second half), after the number: the noun phrase nobody listed right after the classifier.

`open_noun_after` reads the run of nominal words jieba tags after the classifier (抽水泵|运往灾区 → 抽水泵): a
relative clause with no 的 before the noun (三宗|输入|个案), the task of a team between its nouns (消防|救援支队), a
word of harm that modifies the noun (10位|受伤|工人), and a phrase jieba does not tag as a noun but whose form is that
of goods or an organization (快速检测套装). The head and the category come from `open_nouns`.
"""
from __future__ import annotations

from .records import Head, Lexicon
from .wordlists import lexicon
from .heads import _people_named, _window_after
from .open_nouns import (_FORM_KINDS, _NOT_IN_NOUN, _NOUN_FINAL, _NOUN_MODIFIER, _NOUNS, _OPEN_MAX, _bound_suffixes,
                         _compound, _final, _stop_word, form_category, open_head)
from .window_tags import _tagged, _word_at


# A relative clause with no 的 before the first noun: a verb, adverb or time word right after the
# classifier modifies the noun that follows it (三宗|输入|个案, 930个|持续|护理宿位, 三宗|初步|确诊|个案,
# 5000盒|中秋|礼盒); at most this many such words, and only when a noun follows and ends the phrase.
_CLAUSE_MODIFIER = frozenset({"v", "vd", "d", "t"})
_CLAUSE_MODIFIER_MAX = 2


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
        if k + len(word) > _OPEN_MAX or _stop_word(word, lex) and not _compound(words, i) \
                and not (i == 0 and _verb_of_last_noun(words)):
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


_AFTER_LAST_NOUN = ("x", "p")  # what may follow the one noun a verb modifies: punctuation (the end), a preposition


def _verb_of_last_noun(words: list[tuple[str, str]]) -> bool:
    """The words after a classifier are one verb and one noun that ends the phrase (封|报名|信件|,  个|支援|省市|在): the
    verb modifies the noun, as a verb with no 的 does in Chinese compounds (报名信件: letters of application). A verb
    of entity_stops.csv (报名, 支援) mostly begins the predicate after a count, but a predicate needs its object to
    go on or a verb to follow; a lone noun that punctuation or a preposition ends is the counted noun (round q25n).
    The clause rules of `open_noun_after` still decide whether the verb may modify that noun.

    >>> _verb_of_last_noun([("报名", "v"), ("信件", "n"), (",", "x")]), _verb_of_last_noun([("支援", "v"), ("灾区", "n"), ("抢险", "v")])
    (True, False)
    """
    return len(words) >= 2 and words[0][1] == "v" and words[1][1] in _NOUN_FINAL and len(words[1][0]) >= 2 \
        and (len(words) == 2 or words[2][1] in _AFTER_LAST_NOUN)


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
