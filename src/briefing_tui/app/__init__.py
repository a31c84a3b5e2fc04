"""The Textual application: screens, widgets and styles on top of the pure core."""
