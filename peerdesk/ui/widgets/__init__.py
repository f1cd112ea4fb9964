"""Widgets and dialogs shared by several pages: tables, messages, passphrase fields, dates, privacy display."""
