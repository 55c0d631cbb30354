"""Place and people names of the demo city. Fictional, but shaped like the Shanghai area."""

from __future__ import annotations

CITY_CODE = "319900"
CITY_NAME = "申江市"
RIVER_NAME = "春申江"

# District code suffix, name, short key used in usernames, and its four streets/towns (name, key).
DISTRICTS: tuple[tuple[str, str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "01",
        "江湾区",
        "jw",
        (("江湾镇", "jwz"), ("新港街道", "xg"), ("五角场街道", "wjc"), ("殷行街道", "yx")),
    ),
    (
        "02",
        "中山区",
        "zs",
        (("人民路街道", "rm"), ("望江街道", "wj"), ("淮海街道", "hh"), ("城隍庙街道", "chm")),
    ),
    (
        "03",
        "南塘区",
        "nt",
        (("南塘街道", "nt"), ("龙华街道", "lh"), ("梅陇镇", "ml"), ("华泾镇", "hj")),
    ),
    (
        "04",
        "东浦区",
        "pd",
        (("陆家嘴街道", "lj"), ("洋泾街道", "yj"), ("塘桥街道", "tq"), ("金杨新村街道", "jy")),
    ),
)

# The English names of the city's places, beside the Chinese of `CITY_NAME`, `DISTRICTS` and the basemap:
# pinyin of the proper name with the kind translated (区 District, 街道 Subdistrict, 镇 Town, 路 Road).
PLACES_EN: dict[str, str] = {
    "申江市": "Shenjiang",
    "春申江": "Chunshen River",
    "江湾区": "Jiangwan District",
    "江湾镇": "Jiangwan Town",
    "新港街道": "Xingang Subdistrict",
    "五角场街道": "Wujiaochang Subdistrict",
    "殷行街道": "Yinhang Subdistrict",
    "中山区": "Zhongshan District",
    "人民路街道": "Renmin Road Subdistrict",
    "望江街道": "Wangjiang Subdistrict",
    "淮海街道": "Huaihai Subdistrict",
    "城隍庙街道": "Chenghuangmiao Subdistrict",
    "南塘区": "Nantang District",
    "南塘街道": "Nantang Subdistrict",
    "龙华街道": "Longhua Subdistrict",
    "梅陇镇": "Meilong Town",
    "华泾镇": "Huajing Town",
    "东浦区": "Dongpu District",
    "陆家嘴街道": "Lujiazui Subdistrict",
    "洋泾街道": "Yangjing Subdistrict",
    "塘桥街道": "Tangqiao Subdistrict",
    "金杨新村街道": "Jinyang Xincun Subdistrict",
    # the basemap's water, roads and parks
    "申溪河": "Shenxi Creek",
    "内环高架路": "Inner Ring Elevated Road",
    "中环路": "Middle Ring Road",
    "延安高架路": "Yan'an Elevated Road",
    "南北高架路": "North-South Elevated Road",
    "世纪大道": "Century Avenue",
    "中山北路": "Zhongshan North Road",
    "四平路": "Siping Road",
    "龙吴路": "Longwu Road",
    "浦东大道": "Pudong Avenue",
    "杨高路": "Yanggao Road",
    "漕溪路": "Caoxi Road",
    "人民公园": "People's Park",
    "中山公园": "Zhongshan Park",
    "江湾湿地公园": "Jiangwan Wetland Park",
    "共青森林公园": "Gongqing Forest Park",
    "龙华公园": "Longhua Park",
    "滨江森林公园": "Binjiang Forest Park",
    "世纪公园": "Century Park",
}


def english(place: str) -> str:
    """The English name of a place of the demo city (KeyError for a place without one: add it above)."""
    return PLACES_EN[place]


# Road names per district key, handed out to its streets for addresses.
ROADS: dict[str, tuple[str, ...]] = {
    "jw": (
        "四川北路", "海宁路", "武进路", "宝山路", "天宝路", "广中路", "欧阳路", "大连路",
        "控江路", "国和路", "政通路", "淞沪路", "邯郸路", "国权路", "殷高路", "嫩江路",
        "开鲁路", "黄兴路", "翔殷路", "军工路",
    ),
    "zs": (
        "中山北路", "长乐路", "复兴中路", "淮海中路", "延安东路", "人民大道", "西藏中路", "福州路",
        "汉口路", "九江路", "天潼路", "黄陂南路", "顺昌路", "建国中路", "瑞金二路", "蒙自路",
        "方浜中路", "河南南路", "人民路", "新港路",
    ),
    "nt": (
        "龙华西路", "漕溪北路", "天钥桥路", "零陵路", "百色路", "龙吴路", "华泾路", "景洪路",
        "梅陇路", "老沪闵路", "虹梅路", "罗秀路", "石龙路", "华石路", "长桥路", "丰谷路",
        "南丹东路", "田林路", "钦州路", "桂林路",
    ),
    "pd": (
        "浦东大道", "张杨路", "东方路", "世纪大道", "陆家嘴环路", "银城中路", "浦电路", "崂山路",
        "源深路", "洋泾路", "羽山路", "金杨路", "罗山路", "博山路", "民生路", "栖霞路",
        "塘桥路", "南泉路", "蓝村路", "峨山路",
    ),
}

SURNAMES = (
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
    "沈", "顾", "陆", "蒋", "钱", "姚", "施", "范",
)
GIVEN_NAMES = (
    "伟", "敏", "静", "磊", "洁", "军", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华",
    "建国", "志强", "海燕", "晓东", "丽华", "文斌", "雪梅", "国庆", "建华", "佳怡", "浩然", "思远",
    "子涵", "俊杰", "欣怡", "卫东", "振华", "春燕", "立新", "玉兰", "宏伟", "嘉伟", "晨曦", "一鸣",
    "雅琴", "永刚", "德明", "慧敏", "晓峰", "婷婷", "鹏飞", "亚楠", "金凤", "家豪", "梦琪",
)
