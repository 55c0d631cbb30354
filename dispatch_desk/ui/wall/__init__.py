"""The wall display (大屏): the city's situation on the center's big screens, turning pages by itself."""

from dispatch_desk.ui.wall.window import WallWindow

__all__ = ["WallWindow"]
