"""Words of incident reports and handling notes: titles, descriptions, return reasons, results."""

from __future__ import annotations

import random

from dispatch_desk.demo.catalog import CategorySpec
from dispatch_desk.domain.records import Source

DETAILS: dict[str, tuple[str, ...]] = {
    "exposed_garbage": ("垃圾桶满溢，周边散落生活垃圾", "路边堆放多袋生活垃圾，有异味", "绿化带内有暴露垃圾"),
    "construction_waste": ("人行道旁堆放装修垃圾渣土，未覆盖", "小区门口积存建筑垃圾多日"),
    "illegal_posting": ("电线杆和墙面被张贴小广告", "公交站亭被喷涂办证电话"),
    "dirty_road": ("路面有大片油污和泥浆", "道路沿线落叶和垃圾较多，未及时清扫"),
    "river_floating": ("河道内有大片水葫芦和漂浮垃圾", "河面漂浮塑料袋、泡沫等垃圾"),
    "cooking_fumes": ("沿街餐饮店油烟直排，居民窗户无法开启", "烧烤摊油烟扰民，夜间尤甚"),
    "construction_noise": ("工地夜间22点后仍在施工，噪声很大", "凌晨有打桩声，严重影响休息"),
    "street_vending": ("人行道上有流动摊贩占道经营", "早点摊占用盲道经营", "水果摊占道，行人需走机动车道"),
    "shop_overflow": ("商铺货物堆放至店外人行道", "餐饮店在门前摆放桌椅跨门营业"),
    "unlicensed_business": ("疑似无证照经营的小餐饮店", "居民楼内有无证经营的作坊"),
    "illegal_parking": ("机动车占用消防通道停放", "路口有车辆长时间违停，影响通行", "多辆车占用人行道停放"),
    "shared_bikes": ("地铁站出口共享单车堆积，阻挡通行", "共享单车乱停放在盲道上"),
    "living_noise": ("楼上住户深夜噪声扰民", "广场舞音响音量过大"),
    "outdoor_ads": ("店招广告牌松动，有坠落风险", "户外广告牌锈蚀严重"),
    "manhole_missing": ("窨井盖缺失，已有行人险些跌落", "井盖破损下陷", "雨水井盖移位"),
    "streetlight": ("路灯不亮，夜间道路漆黑", "一排路灯白天常亮", "路灯杆倾斜"),
    "road_damage": ("路面出现坑洞，车辆颠簸", "人行道地砖松动破损"),
    "traffic_signal": ("路口信号灯黑灯", "信号灯故障常亮红灯，车辆排队严重"),
    "water_pipe": ("路面冒水，疑似供水管道爆裂", "小区外供水管漏水，路面积水"),
    "power_outage": ("小区及周边商铺突然停电", "片区停电超过一小时"),
    "guardrail": ("道路中央护栏被撞倒", "人行道护栏缺失"),
    "elevator_trapped": ("住宅电梯故障，有人员被困", "商场电梯困人"),
    "waterlogging": ("道路积水约20厘米，车辆涉水行驶", "下立交积水较深，已有车辆熄火"),
    "gas_leak": ("楼道内有明显燃气味", "餐饮店燃气管道疑似泄漏"),
    "fallen_tree": ("行道树倒伏压住非机动车道", "大树枝干断裂悬挂在路面上方"),
    "fire_hazard": ("楼道内堆放杂物并有电瓶车飞线充电", "消防通道被杂物堵塞"),
    "dangerous_house": ("老旧房屋外墙开裂、有掉落物", "房屋阳台出现明显裂缝"),
    "road_collapse": ("路面塌陷形成深坑", "人行道局部塌陷"),
    "traffic_accident": ("两车剐蹭占用车道，造成拥堵", "非机动车与机动车碰撞，占用路口"),
    "illegal_building": ("屋顶平台新搭建彩钢板房", "小区内违规搭建围墙和棚屋"),
    "illegal_construction": ("工地未设置围挡即施工", "施工现场扬尘严重，未采取防尘措施"),
    "muck_truck": ("渣土车未密闭运输，沿途撒漏", "渣土车闯禁区行驶"),
    "elderly_help": ("独居老人多日未出门，邻居担心", "独居老人来电称身体不适需要帮助"),
    "food_safety": ("购买的熟食疑似变质", "餐饮店后厨卫生状况差"),
    "group_rental": ("一套住房隔成多间出租，居住人员多", "群租房内电线私拉乱接"),
    "pet_nuisance": ("小区内犬只未拴绳，吓到儿童", "邻居家狗夜间持续吠叫"),
}

_OPENINGS: dict[Source, str] = {
    Source.HOTLINE_12345: "市民来电反映",
    Source.GRID_PATROL: "网格员巡查发现",
    Source.IOT_SENSOR: "物联感知设备报警",
    Source.VIDEO_AI: "视频智能分析识别",
    Source.POLICE_110: "110联动转来",
    Source.CITIZEN_APP: "市民通过APP上报",
    Source.AGENCY_REPORT: "部门巡查上报",
    Source.INDICATOR_ALARM: "体征指标告警触发",
}

RETURN_REASONS = (
    "经现场核实，该问题不属于本单位职责范围，建议改派{other}。",
    "地址信息不准确，现场未找到反映的问题，请核实后重新派遣。",
    "该点位属于物业管理区域，应由物业及房管部门处理。",
    "涉及多部门职责，请城运中心协调明确主责单位。",
)
DISPOSE_NOTES = (
    "已安排人员到场处置完毕，现场已恢复正常，附处置前后照片。",
    "已责令当事人整改，现场已清理。",
    "已完成维修，设施恢复使用。",
    "已联系相关责任方落实整改，并纳入日常巡查。",
    "已处置完毕，并回访反映人，对方表示认可。",
)
VERIFY_FAIL = ("现场核查问题仍然存在，请重新处置。", "处置不彻底，现场仍有残留，请继续处置。")
CANCEL_REASONS = ("经核实反映情况不属实，作废处理。", "重复上报，已在原工单中处理。", "来电人撤诉，问题已自行解决。")
ESCALATE_REASONS = ("涉及跨街道协调，街道层面无法处置，提请区城运中心协调。",
                    "问题复杂，需区级多部门联合处置。")
SUSPEND_REASONS = ("需等待燃气、电力等管线单位配合施工，申请挂起。", "涉及产权争议，需待法院裁定，申请延期。",
                   "需采购专用材料，预计一周后到货，申请挂起。")
REGISTER_NOTES = ("经核实，情况属实，予以立案。", "信息完整，立案。", "现场照片清晰，立案派遣。")
DISPATCH_NOTES = ("请按时限处置并反馈结果。", "请尽快安排人员到场处置。", "涉及多部门，请主办单位牵头协调处置。")
ACCEPT_NOTES = ("已签收，安排人员前往处置。", "收到，队员已出发。", "已签收，列入今日处置计划。")
VERIFY_PASS = ("现场核查，问题已解决。", "经回访，反映人对处置结果满意。", "核查通过。")
CLOSE_NOTES = ("处置完毕，予以结案。", "核查通过，结案。")
SUPERVISE_NOTES = ("该事件已超时，请主责单位加快处置并反馈。", "群众多次反映，列为督办件，请于今日内反馈处置进展。")


def title(spec: CategorySpec, road: str, number: int) -> str:
    return f"{road}{number}号附近{spec.name}"


def description(spec: CategorySpec, source: Source, road: str, number: int, rng: random.Random) -> str:
    detail = rng.choice(DETAILS.get(spec.code, (spec.name,)))
    return f"{_OPENINGS[source]}：{road}{number}号附近{detail}，请尽快处置。"
