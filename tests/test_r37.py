"""Round r37 (fourteenth session): places and dates read from reports we invented (docs/rounds/r37.md)."""
from __future__ import annotations

from mobilization.corpus import Document
from mobilization.documents import describe
from tests.invented import code_and_name, place


def _date(text: str) -> str:
    return describe(Document("x", "x.txt", "", "utf-8", text)).date


# a portal's page: its sections, then a bulleted list of other stories' headlines, then the story's headline, its
# date alone on the next line, and the story
_LINKS = ("分類\n  • 本地\n  • 經濟\n新聞\n"
          "  • 甲校合唱團奪冠\n  • 乙區新泳池開放\n  • 丙會舉辦書法展\n  • 今晚有霧\n"
          "  • 丁村修繕祠堂\n  • 戊中學開放日\n  • 己圖書館延長開放\n  • 庚團體探訪獨居者\n"
          "  • 辛區燈飾亮燈\n  • 壬橋封閉維修\n  • 癸校舉行陸運會\n  • 小販市集周末開鑼\n"
          "  • 長者中心添置復康器材\n  • 青年義工探訪露宿者\n  • 社區中心開辦烹飪班\n  • 舊區重建諮詢會舉行\n"
          "  • 街市攤檔租金凍結一年\n  • 中學生科學比賽獲獎\n  • 公園增設兒童遊樂設施\n  • 巴士路線下月調整\n\n"
          "甲街坊會青年隊清理後巷\n\n2019-09-03 07:10\n\n\n"
          "    甲街坊會青年隊清理後巷\n\n"
          "    【本報消息】甲街坊會青年隊前日出動三十多人，拿着掃帚和垃圾袋把區內幾條後巷逐一清理乾淨，又沿街派發滅蚊單張。"
          "負責人表示，雨季積水容易孳生蚊蟲，隊員之後每月清理一次，並邀請住戶一同參與。\n")


def test_a_bulleted_list_of_other_stories_is_no_headline_so_the_date_under_the_headline_is_read() -> None:
    assert _date(_LINKS) == "2019-09-03"


def test_a_page_title_residue_gives_its_headline_and_not_the_site_that_made_the_page() -> None:
    # the page's <title> text run into the page (headline - section - site, then the tag's end): the county's
    # propaganda office acts in the headline; the prefecture is only the site's name and keywords
    text = ('——南江縣委宣傳部幹部周末義務植樹 - 基層來稿 - 中共巴中市委宣傳部,巴中市宣傳部,巴中宣傳部" /> '
            '——南江縣委宣傳部幹部周末義務植樹 - 基層來稿 - 中共巴中市委宣傳部,巴中市宣傳部" />\n'
            "3月12日一早，部裡二十多名幹部扛着鐵鍬來到河堤邊，挖坑、扶苗、培土、澆水，一上午栽下樹苗三百株。\n"
            "大家說，年年來種，河堤一年比一年綠。\n")
    assert code_and_name(text) == ("511922", "南江县")


def test_a_national_papers_overview_speaking_of_the_country_names_its_one_county_as_an_example() -> None:
    text = ("新家園裡話新生——各地搬遷安置點黨建工作掃描\n\n"
            "2021年05月12日09:30    來源:中國組織人事報\n\n"
            "這幾年，我國有數百萬群眾從山裡搬進了新城鎮。住得好只是第一步，管得好、過得好才是目標。"
            "各地在安置點建起黨組織，把服務送到樓棟。\n\n"
            "樓棟長的新擔子\n\n"
            "在貴州省望謨縣的一個安置小區，老王當了樓棟長，每天挨家挨戶問冷暖。\n")
    g = place(text)
    assert g.code == "" and g.reason.startswith("national report")


def test_a_provincial_departments_village_team_is_the_villages_county_story() -> None:
    # a national site's provincial channel files it (黑龙江讯); the province's department stations the team in a
    # village of one county, named with its township
    text = ("中國某某新聞網黑龍江訊(記者:王某)連日陰雨讓海倫市不少地塊泡了水，省交通運輸廳駐海北鎮某某村工作隊"
            "天一放晴就下了地，跟着村幹部一塊一塊地查看墒情，幫着農戶把倒伏的玉米先搶回來，收割機進不去的就靠人手掰。\n"
            "工作隊隊員說，午飯就在地頭吃，吃完接着幹。\n"
            "第二天，隊員們又到幾戶種大豆的人家，幫忙開拖拉機往家裡拉豆子。\n")
    assert code_and_name(text) == ("231283", "海伦市")


def test_a_provincial_colleges_first_secretaries_serve_their_villages_county() -> None:
    # the college is named after its province, three times; the county and its township are named once, where the
    # secretaries help (帮扶, read as their destination)
    text = ("山東某某學院派出的兩位“第一書記”，一人幫扶曹縣青崗集鎮某莊村，一人幫扶同鎮的某樓村。\n"
            "年前，學院領導帶隊去兩個村看望了困難戶，送了米麵和過年錢。提起山東某某學院的“第一書記”，村裡老人都豎大拇指。"
            "山東某某學院還打算明年幫兩個村把路修到田頭。\n")
    assert code_and_name(text) == ("371721", "曹县")


def test_a_provincial_academys_village_team_is_the_villages_county_story_though_the_headline_names_the_academy() -> None:
    text = ("核桃樹下的日子——新疆農科院“訪惠聚”工作隊走筆\n"
            "時間: 來源:某某網 作者:王某\n\n"
            "  新疆農業科學院聽從新疆自治區黨委安排，幾年來一批批選派科技幹部到阿克蘇溫宿縣佳木鎮的幾個村，住村開展“訪惠聚”工作。\n"
            "  工作隊隊長張某原在新疆農科院一個研究所工作，被選派到溫宿縣佳木鎮後，帶着村民嫁接核桃。"
            "隊員李某去年頭一回從烏魯木齊來到村裡，如今已能用維吾爾語和鄉親聊天。\n")
    assert code_and_name(text) == ("652922", "温宿县")


def test_the_province_named_as_a_place_of_the_story_keeps_the_province() -> None:
    # guard: the province is also a place of the story (全省各地): its own campaign, with one village as an example
    text = ("山東某某學院“第一書記”在行動\n"
            "山東某某學院的“第一書記”王某幫扶曹縣青崗集鎮某莊村。全省各地的第一書記都在行動，"
            "山東各地的村莊面貌煥然一新，山東的脫貧成效顯著。\n")
    assert code_and_name(text) != ("371721", "曹县")


def test_a_citys_association_heading_its_county_branch_only_says_whose_branch_it_is() -> None:
    # the city names the association, whose county branch's volunteers visit the county's town: the branch's county
    text = ("快到建軍節了，7月25日上午，宿州市退役軍人創業者協會靈璧縣分會的十幾名志願者帶着米、油和慰問信來到尹集鎮，"
            "一家一家看望8位參過戰的老兵，陪他們拉家常。\n"
            "尹集鎮某某村的老兵把舊軍裝穿在身上，給大家看他保存了幾十年的獎章。\n"
            "“老兵們的故事，我們要一直講下去。”志願者、尹集鎮某村的退役軍人王某說。\n")
    assert code_and_name(text) == ("341323", "灵璧县")


def test_a_one_character_stem_county_before_its_branch_word_is_read_and_is_the_branchs_place() -> None:
    # 萧县 glued to the association's name (会萧县) is still the county: its branch (分会) is named by it
    text = ("快到建軍節了，7月25日上午，宿州市退役軍人創業者協會蕭縣分會的十幾名志願者帶着米、油和慰問信走進鄉村，"
            "一家一家看望8位參過戰的老兵，陪他們拉家常。\n"
            "一位老兵把舊軍裝穿在身上，給大家看他保存了幾十年的獎章。\n"
            "“老兵們的故事，我們要一直講下去。”志願者、退役軍人王某說。\n")
    assert code_and_name(text) == ("341322", "萧县")
