"""`python -m desktop.bench`: every cost a user feels, measured in one process on the real model."""
