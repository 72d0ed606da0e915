"""Script conversion: OpenCC configurations, offset maps, script detection, `mobilization convert`."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mobilization import script
from mobilization.cli import main
from mobilization.corpus import load
from mobilization.lexicon import read_rows
from mobilization.script import UnknownConfigError, convert, convert_with_map, detect_script

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PINYIN_RESIDUE = re.compile(r"[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")

# Words OpenCC rewrites at phrase level (some change length), mixed with words it maps
# character by character and with punctuation.
SIMPLIFIED_WORDS = ["鼠标", "软件", "信息", "内存", "U盘", "打印机", "出租车", "网络", "硬盘", "数据库",
                    "临时党支部", "党员", "社区", "干部", "下沉", "里", "乾隆", "头发", "面条", "计算机"]
TRADITIONAL_WORDS = ["滑鼠", "軟體", "資訊", "記憶體", "隨身碟", "印表機", "計程車", "網路", "硬碟",
                     "臨時黨支部", "黨員", "社區", "幹部", "乾隆", "頭髮", "麵條", "電腦", "商埠"]
PUNCTUATION = ["，", "。", "、", "\n", " ", "1", "a"]


def test_convert_known_configurations():
    assert convert("臨時黨支部751個") == "临时党支部751个"
    assert convert("临时党支部", "s2t") == "臨時黨支部"
    assert convert("鼠标和内存", "s2twp") == "滑鼠和記憶體"
    assert convert("記憶體", "tw2sp") == "内存"
    assert convert("臨時黨支部", "tw2s") == convert("臨時黨支部", "hk2s") == "临时党支部"
    assert convert("党员", "s2hk") == convert("党员", "s2tw") == "黨員"


def test_converters_are_built_once_per_configuration():
    assert script.converter("t2s") is script.converter("t2s")
    assert script.converter("s2t") is not script.converter("t2s")


@pytest.mark.parametrize("bad", ["t2x", "", "simplified", "../t2s"])
def test_unknown_configuration_is_a_clear_error(bad):
    with pytest.raises(UnknownConfigError, match="unknown OpenCC configuration.*available: .*t2s"):
        convert("党", bad)


def test_same_length_conversion_has_the_identity_map():
    text = load(SEEDS / "000_2f153b118d3bd113.txt").text
    out, m = convert_with_map(text, "t2s")
    assert out == convert(text, "t2s") and len(out) == len(text)
    assert m.d_starts == (0,) and m.length == len(text)  # one segment: no per-character work
    assert [m(i) for i in (0, 100, len(text))] == [0, 100, len(text)]


def test_length_changing_conversion_maps_phrases_to_their_source():
    text = "把数据存在内存里，用U盘拷贝软件。"
    out, m = convert_with_map(text, "s2twp")
    assert out == "把資料存在記憶體裡，用隨身碟複製軟體。"  # 数据, 拷贝 are rewritten too
    i = out.index("記憶體")
    assert m.span(i, i + 3) == (text.index("内存"), text.index("内存") + 2)
    j = out.index("隨身碟")
    assert m.span(j, j + 3) == (text.index("U盘"), text.index("U盘") + 2)
    k = out.index("複製")
    assert m.span(k, k + 2) == (text.index("拷贝"), text.index("拷贝") + 2)
    assert [m(i) for i in range(out.index("裡"), out.index("隨"))] == list(range(text.index("里"), text.index("U")))
    assert m(len(out)) == len(text)


def _check_map(text: str, out: str, m) -> None:
    assert m.length == len(out) and m.source_length == len(text)
    idx = [m(i) for i in range(len(out) + 1)]
    assert idx[-1] == len(text)
    assert all(0 <= k < len(text) for k in idx[:-1]), "every converted index lands in the source"
    assert idx == sorted(idx), "the map is monotonic"


MIXES = st.one_of(
    st.tuples(st.lists(st.sampled_from(SIMPLIFIED_WORDS + PUNCTUATION), max_size=25),
              st.sampled_from(["s2twp", "s2t", "s2hkp", "s2tw"])),
    st.tuples(st.lists(st.sampled_from(TRADITIONAL_WORDS + PUNCTUATION), max_size=25),
              st.sampled_from(["tw2sp", "t2s", "hk2sp", "tw2s"])),
)


@settings(max_examples=120, deadline=None)
@given(MIXES)
def test_map_of_random_word_mixes(mix):
    """Simplified words under the s2… configs, traditional under the …2s ones (phrase tables too)."""
    parts, config = mix
    text = "".join(parts)
    out, m = convert_with_map(text, config)
    assert out == convert(text, config)
    _check_map(text, out, m)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SIMPLIFIED_WORDS), min_size=1, max_size=12), st.sampled_from(["s2twp", "s2hkp"]),
       st.data())
def test_each_word_maps_inside_its_own_source_span(words, config, data):
    """Words between clause marks: each word's converted characters come from that word."""
    text = "，".join(words)
    out, m = convert_with_map(text, config)
    converted_words = out.split("，")
    assert len(converted_words) == len(words)
    src = dst = 0
    for word, conv in zip(words, converted_words):
        assert conv == convert(word, config)
        assert m.span(dst, dst + len(conv)) == (src, src + len(word))
        assert all(src <= m(dst + i) < src + len(word) for i in range(len(conv)))
        src += len(word) + 1
        dst += len(conv) + 1
    i = data.draw(st.integers(0, len(out)))
    j = data.draw(st.integers(i, len(out)))
    a, b = m.span(i, j)
    assert 0 <= a <= b <= len(text) and (i == j or a < b)


def test_map_of_character_that_becomes_two():
    out, m = convert_with_map("商埠，商埠", "tw2sp")
    assert out == "商端口，商端口"
    assert m.span(1, 3) == (1, 2) and m.span(5, 7) == (4, 5)
    _check_map("商埠，商埠", out, m)


def test_map_on_large_text_is_piecewise():
    text = (load(SEEDS / "002_7952e1c488c00cd2.txt").text + "把数据存在内存里。") * 50  # ~110 000 characters
    out, m = convert_with_map(text, "s2twp")
    assert len(out) == len(text) + 50
    assert len(m.d_starts) < len(out) / 50  # segments, not one entry per character
    i = out.rindex("記憶體")
    assert text[slice(*m.span(i, i + 3))] == "内存"
    assert text[slice(*m.span(i - 5, i))] == "把数据存在"


# --- script detection -----------------------------------------------------------------

def _seed_rows() -> list[dict[str, str]]:
    """The seeds' rows of documents.csv (a researcher's own rows may follow; they are not checked here)."""
    seeds = {ln.split()[1] for ln in (ROOT / "seeds" / "SHA256SUMS").read_text().splitlines() if ln.strip()}
    return [r for r in read_rows("documents.csv") if Path(r["file"]).name in seeds]


@pytest.mark.parametrize("row", _seed_rows(), ids=lambda r: r["doc_id"])
def test_detect_script_agrees_with_documents_csv(row):
    report = detect_script(load(ROOT / row["file"]).text)
    assert report.script == row["script"]
    assert report.cjk > 1000
    if row["script"] == "traditional":
        assert report.traditional_share > 0.25 and report.simplified_share < 0.1
    else:
        assert report.simplified_share > 0.25 and report.traditional_share == 0


@pytest.mark.parametrize("text, expected", [
    ("各級黨組織迅速行動起來，建立臨時黨支部。", "traditional"),
    ("各级党组织迅速行动起来，建立临时党支部。", "simplified"),
    ("各級黨組織迅速行動起來。各级党组织迅速行动起来。", "mixed"),
    ("", "none"),
    ("iPhone 11 Pro 2020-02-19", "none"),
    ("中文", "none"),
])
def test_detect_script_on_made_up_text(text, expected):
    assert detect_script(text).script == expected


def test_detect_script_counts_are_consistent():
    r = detect_script("黨員和党员")
    assert (r.cjk, r.traditional, r.simplified) == (5, 2, 2)
    assert r.traditional_share == r.simplified_share == pytest.approx(0.4)


# --- the command line -------------------------------------------------------------------

def test_cli_convert_000_to_simplified(capsys):
    assert main(["convert", str(SEEDS / "000_2f153b118d3bd113.txt")]) == 0
    out = capsys.readouterr().out
    assert "临时党支部" in out and "臨時黨支部" not in out
    assert not PINYIN_RESIDUE.search(out)
    assert "我是楼长" in out  # needs the repair stage's GBK byte-shift repair


def test_cli_convert_to_traditional(capsys):
    assert main(["convert", "--to", "traditional", str(SEEDS / "002_7952e1c488c00cd2.txt")]) == 0
    out = capsys.readouterr().out
    assert "臨時黨支部" in out and "临时党支部" not in out


def test_cli_convert_several_files_and_a_missing_one(capsys, tmp_path):
    missing = tmp_path / "nope.txt"
    code = main(["convert", str(SEEDS / "002_7952e1c488c00cd2.txt"), str(missing)])
    captured = capsys.readouterr()
    assert code == 1
    assert "临时党支部" in captured.out
    assert captured.err.strip().splitlines() == [f"mobilization: {missing}: no such file"]


def test_python_dash_m_convert_gives_the_same_output(capsys):
    path = str(SEEDS / "001_9584eb04764e4742.txt")
    assert main(["convert", path]) == 0
    expected = capsys.readouterr().out
    done = subprocess.run([sys.executable, "-m", "mobilization", "convert", path], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout == expected


def _reference_span(m, start: int, end: int) -> tuple[int, int]:
    """`OffsetMap.span` as first written (three look-ups), to check the faster one against."""
    if end <= start:
        return m(start), m(start)
    k = __import__("bisect").bisect_right(m.d_starts, end - 1) - 1
    seg_len = (m.d_starts[k + 1] if k + 1 < len(m.d_starts) else m.length) - m.d_starts[k]
    if k >= 0 and m.s_limits[k] - m.s_starts[k] != seg_len:
        return m(start), m.s_limits[k]
    return m(start), m(end - 1) + 1


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(0, 5), st.integers(0, 4)), max_size=12),
       st.integers(0, 40), st.integers(0, 40))
def test_offset_map_span_agrees_with_its_definition(segments, start: int, end: int):
    from mobilization.offsets import MapBuilder

    b, pos = MapBuilder(), 0
    for is_copy, n, n_out in segments:
        if is_copy:
            b.copy(pos, n)
        else:
            b.replace(pos, pos + n, n_out)
        pos += n
    m = b.build(pos)
    assert m.span(start, end) == _reference_span(m, start, end)
