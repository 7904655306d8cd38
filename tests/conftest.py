import os
from pathlib import Path

import pytest
from hypothesis import settings

from helpers.pipeline.models import default_models

# CI replays the same generated cases every run (no flaky reds); locally they vary
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPORA = REPO.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def shared_corpora() -> Path:
    """The shared corpora folder ``../shared/corpora`` next to the repository.

    The one way tests reach the corpora: without the folder a test is skipped locally
    with this message and fails under ``CI=true``, where the corpora must be there.
    Files of the repository itself (``data/raw``, ``tests/gold``) are read directly:
    a missing one is an error, never a skip.
    """
    if not SHARED_CORPORA.is_dir():
        message = (
            f"../shared/corpora not found: expected {SHARED_CORPORA} "
            "(tass/, wikinews-ru/, factrueval-2016/); check out shared/ next to the repository"
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
    return (REPO / "data" / "raw" / "2022-06-23-shoigu-kazakhstan.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def models():
    """The package's natasha models, loaded once (modules may define their own)."""
    return default_models()
