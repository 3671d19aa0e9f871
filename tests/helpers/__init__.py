"""Shared test helpers: a tiny generated model, a scripted engine, a stand-in Hub."""
