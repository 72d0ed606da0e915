"""The speed-ups of quantities.extract change no output (docs/quantities.md "## Speed").

The tagger of open-vocabulary nouns does jieba.posseg's work inline (`open_nouns._tag_words`):
its pairs must be jieba's own on any window, whatever the script, digits, Latin letters or blanks.
"""
import jieba.posseg

from mobilization.quantities import open_nouns

# Invented sentences in the shape of the genre (not taken from any report).
_INVENTED = (
    "全县调运抽水泵45台、救生衣3000件,派出支援队队员120名,其中19个临时安置点已启用。",
    "某镇发放 KF94型口罩2.5万只,100余名被困群众转移,投入资金5246万元用于抢修道路。",
    "截至3月5日24时,累计排查返乡人员1.2万人次,设立A区、B2区卡口共8处\r\n志愿者  60名",
    "新华二村组织党员干部下沉社区,开展“六个一”活动,捐款港币三十六万元、大米50kg、帐篷200顶。",
)


def test_inline_tagger_is_jieba():
    pos = open_nouns._pos_tokenizer()
    for sentence in _INVENTED:
        for i in range(len(sentence)):
            for j in range(i, min(len(sentence), i + 16) + 1):
                w = sentence[i:j]
                expected = [(t.word, t.flag) for t in pos.cut(w, HMM=False)]
                assert open_nouns._tagged(w) == expected, w
                assert open_nouns._tagged(w) == expected, w  # and from its memory
