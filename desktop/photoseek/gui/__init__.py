"""The desktop app (PySide6). See `workers.py` for the threading rules."""

from photoseek.gui.compat import protect_singletons

protect_singletons()
