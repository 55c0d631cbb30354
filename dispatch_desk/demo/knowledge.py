"""The knowledge base of the demo city: policies, regulations, standard procedures and past cases,
written from templates so that each category has its procedure, its legal basis and worked cases."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from dispatch_desk.demo import names
from dispatch_desk.demo.catalog import CATEGORY_SPECS, SPECS, CategorySpec, stage_limits
from dispatch_desk.domain.records import KnowledgeDoc, KnowledgeKind, SlaStage

CASES_PER_CATEGORY = 5

_LAWS: dict[str, tuple[str, ...]] = {
    "市容环境": ("《城市市容和环境卫生管理条例》", "《申江市市容环境卫生管理条例》", "《申江市生活垃圾管理条例》"),
    "街面秩序": ("《申江市城市管理综合行政执法条例》", "《中华人民共和国道路交通安全法》",
                 "《申江市非机动车管理若干规定》"),
    "设施设备": ("《城市道路管理条例》", "《申江市城市道路管理条例》", "《申江市供水管理条例》"),
    "突发事件": ("《中华人民共和国突发事件应对法》", "《申江市防汛条例》", "《城镇燃气管理条例》",
                 "《申江市消防条例》"),
    "施工管理": ("《申江市拆除违法建筑若干规定》", "《建设工程安全生产管理条例》",
                 "《申江市建筑垃圾处理管理规定》"),
    "民生服务": ("《申江市养老服务条例》", "《中华人民共和国食品安全法》", "《申江市住房租赁条例》"),
}

_POLICIES = (
    "关于深化城市运行“一网统管”建设的实施意见",
    "申江市城市网格化管理办法",
    "申江市城运中心值班值守工作规范",
    "重大活动城市运行保障工作机制",
    "12345市民服务热线工单办理考核办法",
    "城市运行事件超时督办规定",
    "跨部门协同处置联动工作规则",
    "城市体征指标阈值管理办法",
    "“多格合一”网格融合工作方案",
    "街道（乡镇）城运分中心建设指引",
    "派驻单位进驻城运中心管理办法",
    "临时派驻联络员工作规则",
    "城市运行事件分类与编码规范",
    "城市运行事件处置考核评价办法",
    "防汛防台期间城市运行保障工作要求",
    "高温天气城市运行保障工作方案",
    "节假日城市运行值守工作安排",
    "智能发现事件处置工作规程",
    "视频智能分析事件核实规范",
    "物联感知设备接入管理办法",
    "城运系统数据安全管理规定",
    "事件退回与改派工作规则",
    "事件挂起延期审批规定",
    "重复事件合并处置规定（“一件事”）",
    "街面秩序精细化管理三年行动计划",
    "老旧小区安全隐患排查整治方案",
    "城市道路设施养护质量标准",
    "生活垃圾分类收运监督检查办法",
    "夜间经济街区运行管理指引",
    "城运指挥大屏信息发布规范",
)

_GENERAL_RULES = (
    ("《中华人民共和国突发事件应对法》要点摘编", "全国人大常委会"),
    ("《城市市容和环境卫生管理条例》要点摘编", "国务院"),
    ("《城市道路管理条例》要点摘编", "国务院"),
    ("《城镇燃气管理条例》要点摘编", "国务院"),
    ("《申江市防汛条例》全文", "申江市人大常委会"),
    ("《申江市城市管理综合行政执法条例》全文", "申江市人大常委会"),
    ("《申江市生活垃圾管理条例》全文", "申江市人大常委会"),
    ("《申江市消防条例》全文", "申江市人大常委会"),
    ("《申江市住房租赁条例》全文", "申江市人大常委会"),
    ("《申江市养老服务条例》全文", "申江市人大常委会"),
    ("《申江市非机动车管理若干规定》", "申江市人民政府"),
    ("《申江市拆除违法建筑若干规定》", "申江市人民政府"),
    ("《申江市城市道路管理条例》全文", "申江市人大常委会"),
    ("《申江市供水管理条例》全文", "申江市人大常委会"),
    ("《申江市市容环境卫生管理条例》全文", "申江市人大常委会"),
    ("《申江市建筑垃圾处理管理规定》", "申江市人民政府"),
    ("《中华人民共和国食品安全法》要点摘编", "全国人大常委会"),
    ("《建设工程安全生产管理条例》要点摘编", "国务院"),
)


def build(agency_names: dict[str, str], street_roads: dict[str, tuple[str, ...]], now: datetime,
          rng: random.Random) -> list[KnowledgeDoc]:
    """`street_roads`: street name -> roads of that street (cases happen at real addresses)."""
    docs: list[KnowledgeDoc] = []
    serial = 0

    def doc(kind: KnowledgeKind, title: str, body: str, issued_by: str, days_ago: int,
            categories: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> None:
        nonlocal serial
        serial += 1
        docs.append(KnowledgeDoc(f"kb-{serial:04d}", kind, title, body, issued_by,
                                 now - timedelta(days=days_ago), categories, tags))

    for title in _POLICIES:
        doc(KnowledgeKind.POLICY, title, _policy_body(title, rng), "申江市城市运行管理中心",
            rng.randint(60, 1500), tags=("一网统管", "制度"))
    for title, issuer in _GENERAL_RULES:
        doc(KnowledgeKind.REGULATION, title, _regulation_body(title, rng), issuer, rng.randint(365, 3000),
            tags=("法规",))
    for spec in CATEGORY_SPECS:
        agency = agency_names[spec.agency]
        doc(KnowledgeKind.PROCEDURE, f"{spec.name}事件处置标准流程", _procedure_body(spec, agency_names),
            "申江市城市运行管理中心", rng.randint(30, 700), (spec.code,), (spec.group, "标准流程"))
        law = rng.choice(_LAWS[spec.group])
        doc(KnowledgeKind.REGULATION, f"{spec.name}处置的法律依据", _basis_body(spec, law, agency),
            agency, rng.randint(90, 1200), (spec.code,), (spec.group, "法律依据"))
        for _ in range(CASES_PER_CATEGORY):
            street = rng.choice(sorted(street_roads))
            road = rng.choice(street_roads[street])
            title, body = _case(spec, agency, street, road, rng)
            doc(KnowledgeKind.CASE, title, body, "申江市城市运行管理中心", rng.randint(35, 720), (spec.code,),
                (spec.group, "案例", street))
    return docs


def _policy_body(title: str, rng: random.Random) -> str:
    return (
        f"为贯彻落实城市运行“一网统管”工作要求，进一步提升城市治理精细化水平，结合本市实际，制定《{title}》。\n"
        "一、总体要求\n坚持“高效处置一件事”，以管用、爱用、受用为导向，推动城运中心、派驻单位和街道（乡镇）"
        "各司其职、协同联动，做到早发现、早预警、早处置。\n"
        "二、主要任务\n（一）明确职责分工。市城运中心负责统筹协调和监督考核，区城运中心负责本区事件的派遣与督办，"
        "街道（乡镇）城运分中心负责网格内事件的发现、先期处置和核查结案。\n"
        f"（二）规范工作流程。事件按照上报、立案、派遣、签收、处置、核查、结案的流程闭环管理，"
        f"各环节时限按照事件分类标准执行，临近超时的由系统自动提醒，超时的纳入督办。\n"
        f"（三）强化数据支撑。依托城市体征指标和物联感知数据，对异常情况实现智能发现，"
        f"每{rng.choice(('日', '周'))}形成运行分析报告。\n"
        "三、保障措施\n各单位要明确分管领导和联络员，建立定期会商机制；考核结果纳入年度绩效评价。\n"
        "本文件自印发之日起施行。"
    )


def _regulation_body(title: str, rng: random.Random) -> str:
    article = rng.randint(3, 12)
    return (
        f"{title}\n第一条 为了加强城市管理，维护公共秩序，保障人民群众生命财产安全，制定本规定。\n"
        f"第{article}条 有关部门应当按照职责分工，建立健全巡查、发现、处置和监督机制，"
        "对群众反映的问题及时受理、依法处理，并将处理结果告知反映人。\n"
        f"第{article + 1}条 任何单位和个人不得擅自占用、挖掘城市道路，不得损坏公共设施。"
        "违反规定的，由有关部门责令限期改正，并可依法处以罚款。\n"
        f"第{article + 2}条 发生突发事件时，有关单位应当立即采取措施控制事态发展，并按规定报告。"
    )


def _procedure_body(spec: CategorySpec, agency_names: dict[str, str]) -> str:
    limits = stage_limits(spec)
    agency = agency_names[spec.agency]

    def fmt(minutes: int) -> str:
        if minutes % 1440 == 0:
            return f"{minutes // 1440}个自然日"
        return f"{minutes // 60}小时" if minutes % 60 == 0 and minutes >= 60 else f"{minutes}分钟"

    co = "、".join(agency_names[a] for a in SPECS[spec.code].co_agencies)
    return (
        f"适用范围：本流程适用于本市范围内“{spec.name}”类事件（大类：{spec.group}）的受理与处置。\n"
        f"一、发现与上报：网格员巡查、12345热线、视频智能分析、物联感知等渠道发现问题后，"
        f"应在{fmt(limits[SlaStage.REGISTER])}内完成立案审核，核实地点、现场照片和问题描述。\n"
        f"二、派遣：立案后{fmt(limits[SlaStage.DISPATCH])}内派遣至主责单位{agency}"
        + (f"，需要协同的同时抄派协办单位（{co}）" if co else "")
        + "。\n"
        f"三、签收：主责单位应在{fmt(limits[SlaStage.ACCEPT])}内签收；不属于本单位职责的，"
        "应在签收时限内说明理由退回，不得拖延。\n"
        f"四、处置：签收后{fmt(limits[SlaStage.DISPOSE])}内处置完毕并上传处置前后对比照片；"
        "确需延期的，应提出挂起延期申请，经审批后顺延。\n"
        f"五、核查结案：街道（乡镇）网格员在{fmt(limits[SlaStage.VERIFY])}内现场核查，"
        "核查通过后结案，未通过的退回主责单位重新处置。\n"
        "六、督办：超时未处置或群众重复反映的事件，由城运中心发起督办，督办件纳入月度考核。"
    )


def _basis_body(spec: CategorySpec, law: str, agency: str) -> str:
    return (
        f"“{spec.name}”类事件的主要法律依据为{law}。\n"
        f"根据有关规定，{agency}是此类事件的主管部门，负责组织查处和整改；"
        "街道（乡镇）负责日常巡查发现和先期劝阻。\n"
        "当事人拒不改正的，执法部门可以依法责令限期改正、暂扣相关物品，情节严重的依法处以罚款；"
        "涉及公共安全的，应当立即采取临时管控措施。"
    )


_CASE_OPENINGS = ("市民通过12345热线反映", "网格员日常巡查发现", "视频智能分析系统自动识别",
                  "物联感知设备报警提示", "市民通过“申江城运”APP上报")
_CASE_LESSONS = (
    "建立了街道、派驻单位和物业“三方会商”机制，问题在一周内未再复发。",
    "通过视频回看锁定责任主体，实现精准执法。",
    "主动回访反映人，满意度评价为“满意”。",
    "将该点位纳入重点巡查清单，每日早晚各巡查一次。",
    "发现同类问题系多部门职责交叉，经城运中心协调明确了主责单位，形成长效机制。",
)


def _case(spec: CategorySpec, agency: str, street: str, road: str, rng: random.Random) -> tuple[str, str]:
    number = rng.randint(1, 999)
    hours = rng.choice((1, 2, 3, 5, 8, 24))
    title = f"【案例】{street}{road}{number}号{spec.name}{rng.choice(('快速处置', '联动处置', '闭环整改'))}"
    body = (
        f"事件经过：{rng.choice(_CASE_OPENINGS)}，{road}{number}号附近存在{spec.name}问题，影响周边居民出行和生活。\n"
        f"处置过程：{names.CITY_NAME}城运中心立案后派遣至{agency}，{agency}签收后组织人员赶赴现场，"
        f"{hours}小时内处置完毕，{street}网格员现场核查通过后结案。\n"
        f"经验做法：{rng.choice(_CASE_LESSONS)}"
    )
    return title, body
