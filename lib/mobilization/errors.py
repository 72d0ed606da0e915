"""Typed errors of every stage; the command line turns each into one line naming the file."""
from __future__ import annotations

import re
import sys


class MobilizationError(Exception):
    """Base class: a problem with an input that the user can act on.

    >>> str(DecodeError("a.txt", "not valid text in any supported encoding"))
    'a.txt: not valid text in any supported encoding'
    """

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class EmptyDocumentError(MobilizationError):
    """The file has no bytes, or only white space."""


class BinaryFileError(MobilizationError):
    """The file is not text (an image, an archive, NUL bytes in an 8-bit encoding...)."""


class DecodeError(MobilizationError):
    """The bytes are not text in any supported encoding (or are truncated mid-character)."""


class InputError(MobilizationError):
    """A path that does not exist, is not readable, or a malformed input table."""


class UsageError(MobilizationError, TypeError):
    """A library function called with the wrong kind of argument (a string where a Document goes...).

    Also a TypeError, so code that catches TypeError still does.
    """


class OutputError(MobilizationError):
    """OUT cannot be written without destroying something the command did not write, or at all."""


# Characters never written raw to the terminal: C0/C1 controls (a file name can hold an escape
# sequence that rewrites the screen) and lone surrogates (bytes of a name that are not UTF-8).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(message: str) -> str:
    """A message safe to print: control characters and undecodable name bytes as `\\xNN` escapes.

    >>> printable("a" + chr(27) + "[2Jb.txt: bad"), printable("r" + chr(0xDCE9) + "port.txt")
    ('a\\\\x1b[2Jb.txt: bad', 'r\\\\xe9port.txt')
    """
    def escape(m: re.Match) -> str:
        code = ord(m.group())
        if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that is not UTF-8 (surrogateescape)
            return f"\\x{code - 0xDC00:02x}"
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(escape, message)


def say(message: str) -> None:
    """One line on stderr, `mobilization: ` first, never a raw control character or name byte."""
    print(f"mobilization: {printable(message)}", file=sys.stderr, flush=True)
