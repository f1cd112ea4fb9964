"""The supervisor's vault: an inbox of mentors' sealed exports and the programme view."""
