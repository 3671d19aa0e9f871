"""`python -m desktop` is the same as the `hearth` command."""

from desktop.cli.main import main

raise SystemExit(main())
