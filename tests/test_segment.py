"""Segmentation: jieba with the domain dictionary, loaded quietly; rjieba as the fast backend."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mobilization import segment
from mobilization.corpus import load
from mobilization.lexicon import read_rows
from mobilization.repair import repair
from mobilization.script import convert
from mobilization.segment import Token, is_content, stopwords, tokenize, words

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# Terms the brief names: whenever the characters occur in a seed (and not as part of a
# longer dictionary term), jieba must return them as one token.
REQUIRED = ["临时党支部", "党员突击队", "党员先锋岗", "党员先锋队", "党员志愿服务队", "下沉干部", "联防联控",
            "群防群控", "网格化", "网格员", "疫情防控", "阻击战", "党组织", "党小组", "入党积极分子", "第一书记"]


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    return {p.stem: convert(repair(load(p).text).text, "t2s") for p in SEEDS}


def test_required_terms_are_in_the_domain_dictionary():
    terms = {r["term"] for r in read_rows("domain_dict.csv")}
    assert set(REQUIRED) <= terms


@pytest.mark.parametrize("backend", segment.BACKENDS)
def test_domain_terms_stay_whole_in_the_seeds(seed_texts, backend):
    longer = [t for t, _, _ in segment.domain_terms()]
    seen = 0
    for doc, text in seed_texts.items():
        tokens = tokenize(text, backend)
        for term in REQUIRED:
            inside_longer = sum(text.count(big) for big in longer if term in big and big != term)
            expected = text.count(term) - inside_longer
            assert sum(t.word == term for t in tokens) == expected, (doc, term, backend)
            seen += expected
    assert seen > 100  # the seeds really exercise the dictionary


@pytest.mark.parametrize("backend", segment.BACKENDS)
def test_domain_terms_stay_whole_in_made_up_sentences(backend):
    text = "下沉干部和网格员坚持联防联控、群防群控，第一书记带领入党积极分子在党员先锋岗值守。"
    got = words(text, backend)
    for term in ["下沉干部", "网格员", "联防联控", "群防群控", "第一书记", "入党积极分子", "党员先锋岗"]:
        assert term in got, (term, got)


@pytest.mark.parametrize("backend", segment.BACKENDS)
def test_tokens_cover_the_text_with_exact_offsets(seed_texts, backend):
    text = seed_texts["000_2f153b118d3bd113"]
    tokens = tokenize(text, backend)
    assert all(text[t.start:t.end] == t.word for t in tokens)
    assert [t.start for t in tokens[1:]] == [t.end for t in tokens[:-1]]
    assert tokens[0].start == 0 and tokens[-1].end == len(text)


def test_rjieba_agrees_with_jieba_on_the_seeds(seed_texts):
    same = total = 0
    for text in seed_texts.values():
        ref = {(t.start, t.end) for t in tokenize(text)}
        fast = {(t.start, t.end) for t in tokenize(text, "rjieba")}
        same += len(ref & fast)
        total += len(ref)
        # where they differ, it is never on a word worth counting
        assert {text[s:e] for s, e in ref ^ fast if is_content(text[s:e])} == set()
    assert same / total > 0.99


def test_unknown_backend_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown segmentation backend 'pkuseg'"):
        tokenize("党员", "pkuseg")


def test_stopwords_come_from_the_data_file():
    rows = read_rows("stopwords.csv")
    assert len(rows) > 50 and stopwords() == frozenset(r["word"] for r in rows)
    assert not is_content("我们") and not is_content("2020") and not is_content("，")
    assert is_content("党员") and is_content("临时党支部")


def test_empty_text_has_no_tokens():
    assert tokenize("") == [] and tokenize("", "rjieba") == []
    assert tokenize("党") == [Token("党", 0, 1)]


def test_loading_is_quiet_and_writes_no_cache_into_the_project(tmp_path):
    """A fresh process: nothing on stderr, jieba's cache in $XDG_CACHE_HOME, none in the cwd."""
    cache = tmp_path / "cache"
    work = tmp_path / "work"
    work.mkdir()
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONWARNINGS": "default"}
    code = "from mobilization.segment import words; print(' '.join(words('建立临时党支部')))"
    done = subprocess.run([sys.executable, "-c", code], cwd=work, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0
    assert done.stderr == ""
    assert done.stdout == "建立 临时党支部\n"
    assert list(work.iterdir()) == []
    assert any(p.name.startswith("jieba") for p in (cache / "mobilization").iterdir())


@pytest.mark.parametrize("backend", segment.BACKENDS)
def test_words_are_the_tokens_words(seed_texts, backend):
    text = seed_texts["004_751d38772c959f59"]
    assert words(text, backend) == [t.word for t in tokenize(text, backend)]
