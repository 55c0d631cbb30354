# generated — do not edit: compiled from ui/conflicts.ui (sha256 0199e7e4e0e9040655241ed22ed1fc892bb2793ef06f98d9fdc4afd61b6e3ddc) by dispatch_desk.ui.build
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QToolButton, QVBoxLayout, QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(900, 560)
        self.verticalLayout = QVBoxLayout(ConflictsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(ConflictsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(ConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.conflictList = QListWidget(self.splitter)
        self.conflictList.setObjectName(u"conflictList")
        self.conflictList.setMinimumSize(QSize(220, 0))
        self.conflictList.setWordWrap(True)
        self.conflictList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.splitter.addWidget(self.conflictList)
        self.sidesScroll = QScrollArea(self.splitter)
        self.sidesScroll.setObjectName(u"sidesScroll")
        self.sidesScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.sidesScroll.setWidgetResizable(True)
        self.sidesWidget = QWidget()
        self.sidesWidget.setObjectName(u"sidesWidget")
        self.sidesLayout = QVBoxLayout(self.sidesWidget)
        self.sidesLayout.setObjectName(u"sidesLayout")
        self.meantLabel = QLabel(self.sidesWidget)
        self.meantLabel.setObjectName(u"meantLabel")

        self.sidesLayout.addWidget(self.meantLabel)

        self.meantView = QLabel(self.sidesWidget)
        self.meantView.setObjectName(u"meantView")
        self.meantView.setWordWrap(True)
        self.meantView.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meantView.setText(u"")

        self.sidesLayout.addWidget(self.meantView)

        self.serverLabel = QLabel(self.sidesWidget)
        self.serverLabel.setObjectName(u"serverLabel")

        self.sidesLayout.addWidget(self.serverLabel)

        self.serverView = QLabel(self.sidesWidget)
        self.serverView.setObjectName(u"serverView")
        self.serverView.setWordWrap(True)
        self.serverView.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.serverView.setText(u"")

        self.sidesLayout.addWidget(self.serverView)

        self.reasonLabel = QLabel(self.sidesWidget)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.sidesLayout.addWidget(self.reasonLabel)

        self.reasonView = QLabel(self.sidesWidget)
        self.reasonView.setObjectName(u"reasonView")
        self.reasonView.setWordWrap(True)
        self.reasonView.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasonView.setText(u"")

        self.sidesLayout.addWidget(self.reasonView)

        self.nextLabel = QLabel(self.sidesWidget)
        self.nextLabel.setObjectName(u"nextLabel")

        self.sidesLayout.addWidget(self.nextLabel)

        self.nextView = QLabel(self.sidesWidget)
        self.nextView.setObjectName(u"nextView")
        self.nextView.setWordWrap(True)
        self.nextView.setText(u"")

        self.sidesLayout.addWidget(self.nextView)

        self.technicalToggle = QToolButton(self.sidesWidget)
        self.technicalToggle.setObjectName(u"technicalToggle")
        self.technicalToggle.setCheckable(True)
        self.technicalToggle.setChecked(False)
        self.technicalToggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.technicalToggle.setArrowType(Qt.ArrowType.RightArrow)
        self.technicalToggle.setAutoRaise(True)

        self.sidesLayout.addWidget(self.technicalToggle)

        self.technicalView = QPlainTextEdit(self.sidesWidget)
        self.technicalView.setObjectName(u"technicalView")
        self.technicalView.setVisible(False)
        self.technicalView.setReadOnly(True)
        self.technicalView.setMinimumSize(QSize(0, 160))

        self.sidesLayout.addWidget(self.technicalView)

        self.sidesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sidesLayout.addItem(self.sidesSpacer)

        self.sidesScroll.setWidget(self.sidesWidget)
        self.splitter.addWidget(self.sidesScroll)

        self.verticalLayout.addWidget(self.splitter)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.discardReasonEdit = QLineEdit(ConflictsDialog)
        self.discardReasonEdit.setObjectName(u"discardReasonEdit")

        self.actionsLayout.addWidget(self.discardReasonEdit)

        self.reissueButton = QPushButton(ConflictsDialog)
        self.reissueButton.setObjectName(u"reissueButton")

        self.actionsLayout.addWidget(self.reissueButton)

        self.discardButton = QPushButton(ConflictsDialog)
        self.discardButton.setObjectName(u"discardButton")

        self.actionsLayout.addWidget(self.discardButton)

        self.buttonBox = QDialogButtonBox(ConflictsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.actionsLayout.addWidget(self.buttonBox)


        self.verticalLayout.addLayout(self.actionsLayout)


        self.retranslateUi(ConflictsDialog)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Sync conflicts", None))
        self.introLabel.setText(QCoreApplication.translate("ConflictsDialog", u"The operations center did not accept these changes. Nothing was lost: read what you meant and what the center has now, then re-issue the change or discard it with a reason.", None))
        self.meantLabel.setText(QCoreApplication.translate("ConflictsDialog", u"What you meant to do", None))
        self.serverLabel.setText(QCoreApplication.translate("ConflictsDialog", u"What the center has now", None))
        self.reasonLabel.setText(QCoreApplication.translate("ConflictsDialog", u"Why it was not accepted", None))
        self.nextLabel.setText(QCoreApplication.translate("ConflictsDialog", u"What you can do now", None))
        self.technicalToggle.setText(QCoreApplication.translate("ConflictsDialog", u"Technical details", None))
        self.discardReasonEdit.setPlaceholderText(QCoreApplication.translate("ConflictsDialog", u"Reason for discarding (required)", None))
        self.reissueButton.setText(QCoreApplication.translate("ConflictsDialog", u"&Re-issue", None))
        self.discardButton.setText(QCoreApplication.translate("ConflictsDialog", u"&Discard", None))
    # retranslateUi

