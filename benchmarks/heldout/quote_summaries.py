"""Write the held-out summaries of data/accuracy_figures.csv and data/accuracy_places.csv into the README.

    python benchmarks/heldout/quote_summaries.py

The README quotes them between `<!-- figures_summary -->` and `<!-- places_summary -->` markers; a test
(tests/test_quoted_numbers.py) checks that the quoted text is what the data files give.
"""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

from mobilization.evaluate import figures_summary, places_summary

README = Path(__file__).resolve().parents[2] / "README.md"


def quote(text: str, name: str, summary: str) -> str:
    """`text` with the lines between the `name` markers replaced by `summary`, wrapped and indented."""
    body = textwrap.fill(summary, width=108, initial_indent="  ", subsequent_indent="  ")
    pattern = re.compile(rf"(<!-- {name} -->\n).*?(\n\s*<!-- /{name} -->)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"README.md has no <!-- {name} --> markers")
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text)


def main() -> None:
    text = README.read_text(encoding="utf-8")
    text = quote(text, "figures_summary", figures_summary())
    text = quote(text, "places_summary", places_summary())
    README.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
