"""The chat session: where a turn happens, the same for the window, the terminal and the server."""
