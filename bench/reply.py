"""A long, realistic markdown reply, cut into token-sized pieces, for the GUI benchmarks.

Random-weight models write no markdown, so the GUI benchmarks stream this text
instead: paragraphs, headings, nested lists, a table and code blocks in three
languages, the mix a coding answer has. Pieces follow BPE-like boundaries (a word
with its leading space, punctuation, newlines), about four characters each.
"""

from __future__ import annotations

import re

_SECTION = """\
## Step {n}: {title}

Before we change anything, it helps to understand *why* step {n} matters. The \
service reads its configuration once at start-up, so a value changed later is \
only picked up after a restart. Keep the **old file** around until the new one works.

1. Open the settings file in your editor.
2. Find the `timeout_seconds` entry and raise it to {n}0.
   - If the entry is missing, add it at the end.
   - Values below 5 are ignored.
3. Save the file and restart the service.

```python
import json
from pathlib import Path


def load_settings(path: Path) -> dict[str, int]:
    \"\"\"Read step {n}'s settings, falling back to defaults.\"\"\"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {{"timeout_seconds": {n}0, "retries": 3}}
```

| Setting | Default | Step {n} |
|---------|---------|----------|
| timeout_seconds | 30 | {n}0 |
| retries | 3 | {n} |

```bash
systemctl restart example.service && journalctl -u example -n {n}0
```

> **Note:** on Windows the file lives in `%APPDATA%\\Example\\settings.json`.

Once it restarts, check the log for the line `settings loaded` and compare the \
numbers with the table above. If they differ, the service read a different file.

"""

_TITLES = ("Find the file", "Back it up", "Change the timeout", "Restart", "Check the log",
           "Tune the retries", "Watch the metrics", "Roll back if needed", "Automate it",
           "Write it down", "Share the change", "Clean up")

_PIECE = re.compile(r" ?[A-Za-z]{1,7}| ?\d{1,3}| ?[^\sA-Za-z\d]|\n| +")


def markdown_reply(min_tokens: int) -> list[str]:
    """At least ``min_tokens`` pieces of a markdown answer; joined, they are the text."""
    pieces: list[str] = []
    section = 0
    while len(pieces) < min_tokens:
        title = _TITLES[section % len(_TITLES)]
        pieces.extend(_PIECE.findall(_SECTION.format(n=section + 1, title=title)))
        section += 1
    return pieces


__all__ = ["markdown_reply"]
