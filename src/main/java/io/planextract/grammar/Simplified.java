package io.planextract.grammar;

/**
 * Traditional characters common in notices, mapped one for one to simplified ones, so that one set of labels,
 * markers and rules recognises both. Only used for matching: output text stays as it was written, and since the
 * mapping keeps every index, a position found in the mapped text is the same position in the original.
 */
public final class Simplified {
    private static final String TRADITIONAL = "號務點體內牽頭單責門時間節達負辦區縣鎮長導關於發個會劃實監應環廳資財衛戶項級標準規範類別備註舉將與為這樣組織協調參續態設進聯絡計統農業訊數據網電視廣醫療險幹檔結報審構職領預災難專處國際經濟開員費稅價營場權產鄉黨紀檢質總圖書館學歲歷車軍復興勞動團婦殘氣運輸橋鐵嚴證認識論議決問題評優鬥爭變傳屬雙擴創滿億萬夠辭從衝韓蘭樂歡飛機驗響術藝華陽陰雲東齊魯寧遼陝貴廈莊灣鄭劉陳張趙孫週讀講記錄說請謝讓話該詳細線終給絕維緊練繼績紅約綜軟輕較邊過還遠選適遷鄰郵鏈錢銀鑒閉闊陣隊隨雜離須頂順頻顧風飲養馬驅魚鳥麥齡龍壽奮奪媽寫屆層廠廢強彙後徵憲懷戰擔擁擬攜斷無舊暫曆條來極槍樓橫櫃歸殺畢當瘋盡盤確礎禮稱穩競築簡糧緣縱罰羅聖聞聲聽脅腦艱藥蟲補製複見覺觀觸託訂訓許訴診詢誌誤課諮謀護讚豐貝貢貸貿賴購贊趨跡躍輔輯遞遺釋針錯鍵鎖閱闡陸隱雞韌頒額顯飾鬆黃繫係爲並衆眾綫啓僅兒麼貫徹擊壓熱燈漢滬沒滅漁淨凈減測溫濱倉償儲兩凍剛劑勵勝勢匯厲叢圍園圓執堅塊墾壇壞夾奧寬對尋巖帶幫庫廁廚廟彈徑慮慣憑戲撥損搖攝敗斂暢樹毀湧潔潛澤濕灑煙狀獎獲現畫異盜碼礙禍種積窮筆篩籌納紙緩編縮繳罷義習脫腳艦蘇裝襲試誠談諾謂貨賽贏趕軌載輛轉違遙釀鋼閒隻雖靜頁飯騙髮龜啟攤揮換擾撫們";
    private static final String SIMPLIFIED = "号务点体内牵头单责门时间节达负办区县镇长导关于发个会划实监应环厅资财卫户项级标准规范类别备注举将与为这样组织协调参续态设进联络计统农业讯数据网电视广医疗险干档结报审构职领预灾难专处国际经济开员费税价营场权产乡党纪检质总图书馆学岁历车军复兴劳动团妇残气运输桥铁严证认识论议决问题评优斗争变传属双扩创满亿万够辞从冲韩兰乐欢飞机验响术艺华阳阴云东齐鲁宁辽陕贵厦庄湾郑刘陈张赵孙周读讲记录说请谢让话该详细线终给绝维紧练继绩红约综软轻较边过还远选适迁邻邮链钱银鉴闭阔阵队随杂离须顶顺频顾风饮养马驱鱼鸟麦龄龙寿奋夺妈写届层厂废强汇后征宪怀战担拥拟携断无旧暂历条来极枪楼横柜归杀毕当疯尽盘确础礼称稳竞筑简粮缘纵罚罗圣闻声听胁脑艰药虫补制复见觉观触托订训许诉诊询志误课咨谋护赞丰贝贡贷贸赖购赞趋迹跃辅辑递遗释针错键锁阅阐陆隐鸡韧颁额显饰松黄系系为并众众线启仅儿么贯彻击压热灯汉沪没灭渔净净减测温滨仓偿储两冻刚剂励胜势汇厉丛围园圆执坚块垦坛坏夹奥宽对寻岩带帮库厕厨庙弹径虑惯凭戏拨损摇摄败敛畅树毁涌洁潜泽湿洒烟状奖获现画异盗码碍祸种积穷笔筛筹纳纸缓编缩缴罢义习脱脚舰苏装袭试诚谈诺谓货赛赢赶轨载辆转违遥酿钢闲只虽静页饭骗发龟启摊挥换扰抚们";

    /** Indexed by character: a lookup per character, since this runs over every cell of every table. */
    private static final char[] MAP = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            MAP[c] = (char) c;
        }
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            MAP[TRADITIONAL.charAt(i)] = SIMPLIFIED.charAt(i);
        }
    }

    private Simplified() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MAP[c] != c) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, MAP[c]);
            }
        }
        return sb == null ? text : sb.toString();
    }

    public static char of(char c) {
        return MAP[c];
    }
}
