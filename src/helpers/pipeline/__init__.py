"""The natasha pass: models, batched tagging, per-article records, runners."""
