"""Place linking: the official division gazetteer, alias rules, matching and linking."""
