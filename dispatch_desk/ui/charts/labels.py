"""Translated names of the vital-sign dimensions, region levels and chart windows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dispatch_desk.domain.records import Dimension, RegionLevel


def dimension_name(dimension: Dimension) -> str:
    return {
        Dimension.BASICS: QCoreApplication.translate("charts", "City basics"),
        Dimension.ENVIRONMENT: QCoreApplication.translate("charts", "Environment"),
        Dimension.TRAFFIC: QCoreApplication.translate("charts", "Traffic"),
        Dimension.UTILITIES: QCoreApplication.translate("charts", "Utilities and supply"),
        Dimension.SAFETY: QCoreApplication.translate("charts", "Safety"),
        Dimension.VITALITY: QCoreApplication.translate("charts", "Vitality"),
    }[dimension]


def level_name(level: RegionLevel) -> str:
    return {
        RegionLevel.CITY: QCoreApplication.translate("charts", "City"),
        RegionLevel.DISTRICT: QCoreApplication.translate("charts", "District"),
        RegionLevel.STREET: QCoreApplication.translate("charts", "Street"),
    }[level]


# Chart windows from 15 minutes to 30 days, in seconds.
WINDOWS: tuple[int, ...] = (900, 3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400)


def window_name(seconds: int) -> str:
    return {
        900: QCoreApplication.translate("charts", "15 minutes"),
        3600: QCoreApplication.translate("charts", "1 hour"),
        6 * 3600: QCoreApplication.translate("charts", "6 hours"),
        86400: QCoreApplication.translate("charts", "24 hours"),
        7 * 86400: QCoreApplication.translate("charts", "7 days"),
        30 * 86400: QCoreApplication.translate("charts", "30 days"),
    }[seconds]
