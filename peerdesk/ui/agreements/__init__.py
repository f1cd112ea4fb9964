"""The Agreements page: boundary agreements, boundary events, crisis cards."""
