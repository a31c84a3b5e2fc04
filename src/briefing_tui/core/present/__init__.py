"""How a briefing looks: Rich renderables, Markdown, JSON, the digest's text and HTML."""
