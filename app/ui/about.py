"""Help → About Parla: the version, whose work it runs on and under which licences, and
where it keeps the user's chats and logs."""

from __future__ import annotations

import html
from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import APP_NAME, __version__
from app.core.models.catalog import Catalog, default_catalog
from app.core.paths import AppPaths

LIBRARIES = (
    # (name, distribution whose version is shown, licence)
    ("Qt / PySide6", "PySide6-Essentials", "LGPL-3.0"),
    ("llama.cpp", None, "MIT"),
    ("llama-cpp-python", "llama_cpp_python", "MIT"),
    ("huggingface_hub", "huggingface_hub", "Apache-2.0"),
    ("gguf", "gguf", "MIT"),
)


def _version(distribution: str | None) -> str:
    if distribution is None:
        return ""
    try:
        return " " + version(distribution)
    except PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    """Plain facts, every path and name escaped; the data folder opens on request."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None,
                 catalog: Catalog | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        catalog = catalog or default_catalog()
        models = "".join(
            f"<li>{html.escape(model.name)}: {html.escape(model.license.name)}</li>"
            for model in catalog.models)
        libraries = "".join(
            f"<li>{html.escape(name)}{html.escape(_version(dist))}: {html.escape(licence)}</li>"
            for name, dist, licence in LIBRARIES)
        tagline = self.tr("Private chat with language models, on this computer.")
        licence = self.tr("Parla is free software under the MIT licence.")
        models_heading = self.tr("Models in the catalog")
        models_note = self.tr("Each model keeps its own licence, which you accept before "
                              "its first download.")
        libraries_heading = self.tr("Built with")
        data_heading = self.tr("Your data")
        places = (self.tr("Chats and models: %1").replace("%1", str(paths.data)),
                  self.tr("Settings: %1").replace("%1", str(paths.config)),
                  self.tr("Logs: %1").replace("%1", str(paths.logs)))
        where = "".join(f"<li>{html.escape(place)}</li>" for place in places)
        text = (f"<h3>{APP_NAME} {html.escape(__version__)}</h3>"
                f"<p>{html.escape(tagline)}</p><p>{html.escape(licence)}</p>"
                f"<p><b>{html.escape(models_heading)}</b></p><ul>{models}</ul>"
                f"<p>{html.escape(models_note)}</p>"
                f"<p><b>{html.escape(libraries_heading)}</b></p><ul>{libraries}</ul>"
                f"<p><b>{html.escape(data_heading)}</b></p><ul>{where}</ul>")
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_data_button = buttons.addButton(self.tr("Open data folder"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_data_button.clicked.connect(self.open_data_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def open_data_folder(self) -> None:
        """The user asked for it: the file manager shows the folder with the chats."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data)))


def show_about(parent: QWidget, paths: AppPaths) -> AboutDialog:
    """Open the About box without blocking the window; it deletes itself when closed."""
    dialog = AboutDialog(paths, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
