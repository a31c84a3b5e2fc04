"""The domain: what a briefing is, its zones, countries and topics. Imports nothing else of ours."""
