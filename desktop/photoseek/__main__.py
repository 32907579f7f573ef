from photoseek.cli.main import entry

raise SystemExit(entry())
