"""Speed round s9 (ninth session): work skipped when a cheap test says it cannot change the result.

Each skip must give what the full reading gives on every window (docs/rounds/speed-history.md, "Speed, ninth session").
"""
from mobilization.quantities import lexicon, nouns, window_tags
from mobilization.quantities.heads import _head_ends

# Invented sentences in the shape of the genre (not taken from any report).
_INVENTED = (
    "全县组织党员干部120名下沉社区,派出村民组长和楼道的居民志愿者,调运抽水泵45台、救生衣3000件。",
    "某镇发放口罩2.5万只,党支部书记带领3支党员突击队,村委会干部入户排查贫困户,免费送菜50余户。",
    "社区长者服务中心接收捐款港币三十六万元,市医院派出医疗队队员18人,村民小组长12名值守卡口。",
)


def _windows():
    for sentence in _INVENTED:
        for i in range(len(sentence)):
            for j in range(i + 1, min(len(sentence), i + 14) + 1):
                yield sentence[i:j]


def test_no_noun_across_a_head_end_without_tagging(monkeypatch):
    """A window where no noun of the dictionary runs across a head's end (党员和群众) is not tagged at all."""
    lex = lexicon()
    w = "党员和群众"
    ends = _head_ends(w, lex)
    assert ends

    def no_tagging(s):
        raise AssertionError(f"tagged {s!r}")

    monkeypatch.setattr(nouns, "_tagged", no_tagging)
    assert nouns._inside_words(w, ends, lex) == ends


def test_pre_check_agrees_with_the_tagger():
    """`_tagged_across` says no only where the tagging holds no noun across a cut (every cut of every window)."""
    kinds = nouns._NOUN_TAGS
    for w in _windows():
        words = window_tags._tagged(w)
        across = set()
        at = 0
        for word, tag in words:
            if tag in kinds:
                across.update(range(at + 1, at + len(word)))
            at += len(word)
        for k in range(len(w) + 1):
            if k in across:
                assert window_tags._tagged_across(w, [k], kinds), (w, k)


def test_inside_words_as_before(monkeypatch):
    """`_inside_words` with the pre-check gives what it gives when every window is tagged."""
    lex = lexicon()
    cases = [(w, _head_ends(w, lex)) for w in _windows()]
    fast = [nouns._inside_words(w, ends, lex) for w, ends in cases]
    monkeypatch.setattr(nouns, "_tagged_across", lambda s, cuts, kinds: True)
    assert fast == [nouns._inside_words(w, ends, lex) for w, ends in cases]
