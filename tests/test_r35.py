"""Round r35 (thirteenth session): places read from reports we invented (docs/rounds/r35.md)."""
from __future__ import annotations

from tests.invented import code_and_name


def test_the_headline_above_an_editors_line_that_closed_the_body_is_still_the_headline() -> None:
    # a spam line, then the story's headline, then the portal's editor line (责任编辑), which repair takes for the end
    # of a body that has hardly begun: the headline above it names the district, the lead names the city's committee
    text = ("在线观看免费视频网站,精品一区二区三区在线观看,免费高清视频在线观看网站,最新电影电视剧在线观看\n\n"
            "重庆江津区描绘民生新图景 给居民幸福“加码”\n\n"
            "发布时间:2022-03-08 10:46:32 来源:某某网 责任编辑:某某\n\n"
            "近年来，重庆市江津区按照党中央、重庆市委市政府和区委区政府的决策部署，紧扣中心工作，各街道工作成效明显。"
            "几江街道先后荣获“重庆市文明单位”等荣誉称号，连续三年综合目标考核优秀。\n\n"
            "“真是感谢社区工作室，帮我解决了房屋漏水的大问题。”家住几江街道某社区的居民高兴地说。据了解，几江街道坚持"
            "党建引领，培育了一批社区治理品牌，注册志愿者1.3万名，组建志愿服务队47支，其中5个社区成功创建重庆市"
            "“民主法治示范社区”。\n\n"
            "在法治建设方面，几江街道深入实施“法律点亮生活”行动，整合社区居民调解资源，将矛盾纠纷化解在最基层，"
            "开展法治宣传教育和法律进社区活动，全面新建社区警务室。\n")
    assert code_and_name(text) == ("500116", "江津区")


def test_a_lakes_bank_is_no_county() -> None:
    # 太湖南岸: the south bank of the lake, not 太湖县 (安庆); the city whose paper tells the typhoon's week stays
    text = ("太湖南岸的抗台记忆\n\n"
            "来源:湖州晚报\n\n"
            "从8月6日湖州启动防御台风的应急响应，到昨天全市解除应急响应，整整七天。这七天，留下了太湖南岸的抗台记忆。\n"
            "湖州数万军民顶风冒雨，日夜巡堤，转移群众2万余人。\n")
    assert code_and_name(text) == ("330500", "湖州市")
