"""Remote engines the user added: their names, addresses and where their keys are (never the keys)."""
