"""A module with nothing in it but this docstring."""
