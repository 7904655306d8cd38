"""Quotes: direct and indirect speech and their speakers."""
