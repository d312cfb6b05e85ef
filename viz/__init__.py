"""Interactive HTML networks of the partnership graph."""
