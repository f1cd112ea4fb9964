"""The Mentees page, the mentee form and the mentee timeline."""
