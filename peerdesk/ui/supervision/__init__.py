"""The Supervision page and the export dialog."""
