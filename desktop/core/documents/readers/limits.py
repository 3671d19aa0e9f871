"""How much of a file the readers take: enough for any real document, bounded for hostile ones."""

from __future__ import annotations

MB = 1024 * 1024

# Text, source, Markdown and HTML: only this much of the start of a file is read (and indexed).
MAX_TEXT_BYTES = 20 * MB
# How much of a file's start is looked at to tell text from binary.
SNIFF_BYTES = 8 * 1024
# Share of control characters (other than tabs, line and page breaks) above which a file is binary.
MAX_CONTROL_RATIO = 0.1

# PDFs: larger files are skipped whole (pypdf keeps a lot of a file in memory); pages past the cap
# are not read, and reading stops once a file has taken this long (pathological content streams).
MAX_PDF_BYTES = 200 * MB
MAX_PDF_PAGES = 2_000
MAX_PDF_SECONDS = 120.0

# Word files are zips: checked before python-docx, which loads every part into memory, opens them.
MAX_DOCX_UNCOMPRESSED_BYTES = 200 * MB
MAX_DOCX_MEMBERS = 10_000
MAX_DOCX_RATIO = 100
# Members smaller than this may compress as well as they like: they cannot blow up memory.
DOCX_RATIO_FLOOR_BYTES = 1 * MB

# The longest error detail quoted in a reason.
MAX_REASON_CHARS = 120
