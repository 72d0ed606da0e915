"""Round r44 (places and dates, BW opened): invented sentences, each read otherwise on the start commit d18213c.

1. A year and a two-digit month alone on their line (2021.07) are a month date.
2. A name standing on characters the repair rebuilt from a mirror's misread bytes counts only where its division is
   also named in print.
3. A neighbour named to locate the story's place (紧邻某地, 与某地接壤) weighs as a destination.
4. A division named before a compass word and one of its own parts (新疆西北部塔城地区) only locates the part.
"""
from mobilization.date_scan import find_dates
from mobilization.places import Zone
from mobilization.places.detect import found_places
from mobilization.places.mentions import find_hits
from mobilization.repair import repair
from mobilization.script import convert


def _codes(text: str) -> list[str]:
    rep = repair(text)
    found, _ = found_places(rep, convert(rep.text, "t2s"))
    return [code for _, code in found]


def test_a_year_and_month_alone_on_their_line_are_a_month_date():
    found = find_dates("社区志愿者上门送菜\n2021.07\n志愿者们分头行动。")
    assert [(f.iso, f.precision) for f in found] == [("2021-07", "month")]
    assert [f.iso for f in find_dates("社区志愿者上门送菜\n2021-11 \n志愿者们分头行动。")] == ["2021-11"]


def test_the_same_shape_inside_a_line_or_with_a_one_digit_month_is_no_date():
    # guards: a decimal inside a line, and 2021.7 (a decimal as much as a month); these pass on the start commit too
    assert find_dates("共筹集资金2021.07万元。\n2021.7\n") == []


def test_a_name_standing_on_rebuilt_characters_alone_is_not_read():
    # 兴文 (兴文县) would stand on 興, which the repair rebuilt from the mirror's misread bytes (a person's name here)
    text = "志愿者說:“大家快撤離??!痹谕跖d文的帶領下,群眾從樓頂安全撤離。\n全鎮沒有人員傷亡。"
    assert "在王興文" in repair(text).text
    assert "511528" not in _codes(text)


def test_a_rebuilt_name_also_named_in_print_is_kept():
    text = "村民們說:“謝謝??!痹趶V州的志願者幫助下,大家安全了。\n廣州市志願者協會組織隊員進村。"
    assert _codes(text).count("440100") == 2


def test_a_neighbour_after_a_word_of_lying_next_to_it_is_no_place_of_the_story():
    text = "某县地处山区,紧邻成都,东与德阳、绵阳接壤,全县志愿者上岗。"
    hits = {h.surface: h.dest for h in find_hits(text, [Zone(0, len(text), "body")])}
    assert hits == {"成都": True, "德阳": True, "绵阳": True}


def test_a_province_before_a_compass_word_and_its_own_prefecture_only_locates_it():
    text = "大风致使甘肃西南部甘南州多地停电,电力抢修队连夜出动。"
    codes = _codes(text)
    assert "623000" in codes and "620000" not in codes
