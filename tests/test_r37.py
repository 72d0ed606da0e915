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
          "  • 某校學生參演戲劇節\n  • 某堂托兒所抽籤\n  • 某會義工關懷長者\n  • 今日驟雨雷暴\n"
          "  • 保育人士倡開閘\n  • 某中學校慶聚餐\n  • 某大學新書首發\n  • 某校師生交流教學\n"
          "  • 某會托兒所報名\n  • 某區長者疑墮樓\n  • 某校學生獲佳績\n  • 某業界交流促合作\n\n"
          "某坊會義工清潔社區防疫\n\n2019-09-03 07:10\n\n\n"
          "    某坊會義工清潔社區防疫\n\n"
          "    【本報消息】某坊會組織義工到社區清潔公共設施和作問卷調查，推動居民關注環境衛生，預防登革熱。"
          "活動昨日下午在某街舉行啟動儀式，坊會負責人、居民代表等數十人參加，義工分成五組清潔街道。\n")


def test_a_bulleted_list_of_other_stories_is_no_headline_so_the_date_under_the_headline_is_read() -> None:
    assert _date(_LINKS) == "2019-09-03"


def test_a_page_title_residue_gives_its_headline_and_not_the_site_that_made_the_page() -> None:
    # the page's <title> text run into the page (headline - section - site, then the tag's end): the county's
    # propaganda office acts in the headline; the prefecture is only the site's name and keywords
    text = ('——南江縣委宣傳部深入社區開展環境整治 - 縣區動態 - 中共巴中市委宣傳部,巴中市宣傳部,巴中宣傳部" /> '
            '——南江縣委宣傳部深入社區開展環境整治 - 縣區動態 - 中共巴中市委宣傳部,巴中市宣傳部" />\n'
            "為推進文明城市建設，5月8日，宣傳部全體幹部深入聯繫社區開展衛生清潔、文明勸導等志願服務活動。\n"
            "活動中，大家清理綠化帶垃圾，勸導不文明行為，向居民發放宣傳資料200餘份。\n")
    assert code_and_name(text) == ("511922", "南江县")


def test_a_national_papers_overview_speaking_of_the_country_names_its_one_county_as_an_example() -> None:
    text = ("走出深山路更寬——黨建引領搬遷安置工作綜述\n\n"
            "2021年05月12日09:30    來源:中國組織人事報\n\n"
            "一場規模空前的搬遷，改變了許多人的命運。截至去年底，我國累計建成安置住房200餘萬套，搬遷入住群眾數百萬人。"
            "各地堅持把黨建引領貫穿搬遷安置全過程，統籌資源做好社區治理。\n\n"
            "幹群攜手搬新家\n\n"
            "“這個家我是不會離開的！”幾個月前，在貴州省望謨縣某村，村民老王曾這樣說。搬遷成了唯一出路。\n")
    g = place(text)
    assert g.code == "" and g.reason.startswith("national report")


def test_a_provincial_departments_village_team_is_the_villages_county_story() -> None:
    # a national site's provincial channel files it (黑龙江讯); the province's department stations the team in a
    # village of one county, named with its township
    text = ("中國某某新聞網黑龍江訊(記者:王某)金秋十月，針對海倫市今秋雨水多，省交通運輸廳駐海北鎮某某村工作隊"
            "與村幹部一同深入田間，充實秋收勞動力量，指導和幫助百姓秋收，利用好人力和機械搶抓晴好天氣，積極引導農民搶收快收。\n"
            "10月12日，駐村工作隊和村幹部穿上膠鞋來到種植大戶地裡，撿拾機械碾壓掉落的玉米棒，確保顆粒歸倉。\n"
            "10月13日，工作隊又深入種植大戶家中，幫助農戶收割黃豆。\n")
    assert code_and_name(text) == ("231283", "海伦市")


def test_a_provincial_colleges_first_secretaries_serve_their_villages_county() -> None:
    # the college is named after its province, three times; the county and its township are named once, where the
    # secretaries help (帮扶, read as their destination)
    text = ("據悉，山東某某學院“第一書記”王某、李某分別幫扶曹縣青崗集鎮某莊村和某樓村。\n"
            "在走訪中，張某一行慰問了兩個村的五保戶，為他們送去慰問金和糧油。“村裡變化很大！”說到山東某某學院“第一書記”，"
            "村民們讚不絕口。山東某某學院將繼續支持村裡修路、辦合作社。\n")
    assert code_and_name(text) == ("371721", "曹县")


def test_a_provincial_academys_village_team_is_the_villages_county_story_though_the_headline_names_the_academy() -> None:
    text = ("情灑某某村——新疆農科院“訪惠聚”駐村工作紀實\n"
            "時間: 來源:某某網 作者:王某\n\n"
            "  新疆農業科學院按照新疆自治區黨委部署，自2015年選派幹部赴阿克蘇溫宿縣佳木鎮3村、5村，開展“訪惠聚”駐村工作。\n"
            "  今年50歲的張某，從新疆農科院某所的崗位上，被選派到溫宿縣佳木鎮任工作隊隊長。他的妻子是新疆農業科學院的職工。"
            "去年，隊員李某首次從烏魯木齊來到這裡，幫助村民種植核桃。\n")
    assert code_and_name(text) == ("652922", "温宿县")


def test_the_province_named_as_a_place_of_the_story_keeps_the_province() -> None:
    # guard: the province is also a place of the story (全省各地): its own campaign, with one village as an example
    text = ("山東某某學院“第一書記”在行動\n"
            "據悉，山東某某學院“第一書記”王某幫扶曹縣青崗集鎮某莊村。全省各地的第一書記都在行動，"
            "山東各地的村莊面貌煥然一新，山東的脫貧成效顯著。\n")
    assert code_and_name(text) != ("371721", "曹县")


def test_a_citys_association_heading_its_county_branch_only_says_whose_branch_it_is() -> None:
    # the city names the association, whose county branch's volunteers visit the county's town: the branch's county
    text = ("為弘揚擁軍優屬傳統，在“八一”建軍節來臨之際，7月25日，宿州市退役軍人創業者協會靈璧縣分會的志願者到尹集鎮，"
            "為8名退役老戰士送去米油和慰問金，並送上節日的祝福。\n"
            "在尹集鎮某某村退役老軍人家中，志願者們聆聽他講述軍功章的來歷。\n"
            "“我們沒有忘記老兵們的貢獻。”志願者、尹集鎮某村退役軍人代表王某說。\n")
    assert code_and_name(text) == ("341323", "灵璧县")


def test_a_one_character_stem_county_before_its_branch_word_is_read_and_is_the_branchs_place() -> None:
    # 萧县 glued to the association's name (会萧县) is still the county: its branch (分会) is named by it
    text = ("為弘揚擁軍優屬傳統，在“八一”建軍節來臨之際，7月25日，宿州市退役軍人創業者協會蕭縣分會的志願者走進鄉村，"
            "為8名退役老戰士送去米油和慰問金，並送上節日的祝福。\n"
            "在退役老軍人家中，志願者們聆聽他講述軍功章的來歷。\n"
            "“我們沒有忘記老兵們的貢獻。”志願者、退役軍人代表王某說。\n")
    assert code_and_name(text) == ("341322", "萧县")
