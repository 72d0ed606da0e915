"""Round 15 of the place detector (corpora V and X opened): each rule on a small invented report."""
from __future__ import annotations

from invented import code_and_name as place


def test_a_single_quanshen_in_a_series_tag_does_not_make_a_county_story_the_province() -> None:
    # 全省 once, in the series tag; a caption about another prefecture's county; the story is 岷县's
    text = ("全省脱贫攻坚成就巡礼\n岷县：山乡巨变\n来源：甘肃日报\n"
            "进入盛夏，临夏县高原夏菜进入采收旺季。\n"
            "近年来，岷县抢抓政策机遇，贫困发生率大幅下降。岷县某某镇某某村的牧民群众过上了好日子。"
            "岷县还发展了乡村旅游，岷县的群众增收明显。\n")
    assert place(text) == ("621126", "岷县")


def test_a_province_speaking_of_itself_often_over_several_parts_stays_the_province() -> None:
    # 我省 four times, counties of two prefectures as its examples: a provincial roundup
    text = ("我省多地党员冲锋在防汛一线\n来源：某某日报\n入汛以来，我省多地遭遇强降雨。我省各级党组织迅速行动。"
            "榕江县组织党员突击队转移群众，榕江县的党员干部日夜值守。黎平县、从江县也组织了抢险。"
            "贵州省防汛指挥部要求我省各地加强值守，我省将继续做好防汛工作。\n")
    assert place(text) == ("520000", "贵州省")


def test_a_forum_users_nickname_is_no_place() -> None:
    # the poster 新疆阿明 (twice, on the post lines) is no evidence; the county in the headline acts
    text = ("新疆阿明 发表于 2012-7-5 14:05:57\n\n乌什县抗洪抢险形势严峻\n\n"
            "连日降雨导致河水猛涨。7月4日晚，乌什县紧急召开抗洪抢险指挥部会议，部署抗洪工作。\n\n"
            "新疆阿明 发表于 2012-7-5 14:06:27\n\n县领导连夜赶到各乡镇指导抢险。\n")
    assert place(text) == ("652927", "乌什县")


def test_a_short_form_glued_to_a_division_it_is_no_part_of_is_no_place() -> None:
    # 玉龙 (玉龙纳西族自治县, far away) begins the river's name inside 和田市: the one place is 和田市
    text = "党员连夜堵口\n8月5日，和田市玉龙喀什河东风村段堤坝决口，附近村民和党员干部300余人连夜抢险，堵住了缺口。\n"
    assert place(text) == ("653201", "和田市")


def test_the_townships_of_the_one_county_named_in_full_support_it() -> None:
    # 和田市 named once in full, its town 吐沙拉镇 three times; 喀什, once, is where the stones came from
    text = ("洪峰突袭 干群合力抢险\n8月15日中午，和田市遭遇罕见洪峰，一段堤坝决口。\n"
            "吐沙拉镇政府半小时内启动应急响应。吐沙拉镇主要负责人在河堤上指挥，石料从喀什运来。"
            "目前，吐沙拉镇党员先锋队仍在值守。\n")
    assert place(text) == ("653201", "和田市")


def test_the_county_whose_government_speaks_is_the_report_over_the_province_its_outlet_names() -> None:
    # a provincial outlet's dateline and the typhoon's path name 海南 as often as the county; the county's
    # 三防指挥部, 县委书记, 副县长 and 县三防办 speak: the report is the county's
    text = ("防御台风会商会议召开\n某某在线海南消息：9月14日上午，海南省琼中黎族苗族自治县三防指挥部召开防御台风会商会议，县委书记某某部署防范工作。\n"
            "台风中心逐渐向海南南部沿海靠近，将从海南南部近海经过，海南东部也有大雨。\n"
            "琼中三防办发出通知，启动应急响应。县三防办、各乡镇发布预警信息。副县长某某带队检查水库。\n")
    assert place(text) == ("469030", "琼中黎族苗族自治县")
    # the same release with the province's organs speaking as often stays the province's
    province = text.replace("琼中三防办", "省三防办").replace("县委书记", "省委书记").replace("县三防办", "省防指").replace("副县长", "副省长")
    assert place(province) == ("460000", "海南省")


def test_an_editors_line_in_the_page_head_does_not_end_a_story_that_has_not_begun() -> None:
    # a spam line is taken as the body and 责任编辑 above the story closes it: the story under the mark is read
    text = ("在线观看免费视频网站,精品一区二区三区在线观看,免费高清视频在线观看网站,最新电影电视剧在线观看\n\n"
            "某某报\n党员干部全力抢险\n\n责任编辑:某某 2024-04-28 20:58:19 来源:某某网\n\n"
            "4月27日，紫金县普降暴雨，该县党员干部迅速投入抢险救灾工作。紫金县三防指挥部派出专业力量，"
            "联合各镇村干部转移受灾群众，连夜疏通道路、抢修电力设施。当天上午，记者在一个社区看到，应急工作人员"
            "在值守，现场拉起了警戒线，防止村民误入。村民介绍，这里原本是通往邻村的道路，两边是玉米地，现在已经"
            "全都看不到了。\n\n为保障群众安全，各镇组织党员干部逐户排查危房，转移低洼地带群众，并为转移群众"
            "送去食物和饮用水。目前，全县党员干部仍坚守在防汛一线，确保群众生命财产安全。\n")
    assert place(text) == ("441621", "紫金县")


def test_a_management_area_named_after_its_city_is_found_by_its_own_name() -> None:
    # 张家口市塞北管理区 is called 塞北管理区 or 塞北区 in news
    text = "塞北区：党员护牧\n来源：某某网\n入冬以来，塞北区组织党员服务队入户帮助牧民储备饲草。塞北区各村党支部轮流值守。\n"
    assert place(text) == ("130773", "张家口市塞北管理区")


def test_a_place_named_for_overseas_chinese_is_no_overseas_actor() -> None:
    # 华侨农场 is a state farm in China, not overseas Chinese acting in the headline
    text = ("县领导到华侨农场检查春耕\n来源：某某县融媒体中心\n3月2日，英德市副市长某某到华侨农场检查春耕生产。"
            "英德市农业农村局负责人陪同检查。英德市各镇也在抓紧春耕。\n")
    assert place(text) == ("441881", "英德市")


def test_a_place_opening_a_firms_registered_name_is_only_part_of_a_name() -> None:
    # 黄山 only in a firm's registered name: no evidence of the report's place
    text = ("党员志愿者助力茶农\n近日，黄山某某茶业有限公司党支部组织党员志愿者帮助茶农采摘春茶。"
            "黄山某某茶业有限公司负责人表示，将继续开展此类活动。\n")
    assert place(text) == ("", "")


def test_the_county_that_speaks_may_be_named_only_by_its_short_form() -> None:
    # the county's own paper: 县人大常委会主任, 我县; its city only in the firms' names and a higher directive
    text = ("某某到工业园区检查企业复工复产\n刊发日期:2020-03-03 作者:某某\n"
            "2月28日，县人大常委会主任某某到工业园区南宁某某饲料有限公司和在建项目南宁某某科技有限公司检查企业复工复产。"
            "他要求认真贯彻落实自治区、南宁市关于疫情防控的部署，帮助我县企业解决用工难题，"
            "鼓励企业加快建设，早日投产，为宾阳经济社会发展贡献力量。\n")
    assert place(text) == ("450126", "宾阳县")


def test_a_report_from_taiwans_islands_gets_no_census_place() -> None:
    # 马祖 (Taiwan-administered 连江县) shares its county's name with the mainland's 连江县: no census code
    text = ("台风过后 各界全力复原\n【本报讯】台风狂扫马祖，马祖地区路树折倒严重，连江县政府和相关单位二十四小时待命，全力展开救灾复原工作。"
            "马祖地区并无人员伤亡。连江县消防局已清理道路。\n")
    assert place(text) == ("", "")
    # 马祖乡 is a township of the mainland: a township, not the islands
    assert place("马祖乡党员抢修道路\n连江县马祖乡党员突击队连夜抢修道路。连江县委组织部慰问队员。\n")[0] == "350122"


def test_the_city_whose_government_speaks_is_the_report_over_the_province_of_its_slogan() -> None:
    # the headline's slogan names the province; the city's 市委市政府 send its hospitals, 全市 volunteers, 市卫健委 acts
    text = ("驰援赣州战疫情 江西人民心连心\n来源：某某医院\n江西人民团结一心。根据萍乡市委市政府部署，"
            "市卫健委组织全市医疗机构抽调医务人员组成医疗队，奔赴余干支援。江西各地纷纷响应。"
            "市卫健委党组书记为医疗队送行，全市医务人员踊跃请战。\n")
    assert place(text) == ("360300", "萍乡市")


def test_a_city_and_district_short_form_before_a_county_of_the_city_is_the_city() -> None:
    # 白银 is 白银市 and its district 白银区; before 景泰 (a county of 白银市) the address names the city
    from mobilization.places import Zone, find_hits, resolve
    text = "甘肃白银景泰志愿服务队在县城公园门口值守。"
    resolved = [(h.surface, code) for h, code in resolve(find_hits(text, [Zone(0, len(text), "body")]))]
    assert ("白银", "620400") in resolved and ("景泰", "620423") in resolved
    text = "甘肃白银区志愿服务队在公园门口值守。"
    assert [c for _, c in resolve(find_hits(text, [Zone(0, len(text), "body")]))][-1] == "620402"
