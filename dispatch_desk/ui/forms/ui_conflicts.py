# generated — do not edit: compiled from ui/conflicts.ui (sha256 cfbe5245b3f3ce0c3023730394683bce1fdfb86de9812ba2bdad1ad6ebe89293) by dispatch_desk.ui.build
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
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSplitter, QTextBrowser, QVBoxLayout, QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(860, 520)
        self.verticalLayout = QVBoxLayout(ConflictsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(ConflictsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(ConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.conflictList = QListWidget(self.splitter)
        self.conflictList.setObjectName(u"conflictList")
        self.splitter.addWidget(self.conflictList)
        self.sidesWidget = QWidget(self.splitter)
        self.sidesWidget.setObjectName(u"sidesWidget")
        self.sidesLayout = QGridLayout(self.sidesWidget)
        self.sidesLayout.setObjectName(u"sidesLayout")
        self.sidesLayout.setContentsMargins(0, 0, 0, 0)
        self.meantLabel = QLabel(self.sidesWidget)
        self.meantLabel.setObjectName(u"meantLabel")

        self.sidesLayout.addWidget(self.meantLabel, 0, 0, 1, 1)

        self.serverLabel = QLabel(self.sidesWidget)
        self.serverLabel.setObjectName(u"serverLabel")

        self.sidesLayout.addWidget(self.serverLabel, 0, 1, 1, 1)

        self.meantView = QTextBrowser(self.sidesWidget)
        self.meantView.setObjectName(u"meantView")

        self.sidesLayout.addWidget(self.meantView, 1, 0, 1, 1)

        self.serverView = QTextBrowser(self.sidesWidget)
        self.serverView.setObjectName(u"serverView")

        self.sidesLayout.addWidget(self.serverView, 1, 1, 1, 1)

        self.reasonView = QLabel(self.sidesWidget)
        self.reasonView.setObjectName(u"reasonView")
        self.reasonView.setWordWrap(True)
        self.reasonView.setText(u"")

        self.sidesLayout.addWidget(self.reasonView, 2, 0, 1, 2)

        self.splitter.addWidget(self.sidesWidget)

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
        self.introLabel.setText(QCoreApplication.translate("ConflictsDialog", u"The central service did not accept these changes. Nothing was lost: compare what you meant with the server's state, then re-issue the change or discard it with a reason.", None))
        self.meantLabel.setText(QCoreApplication.translate("ConflictsDialog", u"What you meant", None))
        self.serverLabel.setText(QCoreApplication.translate("ConflictsDialog", u"The server's state", None))
        self.discardReasonEdit.setPlaceholderText(QCoreApplication.translate("ConflictsDialog", u"Reason for discarding (required)", None))
        self.reissueButton.setText(QCoreApplication.translate("ConflictsDialog", u"&Re-issue", None))
        self.discardButton.setText(QCoreApplication.translate("ConflictsDialog", u"&Discard", None))
    # retranslateUi

