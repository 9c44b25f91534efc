"""The Servers dialog: the saved connections to OpenAI-compatible servers, and a form to
add, test, change or remove one.

Test asks the server on a thread of its own (``ServerProbe``), so the dialog stays live
while a far or silent server takes its time. A key is typed once and then only shown
masked; it is stored owner-only by ``Connections`` and never logged.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.engine.base import RemoteModel
from app.core.engine.remote.connections import (
    PRESETS,
    Connection,
    Connections,
    InvalidConnectionError,
    normalize_url,
)
from app.core.engine.remote.probe import ProbeResult, ServerProbe
from app.core.messages import Message
from app.core.secrets import mask
from app.ui import i18n
from app.ui.i18n import locale


class ConnectionsDialog(QDialog):
    """Lists the connections; the form edits the selected one, or a new one."""

    changed = Signal()  # a connection was saved or removed
    useRequested = Signal(str)  # the connection id whose model to chat with

    def __init__(self, connections: Connections, probe: ServerProbe,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Servers"))
        self.connections = connections
        self.probe = probe
        self._editing: str | None = None
        """The id of the connection in the form; None: a new one."""
        self._test: int | None = None
        """The number of the test whose answer the form waits for."""
        probe.succeeded.connect(self._tested)
        probe.failed.connect(self._test_failed)

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        body = QHBoxLayout()
        body.addLayout(self._build_list(), 1)
        body.addLayout(self._build_form(), 2)
        layout.addLayout(body, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_button = box.addButton(self.tr("&Chat with this model"),
                                        QDialogButtonBox.ButtonRole.AcceptRole)
        box.accepted.connect(self.use)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(720, 420)
        self._fill_list()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_connection()

    def _intro(self) -> QLabel:
        intro = QLabel(self.tr(
            "Chat with a model that runs on another machine: vLLM, llama.cpp's server, "
            "Ollama, LM Studio or another Parla. Nothing is sent anywhere unless you add "
            "a server here."))
        intro.setWordWrap(True)
        return intro

    def _build_list(self) -> QVBoxLayout:
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved servers"))
        self.list.currentItemChanged.connect(self._selected)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.new_connection)
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.clicked.connect(self.remove)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        return left

    def _build_form(self) -> QVBoxLayout:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Office GPU"))
        self.preset = QComboBox()
        for preset in PRESETS:
            self.preset.addItem(preset.label, preset.kind)
        self.preset.activated.connect(self._preset_chosen)
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://192.168.1.20:8080/v1")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.model = QComboBox()
        self.model.setEditable(True)
        if (line := self.model.lineEdit()) is not None:
            line.setPlaceholderText(self.tr("Press Test to list the models"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Server:"), self.preset)
        form.addRow(self.tr("A&ddress:"), self.url)
        form.addRow(self.tr("API &key:"), self.key)
        form.addRow(self.tr("&Model:"), self.model)
        self.test_button = QPushButton(self.tr("&Test"))
        self.test_button.setToolTip(self.tr("Check the address, the key and the model"))
        self.test_button.clicked.connect(self.test)
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.clicked.connect(self.save)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.save_button)
        actions.addStretch(1)
        self.answer = QLabel()
        self.answer.setObjectName("testResult")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(actions)
        right.addWidget(self.answer)
        right.addStretch(1)
        return right

    # -- the list ------------------------------------------------------------------------

    def _fill_list(self, select: str | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for connection in self.connections.all():
            item = QListWidgetItem(f"{connection.name}\n{connection.host}")
            item.setData(Qt.ItemDataRole.UserRole, connection.id)
            item.setToolTip(connection.base_url)
            self.list.addItem(item)
            if connection.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.remove_button.setEnabled(self._editing is not None)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        connection = (self.connections.get(str(item.data(Qt.ItemDataRole.UserRole)))
                      if item is not None else None)
        if connection is not None:
            self._show(connection)

    def _show(self, connection: Connection) -> None:
        self._editing = connection.id
        self._test = None
        self.name.setText(connection.name)
        self.preset.setCurrentIndex(max(0, self.preset.findData(connection.kind)))
        self.url.setText(connection.base_url)
        self.key.clear()
        saved = self.connections.key(connection.id)
        self.key.setPlaceholderText(
            self.tr("saved: %1 (type a new key to replace it)").replace("%1", mask(saved))
            if saved else self.tr("none"))
        self.model.clear()
        self.model.setEditText(connection.model)
        self.answer.clear()
        self.remove_button.setEnabled(True)

    @Slot()
    def new_connection(self) -> None:
        """An empty form with the first preset's address on this computer."""
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._editing = None
        self._test = None
        self.name.clear()
        self.preset.setCurrentIndex(0)
        self.url.setText(PRESETS[0].url())
        self.key.clear()
        self.key.setPlaceholderText(self.tr("none"))
        self.model.clear()
        self.model.setEditText("")
        self.answer.setText(self.tr("Fill in the server's address, then press Test."))
        self.remove_button.setEnabled(False)
        self.name.setFocus()

    @Slot(int)
    def _preset_chosen(self, index: int) -> None:
        """The preset's port and path on the host already typed (this computer if none)."""
        try:
            host = urlsplit(normalize_url(self.url.text())).hostname or "127.0.0.1"
        except InvalidConnectionError:
            host = "127.0.0.1"
        if ":" in host:
            host = f"[{host}]"
        self.url.setText(PRESETS[index].url(host))

    # -- the form --------------------------------------------------------------------------

    def _target(self) -> RemoteModel:
        """The form as the engine takes it (raises ``InvalidConnectionError``)."""
        typed = self.key.text().strip()
        saved = self.connections.key(self._editing) if self._editing else None
        url = normalize_url(self.url.text())
        return RemoteModel(connection=self._editing or "", name=self.name.text().strip() or url,
                           base_url=url, model=self.model.currentText().strip(),
                           kind=str(self.preset.currentData()), api_key=typed or saved)

    def _say(self, message: Message | str) -> None:
        self.answer.setText(i18n.text(message))

    @Slot()
    def test(self) -> None:
        """Ask the server, off the GUI thread; the answer comes to ``_tested``."""
        try:
            target = self._target()
        except InvalidConnectionError as error:
            self._say(error.message)
            return
        self._test = self.probe.test(target)
        self._say(self.tr("Testing %1…").replace("%1", target.host))

    @Slot(int, object)
    def _tested(self, number: int, result: ProbeResult) -> None:
        if number != self._test:
            return
        self._test = None
        typed = self.model.currentText().strip()
        self.model.clear()
        self.model.addItems(list(result.models))
        self.model.setEditText(typed if typed in result.models else result.model)
        count = self.tr("Connected. Models on the server: %1.").replace(
            "%1", locale().toString(len(result.models)))
        context = locale().toString(result.context_length)
        self._say(count + " " + (
            self.tr("Context: %1 tokens.").replace("%1", context) if result.context_known
            else self.tr("The server did not say its context length; %1 tokens assumed.")
            .replace("%1", context)))

    @Slot(int, object)
    def _test_failed(self, number: int, message: Message) -> None:
        if number == self._test:
            self._test = None
            self._say(message)

    @Slot()
    def save(self) -> bool:
        """Add or update the connection in the form; says what is wrong when it cannot."""
        typed_key = self.key.text().strip()
        try:
            if self._editing is None:
                connection = self.connections.add(
                    self.name.text(), self.url.text(), str(self.preset.currentData()),
                    self.model.currentText(), typed_key or None)
            else:
                old = self.connections.get(self._editing)
                if old is None:
                    return False
                connection = self.connections.update(replace(
                    old, name=self.name.text(), base_url=self.url.text(),
                    kind=str(self.preset.currentData()), model=self.model.currentText().strip()))
                if typed_key:
                    self.connections.set_key(connection.id, typed_key)
        except InvalidConnectionError as error:
            self._say(error.message)
            return False
        except OSError as error:
            self._say(self.tr("The server could not be saved: %1").replace("%1", str(error)))
            return False
        self._editing = connection.id
        self._fill_list(select=connection.id)
        self._show(connection)
        self._say(self.tr("Saved."))
        self.changed.emit()
        return True

    @Slot()
    def remove(self) -> None:
        """Remove the selected connection, once the user has said yes."""
        connection = self.connections.get(self._editing) if self._editing else None
        if connection is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove server"),
            self.tr("Remove %1 (%2) and its saved API key? Chats that used it are kept.")
            .replace("%1", connection.name).replace("%2", connection.host))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.connections.remove(connection.id)
        self._editing = None
        self._fill_list()
        self.changed.emit()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_connection()

    @Slot()
    def use(self) -> None:
        """Save the form, then load its model in the window and close."""
        if self.save() and self._editing is not None:
            self.useRequested.emit(self._editing)
            self.accept()
