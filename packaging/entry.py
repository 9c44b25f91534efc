"""Entry point of the frozen app (PyInstaller): the same ``main`` as ``parla``."""

import sys

from app.ui.application import main

sys.exit(main())
