"""The Goals page, the goal form and the progress charts."""
