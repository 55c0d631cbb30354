# generated — do not edit: compiled from ui/settings.ui (sha256 6d6fbf08841229bf88b227ffee89fd6854b36e26ac14759541884eb058c9ddf9) by dispatch_desk.ui.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.2
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 360)
        self.verticalLayout = QVBoxLayout(SettingsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.connectionTab = QWidget()
        self.connectionTab.setObjectName(u"connectionTab")
        self.connectionForm = QFormLayout(self.connectionTab)
        self.connectionForm.setObjectName(u"connectionForm")
        self.connectionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.centralLabel = QLabel(self.connectionTab)
        self.centralLabel.setObjectName(u"centralLabel")

        self.connectionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.centralLabel)

        self.centralEdit = QLineEdit(self.connectionTab)
        self.centralEdit.setObjectName(u"centralEdit")

        self.connectionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.centralEdit)

        self.centralHint = QLabel(self.connectionTab)
        self.centralHint.setObjectName(u"centralHint")
        self.centralHint.setWordWrap(True)
        self.centralHint.setText(u"")

        self.connectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.centralHint)

        self.tileLabel = QLabel(self.connectionTab)
        self.tileLabel.setObjectName(u"tileLabel")

        self.connectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tileLabel)

        self.tileEdit = QLineEdit(self.connectionTab)
        self.tileEdit.setObjectName(u"tileEdit")
        self.tileEdit.setPlaceholderText(u"https://tiles.example.gov.cn/{z}/{x}/{y}.png")

        self.connectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tileEdit)

        self.tileHint = QLabel(self.connectionTab)
        self.tileHint.setObjectName(u"tileHint")
        self.tileHint.setWordWrap(True)

        self.connectionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tileHint)

        self.tabs.addTab(self.connectionTab, "")
        self.appearanceTab = QWidget()
        self.appearanceTab.setObjectName(u"appearanceTab")
        self.appearanceForm = QFormLayout(self.appearanceTab)
        self.appearanceForm.setObjectName(u"appearanceForm")
        self.languageLabel = QLabel(self.appearanceTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.appearanceTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.appearanceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.themeLabel = QLabel(self.appearanceTab)
        self.themeLabel.setObjectName(u"themeLabel")

        self.appearanceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(self.appearanceTab)
        self.themeCombo.setObjectName(u"themeCombo")

        self.appearanceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.tabs.addTab(self.appearanceTab, "")
        self.notificationsTab = QWidget()
        self.notificationsTab.setObjectName(u"notificationsTab")
        self.notificationsForm = QFormLayout(self.notificationsTab)
        self.notificationsForm.setObjectName(u"notificationsForm")
        self.notifyCheck = QCheckBox(self.notificationsTab)
        self.notifyCheck.setObjectName(u"notifyCheck")

        self.notificationsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notifyCheck)

        self.severityLabel = QLabel(self.notificationsTab)
        self.severityLabel.setObjectName(u"severityLabel")

        self.notificationsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.severityLabel)

        self.severityCombo = QComboBox(self.notificationsTab)
        self.severityCombo.setObjectName(u"severityCombo")

        self.notificationsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.severityCombo)

        self.soundCheck = QCheckBox(self.notificationsTab)
        self.soundCheck.setObjectName(u"soundCheck")

        self.notificationsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.soundCheck)

        self.trayCheck = QCheckBox(self.notificationsTab)
        self.trayCheck.setObjectName(u"trayCheck")

        self.notificationsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.trayCheck)

        self.tabs.addTab(self.notificationsTab, "")

        self.verticalLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.centralLabel.setBuddy(self.centralEdit)
        self.tileLabel.setBuddy(self.tileEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.themeLabel.setBuddy(self.themeCombo)
        self.severityLabel.setBuddy(self.severityCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.centralLabel.setText(QCoreApplication.translate("SettingsDialog", u"Central &service URL:", None))
        self.tileLabel.setText(QCoreApplication.translate("SettingsDialog", u"Map &tile source:", None))
        self.tileHint.setText(QCoreApplication.translate("SettingsDialog", u"An XYZ tile URL. Leave empty to draw the grid on a plain background.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.connectionTab), QCoreApplication.translate("SettingsDialog", u"Connection", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.themeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Theme:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.appearanceTab), QCoreApplication.translate("SettingsDialog", u"Appearance", None))
        self.notifyCheck.setText(QCoreApplication.translate("SettingsDialog", u"Show &notifications for urgent incidents and alarms", None))
        self.severityLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Minimum severity:", None))
        self.soundCheck.setText(QCoreApplication.translate("SettingsDialog", u"Play a &sound", None))
        self.trayCheck.setText(QCoreApplication.translate("SettingsDialog", u"Also show in the system &tray", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notificationsTab), QCoreApplication.translate("SettingsDialog", u"Notifications", None))
    # retranslateUi

