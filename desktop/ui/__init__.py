"""Hearth's Qt user interface. Everything that imports Qt lives here."""
