"""Reference catalogues of the demo city: agencies, incident categories with SLA rules and routing,
and the joint-command plans (预案) for major events."""

from __future__ import annotations

from dataclasses import dataclass

from dispatch_desk.domain.records import (
    Agency,
    Category,
    Dimension,
    Plan,
    PlanTask,
    Severity,
    SlaRule,
    SlaStage,
    Source,
    Stationing,
)

R, G, T = Stationing.RESIDENT, Stationing.REGULAR, Stationing.TEMPORARY

# code, name, short name, stationing, duty phone
AGENCY_ROWS: tuple[tuple[str, str, str, Stationing, str], ...] = (
    ("cg", "市城管执法局", "城管", R, "021-62581234"),
    ("scjg", "市市场监管局", "市场监管", R, "021-64220000"),
    ("zjw", "市住房城乡建设管理委", "住建", G, "021-23111111"),
    ("jtw", "市交通委", "交通", R, "021-12328"),
    ("ga", "市公安局", "公安", G, "021-110"),
    ("jj", "市公安局交警总队", "交警", R, "021-63230099"),
    ("yj", "市应急管理局", "应急", R, "021-64030000"),
    ("sw", "市水务局", "水务", R, "021-52397000"),
    ("sthj", "市生态环境局", "生态环境", G, "021-12369"),
    ("wjw", "市卫生健康委", "卫健", G, "021-12320"),
    ("mz", "市民政局", "民政", G, "021-23111999"),
    ("gd", "国网申江市电力公司", "电力", G, "021-95598"),
    ("rq", "申江燃气集团", "燃气", G, "021-962777"),
    ("gs", "申江城投水务集团", "供水", G, "021-962424"),
    ("lhsr", "市绿化市容局", "绿化市容", R, "021-52567000"),
    ("hw", "申江环境卫生集团", "环卫", G, "021-62889000"),
    ("fg", "市房屋管理局", "房管", G, "021-962121"),
    ("gh", "市规划资源局", "规划资源", G, "021-23111999"),
    ("szyh", "市道路运输和市政养护中心", "市政养护", R, "021-63210000"),
    ("xf", "市消防救援总队", "消防", G, "021-119"),
    ("qx", "市气象局", "气象", T, "021-12121"),
    ("dt", "申江地铁运营公司", "地铁", T, "021-64370000"),
    ("tx", "市通信管理局", "通信", T, "021-10000"),
    ("wl", "市文化旅游局", "文旅", T, "021-12301"),
    ("ty", "市体育局", "体育", T, "021-64330000"),
    ("jy", "市教育委员会", "教育", T, "021-23116666"),
)


# code -> English name and short name
AGENCIES_EN: dict[str, tuple[str, str]] = {
    "cg": ("Municipal Urban Management and Law Enforcement Bureau", "Urban Management"),
    "scjg": ("Municipal Administration for Market Regulation", "Market Regulation"),
    "zjw": ("Municipal Commission of Housing and Urban-Rural Development", "Housing & Construction"),
    "jtw": ("Municipal Transport Commission", "Transport"),
    "ga": ("Municipal Public Security Bureau", "Police"),
    "jj": ("Municipal Traffic Police Corps", "Traffic Police"),
    "yj": ("Municipal Emergency Management Bureau", "Emergency Management"),
    "sw": ("Municipal Water Authority", "Water Authority"),
    "sthj": ("Municipal Bureau of Ecology and Environment", "Environment"),
    "wjw": ("Municipal Health Commission", "Health"),
    "mz": ("Municipal Civil Affairs Bureau", "Civil Affairs"),
    "gd": ("State Grid Shenjiang Electric Power Company", "Power"),
    "rq": ("Shenjiang Gas Group", "Gas"),
    "gs": ("Shenjiang Water Supply Group", "Water Supply"),
    "lhsr": ("Municipal Landscaping and City Appearance Bureau", "Landscaping"),
    "hw": ("Shenjiang Environmental Sanitation Group", "Sanitation"),
    "fg": ("Municipal Housing Administration Bureau", "Housing"),
    "gh": ("Municipal Bureau of Planning and Natural Resources", "Planning"),
    "szyh": ("Municipal Road Transport and Public Works Maintenance Centre", "Road Maintenance"),
    "xf": ("Municipal Fire and Rescue Corps", "Fire & Rescue"),
    "qx": ("Municipal Meteorological Bureau", "Weather"),
    "dt": ("Shenjiang Metro Operation Company", "Metro"),
    "tx": ("Municipal Communications Administration", "Telecom"),
    "wl": ("Municipal Culture and Tourism Bureau", "Culture & Tourism"),
    "ty": ("Municipal Sports Bureau", "Sports"),
    "jy": ("Municipal Education Commission", "Education"),
}


def agencies() -> list[Agency]:
    return [Agency(code, name, st, short, phone, name_en=AGENCIES_EN[code][0], short_name_en=AGENCIES_EN[code][1])
            for code, name, short, st, phone in AGENCY_ROWS]


@dataclass(frozen=True)
class CategorySpec:
    code: str
    name: str
    group: str
    agency: str
    dimension: Dimension
    dispose_minutes: int  # time limit of the dispose stage
    weight: float  # share of everyday incidents
    sources: tuple[Source, ...]  # how such problems are usually found, most likely first
    severity: Severity = Severity.NORMAL
    co_agencies: tuple[str, ...] = ()


H, V, P, I_, A, C, S, X = (
    Source.HOTLINE_12345, Source.VIDEO_AI, Source.GRID_PATROL, Source.IOT_SENSOR, Source.CITIZEN_APP,
    Source.AGENCY_REPORT, Source.POLICE_110, Source.INDICATOR_ALARM,
)
E, Tr, U, Sa, B, Vi = (Dimension.ENVIRONMENT, Dimension.TRAFFIC, Dimension.UTILITIES, Dimension.SAFETY,
                       Dimension.BASICS, Dimension.VITALITY)
LOW, NORMAL, HIGH, CRIT = Severity.LOW, Severity.NORMAL, Severity.HIGH, Severity.CRITICAL

CATEGORY_SPECS: tuple[CategorySpec, ...] = (
    # 市容环境
    CategorySpec("exposed_garbage", "暴露垃圾", "市容环境", "hw", E, 240, 9.0, (V, P, A, H), LOW),
    CategorySpec("construction_waste", "积存建筑垃圾渣土", "市容环境", "cg", E, 1440, 3.0, (P, H, A), LOW),
    CategorySpec("illegal_posting", "乱张贴乱涂写", "市容环境", "lhsr", E, 1440, 3.0, (P, A), LOW),
    CategorySpec("dirty_road", "道路不洁", "市容环境", "hw", E, 240, 3.5, (V, P, H), LOW),
    CategorySpec("river_floating", "河道漂浮物", "市容环境", "sw", E, 480, 2.0, (V, P, H), LOW),
    CategorySpec("cooking_fumes", "油烟扰民", "市容环境", "sthj", E, 4320, 2.5, (H, A), NORMAL, ("scjg",)),
    CategorySpec("construction_noise", "施工噪声扰民", "市容环境", "sthj", E, 720, 2.5, (H, A, I_), NORMAL,
                 ("zjw",)),
    # 街面秩序
    CategorySpec("street_vending", "占道经营", "街面秩序", "cg", Vi, 120, 8.0, (V, P, H), LOW),
    CategorySpec("shop_overflow", "跨门营业", "街面秩序", "cg", Vi, 240, 4.0, (V, P), LOW),
    CategorySpec("unlicensed_business", "无证照经营", "街面秩序", "scjg", Vi, 4320, 1.5, (H, P), NORMAL),
    CategorySpec("illegal_parking", "违章停车", "街面秩序", "jj", Tr, 60, 8.0, (V, H, A), LOW),
    CategorySpec("shared_bikes", "共享单车乱停放", "街面秩序", "jtw", Tr, 240, 6.0, (V, P, A), LOW),
    CategorySpec("living_noise", "生活噪声扰民", "街面秩序", "ga", Sa, 120, 3.0, (H, S), NORMAL),
    CategorySpec("outdoor_ads", "户外广告设施隐患", "街面秩序", "lhsr", Sa, 1440, 1.0, (P, H), NORMAL),
    # 设施设备
    CategorySpec("manhole_missing", "井盖缺失", "设施设备", "szyh", Sa, 120, 2.5, (I_, P, H), HIGH),
    CategorySpec("streetlight", "路灯故障", "设施设备", "szyh", U, 2880, 3.5, (H, P, I_), LOW),
    CategorySpec("road_damage", "道路破损", "设施设备", "szyh", Tr, 2880, 3.0, (P, H, V), NORMAL),
    CategorySpec("traffic_signal", "交通信号灯故障", "设施设备", "jj", Tr, 120, 1.5, (I_, H, S), HIGH),
    CategorySpec("water_pipe", "供水管道爆裂", "设施设备", "gs", U, 240, 1.2, (H, I_, P), HIGH),
    CategorySpec("power_outage", "片区停电", "设施设备", "gd", U, 240, 1.0, (H, I_), HIGH),
    CategorySpec("guardrail", "护栏损坏", "设施设备", "szyh", Tr, 1440, 1.5, (P, V), LOW),
    CategorySpec("elevator_trapped", "电梯困人", "设施设备", "scjg", Sa, 30, 0.6, (H, I_), CRIT, ("xf",)),
    # 突发事件
    CategorySpec("waterlogging", "道路积水", "突发事件", "sw", Sa, 180, 2.5, (I_, V, H), HIGH, ("jj",)),
    CategorySpec("gas_leak", "燃气泄漏隐患", "突发事件", "rq", Sa, 60, 0.8, (H, I_, S), CRIT, ("xf",)),
    CategorySpec("fallen_tree", "树木倒伏", "突发事件", "lhsr", Sa, 180, 1.2, (H, P, V), HIGH),
    CategorySpec("fire_hazard", "消防安全隐患", "突发事件", "xf", Sa, 1440, 1.2, (P, H, C), HIGH),
    CategorySpec("dangerous_house", "危险房屋", "突发事件", "fg", Sa, 1440, 0.6, (P, H), HIGH),
    CategorySpec("road_collapse", "道路塌陷", "突发事件", "szyh", Sa, 240, 0.4, (H, I_, S), CRIT, ("jj", "gs")),
    CategorySpec("traffic_accident", "交通事故占道", "突发事件", "jj", Tr, 60, 1.5, (S, V, H), HIGH),
    # 施工管理
    CategorySpec("illegal_building", "违法搭建", "施工管理", "cg", B, 10080, 2.0, (P, H, A), NORMAL, ("gh",)),
    CategorySpec("illegal_construction", "违规施工", "施工管理", "zjw", B, 1440, 1.5, (P, H, V), NORMAL),
    CategorySpec("muck_truck", "渣土车违规运输", "施工管理", "cg", Tr, 240, 1.0, (V, P), NORMAL, ("jj",)),
    # 民生服务
    CategorySpec("elderly_help", "独居老人求助", "民生服务", "mz", B, 120, 1.0, (H, P), HIGH),
    CategorySpec("food_safety", "食品安全投诉", "民生服务", "scjg", Vi, 4320, 1.5, (H, A), NORMAL),
    CategorySpec("group_rental", "群租房", "民生服务", "fg", B, 7200, 1.2, (H, P), NORMAL, ("ga",)),
    CategorySpec("pet_nuisance", "宠物扰民", "民生服务", "ga", B, 1440, 1.0, (H, A), LOW),
)

SPECS = {s.code: s for s in CATEGORY_SPECS}

GROUPS_EN: dict[str, str] = {
    "市容环境": "City appearance",
    "街面秩序": "Street order",
    "设施设备": "Public facilities",
    "突发事件": "Emergencies",
    "施工管理": "Construction",
    "民生服务": "Public welfare",
}

CATEGORIES_EN: dict[str, str] = {
    "exposed_garbage": "Exposed garbage",
    "construction_waste": "Construction waste",
    "illegal_posting": "Fly-posting, graffiti",
    "dirty_road": "Dirty road",
    "river_floating": "River debris",
    "cooking_fumes": "Cooking fume nuisance",
    "construction_noise": "Construction noise",
    "street_vending": "Street vending",
    "shop_overflow": "Trading outside shop",
    "unlicensed_business": "Unlicensed business",
    "illegal_parking": "Illegal parking",
    "shared_bikes": "Misparked shared bikes",
    "living_noise": "Neighbourhood noise",
    "outdoor_ads": "Unsafe outdoor ads",
    "manhole_missing": "Missing manhole cover",
    "streetlight": "Streetlight failure",
    "road_damage": "Damaged road",
    "traffic_signal": "Traffic signal failure",
    "water_pipe": "Burst water main",
    "power_outage": "Area power outage",
    "guardrail": "Damaged guardrail",
    "elevator_trapped": "Trapped in a lift",
    "waterlogging": "Road waterlogging",
    "gas_leak": "Suspected gas leak",
    "fallen_tree": "Fallen tree",
    "fire_hazard": "Fire safety hazard",
    "dangerous_house": "Dangerous building",
    "road_collapse": "Road collapse",
    "traffic_accident": "Accident blocking road",
    "illegal_building": "Illegal structure",
    "illegal_construction": "Non-compliant works",
    "muck_truck": "Muck truck violation",
    "elderly_help": "Elderly living alone",
    "food_safety": "Food safety complaint",
    "group_rental": "Overcrowded rental",
    "pet_nuisance": "Pet nuisance",
}


# Problems found at a home or that point at a household: open data publishes their grid cell, not the point.
AT_HOME = frozenset({"cooking_fumes", "living_noise", "elevator_trapped", "gas_leak", "fire_hazard", "dangerous_house",
                     "illegal_building", "elderly_help", "group_rental", "pet_nuisance"})


def categories() -> list[Category]:
    return [Category(s.code, s.name, s.group, s.agency, s.dimension, name_en=CATEGORIES_EN[s.code],
                     group_en=GROUPS_EN[s.group], exact_location=s.code not in AT_HOME) for s in CATEGORY_SPECS]


def stage_limits(spec: CategorySpec) -> dict[SlaStage, int]:
    """Minutes allowed per stage. Urgent categories get tighter front-office limits."""
    urgent = spec.severity >= Severity.HIGH
    return {
        SlaStage.REGISTER: 15 if urgent else 30,
        SlaStage.DISPATCH: 15 if urgent else 30,
        SlaStage.ACCEPT: 15 if urgent else 60,
        SlaStage.DISPOSE: spec.dispose_minutes,
        SlaStage.VERIFY: 240 if urgent else 1440,
    }


def sla_rules() -> list[SlaRule]:
    rules = []
    for spec in CATEGORY_SPECS:
        for stage, minutes in stage_limits(spec).items():
            rules.append(SlaRule(spec.code, stage, minutes, max(5, minutes // 5)))
    return rules


def plans() -> list[Plan]:
    typhoon = Plan(
        id="plan-typhoon",
        name="申江市防台防汛应急预案（Ⅱ级响应）",
        name_en="Shenjiang Typhoon and Flood Emergency Plan (Level II)",
        kind="typhoon",
        tasks=(
            PlanTask("qx", "滚动发布台风路径与降雨预报", "每小时发布一次台风路径、风力和分区降雨预报。", 0,
                     title_en="Issue rolling typhoon track and rain forecasts"),
            PlanTask("sw", "排查易积水点并预开泵站", "全市易积水点人员到岗，泵站预降水位，抢险队伍待命。", 60,
                     title_en="Check flood-prone spots, pre-start pumps"),
            PlanTask("lhsr", "加固行道树与户外广告设施", "对沿街高大乔木、户外广告牌进行加固或拆除。", 120,
                     title_en="Secure street trees and billboards"),
            PlanTask("zjw", "在建工地停工并加固塔吊", "全市在建工地停止室外作业，塔吊落钩、脚手架加固。", 120,
                     title_en="Halt building sites, secure tower cranes"),
            PlanTask("jj", "主要道路交通疏导", "易积水路段设置警示，必要时实施临时交通管制。", 90,
                     title_en="Guide traffic on main roads"),
            PlanTask("mz", "转移安置危险区域人员", "开放避灾安置点，组织老旧房屋、临时工棚人员转移。", 180,
                     title_en="Evacuate and shelter people at risk"),
            PlanTask("gd", "电力抢修队伍待命", "重要用户双电源检查，抢修队伍分区驻守。", 60,
                     title_en="Power repair crews on standby"),
            PlanTask("dt", "地铁防汛与高架段限速", "车站出入口防汛挡板到位，高架区段视风力限速或停运。", 120,
                     title_en="Metro flood defence, elevated speed limits"),
            PlanTask("yj", "启动联合值守并汇总灾情", "应急、水务、气象联合值守，每两小时汇总灾情。", 30,
                     title_en="Start joint watch, compile damage reports"),
        ),
    )
    marathon = Plan(
        id="plan-marathon",
        name="申江国际马拉松赛城市运行保障方案",
        name_en="Shenjiang International Marathon City Operations Plan",
        kind="marathon",
        tasks=(
            PlanTask("jj", "赛道沿线交通管制", "按时段对赛道实施封闭管制，发布绕行提示。", 0,
                     title_en="Traffic control along the course"),
            PlanTask("ga", "赛道安保与人群管控", "起终点及重点路段设置安检和人群疏导点。", 0,
                     title_en="Course security and crowd control"),
            PlanTask("wjw", "医疗救护点位保障", "沿线每2.5公里设置医疗点，配备AED与救护车。", 30,
                     title_en="Staff first-aid points"),
            PlanTask("hw", "赛道保洁与补给站垃圾清运", "补给站垃圾随产随清，赛后两小时内完成道路保洁。", 60,
                     title_en="Clean the course and aid-station waste"),
            PlanTask("dt", "地铁加开班次", "起终点附近车站加开班次，做好客流疏导。", 0,
                     title_en="Run extra metro trains"),
            PlanTask("ty", "赛事组织协调", "与赛事组委会对接赛程变化，通报关门时间。", 0,
                     title_en="Coordinate with the race organisers"),
            PlanTask("cg", "沿线占道经营整治", "赛道沿线及观赛区域清理占道经营。", 30,
                     title_en="Clear street vending along the course"),
        ),
    )
    return [typhoon, marathon]
