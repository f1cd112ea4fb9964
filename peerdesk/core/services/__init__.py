"""Use cases, one module per domain. They own transactions and take keyword-only arguments."""
