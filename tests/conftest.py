# TEMP (replaced by the loader branch's conftest)
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def shared_corpora():
    path = ROOT.parent / "shared" / "corpora"
    if not path.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{path} is missing")
        pytest.skip(f"{path} not found")
    return path


@pytest.fixture(scope="session")
def seed_text():
    return (ROOT / "data" / "raw" / "2022-06-23-shoigu-kazakhstan.txt").read_text(encoding="utf-8")
