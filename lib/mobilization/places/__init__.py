"""Place of a report, read from its text: the division whose mobilization it describes, with evidence.

CONTRACT: `detect_place(rep, simplified)` looks at the repaired, simplified text of one document
(the pipeline's `Analysis.repaired` and `.simplified`) and returns a `PlaceGuess`: a census
division code with the span that decided it and a confidence, or an explicit unknown with the
reason (national report, Hong Kong or Macau, no place named, names that stay ambiguous).

The steps, one module each, in the order a text goes through them (each module imports only from
the ones above it in this list; the rules are in each module's docstring and in docs/places.md):

- `page_parts` (1, first half): the lines of a page that are no part of its story, found by their shape.
- `zones` (1): the headline, source lines and body of a page (`zones_of`); what is not read.
- `cues` (2, first half): the cue words of data/place_role_words.csv compiled into the regexes of a name's roles (`cues()`).
- `mentions` (2): the division names in those zones, each with its role: actor, host, destination,
  event, informant, qualifier (`find_hits`, `Hit`).


- `contexts` (2, part): where a division's name found in a text is no place acting (a river, a word holding a name, …).
- `mention_words` (2, part): a name with its phrase and the text's other names (a short form that is also a word, a
  person's origin, an honour, a transport line, the full name of the headline's unit).
- `mention_passes` (2, last pass): the hits reread beside one another (an organ stationed in a part, a zone's district
  in brackets, a surname and title, a given name).
- `abbreviations` (2b): a province's one-character abbreviation in its contexts (中央在晋单位).
- `townships` (2c): townships named with their suffix (赤溪镇), a fallback for their county.
- `resolve` (3): each mention with the one division it names (`resolve`); a user's place name
  (`resolve_name`).
- `located` (3, part): a division named only to locate one of its parts (新疆西北部塔城地区) is dropped (round r44).
- `rebuilt` (3, part): a name standing only on characters the repair rebuilt counts where its division is also
  named in print (round r44).


- `levels` (4a): the level the report is about, from the parts it names (a prefecture's roundup,
  a district the body introduces).
- `headline_levels` (4a, part): a headline's bare region over one county's story; a county named only in its
  prefecture's address over the prefecture's story.


- `selves` (4b): the unit speaking of itself without its name (我省, 全县, 市委).
- `no_place` (5, part): why no division is the report's: a national report, several provinces, Hong Kong,
  Macau or Taiwan (`national_cues`).
- `senders` (5, part): sender or scene: the place that sends a team over the place it was sent to, and back.
- `confidence` (5, part): the confidence word of the pick, by its level and how strongly the text names it
  (data/place_confidence.csv; docs/rounds/c11.md).
- `tally` (5a): the weight, mention count and zones of each division the mentions name.
- `pick` (5b): the division the report is about, from the tally, at the level the report is about (the part that
  acts, the scene, the county whose organs speak, the site of the work).
- `doubts` (5, part): a county picked high that is only part of its prefecture's story (the city's own release, a
  second county visited with its villages counted) is said medium (round r42).
- `decide` (5): the reporting unit from the weighed mentions, or why there is none (`decide`,
  `PlaceGuess`).
- `features` (6a), `rerank` (6): the candidate divisions and their numbers; a learned linear re-ranker
  (weights in data/place_model.csv) that may prefer another candidate to the rules' pick, never to
  their unknowns (docs/rounds/learned-re-ranking.md).


- `detect`: `detect_place`, the whole step.

Names with a leading underscore are internal to this package (shared by its modules).
"""
from .zones import CAPTION, READ_HEAD, READ_TAIL, Zone, read_window, zones_of
from .mentions import Hit, find_hits
from .abbreviations import AbbreviationRules, abbreviation_rules, find_abbreviations
from .townships import TOWNSHIP_WEIGHT, find_townships, resolve_townships
from .resolve import resolve, resolve_name
from .decide import UNKNOWN, ZONE_WEIGHT, PlaceGuess, decide
from .detect import detect_place

# Used by tests that look inside one step (kept importable from the package)
from .zones import _line_kind

__all__ = ["CAPTION", "READ_HEAD", "READ_TAIL", "Zone", "read_window", "zones_of", "Hit", "find_hits",
           "AbbreviationRules", "abbreviation_rules", "find_abbreviations", "TOWNSHIP_WEIGHT", "find_townships",
           "resolve_townships", "resolve", "resolve_name", "UNKNOWN", "ZONE_WEIGHT", "PlaceGuess", "decide",
           "detect_place"]
