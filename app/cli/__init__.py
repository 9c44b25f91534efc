"""``parla-cli``: the headless commands (no Qt is imported)."""
