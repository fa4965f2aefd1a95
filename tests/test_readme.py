"""The README's Python example runs as written and does what its comments say."""
from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_when_the_readme_python_example_runs_then_its_comments_hold():
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    assert blocks, "README.md has no Python example"
    scope: dict = {}
    exec(compile(blocks[0], "README.md", "exec"), scope)  # noqa: S102 - our own documentation
    data, events, failures = scope["data"], scope["events"], scope["failures"]
    assert data["notes"] == "<PERSON_1> called from <PHONE_NUMBER_1>."
    assert re.fullmatch(r"[0-9a-f]{16}", data["email"]) and "age" not in data
    assert events[0].operator == "hash" and events[0].field == "email"
    assert failures == []
