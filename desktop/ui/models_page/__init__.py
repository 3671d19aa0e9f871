"""The Models page: recommended models, the Hub, this computer's models, and the download queue."""
