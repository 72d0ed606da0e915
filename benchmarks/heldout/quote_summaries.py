"""Write the held-out summaries and per-corpus tables of data/accuracy_*.csv into the README and the docs.

    python benchmarks/heldout/quote_summaries.py

The README quotes the summaries between `<!-- figures_summary -->` and `<!-- places_summary -->` markers; the
"Accuracy" sections of docs/quantities.md and docs/places.md quote the same summaries and the per-corpus tables
(`<!-- figures_table -->`, `<!-- places_table -->`). A test (tests/test_quoted_numbers.py) checks that the quoted
text is what the data files give.
"""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

from mobilization.quoted_accuracy import figures_summary, figures_table, heldout_summary, places_summary, places_table

ROOT = Path(__file__).resolve().parents[2]
# file → (marker name, function giving the text, wrapped as a paragraph or kept as a table)
QUOTES = {
    "README.md": [("figures_summary", figures_summary, "  "), ("places_summary", places_summary, "  ")],
    "docs/quantities.md": [("figures_summary", figures_summary, ""), ("figures_table", figures_table, None),
                           ("heldout_summary", heldout_summary, "")],
    "docs/places.md": [("places_summary", places_summary, ""), ("places_table", places_table, None)],
}


def quote(text: str, name: str, summary: str, indent: str | None = "  ") -> str:
    """`text` with the lines between the `name` markers replaced by `summary`, wrapped and indented (a table,
    `indent` None, as it is)."""
    body = summary if indent is None else textwrap.fill(summary, width=108, initial_indent=indent,
                                                         subsequent_indent=indent)
    pattern = re.compile(rf"(<!-- {name} -->\n).*?(\n?\s*<!-- /{name} -->)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"no <!-- {name} --> markers")
    return pattern.sub(lambda m: m.group(1) + body + "\n" + m.group(2).lstrip("\n"), text)


def main() -> None:
    for file, quotes in QUOTES.items():
        path = ROOT / file
        text = path.read_text(encoding="utf-8")
        for name, summary, indent in quotes:
            text = quote(text, name, summary(), indent)
        path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
