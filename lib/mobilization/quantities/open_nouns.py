"""Quantities, step 3b (second half): nouns nobody listed, their head and category, and whether they fit a classifier.

nouns.csv lists the heads of the genre; any other noun is read from the language itself:
jieba's 350,000-word dictionary with its part-of-speech tags segments the short window
around a figure (never the whole text; `window_tags`, the first half of this step), and the
phrase is the run of nominal words there, after the classifier (`open_after.open_noun_after`) or before
the number (`open_before.open_noun_before`, `_open_before`), or named last before a lone count
(`open_before.context_noun`). This module holds what both read with: the tags that may end or stand inside a noun
phrase (`_final`), the category a noun's form gives (data/head_forms.csv: 队 organization, 泵 supplies;
`form_category`, `open_head`) and whether the noun fits its classifier (`_fits`).
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import read_rows
from .records import Classifier, Head, Lexicon
from .wordlists import lexicon
from .heads import _case, _head_at_end, _starts_with_stop
from .window_tags import _dictionary_tag, _tagged, _word_freq


# (a verbal noun, vn, only modifies: 救灾|帐篷; at the end it is the verb of the clause, 共印制|800份)
_NOUN_FINAL = frozenset({"n", "nz", "nt", "ng", "nrt", "nrfg", "j", "ns"})  # may end a noun phrase


_NOUN_MODIFIER = _NOUN_FINAL | {"vn", "nr", "b", "an", "a", "ad", "l", "i", "eng", "s"}  # (s: 海上|风电平台)  # may stand inside one


_NOUNS = _NOUN_FINAL | {"nr"}  # what may follow a noun inside its phrase (支援队|队员)


_OPEN_MAX = 10  # longest open-vocabulary noun phrase


_FORM_KINDS = ("supplies", "organization")  # forms sure enough to take a phrase jieba does not tag as a noun
_NOT_IN_NOUN = ("p", "u", "c", "x", "r", "w")  # prepositions, particles, conjunctions, punctuation, pronouns


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
    return Head(noun, noun_category(noun, lex), False, False, open=True)


def noun_category(noun: str, lex: Lexicon | None = None) -> str:
    """`open_head(noun).category` without building the Head (asked ~14,000 times a pass over the opened corpora by
    `clause_reading._is_people`; round s15).

    >>> noun_category("被困群众"), noun_category("抽水泵"), noun_category("天气")
    ('personnel', 'supplies', '')
    """
    known = _head_at_end(noun, lex or lexicon())
    return known.category if known is not None else form_category(noun)


def _final(word: str, tag: str) -> bool:
    """A word that may end a noun phrase: a noun, or a word jieba files as a person's name or an
    idiom whose form is that of a noun of the genre (武警官兵 is tagged nr, 冲锋舟 i; 张明 is not taken).

    >>> _final("帐篷", "n"), _final("武警官兵", "nr"), _final("冲锋舟", "i"), _final("张明", "nr")
    (True, True, True, False)

    A verb that head_forms.csv lists whole is the name of what is counted (举报, 投诉: reports received).

    >>> _final("举报", "v"), _final("转办", "v")
    (True, False)

    A set phrase that ends in a common noun is a noun (社情民意, 安全隐患); an idiom of action is not (鱼贯而出).

    >>> _final("社情民意", "l"), _final("鱼贯而出", "i")
    (True, False)
    """
    return tag in _NOUN_FINAL or (tag in ("nr", "i", "l") and form_category(word) != "") \
        or (tag == "v" and len(word) >= 2 and word in _forms()[0]) \
        or (tag in _SET_PHRASES and _ends_in_noun(word))
    # (举报, 投诉: verbal nouns listed as forms; 社情民意: a set phrase that ends in a noun, round k17)


_SET_PHRASES = ("i", "l")  # jieba's tags of idioms and set phrases, nominal (社情民意) or not (鱼贯而出)


def _ends_in_noun(word: str) -> bool:
    """A set phrase of four characters or more (jieba's i or l) whose last two are a common noun of the dictionary:
    the phrase is a noun (社情民意, 老年大学, 安全隐患, 孤寡老人), not a verb or adverb phrase (鱼贯而出, 万众一心). Round k17.

    >>> _ends_in_noun("社情民意"), _ends_in_noun("安全隐患"), _ends_in_noun("鱼贯而出"), _ends_in_noun("千家万户")
    (True, True, False, False)
    """
    return len(word) >= 4 and _dictionary_tag(word[-2:]) == "n"


def _stop_word(word: str, lex: Lexicon) -> bool:
    return lex.stop_re.fullmatch(word) is not None


def _compound(words: list[tuple[str, str]], i: int) -> bool:
    """A verb or other word fused with a one-character noun after it (支援|队, 救援|队): a compound noun; never a
    pronoun (其中|市森林消防支队: 其中 points back, it is no part of the name; round q25n). (A preposition may fuse:
    因|旱 in 因旱饮水困难群众; treating prepositions as pronouns lost that population, so they are left.)

    >>> _compound([("救援", "v"), ("队", "n")], 0), _compound([("其中", "r"), ("市", "n")], 0)
    (True, False)
    """
    return i + 1 < len(words) and len(words[i + 1][0]) == 1 and words[i + 1][1] in ("n", "ng") \
        and words[i][1] != "r"


_FUND = "基金"  # a fund: a sum of money, and a body that holds it (counted by 家, 支, as a foundation is)


def _fund_body(head: Head, classifier: Classifier | None) -> bool:
    """A fund (…基金) counted by a classifier of bodies (家, 支: category organization) is counted as a body set up,
    not as money (设立基金130支, 新增企业冠名基金16家; 助学基金500万元 stays a sum). Round q26n.

    >>> c = lexicon().classifiers
    >>> _fund_body(open_head("企业冠名基金"), c["家"]), _fund_body(open_head("企业冠名基金"), c["元"])
    (True, False)
    >>> _fund_body(open_head("资金"), c["家"])
    False
    """
    return classifier is not None and classifier.kind == "count" and classifier.category == "organization" \
        and head.category == "funds" and head.word.endswith(_FUND)


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
    if _fund_body(head, classifier):
        return True  # 设立基金130支, 企业冠名基金16家: a fund counted as a body set up (round q26n)
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
        or (classifier.category == "other" and head.category == "supplies") \
        or (head.category == "activity" and classifier.kind == "count")
    # (things done counted as copies or cases: 慰问信300份, 手术近1万例, 住院手术50万台; round q26)
