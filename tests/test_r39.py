"""Round r39 (fifteenth session): places read from reports we invented (docs/rounds/r39.md)."""
from __future__ import annotations

from tests.invented import code_and_name, place


# Help STATIONED in a township, village or community goes to that place's county, whoever sent it (codebook,
# 2026-12-07). Round r39 reads the words of stationing as data (data/place_context_words.csv).

def test_a_districts_team_posted_in_a_town_of_another_city_gives_the_towns_county() -> None:
    # the sender is a district with its subdistrict and its bureaus (named before 驻); the verb of stationing points
    # at the site; the province is named as the programme's owner; the leader's home and former work are the sender's
    text = ("镇上来了帮扶队\n"
            "盛夏的揭西依旧炎热，一群人走进棉湖镇的果园，与果农聊起了收成。\n"
            "广东省提出驻镇帮镇扶村，帮扶范围更广了。\n"
            "这支队伍是由深圳南山区粤海街道、区人大办、区卫健局组成的驻揭西棉湖镇帮镇扶村工作队。"
            "队长李某来自深圳南山区粤海街道办，长期负责粤海街道社区工作。"
            "工作队到棉湖镇后，走遍了各村。棉湖镇位于揭西县东部，距揭西县城二十公里。\n")
    assert code_and_name(text) == ("445222", "揭西县")


def test_a_city_bodys_poverty_team_in_a_village_named_only_by_its_anaphor_gives_the_villages_county() -> None:
    # the village is named with its county; the words of help (扶贫工作队, 帮扶) stand in the sentences that say 村里,
    # 该村; the villagers' study trip to another county of the city is a visit, not the story's place
    text = ("清早，泾源县黄花乡某某村的老李赶着牛车去磨坊。老李说，以前磨面要走二十里。"
            "市政协扶贫工作队知道后，就给村里建了磨坊。\n"
            "泾源县黄花乡某某村位于泾源县北部。市政协机关从2016年起对该村开展帮扶。"
            "去年秋天，工作队组织党员和养牛大户在彭阳县考察学习，回来后办起了合作社。\n")
    assert code_and_name(text) == ("640424", "泾源县")


def test_a_team_answering_its_provinces_call_is_the_villages_countys() -> None:
    # the province is named as whose call the work answers, as the firm's branch and as the organ that appointed the
    # first secretary; the site is one county's village
    text = ("扎根高原的驻村人\n"
            "为响应青海省“强基惠民驻村工作”号召，2022年初，由某某能源公司青海分公司、青海玛多县花石峡镇人民政府"
            "组成驻花石峡镇某某村工作队。\n"
            "几年来，某某能源公司在玛多县开展结对帮扶，修路建房。去年，某某能源公司青海新能源有限公司党群部主任王某"
            "主动请缨，经青海省委组织部任命，担任该村第一书记。青海省扶贫开发局也给予支持。\n")
    assert code_and_name(text) == ("632626", "玛多县")


def test_staff_sent_down_into_a_community_give_the_communitys_county() -> None:
    # 下沉: a unit's staff sent down to serve a community (the codebook's line); the city is their bureau's name
    text = ("银川市某局党员下沉社区\n"
            "连日来，银川市某局五十名党员下沉金凤区满城北街街道某某社区，协助社区排查登记、值守卡口。\n")
    assert place(text).code == "640106"


def test_a_second_county_named_as_a_place_of_the_story_keeps_the_senders() -> None:
    # guard: 在彭阳县 without a visit to learn is where the story also happens: no one site
    text = ("市政协扶贫工作队给村里建了磨坊\n"
            "泾源县黄花乡某某村位于泾源县北部。市政协扶贫工作队给村里建了磨坊。在彭阳县，工作队也修了三座水窖。\n")
    assert place(text).code != "640424"
