"""Plot helpers: each takes a tidy frame and an optional ``ax`` and returns the Axes."""

from .common import (
    cyrillic_font_path,
    new_axes,
    save_figure,
    set_source,
    setup_style,
    source_line,
)
from .display import display_table
