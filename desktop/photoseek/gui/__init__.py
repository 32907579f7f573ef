"""The desktop app (PySide6). See `workers.py` for the threading rules."""
