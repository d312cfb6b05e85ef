"""Reading articles and extracting units, people, posts and pairings from them."""

from ingest import regex_cache
from ingest.native import use_source_if_needed

# Before any submodule is imported: a stale or unwanted compiled build must not load.
use_source_if_needed()
# Before any submodule compiles its patterns: they are found compiled in re's cache.
regex_cache.install()
