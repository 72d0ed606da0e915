"""Stage 4, segmentation: simplified text → word tokens with offsets (jieba + a domain dictionary).

jieba is the default and the reference; rjieba (a Rust port, ~30× faster here) is offered
as `backend="rjieba"` for large corpora: it takes the same domain dictionary and gives the
same tokens on the seeds (see docs/vocabulary.md for the measured agreement).

The domain dictionary (`data/domain_dict.csv`) keeps terms such as 临时党支部, 党员突击队,
联防联控 whole; the stopword list (`data/stopwords.csv`) is applied by `is_content`.
Segmenters are built once per process, quietly: nothing on stderr, no cache file in the
project (jieba's dictionary cache goes to $XDG_CACHE_HOME/mobilization or the temp folder).
"""
from __future__ import annotations

import logging
import os
import re
import tempfile
import warnings
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .lexicon import read_rows

BACKENDS = ("jieba", "rjieba")
DOMAIN_DICT = "domain_dict.csv"
STOPWORDS = "stopwords.csv"
_HAS_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


class Token(NamedTuple):
    """One word of a text: `text[start:end] == word`, offsets into the text that was segmented.

    A NamedTuple rather than a dataclass: a corpus has millions of tokens, and building a
    frozen dataclass costs several times more than a tuple (it would halve rjieba's speed).
    """

    word: str
    start: int
    end: int


def domain_terms() -> tuple[tuple[str, int | None, str | None], ...]:
    """(term, freq or None, pos or None) rows of the domain dictionary.

    >>> ("临时党支部", None, "nt") in domain_terms()
    True
    """
    return tuple((r["term"], int(r["freq"]) if r.get("freq") else None, r.get("pos") or None)
                 for r in read_rows(DOMAIN_DICT))


@lru_cache(maxsize=None)
def stopwords() -> frozenset[str]:
    """Tokens that carry no meaning of their own (data/stopwords.csv).

    >>> "的" in stopwords(), "党员" in stopwords()
    (True, False)
    """
    return frozenset(r["word"] for r in read_rows(STOPWORDS))


def cache_dir() -> Path:
    """Where jieba may keep its dictionary cache: a user cache folder, never the project."""
    base = os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "mobilization" if base else Path(tempfile.gettempdir())


@lru_cache(maxsize=None)
def jieba_tokenizer():
    """A private jieba.Tokenizer with the domain dictionary, loaded once per process.

    jieba announces "Building prefix dict…" through its logger on stderr, and some
    setuptools versions warn about jieba's use of pkg_resources; both are silenced here,
    the first by raising that one logger's level, the second by one targeted filter.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r".*pkg_resources is deprecated.*")
        import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tok.tmp_dir = str(folder)
    except OSError:
        tok.tmp_dir = tempfile.gettempdir()
    tok.initialize()
    for term, freq, pos in domain_terms():
        tok.add_word(term, freq, pos)
    return tok


@lru_cache(maxsize=None)
def pos_tokenizer():
    """jieba's part-of-speech tagger over `jieba_tokenizer` (one per process, loaded lazily).

    Importing jieba.posseg already reads the tags of jieba's dictionary (for its module-level tagger, which this
    package never uses): when our tokenizer has the same dictionary, its tags are copied rather than read from the
    file a second time (a fifth of a second at every start of a process, round k13).

    >>> import jieba.posseg; pos = pos_tokenizer(); pos.tokenizer is jieba_tokenizer()
    True
    """
    import jieba.posseg

    tok = jieba_tokenizer()
    default = jieba.posseg.dt
    if tok.dictionary != default.tokenizer.dictionary or default.tokenizer.user_word_tag_tab:
        return jieba.posseg.POSTokenizer(tok)
    pos = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    pos.tokenizer = tok
    pos.word_tag_tab = dict(default.word_tag_tab)  # (POSTokenizer.__init__ would read the same file into it)
    return pos


def dictionary_tag(word: str) -> str | None:
    """The part of speech jieba's dictionary, with the domain terms, gives `word` (None if it has none):
    ns a place name; n, nr, v, a … other words. Quantities and places both ask it.

    >>> dictionary_tag("登记"), dictionary_tag("登记选"), dictionary_tag("白玉"), dictionary_tag("舟曲")
    ('v', None, 'nr', 'ns')
    """
    pos = pos_tokenizer()
    pos.makesure_userdict_loaded()
    return pos.word_tag_tab.get(word)


@lru_cache(maxsize=None)
def rjieba_tokenizer():
    """A private rjieba.Jieba with the same domain dictionary (it supports add_word)."""
    import rjieba

    tok = rjieba.Jieba()
    for term, freq, pos in domain_terms():
        tok.add_word(term, freq, pos)
    return tok


def tokenize(text: str, backend: str = "jieba", hmm: bool = True) -> list[Token]:
    """Segment `text` into tokens that cover it (white space included), with offsets.

    >>> [t.word for t in tokenize("建立751个临时党支部")]
    ['建立', '751', '个', '临时党支部']
    >>> t = tokenize("组建党员突击队")[-1]
    >>> t, "组建党员突击队"[t.start:t.end]
    (Token(word='党员突击队', start=2, end=7), '党员突击队')
    """
    if backend == "jieba":
        triples = jieba_tokenizer().tokenize(text, HMM=hmm)
    elif backend == "rjieba":
        triples = rjieba_tokenizer().tokenize(text, "default", hmm)
    else:
        raise ValueError(f"unknown segmentation backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    return list(map(Token._make, triples))


def words(text: str, backend: str = "jieba", hmm: bool = True) -> list[str]:
    """The words only, as `tokenize` would give them (faster: no offsets).

    >>> words("联防联控、群防群控")
    ['联防联控', '、', '群防群控']
    """
    if backend == "jieba":
        return jieba_tokenizer().lcut(text, HMM=hmm)
    if backend == "rjieba":
        return rjieba_tokenizer().cut(text, hmm)
    return [t.word for t in tokenize(text, backend, hmm)]  # raises the unknown-backend error


def is_content(word: str, min_chars: int = 2) -> bool:
    """A token worth counting: has a Chinese character, is not a stopword, is long enough.

    >>> [w for w in ["的", "党员", "751", "，", "我们", "党"] if is_content(w)]
    ['党员']
    >>> is_content("党", min_chars=1)
    True
    """
    return len(word) >= min_chars and bool(_HAS_CJK.search(word)) and word not in stopwords()
