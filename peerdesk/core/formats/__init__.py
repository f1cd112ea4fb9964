"""Documents that leave the vault: hand-over summaries now; supervision exports and HSDS later."""
