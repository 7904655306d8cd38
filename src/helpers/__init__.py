"""Explore Russian-language news with natasha: load -> analyze -> tables -> counts/topics -> plots."""

__version__ = "0.1.0"
