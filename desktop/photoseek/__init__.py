"""Photoseek: search your own photo folders by meaning, in any language."""

__version__ = "0.1.0"
APP_NAME = "Photoseek"
# Reverse-DNS id: the .desktop file, the icon and the AppStream metainfo are named after it.
APP_ID = "app.photoseek.Photoseek"
