"""The Models dialog's words and numbers: column titles, fit verdicts, sizes, speeds, progress.

Kept apart from the dialog, which only lays them out; tests check them without
building it. Every string keeps the "ModelsDialog" translation context it was
translated under, written out in each call: lupdate finds only such literal calls.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from app.core.models.catalog import CatalogModel, LocalizedText
from app.core.models.downloads import DownloadProgress, Phase
from app.core.models.fit import Verdict
from app.core.models.hardware import Machine
from app.core.models.measurements import Measurement
from app.ui import i18n


def column_titles() -> list[str]:
    return ["", QCoreApplication.translate("ModelsDialog", "Quantization"),
            QCoreApplication.translate("ModelsDialog", "File size"),
            QCoreApplication.translate("ModelsDialog", "Memory needed"),
            QCoreApplication.translate("ModelsDialog", "On this computer"),
            QCoreApplication.translate("ModelsDialog", "Speed"),
            QCoreApplication.translate("ModelsDialog", "Quality"),
            QCoreApplication.translate("ModelsDialog", "Status")]


def verdict_text(verdict: Verdict) -> str:
    return {Verdict.FITS: QCoreApplication.translate("ModelsDialog", "✔ Fits"),
            Verdict.TIGHT: QCoreApplication.translate("ModelsDialog", "⚠ Tight"),
            Verdict.WONT_FIT: QCoreApplication.translate("ModelsDialog", "✖ Won't fit")}[verdict]


def catalog_text(localized: LocalizedText) -> str:
    """A catalog sentence (a description, a quality note) in the interface language."""
    return localized.in_language(i18n.language())


def licence_link(model: CatalogModel) -> str:
    """The model's licence as a rich-text link (escaped: catalog text is data)."""
    return f'<a href="{html.escape(model.license.url)}">{html.escape(model.license.name)}</a>'


def model_description(model: CatalogModel, context_length: int) -> str:
    """Rich text above the quantizations: what the model is, its licence (a link) and the
    context the memory figures are for."""
    return (f"{html.escape(catalog_text(model.description))}<br>"
            + QCoreApplication.translate("ModelsDialog", "Licence: %1").replace(
                "%1", licence_link(model))
            + " · " + QCoreApplication.translate(
                "ModelsDialog", "memory estimated for a context of %1 tokens").replace(
                "%1", str(min(context_length, model.architecture.context_length))))


def human_size(size: int) -> str:
    """A file or memory size as the interface language writes it: "25,28 GB" in German."""
    if size >= 1e9:
        return QCoreApplication.translate("ModelsDialog", "%1 GB").replace(
            "%1", i18n.number(size / 1e9, 2))
    return QCoreApplication.translate("ModelsDialog", "%1 MB").replace(
        "%1", i18n.number(size / 1e6, 0))


def machine_text(machine: Machine) -> str:
    """What the verdicts are for: this computer's memory (and GPU)."""
    text = QCoreApplication.translate("ModelsDialog", "This computer: %1 RAM (%2 free)").replace(
        "%1", human_size(machine.total_ram)).replace("%2", human_size(machine.available_ram))
    if machine.vram:
        text += f", {machine.gpu_name} {human_size(machine.vram)}"
    return text


def speed_text(measurement: Measurement) -> str:
    return QCoreApplication.translate("ModelsDialog", "%1 tokens/s").replace(
        "%1", i18n.number(measurement.tokens_per_second, 1))


def speed_tooltip(measurement: Measurement) -> str:
    """When and how a speed was measured, in the user's own date format."""
    when = QDateTime.fromString(measurement.measured_at, Qt.DateFormat.ISODate).toLocalTime()
    text = (QCoreApplication.translate(
                "ModelsDialog", "Measured %1 by a short test on this computer (%2 threads, %3).")
            if measurement.source == "benchmark"
            else QCoreApplication.translate(
                "ModelsDialog", "Measured %1 during a chat reply (%2 threads, %3)."))
    text = (text.replace("%1", i18n.locale().toString(when, QLocale.FormatType.ShortFormat))
            .replace("%2", str(measurement.conditions.threads))
            .replace("%3", measurement.conditions.backend))
    if measurement.prompt_tokens_per_second:
        text += "\n" + QCoreApplication.translate(
            "ModelsDialog", "Reading a message: %1 tokens/s.").replace(
            "%1", i18n.number(measurement.prompt_tokens_per_second, 0))
    return text


def describe(progress: DownloadProgress) -> str:
    """One line a user understands: what is happening, how fast, how long."""
    if progress.phase is Phase.DOWNLOADING and progress.total:
        text = (QCoreApplication.translate("ModelsDialog", "Downloading %1% · %2 of %3")
                .replace("%1", i18n.number(100 * progress.done / progress.total, 0))
                .replace("%2", human_size(progress.done))
                .replace("%3", human_size(progress.total)))
        if progress.bytes_per_second:
            text += " · " + QCoreApplication.translate("ModelsDialog", "%1 MB/s").replace(
                "%1", i18n.number(progress.bytes_per_second / 1e6, 1))
        if progress.eta_seconds is not None:
            minutes, seconds = divmod(int(progress.eta_seconds), 60)
            left = (QCoreApplication.translate("ModelsDialog", "%1 min %2 s left")
                    .replace("%1", str(minutes)).replace("%2", f"{seconds:02d}") if minutes
                    else QCoreApplication.translate("ModelsDialog", "%1 s left")
                    .replace("%1", str(seconds)))
            text += f" · {left}"
        return text
    if progress.phase is Phase.VERIFYING and progress.total:
        return QCoreApplication.translate("ModelsDialog", "Verifying %1%").replace(
            "%1", i18n.number(100 * progress.done / progress.total, 0))
    if progress.message is not None:
        return i18n.text(progress.message)
    return {
        Phase.CHECKING: QCoreApplication.translate("ModelsDialog", "Checking…"),
        Phase.WAITING: QCoreApplication.translate("ModelsDialog", "Waiting…"),
        Phase.DOWNLOADING: QCoreApplication.translate("ModelsDialog", "Downloading…"),
        Phase.RETRYING: QCoreApplication.translate("ModelsDialog", "Retrying…"),
        Phase.VERIFYING: QCoreApplication.translate("ModelsDialog", "Verifying…"),
        Phase.DONE: QCoreApplication.translate("ModelsDialog", "Done"),
    }[progress.phase]
