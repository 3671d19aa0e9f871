"""Images a user attaches: checked and normalised before anything else reads them, kept by hash."""
