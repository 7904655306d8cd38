"""Topic models over lemmas, their quality and their shares over time."""
