"""Stage 5, extract quantities: value, approximation, unit, counted noun, category, offsets.

CONTRACT: `extract(text) -> list[Quantity]` on repaired, SIMPLIFIED text (the pipeline runs
repair → OpenCC t2s → extract); offsets are into that text, `text[q.start:q.end] == q.surface`,
quantities are sorted by start.

How it works: one compiled regular expression finds candidate numerals (Arabic, full-width,
Chinese; with 多/余/万/亿 and ranges); everything else is decided on a short window around
each candidate, with word lists from `data/` (classifiers.csv, nouns.csv, exclusions.csv,
approximations.csv, entity_stops.csv, currencies.csv, head_forms.csv). See docs/quantities.md
for the rules.

The steps, one module each, in the order a text goes through them (each module imports only
from the ones above it in this list; docs/quantities.md, "Code layout"):

- `records`: the dataclasses that cross the steps (Quantity, Classifier, Head, Currency, Lexicon).
- `text`: the characters every step shares (sentence and clause ends, quotation marks).
- `wordlists` (step 0): the word lists of data/ compiled once into a `Lexicon` (`lexicon()`).
- `numbers` (1): the one scan for candidate numerals (`candidate_re`); value, approximation, range.
- `exclusions` (2): numerals that are not counts (slogans, fixed terms, dates, codes, quoted lists).
- `heads` (3a): the known head nouns (nouns.csv) and stop words in the window around a numeral.
- `window_tags` (3b, first half): the short window around a figure tagged with jieba's dictionary (its memory too).
- `open_nouns` (3b, second half): nouns nobody listed: the category of a noun's form, whether it fits its classifier.
- `open_after` (3b): the noun nobody listed read after the classifier in the tagged window (`open_noun_after`).
- `open_before` (3b): the noun nobody listed that ends before the number, or the one named last before a lone
  count (`open_noun_before`, `context_noun`).
- `nouns` (3c): the counted noun phrase after the classifier (`noun_after`).
- `nouns_before` (3d): the counted noun phrase before the number (`noun_before`); words of harm stripped.
- `noun_before_readers` (3d, second half): the shapes a noun-first phrase takes (a donor, whose events after 的,
  an action or work done, a list item, a coordination, a model code, a 《title》).
- `verbs` (3e): the words of a count's situation (data/situation_verbs.csv), the verbs of a clause.
- `categories` (4): what a count counts (organization, personnel, funds, coverage, …).
- `clause_reading` (4b): what the clause around a count says of it (the verbs before and after it, a
  disaster's scope, a beneficiary, the evidence about a bare count of people; data/situation_verbs.csv).
- `situation_readers` (4c, first half): the readers of a count's situation (a team made up of the people, a sum
  per head, posts set up, goods handed over, the whole after 其中, aid's institutions, people in need).
- `situations` (4c): the clause around a count corrects its category: who was mobilized, reached or
  harmed (`situate`).
- `populations` (4c, part): a count that describes a place's own population or parts is other, not coverage.
- `money` (5): currencies, 角/分, sums named in headlines, the funds a sum comes from (`money_source`).
- `conditions` (5b): sums that are no tallies: a threshold that picks people, a speaker's own money.
- `noun_shapes` (6, helpers): the shapes a counted noun takes around one numeral (after an age, a model code, …).
- `candidate` (6): one candidate numeral → one `Quantity` or nothing; `scan` runs it over a text.
- `shared_nouns` (7, part): neighbouring counts share a noun (200桶800斤酒精, 20桶、1200瓶消毒液); the kind of
  goods in a 、-list.
- `lone_counts` (7, part): a count with no noun of its own takes the noun named next to it (batches, goods of a
  value, a second unit, gifts, lone counts).
- `parts_and_changes` (7, part): counts read against another count: a change of number, the parts of a total
  (其中), a breakdown in parentheses.
- `shares` (7b, part): what each unit gets or has, after a 每: counts per unit of a set, rations, sums per head.
- `tallies` (7b): counts that are not tallies: per-unit counts, rations, rates, the 一 of a story.
- `rules` (7): rules across quantities in order (`apply_rules`: the three modules above, then non-tallies dropped).
- `extraction`: `extract`, the whole step (digit blanks closed, `scan`, `situate`, `apply_rules`, offsets
  mapped back).

Names with a leading underscore are internal to this package (shared by its modules).

>>> [(q.value, q.unit, q.entity, q.category) for q in extract("全市建立751个临时党支部")]
[(751.0, '个', '临时党支部', 'organization')]
"""
from .records import NOT_COUNTS, Classifier, Currency, Head, Lexicon, Quantity
from .text import SENTENCE_END
from .wordlists import lexicon
from .numbers import candidate_re
from .open_after import open_noun_after
from .open_before import context_noun, open_noun_before
from .open_nouns import form_category, open_head
from .nouns import noun_after
from .nouns_before import noun_before
from .money import money_source
from .parts_and_changes import _breakdowns  # noqa: F401 (a robustness test times it alone)
from .extraction import close_digit_blanks, extract

__all__ = ["NOT_COUNTS", "SENTENCE_END", "Classifier", "Currency", "Head", "Lexicon", "Quantity", "candidate_re",
           "close_digit_blanks", "context_noun", "extract", "form_category", "lexicon", "money_source", "noun_after",
           "noun_before", "open_head", "open_noun_after", "open_noun_before"]
