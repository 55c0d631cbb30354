"""The city's vital signs: indicator definitions and the model of their everyday behaviour.

One model serves the 30-day history and the live simulator, so live readings continue the
history's daily rhythm: value = base + amplitude x pattern(local time) + noise, kept in bounds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from dispatch_desk.demo import names
from dispatch_desk.domain.records import Dimension, Direction, Indicator

LOCAL_OFFSET_S = 8 * 3600  # Asia/Shanghai has no daylight saving time
TIDE_PERIOD_S = 44_712  # semi-diurnal tide, 12 h 25 min

B, E, T, U, S, V = (Dimension.BASICS, Dimension.ENVIRONMENT, Dimension.TRAFFIC, Dimension.UTILITIES,
                    Dimension.SAFETY, Dimension.VITALITY)
UP, DOWN = Direction.UP, Direction.DOWN


@dataclass(frozen=True)
class Vital:
    key: str
    name: str
    dimension: Dimension
    unit: str
    base: float
    amp: float
    pattern: str  # commute | day | evening | morning_haze | tide | flat | rain
    noise: float
    warn: float | None = None
    alarm: float | None = None
    direction: Direction = UP
    decimals: int = 1
    low: float = 0.0  # physical floor
    high: float | None = None
    auto_incident_category: str | None = None


CITY_VITALS: tuple[Vital, ...] = (
    Vital("hotline", "12345热线来电量", B, "件/小时", 380, 520, "day", 35, 1100, 1400, UP, 0),
    Vital("population", "实时人口热力", B, "万人", 420, 70, "day", 6, 540, 580, UP, 0),
    Vital("patrol_coverage", "网格巡查覆盖率", B, "%", 90, 6, "day", 1.5, 80, 70, DOWN, 1, 0, 100),
    Vital("open_cases", "在办事件数", B, "件", 1500, 400, "day", 40, 2600, 3200, UP, 0),
    Vital("pm25", "PM2.5浓度", E, "μg/m³", 34, 14, "morning_haze", 4, 75, 115, UP, 0),
    Vital("aqi", "空气质量指数AQI", E, "", 58, 16, "morning_haze", 5, 150, 200, UP, 0),
    Vital("noise", "区域环境噪声", E, "dB(A)", 52, 9, "evening", 1.5, 70, 75, UP, 1),
    Vital("tide", "春申江潮位", E, "m", 3.1, 0.9, "tide", 0.05, 4.55, 4.8, UP, 2),
    Vital("rainfall", "小时降雨量", E, "mm", -1.0, 0.0, "rain", 1.2, 20, 50, UP, 1),
    Vital("wind", "平均风速", E, "m/s", 3.2, 1.4, "day", 0.6, 10.8, 17.2, UP, 1),
    Vital("congestion", "道路拥堵指数", T, "", 2.6, 2.4, "commute", 0.3, 6.0, 8.0, UP, 1, 0, 10),
    Vital("metro", "地铁客流", T, "万人次/小时", 30, 64, "commute", 3, 115, 135, UP, 1),
    Vital("bus_punctuality", "公交准点率", T, "%", 93, -5, "commute", 1.2, 85, 80, DOWN, 1, 0, 100),
    Vital("elevated_speed", "高架平均车速", T, "km/h", 52, -19, "commute", 2.5, 25, 18, DOWN, 0),
    Vital("parking_free", "公共停车场空余泊位率", T, "%", 42, -22, "day", 2, 10, 5, DOWN, 0, 0, 100),
    Vital("power_load", "用电负荷", U, "万kW", 1850, 650, "day", 30, 2900, 3150, UP, 0),
    Vital("water_pressure", "供水管网压力", U, "MPa", 0.33, -0.05, "day", 0.006, 0.22, 0.18, DOWN, 2),
    Vital("gas_pressure", "燃气管网压力", U, "kPa", 385, -35, "day", 5, 300, 270, DOWN, 0),
    Vital("water_supply", "供水量", U, "万m³/小时", 26, 12, "day", 0.8, 44, 48, UP, 1),
    Vital("garbage", "生活垃圾清运量", U, "吨/小时", 380, 260, "morning_haze", 20, None, None, UP, 0),
    Vital("fire", "火警数", S, "起/小时", 2.0, 2.0, "day", 0.8, 8, 12, UP, 0),
    Vital("police", "110警情数", S, "起/小时", 110, 90, "evening", 10, 300, 380, UP, 0),
    Vital("gas_alarms", "燃气泄漏报警数", S, "起/小时", 0.4, 0.6, "day", 0.5, 4, 8, UP, 0),
    Vital("hazmat", "危化品车辆在途", S, "辆", 150, 120, "day", 8, 400, 450, UP, 0),
    Vital("business_flow", "重点商圈客流", V, "万人次", 40, 45, "evening", 3, 130, 160, UP, 1),
    Vital("consumption", "消费活跃指数", V, "", 100, 25, "evening", 3, None, None, UP, 1),
    Vital("scenic", "重点景区客流", V, "万人", 7, 9, "day", 0.6, 25, 30, UP, 1),
    Vital("night_economy", "夜间经济热度", V, "", 55, 35, "evening", 3, None, None, UP, 0),
)

# key -> English name and unit; the unit is "" where the Chinese one reads the same in English (%, m/s, ...).
# 万 (ten thousand) becomes "×10k" so that the values stay as they are.
VITALS_EN: dict[str, tuple[str, str]] = {
    "hotline": ("12345 hotline calls", "calls/h"),
    "population": ("Real-time population", "×10k people"),
    "patrol_coverage": ("Grid patrol coverage", ""),
    "open_cases": ("Open cases", "cases"),
    "pm25": ("PM2.5 concentration", ""),
    "aqi": ("Air quality index (AQI)", ""),
    "noise": ("Ambient noise", ""),
    "tide": ("Chunshen River tide level", ""),
    "rainfall": ("Hourly rainfall", ""),
    "wind": ("Mean wind speed", ""),
    "congestion": ("Road congestion index", ""),
    "metro": ("Metro ridership", "×10k person-trips/h"),
    "bus_punctuality": ("Bus punctuality", ""),
    "elevated_speed": ("Elevated road speed", ""),
    "parking_free": ("Free parking spaces", ""),
    "power_load": ("Power load", "×10k kW"),
    "water_pressure": ("Water main pressure", ""),
    "gas_pressure": ("Gas network pressure", ""),
    "water_supply": ("Water supplied", "×10k m³/h"),
    "garbage": ("Waste collected", "t/h"),
    "fire": ("Fire calls", "calls/h"),
    "police": ("110 police calls", "calls/h"),
    "gas_alarms": ("Gas leak alarms", "alarms/h"),
    "hazmat": ("Hazmat vehicles on road", "vehicles"),
    "business_flow": ("Key shopping footfall", "×10k person-trips"),
    "consumption": ("Consumer activity index", ""),
    "scenic": ("Scenic spot visitors", "×10k people"),
    "night_economy": ("Night-time economy index", ""),
    "ponding": ("Waterlogging depth", ""),
    "street_flow": ("Shopping area footfall", "×10k person-trips"),
    "street_noise": ("Monitored noise", ""),
}

# District vitals are city ones at a quarter of the scale (thresholds scaled alike).
DISTRICT_KEYS = ("pm25", "congestion", "power_load", "water_pressure", "police", "hotline")
_SCALED = {"power_load", "police", "hotline"}

STREET_VITALS: tuple[Vital, ...] = (
    Vital("ponding", "易积水点水深", S, "cm", -3, 0, "rain", 2.0, 15, 27, UP, 0, 0, None, "waterlogging"),
    Vital("street_flow", "商圈客流", V, "万人次", 4, 5, "evening", 0.4, 14, 18, UP, 1),
    Vital("street_noise", "噪声监测", E, "dB(A)", 54, 10, "evening", 2, 70, 75, UP, 1, 0, None,
          "construction_noise"),
)


def catalogue(district_codes: list[str], street_codes: list[str]) -> list[tuple[Indicator, Vital]]:
    """Indicators of the city, each with its behaviour model. Street vitals go to every fourth street
    so that each district has a few monitored hot spots."""
    out: list[tuple[Indicator, Vital]] = []
    for v in CITY_VITALS:
        out.append((_indicator(v, names.CITY_CODE, ""), v))
    by_key = {v.key: v for v in CITY_VITALS}
    district_names = {f"{names.CITY_CODE[:4]}{d[0]}": d[1] for d in names.DISTRICTS}
    for code in district_codes:
        for key in DISTRICT_KEYS:
            v = by_key[key]
            if key in _SCALED:
                v = _scaled(v, 0.25)
            out.append((_indicator(v, code, district_names[code]), v))
    street_names = {
        f"{names.CITY_CODE[:4]}{d[0]}{i + 1:03d}": s[0] for d in names.DISTRICTS for i, s in enumerate(d[3])
    }
    for i, code in enumerate(street_codes):
        for k, v in enumerate(STREET_VITALS):
            if (i + k) % 4 == 0:
                out.append((_indicator(v, code, street_names[code]), v))
    return out


def _indicator(v: Vital, region: str, place: str) -> Indicator:
    """The indicator of a vital in a region; `place` is the region's name ("" for the city's own)."""
    name_en, unit_en = VITALS_EN[v.key]
    return Indicator(
        code=f"{v.key}.{region}",
        name=f"{place}{v.name}",
        dimension=v.dimension,
        unit=v.unit,
        region=region,
        warn=v.warn,
        alarm=v.alarm,
        direction=v.direction,
        decimals=v.decimals,
        auto_incident_category=v.auto_incident_category,
        name_en=f"{name_en} ({names.english(place)})" if place else name_en,
        unit_en=unit_en,
    )


def _scaled(v: Vital, k: float) -> Vital:
    from dataclasses import replace

    def s(x: float | None) -> float | None:
        return None if x is None else round(x * k, 1)

    return replace(v, base=v.base * k, amp=v.amp * k, noise=v.noise * k, warn=s(v.warn), alarm=s(v.alarm))


def pattern(kind: str, epoch_s: np.ndarray) -> np.ndarray:
    """The daily shape in [-1, 1] (or [0, 1]) at UTC epoch seconds, read in local time."""
    local = (epoch_s + LOCAL_OFFSET_S) % 86_400 / 3600.0
    weekday = ((epoch_s + LOCAL_OFFSET_S) // 86_400 + 3) % 7  # 1970-01-01 was a Thursday; 0 = Monday
    weekend = weekday >= 5
    if kind == "commute":
        peaks = np.exp(-((local - 8.3) ** 2) / 1.2) + 0.9 * np.exp(-((local - 18.0) ** 2) / 1.8)
        day = 0.35 * np.clip(np.sin((local - 6) / 17 * math.pi), 0, None)
        return np.where(weekend, 0.55 * (day + 0.4 * peaks), peaks + day)
    if kind == "day":
        return np.clip(np.sin((local - 6.5) / 16 * math.pi), -0.2, None) * np.where(weekend, 0.85, 1.0)
    if kind == "evening":
        return np.clip(np.sin((local - 9) / 14 * math.pi), 0, None) ** 0.7 * np.where(weekend, 1.25, 1.0)
    if kind == "morning_haze":
        return np.exp(-((local - 7.5) ** 2) / 6.0) - 0.5 * np.exp(-((local - 15.0) ** 2) / 8.0)
    if kind == "tide":
        return np.sin(2 * math.pi * epoch_s / TIDE_PERIOD_S)
    return np.zeros_like(epoch_s, dtype=float)


def values(v: Vital, epoch_s: np.ndarray, gen: np.random.Generator) -> np.ndarray:
    """Everyday values at the given times (no anomalies)."""
    raw = v.base + v.amp * pattern(v.pattern, epoch_s) + gen.normal(0.0, v.noise, len(epoch_s))
    return clamp(v, raw)


def clamp(v: Vital, raw: np.ndarray) -> np.ndarray:
    out = np.maximum(raw, v.low)
    if v.high is not None:
        out = np.minimum(out, v.high)
    return np.round(out, v.decimals)


def anomaly_value(v: Vital, severity: float) -> float:
    """A value beyond the warning (severity < 1) or alarm (severity >= 1) threshold."""
    warn = v.warn if v.warn is not None else v.base + 3 * v.noise
    alarm = v.alarm if v.alarm is not None else warn * 1.2
    target = warn + (alarm - warn) * min(severity, 1.6)
    bump = abs(alarm - warn) * 0.1
    value = target + bump if v.direction == UP else target - bump
    return float(clamp(v, np.array([value]))[0])
