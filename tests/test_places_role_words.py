"""data/place_role_words.csv: the cue words that give a division name its role (places.mentions, places.no_place)."""
from collections import Counter

from mobilization.lexicon import read_rows
from mobilization.places.no_place import national_cues
from mobilization.places.mentions import cues, role_words

LISTS = {"actor_zone", "actor_organ", "outlet", "site_building", "aid", "destination", "disaster_area", "counterpart_aid", "event",
         "informant_before", "informant_verb", "institution", "title_name", "national", "national_organ", "overseas",
         "surname", "origin", "origin_person", "honour", "honour_verb", "outside_people", "post", "job_going", "job_work",
         "neighbour", "border_verb", "direction_part"}


def test_every_list_is_known_and_each_word_listed_once():
    rows = read_rows("place_role_words.csv")
    assert {r["list"] for r in rows} == LISTS
    assert [w for w, n in Counter(r["word"] for r in rows).items() if n > 1] == []


def test_aid_verbs_are_shared_by_destination_and_sender():
    for verb in role_words()["aid"]:
        assert cues().dest.search("医疗队" + verb) and cues().sends.match(verb + "武汉")
    assert cues().dest.search("运往") and not cues().sends.match("运往")
    assert cues().sends.match("援疆") and not cues().dest.search("援疆")


def test_title_names_begin_with_chang_and_are_no_post():
    assert all(w.startswith("长") for w in role_words()["title_name"])
    assert cues().title_after.match("长说") and not cues().title_after.match("长沙")


def test_national_organs_are_national_and_act():
    for word in role_words()["national_organ"]:
        assert national_cues().national.search(word) and national_cues().national_actor.search(word)
    assert national_cues().national.search("全国") and not national_cues().national_actor.search("全国")
