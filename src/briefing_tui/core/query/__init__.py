"""Selecting briefings and points: filters, the points index, the timeline, the digest's choice."""
