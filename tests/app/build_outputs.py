"""What one `pbkg build` writes into its output directory: the files the app tests expect,
no more and no fewer (README, `pbkg build`)."""

BUILD_OUTPUTS = (
    "extractions.jsonl",
    "graph.json",
    "graph.graphml",
    "graph.ttl",
    "graph.html",
    "possible_misses.jsonl",
)
