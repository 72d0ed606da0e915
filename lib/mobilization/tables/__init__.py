"""Stage 6, tables: mention rows → the mention table, the facts table and per-place indicators.

- `mentions(sources)`: one row per quantity mention, with provenance (doc, start, end,
  surface: `text[start:end] == surface` in the decoded original), the place and date of the
  report and the sentence around the figure; sorted by (doc, start).
- `facts(mentions_df)`: repeated mentions of one fact in one document merged into one row
  that keeps every mention's offsets (`mentions`, `n_mentions`), so a total over facts never
  counts a figure twice (see `same_fact` for the rule).
- `indicators(facts_df, places_df)`: a few indicators per place built from facts by the rules
  in `data/indicators.csv`, each value listing the facts it came from, divided by the
  population in `data/denominators.csv`. A value no report gives is missing, never zero.

Lists in cells are "; "-joined strings, so CSV and Parquet hold the same thing.

The steps, one module each, in the order the data goes through them:

- `columns`: the three tables' columns and how their cells are typed;
- `curated`: the project's own inputs (seed reports, data/documents.csv, data/places.csv, labels);
- `mention_table`: `mentions`, `mention_frame`;
- `merge_rule`: `same_fact`, the rule that two mentions are one fact (units, nouns, actors);
- `clauses`: `read_clauses`, what each mention's clause says (kind, stated total, actor);
- `fact_table`: `facts`, the merged facts table;
- `indicator_rules`: `Rule`, `rules` (data/indicators.csv), how a figure is cited and bounded;
- `values`: `doc_value`, `place_value`, a value per report, per story, per place;
- `population`: `denominators`, `denominator_for`, what a rate divides by;
- `indicator_table`: `indicators`, `place_list`, `unplaced`;
- `assemble`: `Tables`, `build`, `from_analyses`, every table of one run;
- `views`: `counts_by_place`, `facts_by_category`, `indicator_matrix`, for reports.

`places_used` and `set_aside` (from `mobilization.place_filter`, light enough for the summary to import) say which
places the facts and indicators use: a place read from the text below the run's confidence word is left out.

Every name is importable from here (`from mobilization.tables import facts`), as before the
module became a package. A test that replaces a name (monkeypatch) must patch the module that
looks it up, e.g. `mobilization.tables.fact_table.read_clauses`.
"""
from __future__ import annotations

from .columns import (_BOOL, _FACT_PLACE, _FLOAT, _INT, FACT_COLUMNS, INDICATOR_COLUMNS, MENTION_TABLE_COLUMNS,
                      NO_DENOMINATOR, NOT_REPORTED, SEP, _missing, _typed)
from .curated import documents, place_columns, place_labels, places, seed_paths, seed_place_ids
from .mention_table import mention_frame, mentions
from .merge_rule import (_M, _classifiers, _same_number, compatible_entities, generic_nouns, same_context, same_fact,
                         same_unit_family)
from .clauses import _Read, read_clauses
from .fact_table import _doc_places, _empty_facts, _fact_row, _float, facts
from .indicator_rules import (_EXACTISH, _LOWER_BOUNDS, Rule, _is_funds_noun, bound_of, combine_approx, fact_source,
                              rules)
from .values import (_JOINERS, ANECDOTE_SHARE, Value, _clusters, _max_value, _records, coordinated, doc_value,
                     place_value, stated_whole)
from .population import denominator_for, denominators
from .indicator_table import _dated, indicators, names_another_place, place_list, unplaced
from ..place_filter import CONFIDENCE_WORDS, DEFAULT_MIN_CONFIDENCE, places_used, set_aside
from .assemble import Tables, build, from_analyses
from .views import CATEGORY_ORDER, counts_by_place, facts_by_category, indicator_matrix

__all__ = ["ANECDOTE_SHARE", "CATEGORY_ORDER", "CONFIDENCE_WORDS", "DEFAULT_MIN_CONFIDENCE", "FACT_COLUMNS",
           "INDICATOR_COLUMNS", "MENTION_TABLE_COLUMNS", "NO_DENOMINATOR", "NOT_REPORTED", "Rule", "SEP", "Tables",
           "Value", "bound_of", "build", "combine_approx", "compatible_entities", "coordinated", "counts_by_place",
           "denominator_for", "denominators", "doc_value", "documents", "fact_source", "facts", "facts_by_category",
           "from_analyses", "generic_nouns", "indicator_matrix", "indicators", "mention_frame", "mentions",
           "names_another_place", "place_columns", "place_labels", "place_list", "place_value", "places",
           "places_used", "read_clauses", "rules", "same_context", "same_fact", "same_unit_family", "seed_paths",
           "seed_place_ids", "set_aside", "stated_whole", "unplaced"]
