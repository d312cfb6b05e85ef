"""Reading articles and extracting units, people, posts and pairings from them."""
