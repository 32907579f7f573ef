"""Settings, directories and secrets."""

from photoseek.config.paths import AppPaths
from photoseek.config.settings import Settings, SettingsError, load, save

__all__ = ["AppPaths", "Settings", "SettingsError", "load", "save"]
