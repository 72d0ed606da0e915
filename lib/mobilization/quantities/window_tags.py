"""Quantities, step 3b (first half): the short window around a figure tagged with jieba's dictionary.

The open nouns of `open_nouns` are read from words and their parts of speech. This module gives them:
jieba.posseg's tagger (dictionary only, no HMM guesses) done inline on a short string, without its
generators and pair objects, and remembered for the windows seen last (several steps read the same
window); the tag and frequency the dictionary gives one word, for checks that need no tagging.
"""
from __future__ import annotations

import re
from functools import lru_cache
from math import log as _log

from ..segment import dictionary_tag as _dictionary_tag  # noqa: F401 (its callers import it from here)
from ..segment import pos_tokenizer as _pos_tokenizer


# jieba.posseg's own expressions (0.42): runs it cuts with the dictionary, blanks, numbers, Latin words
_RE_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_RE_SKIP = re.compile("(\r\n|\\s)")
_RE_ENG = re.compile("[a-zA-Z0-9]+")
_RE_NUM = re.compile("[\\.0-9]+")


def _tagged(s: str) -> list[tuple[str, str]]:
    """(word, tag) pairs of a short string, dictionary only (no HMM guesses for unknown words).

    >>> _tagged("抽水泵")
    [('抽水泵', 'n')]

    The same pairs as jieba.posseg's `cut(s, HMM=False)` (tests/test_quantities_speed.py compares them on every
    short window of invented reports), by `_tag_words`, which does jieba's work without its generators and pair objects,
    and remembered for the windows seen last (the same window is read by several steps).
    """
    return list(_tag_words(s))


def _word_at(words: list[tuple[str, str]] | tuple[tuple[str, str], ...], k: int) -> tuple[str, str] | None:
    """The (word, tag) of a tagging (`_tagged(w)`) that begins at w[k]; None when k is inside a word or past the end.

    >>> _word_at(_tagged("民警守着老人"), 2), _word_at(_tagged("抽水泵"), 1)
    (('守', 'v'), None)
    """
    at = 0
    for word, tag in words:
        if at == k:
            return word, tag
        at += len(word)
        if at > k:
            return None
    return None


@lru_cache(maxsize=4096)
def _tag_words(s: str) -> tuple[tuple[str, str], ...]:
    """`_tagged` as a tuple: jieba.posseg.POSTokenizer.cut(s, HMM=False) inlined (jieba 0.42)."""
    pos = _pos_tokenizer()
    pos.makesure_userdict_loaded()
    out: list[tuple[str, str]] = []
    if _RE_HAN.fullmatch(s):  # one run of Chinese characters (most windows): what the split below gives
        _tag_block(s, pos, out)
        return tuple(out)
    for blk in _RE_HAN.split(s):
        if not blk:
            continue
        if _RE_HAN.match(blk):
            _tag_block(blk, pos, out)
            continue
        for x in _RE_SKIP.split(blk):
            if _RE_SKIP.match(x):
                out.append((x, "x"))
            else:
                eng = _RE_ENG.match(x) is not None
                for xx in x:
                    out.append((xx, "m" if _RE_NUM.match(xx) else "eng" if eng else "x"))
    return tuple(out)


def _tag_block(blk: str, pos, out: list[tuple[str, str]]) -> None:
    """jieba's DAG, best route and tags of one run of Chinese characters and ASCII word characters."""
    tok = pos.tokenizer
    get, tags = tok.FREQ.get, pos.word_tag_tab
    one = _one_char_freqs(tok).get  # (every position asks its own character first: a small table stays in cache)
    logtotal = _log(tok.total)
    n = len(blk)
    # jieba builds every word's end (its DAG), then the best route from the right (its calc):
    # one loop from the right does both; ties go to the longer word, as in jieba's max over tuples
    score = [0.0] * (n + 1)
    nxt = [0] * n
    for k in range(n - 1, -1, -1):
        best_v, best_x = 0.0, -1
        i = k + 1
        f = one(blk[k])
        while f is not None:  # (None: not even the beginning of a word)
            if f:
                v = _log(f) - logtotal + score[i]
                if best_x < 0 or v >= best_v:
                    best_v, best_x = v, i - 1
            if i >= n:
                break
            i += 1
            f = get(blk[k:i])
        if best_x < 0:  # no word begins here: the character alone, frequency 1 (log 1 = 0)
            best_v, best_x = 0.0 - logtotal + score[k + 1], k
        score[k], nxt[k] = best_v, best_x
    x, buf = 0, ""
    while x < n:
        y = nxt[x] + 1
        word = blk[x:y]
        if y - x == 1 and word < "\x80" and word.isalnum():
            buf += word  # one ASCII letter or digit: jieba gathers them into one 'eng' word
        else:
            if buf:
                out.append((buf, "eng"))
                buf = ""
            out.append((word, tags.get(word, "x")))
        x = y
    if buf:
        out.append((buf, "eng"))


_ONE_CHAR: tuple = (None, {})  # (a tokenizer, the entries of its FREQ that are one character long)


def _one_char_freqs(tok) -> dict[str, int]:
    """The entries of `tok.FREQ` (words and prefixes) one character long: the same `get` for one character,
    from a table of ~12,000 entries instead of ~500,000 (built once per tokenizer, ~30 ms)."""
    global _ONE_CHAR
    known = _ONE_CHAR
    if known[0] is not tok:
        known = _ONE_CHAR = (tok, {w: f for w, f in tok.FREQ.items() if len(w) == 1})
    return known[1]


def _tagged_across(s: str, cuts: list[int], kinds: frozenset[str]) -> bool:
    """May `_tagged(s)` hold a word of a tag in `kinds` that begins before one of the positions `cuts` and ends
    after it? False only when no word of jieba's dictionary (frequency > 0) with such a tag runs across a cut: the
    tagger's words of two characters or more are all such words (or ASCII runs, tagged eng), so its answer would
    be no as well, and `s` need not be tagged. (True: tag it and look.)

    >>> _tagged_across("楼道的居民", [1], frozenset({"n"})), _tagged_across("党员和群众", [2, 5], frozenset({"n"}))
    (True, False)
    """
    n = len(s)
    cuts = sorted(k for k in cuts if 0 < k < n)
    if not cuts:
        return False
    pos = _pos_tokenizer()
    pos.makesure_userdict_loaded()
    get, tags = pos.tokenizer.FREQ.get, pos.word_tag_tab
    j = 0
    for a in range(cuts[-1]):
        while cuts[j] <= a:
            j += 1
        b = cuts[j] + 1  # a word from a across any cut runs across the next one: s[a:b] begins it (FREQ holds the
        f = get(s[a:b])  # prefixes of its words, frequency 0), and most windows have no such prefix
        while f is not None:
            if f and tags.get(s[a:b], "x") in kinds:
                return True
            if b >= n:
                break
            b += 1
            f = get(s[a:b])
    return False


def _word_freq(word: str) -> int:
    """How often jieba's dictionary has seen `word` as a word (0: unknown, or only a prefix)."""
    return _pos_tokenizer().tokenizer.FREQ.get(word, 0)
