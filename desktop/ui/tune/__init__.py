"""The Make it yours page: what the feedback holds, a training run with its progress and report, the adapters."""
