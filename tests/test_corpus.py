"""Load stage: encodings told apart, provenance recorded, bad input refused with a typed error naming the file."""
from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest

from mobilization.corpus import Document, decode_bytes, iter_paths, load, metadata
from mobilization.errors import BinaryFileError, DecodeError, EmptyDocumentError, InputError, MobilizationError
from mobilization.repair import repair

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED_IDS = [p.stem for p in SEEDS]


def _sums() -> dict[str, str]:
    pairs = (ln.split() for ln in (ROOT / "seeds" / "SHA256SUMS").read_text().splitlines() if ln.strip())
    return {name: digest for digest, name in pairs}


@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
def test_seed_loads_as_utf8_with_sha256_and_metadata(path: Path):
    doc = load(path)
    assert isinstance(doc, Document)
    assert doc.doc_id == path.stem and doc.path == str(path)
    assert doc.encoding == "utf-8"
    assert doc.sha256 == _sums()[path.name] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.meta["doc_id"] == path.stem
    assert doc.meta["script"] in {"traditional", "simplified"}
    assert doc.meta["place_id"] and doc.meta["outlet"] and doc.meta["date"]


@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
def test_seed_reencoded_as_gb18030_decodes_to_the_same_text(path: Path, tmp_path: Path):
    text = path.read_text(encoding="utf-8")
    copy = tmp_path / path.name
    copy.write_bytes(text.encode("gb18030"))
    doc = load(copy)
    assert doc.text == text
    assert doc.encoding == "gb18030"
    assert doc.sha256 == hashlib.sha256(copy.read_bytes()).hexdigest() != _sums()[path.name]


@pytest.mark.parametrize("path", SEEDS, ids=SEED_IDS)
@pytest.mark.parametrize("codec, bom", [("utf-16", ""), ("utf-8", "\ufeff")])
def test_seed_reencoded_with_a_bom_decodes_to_the_same_text(path: Path, codec: str, bom: str):
    text = path.read_text(encoding="utf-8")
    decoded, encoding = decode_bytes((bom + text).encode(codec) if bom else text.encode(codec), path.name)
    assert decoded == text
    assert encoding == {"utf-16": "utf-16", "utf-8": "utf-8-sig"}[codec]


def _big5_encodable(text: str) -> bool:
    try:
        text.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


def test_no_seed_is_big5_encodable_and_the_reason_is_known():
    # Big5 has neither the pinyin letters of the residue (000, 001, 004) nor simplified characters (002, 003).
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        offenders = {c for c in text if not _big5_encodable(c)}
        if metadata(path.stem)["script"] == "traditional":
            assert offenders & set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"), path.stem
        else:
            assert offenders & set("党员区县华页"), path.stem


def test_big5_excerpt_of_a_traditional_seed_round_trips(tmp_path: Path):
    body = repair(load(ROOT / "seeds" / "004_751d38772c959f59.txt").text).body_text()
    excerpt = "".join(c for c in body if _big5_encodable(c))[:800]
    assert len(excerpt) > 700 and "黨員" in excerpt
    path = tmp_path / "trad.txt"
    path.write_bytes(excerpt.encode("big5"))
    doc = load(path)
    assert doc.text == excerpt
    assert doc.encoding in {"big5", "big5hkscs"}


def test_decode_bytes_examples():
    assert decode_bytes("臨時黨支部751個".encode("big5")) == ("臨時黨支部751個", "big5")
    assert decode_bytes("临时党支部751个，党员干部3600多名。".encode("gbk")) == ("临时党支部751个，党员干部3600多名。", "gb18030")
    assert decode_bytes(codecs.BOM_UTF8 + "党".encode()) == ("党", "utf-8-sig")
    assert decode_bytes("党员".encode("utf-16-be")[:0] + codecs.BOM_UTF16_BE + "党员".encode("utf-16-be")) == ("党员", "utf-16")


@pytest.mark.parametrize("data, error, words", [
    (b"", EmptyDocumentError, "empty file (0 bytes)"),
    (b" \n\t \r\n", EmptyDocumentError, "only white space"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryFileError, "PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3", BinaryFileError, "PDF document"),
    (b"PK\x03\x04\x14\x00", BinaryFileError, "ZIP archive"),
    ("党员".encode() + b"\x00\x00abc", BinaryFileError, "NUL byte at offset 6"),
    ("党员干部".encode()[:-1], DecodeError, "truncated UTF-8"),
    ("党员".encode("utf-16") + b"\x00", DecodeError, "invalid utf-16"),
    (bytes(range(0x80, 0x100)) * 10, DecodeError, "not UTF-8"),
    ("党员干部".encode() * 10 + b"\xff\xfe\xfa" + "党员".encode() * 10, DecodeError, "invalid byte at 120"),
])
def test_bad_input_raises_a_typed_error_naming_the_file(tmp_path: Path, data: bytes, error: type, words: str):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(error) as info:
        load(path)
    assert isinstance(info.value, MobilizationError)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert words in message
    assert "\n" not in message


def test_missing_file_and_folder_are_input_errors(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        load(tmp_path / "nothing.txt")
    with pytest.raises(InputError, match="is a folder"):
        load(tmp_path)


def test_metadata_of_unknown_document_is_empty_and_known_is_complete():
    assert metadata("not-a-seed") == {}
    assert metadata("004_751d38772c959f59")["date_precision"] == "month"


def test_iter_paths_recurses_sorted_and_keeps_named_files(tmp_path: Path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.txt", "b/1.txt", "c.csv"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = iter_paths([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.txt", "b/1.txt", "b/2.txt"]
    assert iter_paths([tmp_path / "c.csv"]) == [tmp_path / "c.csv"]


def test_corpus_table_of_the_seeds():
    from mobilization.corpus import corpus_table

    table = corpus_table([load(p) for p in reversed(SEEDS)])
    assert list(table["doc"]) == SEED_IDS
    assert list(table.columns) == ["doc", "place", "date", "outlet", "script", "chars", "encoding", "sha256"]
    assert list(table["place"]) == ["shinan", "fenyang", "tanchang", "qinhuangdao", "heyuan_szjgjgw"]
    assert list(table["script"]) == ["traditional", "traditional", "simplified", "simplified", "traditional"]
    assert all(_sums()[f"{d}.txt"].startswith(h) for d, h in zip(table["doc"], table["sha256"]))


@pytest.mark.parametrize("data", [b" ", b"\t\n\r\x0b\x0c", b"\x1c\x1d", b"\xa0", b"\x85 ", b" a "])
def test_only_white_space_is_the_ascii_blanks_that_bytes_strip_removes(data: bytes):
    blank = not data.strip()
    try:
        decode_bytes(data, "x.txt")
        refused = False
    except EmptyDocumentError:
        refused = True
    except MobilizationError:
        refused = False
    assert refused == blank


def test_load_takes_a_path_or_a_string_and_reads_the_whole_file(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text("党员" * 200_000, encoding="utf-8")  # larger than any read buffer
    assert load(path).text == load(str(path)).text == "党员" * 200_000
