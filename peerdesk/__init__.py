"""peerdesk: an offline, encrypted desk for peer mentors."""

__version__ = "0.1.0"
