"""Documents: collections of the user's files, indexed into passages, searched to ground a reply.

readers/ turns a file into blocks of text with their page or lines; chunking.py cuts blocks into
passages; the index (index_db.py, indexer.py) keeps passages in SQLite with FTS5 and vectors;
retrieval.py finds the best ones; grounding.py puts them in a prompt and checks the reply's
citations. Files are only ever read.
"""
