"""The bundle's entry point (PyInstaller needs a script): the same as the `photoseek` command."""

from photoseek.cli.main import entry
from photoseek.imaging.helper_processes import frozen_support

frozen_support()  # a decoding helper of the window starts here too (spawn)
raise SystemExit(entry())
