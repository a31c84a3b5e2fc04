"""Screens of the browser: the main one and the modal help and errors screens."""
