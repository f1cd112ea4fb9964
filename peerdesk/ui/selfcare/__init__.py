"""The Self-care page and the mentor's check-in dialog."""
