"""The per-document pipeline: offsets into the original text, damage flags, the row contract."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mobilization.corpus import Document, load
from mobilization.pipeline import _SENTENCE_END, MENTION_COLUMNS, DamageIndex, SentenceIndex, analyse, mention_rows

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def analyses():
    return {p.stem[:3]: analyse(load(p)) for p in SEEDS}


def test_every_mention_is_the_characters_of_the_original(analyses):
    for a in analyses.values():
        assert a.mentions, a.doc.path
        for m in a.mentions:
            assert a.doc.text[m.start:m.end] == m.surface
            assert m.start < m.end


def test_figure_next_to_unrepairable_damage_is_flagged(analyses):
    """001's `下?lián)?9萬元`: the character before 9 is lost, so the figure is not trusted."""
    flagged = [m for m in analyses["001"].mentions if m.damaged]
    assert [m.surface for m in flagged] == ["9萬元專項黨費"]
    m = flagged[0]
    assert analyses["001"].doc.text[m.start - 8:m.start] == "下?lián)?"


def test_repaired_mojibake_is_not_flagged(analyses):
    """000's mojibake is repaired (provably), so nothing in 000 is flagged as damaged."""
    assert not any(m.damaged for m in analyses["000"].mentions)


def test_mention_rows_follow_the_contract_and_leave_out_boilerplate(analyses):
    a = analyses["004"]
    rows = mention_rows(a)
    assert all(list(r) == MENTION_COLUMNS for r in rows)
    assert len(rows) == sum(m.in_body for m in a.mentions) < len(mention_rows(a, include_boilerplate=True))


def test_sentence_is_the_simplified_sentence_holding_the_figure():
    a = analyse(Document("x", "x.txt", "", "utf-8", "導語。全縣成立143個臨時黨支部。其他"))
    (m,) = a.mentions
    assert m.sentence == "全县成立143个临时党支部。"


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 15)).map(lambda t: (t[0], t[0] + t[1])),
                 max_size=8)


@given(spans, st.integers(0, 80), st.integers(0, 10))
def test_damage_index_agrees_with_a_plain_scan(damaged, start, length):
    end = start + length
    expected = any(a <= end and start <= b for a, b in damaged)
    assert DamageIndex(damaged).touches(start, end) == expected


def sentence_around(text: str, start: int, end: int, reach: int) -> str:
    """The plain scan the index must agree with: the nearest sentence ends within `reach`, the
    cuts (where no sentence end is that near) on multiples of reach // 5."""
    grid = max(1, reach // 5)
    lo = max(0, ((start - reach) // grid + 1) * grid) if start > reach else 0
    hi = ((end + reach) // grid) * grid
    left = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    m = _SENTENCE_END.search(text, end, hi)
    right = m.end() if m else min(len(text), hi)
    return text[left:right].strip()


@given(st.text(st.sampled_from("甲乙1个。！？!?；;\n "), max_size=60), st.integers(0, 70), st.integers(0, 10),
       st.integers(1, 12))
def test_sentence_index_agrees_with_a_plain_scan(text, start, length, reach):
    """The per-document index gives what a one-span scan gives, for every span and reach."""
    end = min(start + length, len(text))
    start = min(start, end)
    assert SentenceIndex(text, reach).around(start, end) == sentence_around(text, start, end, reach)


# Short reports of our own, in traditional characters, with figures of several kinds (issue 13).
_REPORTS = ("青島市南區：黨員幹部下沉社區\n2020年2月19日 來源：區委組織部\n"
            "全區建立臨時黨支部35個，下沉黨員1,200名。撥付專項資金300萬元！其中約2.5萬元用於物資；"
            "組建志願服務隊十二支？共計一千五百人參與。\n",
            "防汛一線黨旗紅\n各鎮共派出幹部186人，轉移群眾3000餘人。投入資金1.2億元。\n")


def test_a_long_document_read_in_pieces_gives_the_mentions_of_the_whole(monkeypatch):
    from mobilization import pipeline
    from mobilization.scale import document_tuples, mention_tuples

    text = "".join(_REPORTS[k % 2] for k in range(100))
    doc = Document("long", "", "", "utf-8", text)
    whole = mention_tuples(analyse(doc))
    monkeypatch.setattr(pipeline, "LONG_DOCUMENT", 1_000)
    monkeypatch.setattr(pipeline, "PIECE", 500)
    assert len(pipeline.piece_bounds(text)) > 5
    pieces = document_tuples(doc)
    assert len(whole) > 200
    # everything but in_body, which body/furniture detection decides per piece (docs/cli.md)
    body = MENTION_COLUMNS.index("in_body")
    assert [row[:body] + row[body + 1:] for row in pieces] == [row[:body] + row[body + 1:] for row in whole]
    for row in pieces:
        start, end, surface = row[1:4]
        assert text[start:end] == surface


@pytest.mark.parametrize("window", [200_000, 10])
def test_pieces_cover_the_text_and_never_cut_a_figure(monkeypatch, window):
    from mobilization import pipeline

    monkeypatch.setattr(pipeline, "_CUT_WINDOW", window)
    text = "建立" + "1234567890" * 50 + "个支部" + "甲乙丙" * 100 + "。丁" * 5
    bounds = pipeline.piece_bounds(text, 50)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(not (text[cut - 1].isdigit() or text[cut].isdigit()) for _, cut in bounds[:-1])
    # a full stop within the window is where the first piece ends; else the first place outside the figure
    assert bounds[0][1] == (text.index("。") + 1 if window > 1000 else text.index("个") + 1)
