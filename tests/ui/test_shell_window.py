"""The shell against a real central service on loopback: sign-in, offline and recovery, layouts,
languages, workspaces and what the officer sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from dispatch_desk.app import Controller
from dispatch_desk.ui.shell import i18n, layout
from dispatch_desk.ui.shell.login import LoginDialog
from tests.support.central import DEFAULT_PASSWORD, report_args
from tests.ui.shell_support import behind_proxy, restart, seed, signed_in

WAIT = 60_000  # ms; generous for a loaded 2-core machine — these are liveness bounds, not timings


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def controller(qtbot, tmp_path: Path, central, memory_keyring, english):
    seed(central)
    ctl = Controller(central.url, base=tmp_path / "data", size=(1600, 960))
    yield ctl
    ctl.shutdown()


def open_window(controller, central, tmp_path: Path):
    controller.open_window(signed_in(central, tmp_path / "data"))
    return controller.window


def test_signing_in_opens_the_main_window_online(qtbot, controller, central, tmp_path: Path):
    dialog = LoginDialog(tmp_path / "data", central_url=central.url)
    qtbot.addWidget(dialog)
    dialog.ui.usernameEdit.setText("li")
    dialog.ui.passwordEdit.setText(DEFAULT_PASSWORD)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=WAIT)
    assert dialog.session.officer.username == "li" and not dialog.session.offline

    controller.open_window(dialog.session)
    window = controller.window
    qtbot.waitExposed(window)
    assert window.windowTitle().endswith("李明")
    qtbot.waitUntil(lambda: window.status.connection.property("state") == "online", timeout=WAIT)
    assert window.status.connection.text() == "Online"


def test_a_wrong_password_is_refused_with_a_message(qtbot, controller, central, tmp_path: Path):
    dialog = LoginDialog(tmp_path / "data", central_url=central.url)
    qtbot.addWidget(dialog)
    dialog.ui.usernameEdit.setText("li")
    dialog.ui.passwordEdit.setText("not the password")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.property("error") is True, timeout=WAIT)
    assert dialog.session is None and dialog.ui.messageLabel.text()
    assert dialog.ui.passwordEdit.isEnabled()


def test_a_refused_sign_in_is_said_in_chinese_on_the_chinese_screen(qtbot, controller, central, tmp_path: Path):
    i18n.install("zh_CN")  # the `english` fixture puts English back afterwards
    dialog = LoginDialog(tmp_path / "data", central_url=central.url)
    qtbot.addWidget(dialog)
    dialog.ui.usernameEdit.setText("li")
    dialog.ui.passwordEdit.setText("not the password")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.property("error") is True, timeout=WAIT)
    said = dialog.ui.messageLabel.text()
    assert "用户名或密码错误" in said, said
    assert not any("a" <= c.lower() <= "z" for c in said), said  # none of the service's English
    assert "Wrong username or password" in dialog.ui.messageLabel.toolTip()  # its words stay at hand

    dialog.ui.usernameEdit.setText("nobody.here")  # no password, nothing remembered
    dialog.ui.passwordEdit.clear()
    dialog.ui.messageLabel.setProperty("error", False)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.property("error") is True, timeout=WAIT)
    assert "密码" in dialog.ui.messageLabel.text() and "session" not in dialog.ui.messageLabel.text()


def test_offline_shows_changes_queue_and_drain_after_the_central_service_returns(
    qtbot, controller, central, central_factory, tmp_path: Path
):
    proxy = behind_proxy(central)
    controller.central_url = proxy.url
    controller.open_window(signed_in(proxy, tmp_path / "data"))
    window = controller.window
    status = window.status
    qtbot.waitUntil(lambda: status.connection.property("state") == "online", timeout=WAIT)
    # the first sync has brought the officer's area, which decides whether the report's place is theirs
    qtbot.waitUntil(lambda: window.ctx.store.get("region", "C") is not None, timeout=WAIT)

    central.stop()
    args = report_args()
    window.ctx.engine.issue("incident.report", args)
    qtbot.waitUntil(lambda: status.connection.property("state") == "offline", timeout=WAIT)
    qtbot.waitUntil(lambda: "1 change waiting" in status.pending.text(), timeout=WAIT)
    assert window.ctx.store.get_incident(args["id"]) is not None  # the officer keeps working on the cache

    back = restart(central, central_factory, proxy)
    try:
        qtbot.waitUntil(lambda: status.connection.property("state") == "online"
                        and status.pending.text() == "All changes synced", timeout=WAIT)
        assert status.last_sync.text().startswith("Last sync:")
        rows = back.client("li").changes(0)["changes"]
        assert any(c["entity"] == "incident" and c["key"] == args["id"] for c in rows)
    finally:
        controller.shutdown()
        proxy.close()


def test_a_remembered_officer_works_offline_when_the_central_service_is_down(
    qtbot, controller, central, tmp_path: Path
):
    first = signed_in(central, tmp_path / "data")
    first.engine.stop()
    central.stop()

    dialog = LoginDialog(tmp_path / "data", central_url=central.url)
    qtbot.addWidget(dialog)
    dialog.ui.usernameEdit.setText("li")  # no password: the remembered session
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=WAIT)
    assert dialog.session.offline
    controller.open_window(dialog.session)
    window = controller.window
    assert window.status.connection.property("state") == "offline"
    qtbot.waitUntil(lambda: "offline" in window.statusBar().currentMessage().lower(), timeout=WAIT)


def test_layout_round_trips_and_an_old_layout_is_rejected(qtbot, controller, central, tmp_path: Path):
    window = open_window(controller, central, tmp_path)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.complete, timeout=WAIT)
    from PySide6.QtWidgets import QDockWidget, QToolBar

    names = [w.objectName() for w in [*window.findChildren(QDockWidget), *window.findChildren(QToolBar)]]
    assert all(names) and len(names) == len(set(names)), names  # what saved layouts are keyed by
    knowledge = window.docks["knowledgeDock"]
    knowledge.hide()
    window.save_layout()
    window.docks["knowledgeDock"].show()
    assert layout.restore(window, "ops")
    assert not knowledge.isVisible()

    window.resize(1000, 700)  # a layout saved on the big screen is not squeezed onto a laptop
    assert not layout.restore(window, "ops")
    window.resize(1600, 960)
    assert layout.restore(window, "ops")

    QSettings().setValue("layout/ops/version", layout.LAYOUT_VERSION - 1)
    knowledge.show()
    assert not layout.restore(window, "ops")
    assert QSettings().value("layout/ops/state") is None  # the stale layout is dropped, not retried

    window.save_layout()
    QSettings().setValue("layout/ops/docks", "someOldDock,queueDock")  # saved before the docks changed
    assert not layout.restore(window, "ops")


def test_workspaces_switch_and_keep_their_own_layouts(qtbot, controller, central, tmp_path: Path):
    window = open_window(controller, central, tmp_path)
    qtbot.waitExposed(window)
    assert window.workspace == "ops"
    window.actions.workspaces["field"].trigger()
    assert window.workspace == "field" and window.ctx.workspace == "field"
    if "chartsDock" in window.docks:
        assert not window.docks["chartsDock"].isVisible()  # the field laptop keeps to queue, detail, map
    assert window.docks["knowledgeDock"].isHidden()
    window.actions.workspaces["ops"].trigger()
    assert window.workspace == "ops"
    assert window.docks["knowledgeDock"].isVisibleTo(window) or window.docks["knowledgeDock"].isHidden() is False


def test_language_switches_at_run_time(qtbot, controller, central, tmp_path: Path):
    window = open_window(controller, central, tmp_path)
    assert window.actions.file_menu.title() == "&File"
    assert window.docks["knowledgeDock"].windowTitle() == "Knowledge base"
    window.change_language("zh_CN")
    qtbot.waitUntil(lambda: window.actions.file_menu.title() == "文件(&F)")  # LanguageChange is posted
    assert window.docks["knowledgeDock"].windowTitle() == "知识库"
    assert window.status.pending.text() in ("所有更改已同步",) or "待同步" in window.status.pending.text()
    window.change_language("en")
    qtbot.waitUntil(lambda: window.actions.view_menu.title() == "&View")


@pytest.mark.parametrize(("workspace", "size"), [("ops", (1920, 1080)), ("field", (1366, 768))])
def test_each_workspace_renders_chinese_in_a_cjk_font(qtbot, controller, central, tmp_path: Path, workspace, size):
    i18n.install("zh_CN")
    controller.size = size
    controller.workspace = workspace
    window = open_window(controller, central, tmp_path)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.complete, timeout=WAIT)  # map and charts load after the first paint
    if window.map_widget is not None:
        qtbot.wait(1500)  # let the map page draw its first frame for the picture
    assert (window.width(), window.height()) == size  # nothing pushes the window past the screen

    family = QFontInfo(QApplication.font()).family()
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family), family
    assert window.actions.file_menu.title() == "文件(&F)"

    image = window.grab().toImage()
    out = tmp_path / f"shell-{workspace}-{size[0]}x{size[1]}.png"
    assert image.save(str(out))
    assert image.width() == size[0] and image.height() == size[1]
    colors = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
    assert len(colors) > 8, "the window rendered blank"


def test_a_remembered_officer_is_signed_in_at_start_and_signing_out_forgets_it(
    qtbot, controller, central, tmp_path: Path
):
    signed_in(central, tmp_path / "data").engine.stop()  # "remember me" on an earlier start
    QSettings().setValue("connection/last_user", "li")
    controller.start(None, None)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT)
    assert controller.window.ctx.officer.username == "li"

    controller.window.actions.sign_out.trigger()
    assert controller.window is None
    dialog = controller.login_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.ui.usernameEdit.text() == "li"
    dialog.submit()  # no password, and the session was forgotten at sign-out
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.property("error") is True, timeout=WAIT)
    assert dialog.session is None
    dialog.reject()


def test_the_app_command_signs_in_and_saves_a_screenshot(central, tmp_path: Path):
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    seed(central)
    shot = tmp_path / "field.png"
    env = {**os.environ, "DISPATCH_DESK_PASSWORD": DEFAULT_PASSWORD, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "dispatch_desk", "app", "--central", central.url, "--user", "li", "--workspace",
         "field", "--lang", "zh_CN", "--size", "1366x768", "--exit-after", "0.5", "--screenshot", str(shot),
         "--data-dir", str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)


def test_the_demo_command_opens_the_desk_on_its_own_city(tmp_path: Path):
    """`dispatch-desk demo` without --no-client: the demo package (no Qt) starts the city, and the desk is
    handed in by the command's composition module, signs in as the chosen role and shows its window."""
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    from dispatch_desk.demo import backend as demo_backend

    demo_backend.seed(tmp_path, 7, incidents=50, days=1)  # small and pre-seeded, so the command skips seeding
    shot = tmp_path / "demo.png"
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    done = subprocess.run(
        [sys.executable, "-m", "dispatch_desk", "demo", "--role", "street", "--port", "0", "--exit-after", "3",
         "--screenshot", str(shot), "--data-dir", str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert not QImage(str(shot)).isNull()
    assert (tmp_path / "client-street").is_dir()  # the street supervisor's own desk cache


def test_a_shift_change_signs_one_officer_out_and_the_next_in_within_one_desk(
    qtbot, controller, central, tmp_path: Path
):
    """At a handover the leaving officer signs out and the next signs in on the same running desk: each
    window loads completely and the last one's parts do not outlive it into the next."""
    from dispatch_desk.domain.records import Role

    central.create_officer("wang", Role.OPS_OFFICER, region="C", name="王芳")
    central.client("li").mutate("incident.report", report_args())
    controller.open_window(signed_in(central, tmp_path / "data"))
    for username, name in (("wang", "王芳"), ("li", "李明"), ("wang", "王芳")):
        window = controller.window
        qtbot.waitUntil(lambda w=window: w.complete, timeout=WAIT)
        window.actions.sign_out.trigger()
        assert controller.window is None
        dialog = controller.login_dialog
        qtbot.waitUntil(dialog.isVisible)
        dialog.ui.usernameEdit.setText(username)
        dialog.ui.passwordEdit.setText(DEFAULT_PASSWORD)
        dialog.submit()
        qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT)
        assert controller.window.ctx.officer.username == username
        assert controller.window.windowTitle().endswith(name)
    qtbot.waitUntil(lambda: controller.window.complete, timeout=WAIT)
    qtbot.waitUntil(lambda: controller.window.status.connection.property("state") == "online", timeout=WAIT)
