"""The Today page: meetings, notes to finish, follow-ups and reminders due."""
