"""Repair, pass 3b: known substitutions of re-spun web copy written back (`52483东谈主` → `52483人`).

A rewriting tool ("洗稿") swaps common words for strings that are no words of the language, and
web reposts carry them. `data/repair_substitutions.csv` lists each such string with the word it
replaced; only strings that never occur in genuine text are listed, so the edit is always right.
Each replacement is an `Edit` of kind `SPUN`: offsets keep pointing at the original characters.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_rows
from .edits import Edit

SPUN = "spun_text"


@lru_cache(maxsize=1)
def _substitutions() -> tuple[re.Pattern | None, dict[str, str]]:
    """data/repair_substitutions.csv compiled: one pattern over every spun string (longest first)."""
    words = {r["spun"]: r["word"] for r in read_rows("repair_substitutions.csv") if r["spun"]}
    if not words:
        return None, {}
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))), words


def find_spun(text: str) -> list[Edit]:
    """The edits that write back every known spun string of `text`, in text order.

    >>> [(e.start, e.before, e.after) for e in find_spun("救出52483东谈主,另有100东说念主")]
    [(7, '东谈主', '人'), (16, '东说念主', '人')]
    >>> find_spun("东方人谈主要问题")
    []
    """
    pattern, words = _substitutions()
    if pattern is None:
        return []
    return [Edit(m.start(), m.end(), m.group(), words[m.group()], SPUN) for m in pattern.finditer(text)]
