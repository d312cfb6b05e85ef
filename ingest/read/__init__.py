"""Reading: bytes on disk → :class:`ingest.model.Article` stories (decode, clean, split)."""
