"""The model library: GGUF files in the models folder, and those the user linked in place."""
