"""Hearth's core: engine, store, library, hub and settings. Nothing here imports Qt."""
