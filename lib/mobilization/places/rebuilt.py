"""Place, a guard on evidence: a name the page did not print whole, because the repair rebuilt one of its characters.

A mirror that misreads a few bytes (a traditional-script page that loses one byte at a quotation mark, so the next
characters' double bytes are read one byte off) prints a short run of wrong characters, and the repair (`repair.mojibake`) rebuilds the run. The rebuilt characters are the repair's
reading, not the page's print: a name that stands on them is read from a broken span (`d文` in the original). Such a
name counts only where its division is also named in print elsewhere in the text. Named nowhere else, it is not read:
better an unknown than a place read from damage. A long run (a passage decoded again as a whole) is the page's text
in another encoding, read as printed.
"""
from __future__ import annotations

from ..repair import Repaired
from ..repair.edits import MOJIBAKE as _MOJIBAKE
from .mentions import Hit

# A local fix rebuilds a few characters inside printed text; a longer run is a passage decoded again as a whole.
_LOCAL_RUN = 12


def rebuilt_runs(rep: Repaired) -> list[tuple[int, int]]:
    """The original's spans whose characters a local mojibake fix rebuilt (the page printed other characters there).

    >>> from mobilization.repair import repair
    >>> rep = repair("大家快撤離??!痹谕跖d文的帶領下,群眾安全撤離。")
    >>> rep.text[:12], rebuilt_runs(rep), rep.original[8:12]
    ('大家快撤離??!”在王興', [(8, 12)], '痹谕跖d')
    """
    return [(e.start, e.end) for e in rep.edits
            if _MOJIBAKE in e.kind.split("+") and e.after and len(e.after) <= _LOCAL_RUN]


def on_rebuilt(rep: Repaired, start: int, end: int, runs: list[tuple[int, int]]) -> bool:
    """Does text[start:end] of the repaired text (a name) stand on characters a local fix rebuilt?

    >>> from mobilization.repair import repair
    >>> rep = repair("大家快撤離??!痹谕跖d文的帶領下,群眾安全撤離。")
    >>> i = rep.text.index("興文"); on_rebuilt(rep, i, i + 2, rebuilt_runs(rep)), on_rebuilt(rep, 0, 2, rebuilt_runs(rep))
    (True, False)
    """
    o_start, o_end = rep.offsets.span(start, end)
    return any(a < o_end and o_start < b for a, b in runs)


def drop_rebuilt(found: list[tuple[Hit, str]], rep: Repaired, simplified: str) -> list[tuple[Hit, str]]:
    """The found names without those standing on rebuilt characters whose division no printed name gives.

    `simplified` is the repaired text converted by t2s; where the conversion changed its length, nothing is dropped
    (its indices are not the repaired text's).
    """
    runs = rebuilt_runs(rep)
    if not runs or len(simplified) != len(rep.text):
        return found
    rebuilt = [on_rebuilt(rep, h.start, h.end, runs) for h, _ in found]
    printed = {code for (_, code), r in zip(found, rebuilt) if not r}
    return [(h, code) for (h, code), r in zip(found, rebuilt) if not r or code in printed]
