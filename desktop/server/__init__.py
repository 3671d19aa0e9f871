"""Hearth as a local OpenAI-compatible server: one more front end of the chat runtime, without Qt.

- requests.py / responses.py / errors.py: OpenAI's wire format, checked and written.
- security.py: what is refused before a request reaches the model.
- gateway.py: requests as jobs of the shared runner, their deltas back on the asyncio loop.
- app.py: the endpoints. local_server.py: the server on a thread of its own.
"""
