"""The `hearth` command: the app, and its command-line tools."""
