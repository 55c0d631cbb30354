"""The administrator's screens: officers' accounts (人员管理), agencies (单位), categories and time limits (类别与时限), grid import (网格导入), plans (预案), the
open-data export (数据开放) and operations and maintenance (运维)."""

from dispatch_desk.ui.admin.agencies import AgenciesDialog
from dispatch_desk.ui.admin.categories import CategoriesDialog
from dispatch_desk.ui.admin.grid import GridImportDialog
from dispatch_desk.ui.admin.maintenance import MaintenanceDialog
from dispatch_desk.ui.admin.officers import OfficersDialog
from dispatch_desk.ui.admin.open_data import OpenDataDialog
from dispatch_desk.ui.admin.plans import PlansDialog

__all__ = ["AgenciesDialog", "CategoriesDialog", "GridImportDialog", "MaintenanceDialog", "OfficersDialog", "OpenDataDialog",
           "PlansDialog"]
