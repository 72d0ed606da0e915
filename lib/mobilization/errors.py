"""Typed errors of every stage; the command line turns each into one line naming the file."""
from __future__ import annotations


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
