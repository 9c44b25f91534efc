"""``python -m app`` starts the GUI."""

import sys

from app.ui.application import main

sys.exit(main())
