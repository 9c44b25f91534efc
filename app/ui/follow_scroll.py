"""A transcript that follows what is being written, unless the user has scrolled up to read.

While the view is at its bottom, any growth of the document (a streamed token, a new
message, a layout done later by Qt) scrolls it to the new bottom. Once the user scrolls
up (wheel, scrollbar, keys) the view stays where they are, and a small floating "jump to
latest" button over the view's bottom edge takes them back and follows again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import QAbstractScrollArea, QToolButton

NEAR_BOTTOM_PX = 4
"""Within this distance of the bottom the view counts as at the bottom."""


class FollowScroll(QObject):
    """Keeps ``area`` at its bottom while ``following``; owns the jump-to-latest button."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self._bar = area.verticalScrollBar()
        self._moving = False
        """True while this class moves the bar itself (not the user)."""
        self.following = True
        self.jump_button = QToolButton(area)
        self.jump_button.setObjectName("jumpToLatest")
        self.jump_button.setText("↓")
        font = self.jump_button.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.jump_button.setFont(font)
        self.jump_button.setToolTip(self.tr("Jump to the latest message"))
        self.jump_button.setAccessibleName(self.tr("Jump to the latest message"))
        self.jump_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.jump_button.setFixedSize(36, 36)
        self.jump_button.clicked.connect(self.follow)
        self.jump_button.hide()
        self._bar.rangeChanged.connect(self._on_range)
        self._bar.valueChanged.connect(self._on_value)
        area.installEventFilter(self)

    @Slot()
    def follow(self) -> None:
        """Go to the bottom and stay there as the document grows."""
        self.following = True
        self._to_bottom()
        self._update_button()

    @contextmanager
    def editing(self) -> Iterator[None]:
        """Around a change to the document: a change that shrinks it for a moment (a
        streaming block taken out to be written again) neither moves a reader who scrolled
        up nor makes the view think they came back to the bottom."""
        value, self._moving = self._bar.value(), True
        try:
            yield
        finally:
            if self.following:
                self._bar.setValue(self._bar.maximum())
            else:
                self._bar.setValue(min(value, self._bar.maximum()))
            self._moving = False
            self._update_button()

    def _to_bottom(self) -> None:
        self._moving = True
        try:
            self._bar.setValue(self._bar.maximum())
        finally:
            self._moving = False

    @Slot(int, int)
    def _on_range(self, _minimum: int, _maximum: int) -> None:
        if self.following and not self._moving:
            self._to_bottom()
        self._update_button()

    @Slot(int)
    def _on_value(self, value: int) -> None:
        if not self._moving:
            self.following = value >= self._bar.maximum() - NEAR_BOTTOM_PX
        self._update_button()

    def _update_button(self) -> None:
        away = self._bar.value() < self._bar.maximum() - NEAR_BOTTOM_PX
        visible = away and not self.following
        if visible:
            self._place()
        self.jump_button.setVisible(visible)
        if visible:
            self.jump_button.raise_()

    def _place(self) -> None:
        viewport = self._area.viewport().geometry()
        button = self.jump_button.size()
        self.jump_button.move(viewport.center().x() - button.width() // 2,
                              viewport.bottom() - button.height() - 12)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._area and event.type() == QEvent.Type.Resize:
            if self.following:
                self._to_bottom()
            self._update_button()
        return False
