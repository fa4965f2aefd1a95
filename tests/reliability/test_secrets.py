"""The secret key: read from the environment or a file, never from the command line;
never in logs (even at --debug), errors, summary.json, audit, rejected or report.html;
refused when shorter than 32 bytes; and documented as the way to unlink pseudonyms."""
from __future__ import annotations

import argparse
import base64
import hashlib
from pathlib import Path

import pytest
from beam.conftest import assert_nothing_published, assert_one_line_error

from minimize import cli
from minimize.keys import MIN_KEY_BYTES

from .conftest import (
    DEBUG_POLICY,
    ROOT,
    all_output_except_data,
    assert_accounted,
    debug_input,
    run_cli,
    run_process,
    write_policy,
)


def key_forms(key: str) -> list[str]:
    """The key as it could leak: as text, hex, base64 (standard and URL-safe), and halves of it."""
    raw = key.encode("utf-8")
    forms = [key, raw.hex(), raw.hex().upper(), base64.b64encode(raw).decode(), base64.urlsafe_b64encode(raw).decode(),
             base64.b64encode(raw).decode().rstrip("="), repr(raw), key[: len(key) // 2], key[len(key) // 2 :]]  # fmt: skip
    return forms


def assert_no_key(texts: dict[str, str], key: str) -> None:
    for name, text in texts.items():
        for form in key_forms(key):
            assert form not in text, f"the key ({form[:6]}...) appears in {name}"


# -- where the key comes from -------------------------------------------------------------------


def _all_options(parser: argparse.ArgumentParser) -> list[str]:
    options = []
    for action in parser._actions:
        options += action.option_strings
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                options += _all_options(sub)
    return options


def test_when_the_command_line_is_parsed_then_no_option_takes_a_key():
    options = _all_options(cli._parser())
    assert "--policy" in options and "--input" in options  # the walk reaches the subcommands
    assert not [o for o in options if "key" in o.lower() or "secret" in o.lower()]


@pytest.mark.parametrize(
    "flag",
    [
        ["--key", "{secret}"],  # the obvious spelling
        ["--key={secret}"],  # with =
        ["--minimize-key", "{secret}"],  # the variable's name as an option
        ["--MINIMIZE_KEY={secret}"],  # ... in its own case
        ["--secret", "{secret}"],  # another word for it
        ["--key-file", "/run/secrets/k"],  # a file is named by the policy, not the command line
    ],
)
def test_when_a_key_is_given_on_the_command_line_then_it_is_refused_without_echo(tmp_path, flag):
    secret = "cmdline-secret-0123456789abcdef0123456789"
    flag = [part.format(secret=secret) for part in flag]
    source = debug_input(tmp_path / "in.jsonl")
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    run = run_cli(["run", "--policy", write_policy(tmp_path / "conf", DEBUG_POLICY), "--input", source,
                   "--output", outputs / "out", *flag])  # fmt: skip
    line = assert_one_line_error(run)
    assert "never taken from the command line" in line and "MINIMIZE_KEY" in line
    assert secret not in run.stdout + run.stderr
    assert_nothing_published(outputs)


@pytest.mark.parametrize(
    "source, make",
    [
        ("env", lambda tmp, key: ("env:MINIMIZE_KEY", key)),  # the default variable
        ("env-other", lambda tmp, key: ("env:RELIABILITY_OTHER_KEY", key)),  # a variable the policy names
        ("file", lambda tmp, key: (f"file:{_key_file(tmp, key)}", None)),  # a key file
    ],
)
def test_when_the_key_is_short_then_it_is_refused_in_one_line_that_never_holds_it(tmp_path, monkeypatch, source, make):
    short = "short-secret-xyz"  # 16 bytes
    key_source, env_key = make(tmp_path, short)
    if source == "env-other":
        monkeypatch.setenv("RELIABILITY_OTHER_KEY", short)
        env_key = None
    policy = write_policy(tmp_path / "conf", DEBUG_POLICY + f"key: {key_source}\n")
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    run = run_cli(["run", "--policy", policy, "--input", debug_input(tmp_path / "in.jsonl"), "--output", outputs / "out"],
                  key=env_key)  # fmt: skip
    line = assert_one_line_error(run)
    assert f"{len(short)} bytes" in line and f"at least {MIN_KEY_BYTES}" in line
    assert short not in run.stdout + run.stderr
    assert_nothing_published(outputs)


def _key_file(tmp: Path, key: str) -> Path:
    path = tmp / "secrets" / "minimize.key"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(key + "\n")  # a trailing newline, as editors write it
    return path


def test_when_the_key_comes_from_a_file_then_no_output_holds_it(tmp_path):
    key = "file-key-5e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b"
    policy = write_policy(tmp_path / "conf", DEBUG_POLICY + f"key: file:{_key_file(tmp_path, key)}\n")
    run = run_cli(["run", "--policy", policy, "--input", debug_input(tmp_path / "in.jsonl"), "--output", tmp_path / "out"],
                  key=None)  # fmt: skip
    summary = assert_accounted(run)
    assert summary["records_out"] == 2 and summary["key_id"]
    texts = {str(p.relative_to(tmp_path / "out")): p.read_bytes().decode("utf-8", "replace")
             for p in (tmp_path / "out").rglob("*") if p.is_file()}  # fmt: skip
    assert any(name.startswith("data") for name in texts)  # data/ is searched too
    assert_no_key({**texts, "stdout": run.stdout, "stderr": run.stderr}, key)


# -- never in any output of a run at --debug ---------------------------------------------------


def test_when_a_job_runs_at_debug_then_no_log_or_output_file_holds_the_key(debug_run):
    assert_accounted(debug_run.output)
    texts = all_output_except_data(debug_run)
    assert {"stdout", "stderr", "summary.json", "policy.yaml", "report.html"} <= texts.keys()
    assert any(name.startswith("audit") for name in texts) and any(name.startswith("rejected") for name in texts)
    assert "DEBUG" in texts["stderr"]  # the logs really were at DEBUG
    data = {str(p): p.read_text(encoding="utf-8") for p in (debug_run.output / "data").rglob("*") if p.is_file()}
    assert_no_key({**texts, **data}, debug_run.key)


def test_when_a_job_ran_then_the_summary_names_the_key_only_by_a_fingerprint(debug_run):
    assert_accounted(debug_run.output)
    import json

    summary = json.loads((debug_run.output / "summary.json").read_text(encoding="utf-8"))
    assert summary["key_id"] and summary["key_id"] != hashlib.sha256(debug_run.key.encode()).hexdigest()
    # the copy of the policy is what the user wrote: at most where the key comes from
    assert (debug_run.output / "policy.yaml").read_text(encoding="utf-8") == debug_run.policy.read_text(encoding="utf-8")


def test_when_a_job_fails_at_debug_then_the_traceback_never_holds_the_key(tmp_path):
    key = "debug-failure-key-a1b2c3d4e5f60718293a4b5c"
    policy = write_policy(tmp_path / "conf", DEBUG_POLICY)
    run = run_process(["--debug", "run", "--policy", policy, "--input", tmp_path / "none-*.jsonl", "--output", tmp_path / "out"],
                      key=key, timeout=120)  # fmt: skip
    assert run.code != 0 and "no input files match" in run.stderr
    assert_no_key({"stdout": run.stdout, "stderr": run.stderr}, key)


# -- documented ---------------------------------------------------------------------------------


def test_when_the_readme_is_read_then_it_says_changing_the_key_unlinks_every_pseudonym():
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "**Changing the key unlinks everything**" in readme
    assert "never from the command line" in readme and f"at least {MIN_KEY_BYTES} bytes" in readme
