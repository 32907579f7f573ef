"""The bundle's entry point (PyInstaller needs a script): the same as the `photoseek` command."""

from photoseek.cli.main import entry

raise SystemExit(entry())
