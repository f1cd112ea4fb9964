"""The headless core of peerdesk: vault, models, services, export. Never imports Qt."""
