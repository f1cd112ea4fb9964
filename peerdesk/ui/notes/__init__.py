"""The Notes page, the session-note editor, goals touched and the notes table model."""
