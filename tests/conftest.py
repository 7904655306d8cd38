import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI replays the same generated cases every run (no flaky reds); locally they vary
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

SHARED_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def shared_corpora() -> Path:
    """The shared corpora folder `../shared/corpora` next to the repository."""
    if not SHARED_CORPORA.is_dir():
        message = (
            f"../shared/corpora not found: expected {SHARED_CORPORA} "
            "(tass/, wikinews-ru/, factrueval-2016/)"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return SHARED_CORPORA


@pytest.fixture(scope="session")
def seed_path(shared_corpora: Path) -> Path:
    """The project's seed article: TASS, Moscow, 23 June 2022."""
    return shared_corpora / "tass" / "2022-06-23-shoigu-kazakhstan.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article's text, from the repo's own copy in data/raw."""
    path = Path(__file__).resolve().parents[1] / "data" / "raw" / "2022-06-23-shoigu-kazakhstan.txt"
    return path.read_text(encoding="utf-8")
