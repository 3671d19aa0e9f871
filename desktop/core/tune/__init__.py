"""Make it yours: LoRA adapters trained on the user's own feedback (the training runs in a child process)."""
