"""Stage 1, load: bytes on disk → `Document` (decoded text, encoding, SHA-256, metadata).

Supported encodings: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK and Big5,
told apart by charset-normalizer. Anything else is a typed error naming the file.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BinaryFileError, DecodeError, EmptyDocumentError, InputError, UsageError, printable
from .lexicon import read_rows

# Magic numbers of binary formats that turn up in scraped folders; naming the format
# makes the error message actionable.
_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an MS Office (OLE) document",
}
_MAGIC_PREFIXES = tuple(_MAGIC)  # one `startswith` for the common case of a text file
# Candidates offered to charset-normalizer when the bytes are not UTF-8.
_LEGACY = ["gb18030", "big5", "big5hkscs"]
# The largest document read (bytes). A larger file is refused with one line rather than read:
# the per-document pipeline holds a few copies of the text (peak memory under 1 GB at this
# size, measured in docs/cli.md), and a file this large is almost never one article.
MAX_DOCUMENT_BYTES = 200_000_000
# A text of nothing but blanks and byte-order marks (U+FEFF) is empty, whatever the encoding.
_BLANK = re.compile("[\t\n\x0b\x0c\r \u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]*")
_CANONICAL = {"utf_8": "utf-8", "utf_8_sig": "utf-8-sig", "utf_16": "utf-16", "gb18030": "gb18030",
              "gbk": "gb18030", "gb2312": "gb18030", "big5": "big5", "big5hkscs": "big5hkscs", "cp950": "big5"}


@dataclass(frozen=True)
class Document:
    """One decoded source document with its provenance and (if known) metadata."""

    doc_id: str
    path: str
    sha256: str
    encoding: str
    text: str
    meta: dict[str, str] = field(default_factory=dict, compare=False)


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode document bytes; return `(text, encoding)` or raise a typed error naming `name`.

    >>> decode_bytes("臨時黨支部".encode("big5"))
    ('臨時黨支部', 'big5')
    >>> decode_bytes("临时党支部751个".encode("gbk"))
    ('临时党支部751个', 'gb18030')
    >>> decode_bytes(b"\\xef\\xbb\\xbf\\xe5\\x85\\x9a")
    ('党', 'utf-8-sig')
    >>> decode_bytes(b"", "x.txt")
    Traceback (most recent call last):
    ...
    mobilization.errors.EmptyDocumentError: x.txt: empty file (0 bytes)
    """
    if not data or data.isspace():  # (the ASCII blanks that bytes.strip removes, without a copy)
        raise EmptyDocumentError(name, f"empty file ({len(data)} bytes)" if not data else "only white space")
    if data.startswith(_MAGIC_PREFIXES):
        kind = next(kind for magic, kind in _MAGIC.items() if data.startswith(magic))
        raise BinaryFileError(name, f"binary file ({kind}), not text")
    if data.startswith(codecs.BOM_UTF8):
        return _not_blank(_strict(data, "utf-8-sig", name), name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # (before UTF-16: same first 2 bytes)
        return _not_blank(_strict(data, "utf-32", name), name), "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _not_blank(_strict(data, "utf-16", name), name), "utf-16"
    if b"\x00" in data:
        raise BinaryFileError(name, f"binary file: NUL byte at offset {data.index(0)} (and no UTF-16 byte-order mark)")
    try:
        return _not_blank(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data":
            raise DecodeError(name, f"truncated UTF-8: the file ends in the middle of a character (byte {err.start})") from None
        utf8_error = err
    text, encoding = _decode_legacy(data, name, utf8_error)
    return _not_blank(text, name), encoding


def _not_blank(text: str, name: str) -> str:
    """`text`, unless it holds only blanks (ideographic spaces too) and byte-order marks.

    >>> _not_blank("\u3000\ufeff ", "x.txt")
    Traceback (most recent call last):
    ...
    mobilization.errors.EmptyDocumentError: x.txt: only white space (or byte-order marks)
    """
    if _BLANK.fullmatch(text):  # (stops at the first other character: no copy of a large text)
        raise EmptyDocumentError(name, "only white space (or byte-order marks)")
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise DecodeError(name, f"invalid {encoding} at byte {err.start}: {err.reason}") from None


def _decode_legacy(data: bytes, name: str, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported here: costs ~50 ms, only legacy files pay it

    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is None:
        raise DecodeError(name, f"not UTF-8 (invalid byte at {utf8_error.start}) and not GB18030/GBK or Big5 either")
    encoding = _CANONICAL.get(best.encoding, best.encoding)
    text = _strict(data, encoding, name)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\x0c")
    if controls > max(2, len(text) // 100):
        raise BinaryFileError(name, f"binary file: {controls} control characters after decoding as {encoding}")
    return text, encoding


def load(path: str | Path) -> Document:
    """Read and decode one file; metadata from `data/documents.csv` is joined by doc id.

    >>> doc = load(Path(__file__).resolve().parents[2] / "seeds" / "002_7952e1c488c00cd2.txt")
    >>> doc.doc_id, doc.encoding, doc.meta["place_id"]
    ('002_7952e1c488c00cd2', 'utf-8', 'tanchang')
    """
    if not isinstance(path, (str, os.PathLike)):
        raise UsageError(repr(path), f"corpus.load takes a file path (str or Path), not {type(path).__name__}")
    path = path if isinstance(path, Path) else Path(path)
    data = read_file(path)
    text, encoding = decode_bytes(data, str(path))
    doc_id = doc_id_of(path)
    return Document(doc_id, str(path), hashlib.sha256(data).hexdigest(), encoding, text, metadata(doc_id))


def read_file(path: str | Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file, or an `InputError` naming it and saying what it is instead: missing (a broken
    symbolic link, with its target), a folder (a link to one too), a symbolic link loop, a FIFO, socket or device
    (never opened for reading: a FIFO cannot hang the caller), too large, unreadable. Documents and the user's
    metadata files are read through it, so every command names these the same way.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "loop").symlink_to(d / "loop"); (d / "gone").symlink_to("x")
    >>> for p in (d, d / "loop", d / "gone", d / "nothing"):
    ...     try: read_file(p)
    ...     except InputError as err: print(str(err).split(": ", 1)[1])
    is a folder, not a file
    cannot read: Too many levels of symbolic links
    no such file (a broken symbolic link to x)
    no such file
    """
    path = Path(path)
    try:
        return _read_all(path, limit)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(str(path), f"no such file (a broken symbolic link to {os.readlink(path)})") from None
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a folder, not a file") from None
    except OSError as err:  # (a link loop: "Too many levels of symbolic links")
        raise InputError(str(path), f"cannot read: {err.strerror or err}") from None


def doc_id_of(path: str | Path) -> str:
    """A file's document id: its name without the suffix, printable and storable.

    Bytes of a file name that are not UTF-8 (Python keeps them as lone surrogates, which no
    table can store) and control characters (which a terminal or a chart label would act on or
    draw as a missing glyph) are written `\\xNN`, as Python writes bytes; other names are unchanged.

    >>> doc_id_of(Path(os.fsdecode(b"r\\xe9port.txt")))
    'r\\\\xe9port'
    >>> doc_id_of("a" + chr(27) + "[2J.txt"), doc_id_of("甲 乙.txt")
    ('a\\\\x1b[2J', '甲 乙')
    """
    return printable(Path(path).stem)


def _read_all(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file: one `read` of its size (no file object, no second read to find the end).

    Only regular files are documents: a FIFO, socket or device (a `.txt` link to /dev/zero) is
    refused before a byte is read (opened without blocking, so a FIFO cannot hang the run), and
    so is a file over `limit` bytes (default MAX_DOCUMENT_BYTES). A file that grew meanwhile is
    read on, to the limit. A folder raises IsADirectoryError, as `open` would.

    >>> len(_read_all(Path(__file__))) == Path(__file__).stat().st_size
    True
    >>> _read_all(Path("/dev/null"))
    Traceback (most recent call last):
    ...
    mobilization.errors.InputError: /dev/null: not a regular file (a character device); only files are documents
    """
    limit = MAX_DOCUMENT_BYTES if limit is None else limit
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(str(path), f"not a regular file ({_file_type(info.st_mode)}); only files are documents")
        size = info.st_size
        if size > limit:
            raise InputError(str(path), _too_large(size, limit))
        data = os.read(fd, size + 1)
        if len(data) != size:
            chunks = [data]
            total = len(data)
            while chunk := os.read(fd, 1 << 20):
                chunks.append(chunk)
                total += len(chunk)
                if total > limit:
                    raise InputError(str(path), _too_large(total, limit))
            data = b"".join(chunks)
        return data
    finally:
        os.close(fd)


def _too_large(size: int, limit: int) -> str:
    return (f"larger than the {limit / 1e6:g} MB limit for one document ({size / 1e6:.1f} MB read); "
            "split it into articles")


def _file_type(mode: int) -> str:
    """What a non-regular file is, in words.

    >>> _file_type(stat.S_IFIFO)
    'a FIFO (named pipe)'
    """
    kinds = [(stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")]
    return next((name for test, name in kinds if test(mode)), "not a file")


def metadata(doc_id: str) -> dict[str, str]:
    """The `data/documents.csv` row of a document, or an empty dict for an unknown one.

    >>> metadata("000_2f153b118d3bd113")["place_id"]
    'shinan'
    >>> metadata("no-such-doc")
    {}
    """
    for row in read_rows("documents.csv"):
        if row.get("doc_id", row.get("doc")) == doc_id:
            return dict(row)
    return {}


def iter_paths(paths: list[str | Path], pattern: str = "*.txt") -> list[Path]:
    """Files named on the command line: files as given, folders searched recursively, sorted.

    >>> [p.name for p in iter_paths([Path(__file__).resolve().parents[2] / "seeds"])][:1]
    ['000_2f153b118d3bd113.txt']
    """
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob(pattern) if q.is_file()))
        else:
            out.append(p)
    return out


def corpus_table(docs: list[Document]) -> "object":
    """The corpus as a DataFrame, one row per document sorted by id: metadata, size, encoding, hash prefix.

    >>> corpus_table([Document("x", "x.txt", "ab" * 32, "utf-8", "黨員", {"place_id": "p"})]).iloc[0].to_dict()
    {'doc': 'x', 'place': 'p', 'date': '', 'outlet': '', 'script': '', 'chars': 2, 'encoding': 'utf-8', 'sha256': 'abababababab'}
    """
    import pandas as pd

    rows = [{"doc": d.doc_id, "place": d.meta.get("place_id", ""), "date": d.meta.get("date", ""),
             "outlet": d.meta.get("outlet", ""), "script": d.meta.get("script", ""), "chars": len(d.text),
             "encoding": d.encoding, "sha256": d.sha256[:12]} for d in docs]
    columns = ["doc", "place", "date", "outlet", "script", "chars", "encoding", "sha256"]
    return pd.DataFrame(rows, columns=columns).sort_values("doc", ignore_index=True)
