from photoseek.cli.main import main

raise SystemExit(main())
