"""Hearth's model data: the curated catalog of recommended models and the starter-model fetch."""
