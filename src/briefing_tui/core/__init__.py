"""The pure core: model, loading, zones, filtering and rendering. Never imports Textual."""
