"""Photoseek: search your own photo folders by meaning, in any language."""

__version__ = "0.1.0"
APP_NAME = "Photoseek"
