"""Widgets of the browser screen; each posts messages up and keeps no browsing state."""
