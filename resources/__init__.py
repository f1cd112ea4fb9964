"""Data files (templates, seed directory, word lists, icons) read with importlib.resources."""
