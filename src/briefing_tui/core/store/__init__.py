"""Files, the cache and settings: reading, validating and keeping briefings."""
