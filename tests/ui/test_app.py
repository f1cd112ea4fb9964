"""Entry points: which screen run_gui shows first, the DEMO banner, one window per vault."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.core.demo import DEMO_PASSPHRASE, create_demo_vault
from peerdesk.core.vault import Vault
from peerdesk.ui import app as gui_app
from peerdesk.ui.app import Gui, build_gui, notify_running_instance
from peerdesk.ui.instance import server_name
from peerdesk.ui.widgets import messages

SECOND_PROCESS = (
    "import sys; from pathlib import Path; "
    "from peerdesk.ui.app import notify_running_instance; "
    "print(notify_running_instance(Path(sys.argv[1])))"
)


@pytest.fixture(autouse=True)
def keep_pytest_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(messages, "install_excepthook", lambda: None)


@pytest.fixture
def built(qtbot: QtBot) -> Iterator[list[Gui]]:
    made: list[Gui] = []
    yield made
    for gui in made:
        gui.server.close()
        gui.window.close()
        if gui.wizard is not None:
            gui.wizard.close()


def test_new_vault_starts_the_wizard(built: list[Gui], vault_dir: Path) -> None:
    vault = Vault(vault_dir)
    vault.claim()
    try:
        gui = build_gui(vault)
        built.append(gui)
        assert gui.wizard is not None and gui.wizard.isVisible()
        assert not gui.window.isVisible()
    finally:
        vault.close()


def test_locked_vault_starts_at_the_unlock_screen(built: list[Gui], vault: Vault) -> None:
    vault.lock()
    gui = build_gui(vault)
    built.append(gui)
    assert gui.wizard is None
    assert gui.window.isVisible() and gui.window.is_locked
    assert gui.window.windowTitle() == "peerdesk"


def test_demo_opens_the_desk_with_a_banner(built: list[Gui], tmp_path: Path) -> None:
    vault = create_demo_vault(tmp_path / "demo")
    try:
        gui = build_gui(vault, demo_passphrase=DEMO_PASSPHRASE)
        built.append(gui)
        window = gui.window
        assert not window.is_locked
        assert window.demo_banner is not None and window.demo_banner.isVisible()
        assert DEMO_PASSPHRASE in window.demo_banner.text()
        assert "fictional" in window.demo_banner.text()
        window.lock()
        assert window.demo_banner.isVisible()  # still there on the unlock screen
    finally:
        vault.close()


def test_second_instance_brings_the_first_forward(
    qtbot: QtBot, built: list[Gui], vault: Vault, tmp_path: Path
) -> None:
    gui = build_gui(vault)
    built.append(gui)
    assert str(vault.path) not in server_name(vault.path)
    second = subprocess.Popen(  # a second peerdesk process, as the CLI would start it
        [sys.executable, "-c", SECOND_PROCESS, str(vault.path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    with qtbot.waitSignal(gui.server.activation_requested, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
    assert second.communicate()[0].strip() == "True"
    assert notify_running_instance(tmp_path / "another-vault") is False


def test_run_gui_returns_the_exit_code(
    built: list[Gui], vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_build = gui_app.build_gui

    def build(*args: object, **kwargs: object) -> Gui:
        gui = real_build(*args, **kwargs)  # type: ignore[arg-type]
        built.append(gui)
        monkeypatch.setattr(gui.app, "exec", lambda: 0)
        return gui

    monkeypatch.setattr(gui_app, "build_gui", build)
    assert gui_app.run_gui(vault) == 0
    assert not vault.is_open  # locked on the way out
