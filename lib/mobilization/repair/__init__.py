"""Stage 2, repair: HTML markup, web-converter pinyin residue, GBK byte-shift mojibake, page boilerplate.

CONTRACT (other stages rely on it):
`repair(text) -> Repaired` where
- `Repaired.text` is the repaired full text;
- `Repaired.to_original(i)` maps an index of the repaired text to the index in the
  original text of the character it came from; `original_span(start, end)` maps a
  half-open span, widening the end over pinyin residue deleted right after the last character;
- `Repaired.edits` lists every change (original span, before, after, kind); replaying them
  on the original gives the repaired text (`apply_edits`);
- `Repaired.damaged` lists spans of the ORIGINAL text that could not be repaired;
- `Repaired.body` lists spans of the REPAIRED text that are article body; `boilerplate`
  lists the rest (navigation, datelines, sidebars, captions, footers) with the reason as
  `kind`; `in_body(i)` tests an index, `body_text()` gives the body lines.

The passes run in this order, each on the output of the one before, and their edits are
composed back to original offsets (one module per step):

1. `markup`: `strip_html`, HTML tags, blocks and entities;
2. `residue`: `_residue_pieces`, pinyin readings after characters (`區(qū)`);
3. `mojibake`: `find_mojibake`, GBK byte-shift runs shifted back or flagged (plus residue freed by it);
   `spun`: `find_spun`, known substitutions of re-spun web copy written back (`东谈主` → `人`,
   data/repair_substitutions.csv), edits of kind `spun_text`;
4. `body`: `find_body`, article body against page furniture (`line_furniture`: each line's own verdict, read
   first; `captions`: picture captions as long as a paragraph; `story`: the lines it gives back to the story);

`stage` runs them (`repair`), `edits` holds the records and the composition of edit lists
(`Edit`, `Span`, `Repaired`, `compose`), `report` the summaries for notebooks. The offset map
is piecewise (`offsets.OffsetMap`), so a 50 MB corpus costs a few segments per edit, not an
integer per character.
"""
from __future__ import annotations

from .edits import apply_edits, compose, Edit, HTML, LOST, MOJIBAKE, Repaired, RESIDUE, Span
from .markup import strip_html
from .residue import remove_residue
from .mojibake import find_mojibake
from .spun import find_spun, SPUN
from .body import find_body
from .stage import ChainedMap, repair
from .report import repair_examples, repair_report, repair_summary

# Used by tests and benchmarks that look inside one step (kept importable from the package)
from .residue import _residue_pieces
from .mojibake import (_any_anchor, _any_sign, _LOST_READING, _ORDINARY_PUNCTUATION, _ORDINARY_RANK, _ordinary_run,
                       _ranks, _SIGN_KIND, _signal_patterns, _WEDGE_RE)
from .body import _ELLIPSIS_END, _without_ellipsis
from .line_furniture import (_classify, _credit_blocks, _DATELINE, _DIGITS_ONLY, _LINE_SHAPE_BRANCHES, _line_shapes,
                             _markers, _no_han, _SHAPE_LINE_MAX)

__all__ = ["Edit", "Span", "Repaired", "ChainedMap", "apply_edits", "compose", "HTML", "LOST", "MOJIBAKE",
           "RESIDUE", "SPUN", "strip_html", "remove_residue", "find_mojibake", "find_spun", "find_body", "repair", "repair_summary",
           "repair_report", "repair_examples"]
