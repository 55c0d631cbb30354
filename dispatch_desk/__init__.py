"""Dispatch Desk (城运指挥台): the desktop client and central service of a city operations center."""

__version__ = "0.1.0"
