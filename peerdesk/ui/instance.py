"""One window per vault: the first instance listens on a local socket, a second one asks
it to come to the front. The socket name is a hash of the user and vault path."""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from peerdesk.ui.compat import emit

REQUEST = b"peerdesk:raise\n"
ANSWER = b"ok\n"
TIMEOUT_MS = 1500


def server_name(vault_path: Path) -> str:
    """Stable per user and vault, without revealing the path (socket names are visible)."""
    try:
        user = getpass.getuser()
    except Exception:
        user = ""
    digest = hashlib.sha256(f"{user}\0{Path(vault_path).expanduser().absolute()}".encode())
    return "peerdesk-" + digest.hexdigest()[:32]


class InstanceServer(QObject):
    """Emits ``activation_requested`` when a second peerdesk for this vault starts."""

    activation_requested = Signal()

    def __init__(self, vault_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(vault_path)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        # We hold the vault's instance lock, so a leftover socket is stale: remove it.
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.canReadLine() and bytes(socket.readLine().data()) == REQUEST:
            socket.write(ANSWER)
            socket.flush()
            emit(self.activation_requested)
        # The client hangs up once it has read the answer; the socket is deleted then.


def notify_running_instance(vault_path: Path) -> bool:
    """Ask the peerdesk that has this vault open to show itself. True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(vault_path))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(REQUEST)
    socket.flush()
    while not socket.canReadLine() and socket.waitForReadyRead(TIMEOUT_MS):
        pass
    answered = socket.canReadLine() and bytes(socket.readLine().data()) == ANSWER
    socket.disconnectFromServer()
    return answered
