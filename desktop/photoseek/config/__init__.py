"""Settings, directories and secrets."""

from photoseek.config.paths import AppPaths
from photoseek.config.service import SettingsService
from photoseek.config.settings import InvalidSettings, Settings, SettingsError
from photoseek.config.state import UiState

__all__ = ["AppPaths", "InvalidSettings", "Settings", "SettingsError", "SettingsService", "UiState"]
