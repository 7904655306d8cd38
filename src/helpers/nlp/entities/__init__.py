"""Named entities: mention repair, person and place names, aliases, corpus-wide names."""
