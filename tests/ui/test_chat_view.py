"""The transcript widget on its own: streaming renders match whole renders and stay cheap."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

import app.ui.chat_view as chat_view_module
from app.core import rendering
from app.core.rendering import Rendered
from app.ui.chat_view import ChatView

REPLY = """\
Here is a plan.

1. Install the tools.

2. Write the script:

   ```bash
   pip install requests
   ```

3. Run it.

```python
def greet(name):

    return f"Hello {name}"
```

| Step | Time |
|------|------|
| one  | 2 s  |

> A quote
> over two lines.

And a closing paragraph with *emphasis* and a [link](https://example.com).
"""


def layout(view: ChatView) -> list[tuple[str, bool, float, float, int]]:
    """Each block's text, list membership, margins and indent: what the reader sees."""
    shape = []
    block = view.document().begin()
    while block.isValid():
        form = block.blockFormat()
        shape.append((block.text(), block.textList() is not None, form.topMargin(),
                      form.bottomMargin(), form.indent()))
        block = block.next()
    return shape


def stream(view: ChatView, text: str, piece: int) -> None:
    view.begin_reply(2, "Parla")
    for start in range(0, len(text), piece):
        view.append_to_reply(text[start:start + piece])
        view._render_streaming()  # what the 33 ms timer does
    view.end_reply()


@pytest.mark.parametrize("piece", [1, 3, 17])
def test_a_streamed_reply_looks_like_the_same_reply_shown_at_once(qtbot: QtBot,
                                                                  piece: int) -> None:
    streamed, whole = ChatView(), ChatView()
    qtbot.addWidget(streamed)
    qtbot.addWidget(whole)
    stream(streamed, REPLY, piece)
    whole.add_message(2, "assistant", "Parla", REPLY)
    assert streamed.toPlainText() == whole.toPlainText()
    assert layout(streamed) == layout(whole)


def test_copy_links_of_code_blocks_in_finished_parts_copy_the_right_code(qtbot: QtBot) -> None:
    view = ChatView()
    qtbot.addWidget(view)
    stream(view, REPLY, 5)
    copied: list[str] = []
    view.copied.connect(copied.append)
    view.anchorClicked.emit(QUrl("parla-code:2:0"))
    view.anchorClicked.emit(QUrl("parla-code:2:1"))
    assert copied == ["pip install requests", 'def greet(name):\n\n    return f"Hello {name}"']
    assert QGuiApplication.clipboard().text() == copied[-1]


def test_each_streaming_render_covers_only_the_blocks_still_open(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    rendered_lengths: list[int] = []
    real_render: Callable[..., Rendered] = rendering.render

    def measuring_render(text: str, *, dark: bool = False, streaming: bool = False) -> Rendered:
        rendered_lengths.append(len(text))
        return real_render(text, dark=dark, streaming=streaming)

    monkeypatch.setattr(chat_view_module, "render", measuring_render)
    view = ChatView()
    qtbot.addWidget(view)
    paragraph = "A sentence that the model wrote, about twelve tokens long. " * 3 + "\n\n"
    reply = paragraph * 60
    view.begin_reply(1, "Parla")
    for start in range(0, len(reply), 8):
        view.append_to_reply(reply[start:start + 8])
        rendered_lengths.clear()
        view._render_streaming()
        # However long the reply grows (10 KB), a render handles at most about two blocks.
        assert 0 < sum(rendered_lengths) <= 2 * len(paragraph) + 8
    assert view.end_reply() == reply
