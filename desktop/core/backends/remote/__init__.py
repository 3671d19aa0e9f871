"""The remote backend: a model on an OpenAI-compatible server, reached over HTTP."""
