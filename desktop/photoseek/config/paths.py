"""Where Photoseek keeps its files. Environment variables override (tests, portable installs)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from photoseek import APP_NAME


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    cache_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        def pick(env: str, fallback: str) -> Path:
            value = os.environ.get(env)
            return Path(value).expanduser() if value else Path(fallback)

        return cls(
            config_dir=pick("PHOTOSEEK_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME)),
            data_dir=pick("PHOTOSEEK_DATA_DIR", platformdirs.user_data_dir(APP_NAME)),
            cache_dir=pick("PHOTOSEEK_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME)),
        )

    def ensure(self) -> AppPaths:
        for d in (self.config_dir, self.data_dir, self.cache_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def state_file(self) -> Path:
        """Window geometry, thumbnail size, recent queries: not settings (see config/state.py)."""
        return self.config_dir / "ui-state.json"

    @property
    def catalog_file(self) -> Path:
        return self.data_dir / "catalog.sqlite"

    @property
    def embedded_dir(self) -> Path:
        return self.data_dir / "embedded"

    @property
    def thumbnails_dir(self) -> Path:
        return self.cache_dir / "thumbnails"

    @property
    def query_cache_file(self) -> Path:
        """Text-query vectors kept across runs (search/query_cache.py)."""
        return self.cache_dir / "query-vectors.sqlite"

    @property
    def log_dir(self) -> Path:
        return self.cache_dir / "logs"
