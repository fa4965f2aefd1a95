"""`minimize report`: one self-contained HTML page from summary.json, rejected/ and the policy."""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from demo_runs import ROOT, customers, customers_run
from minimize import report
from minimize.cli import main
from minimize.policy import load_policy

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
#: set to a path (e.g. docs/report.png) to keep the browser test's screenshot of the demo report
SCREENSHOT_ENV = "MINIMIZE_REPORT_SCREENSHOT"
WINDOW = (1280, 2000)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return customers_run(tmp_path_factory)


@pytest.fixture(scope="module")
def page(demo) -> str:
    return (demo / "report.html").read_text(encoding="utf-8")


def summary_of(folder: Path) -> dict:
    return json.loads((folder / "summary.json").read_text(encoding="utf-8"))


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def text_of(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    return " ".join(" ".join(parser.parts).split())


def make_folder(tmp_path: Path, summary: dict, policy: str | None = None, rejected: list[dict] = ()) -> Path:
    """An output folder by hand: no Beam needed to test what the page shows."""
    base = {"records_in": 3, "records_out": 2, "records_rejected": 1, "records_suppressed": 0,
            "findings": {}, "fields": {}, "operators": {}, "command": "run", "input": "in.jsonl"}
    (tmp_path / "summary.json").write_text(json.dumps({**base, **summary}), encoding="utf-8")
    if policy is not None:
        (tmp_path / "policy.yaml").write_text(policy, encoding="utf-8")
    (tmp_path / "rejected").mkdir(exist_ok=True)
    with open(tmp_path / "rejected" / "part-00000.jsonl", "w", encoding="utf-8") as f:
        for entry in rejected:
            f.write(json.dumps(entry) + "\n")
    return tmp_path


# -- the demo run ---------------------------------------------------------------------


def test_when_a_run_finishes_then_report_and_policy_copy_are_in_the_folder(demo):
    assert (demo / "report.html").is_file()
    assert load_policy(demo / "policy.yaml").digest == summary_of(demo)["policy_digest"]
    assert summary_of(demo)["key_id"].startswith("hmac-sha256:")


def test_when_the_demo_report_is_read_then_it_holds_the_summary_figures(demo, page):
    summary, text = summary_of(demo), text_of(page)
    assert re.search(rf"{summary['records_in']} records in {summary['records_out']} records out", text)
    for entity, n in summary["findings"].items():
        assert f"{entity}: {n:,}" in text  # each bar's title
    for field, counters in summary["fields"].items():
        for operator, n in counters["operators"].items():
            assert f"{operator} {n:,}" in text
    assert summary["policy_digest"] in text and "DirectRunner" in text
    assert "No record was rejected." in text


def test_when_the_demo_report_is_read_then_the_policy_shows_each_field_action_and_why(demo, page):
    text = text_of(page)
    policy = load_policy(demo / "policy.yaml")
    for field, rule in policy.fields.items():
        assert html.unescape(rule.why) in text, field
    assert "replaced by a keyed hash (16 hex characters, prefix “cust_”)" in text
    assert "put into bands 0-17, 18-29, 30-44, 45-64, 65-119" in text
    assert "fields the policy does not name are dropped" in text
    assert "read from env:MINIMIZE_KEY (the key itself is never stored)" in text


def test_when_the_demo_report_is_read_then_no_value_of_a_transformed_field_appears(page):
    secrets = set()
    for record in customers():
        contact = record["contact"]
        secrets |= {record["full_name"], record["email"], record["phone"], record["customer_id"],
                    record["date_of_birth"], str(record["salary"]), contact["email"], contact["phone"]}
        secrets |= {part for part in record["full_name"].split() if len(part) >= 5}  # names in notes
        secrets |= set(re.findall(r"\S+@\S+\w|\d{3}[-.) ]+\d{3}[-. ]\d{4}", record["notes"]))
    assert sorted(v for v in secrets if v in page or html.escape(v) in page) == []


def test_when_the_page_is_inspected_then_it_is_self_contained_with_no_script_or_fetch(page):
    assert "<script" not in page.lower()
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page, re.I)
    assert not re.search(r"\b(src|href)\s*=\s*\"(?!#)", page)  # in-page anchors only
    assert "url(" not in page
    urls = set(re.findall(r"https?://[^\"' <]+", page))
    assert urls == {"http://www.w3.org/2000/svg"}  # the SVG namespace, never fetched
    assert "default-src 'none'" in page


def test_when_data_and_audit_are_removed_then_the_report_still_renders(demo, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(demo, copy)
    shutil.rmtree(copy / "data")
    shutil.rmtree(copy / "audit")
    (copy / "report.html").unlink()
    assert report.write_report(str(copy)) == str(copy / "report.html")
    assert "Every record is accounted for" in (copy / "report.html").read_text(encoding="utf-8")


def test_when_report_is_run_from_the_command_line_then_it_prints_the_path(demo, tmp_path, capsys):
    copy = tmp_path / "copy"
    shutil.copytree(demo, copy)
    assert main(["report", str(copy)]) == 0
    assert capsys.readouterr().out.strip() == str(copy / "report.html")


def test_when_the_folder_has_no_summary_then_one_line_error(tmp_path, capsys):
    assert main(["report", str(tmp_path)]) == 2
    assert "has no summary.json: the run that wrote it did not finish" in capsys.readouterr().err


def test_when_run_is_given_no_report_then_none_is_written(tmp_path, monkeypatch):
    monkeypatch.setenv("MINIMIZE_KEY", "k" * 32)
    data = tmp_path / "in.jsonl"
    data.write_text('{"id": "a", "zip": "94107"}\n{"id": "b", "zip": "10001"}\n', encoding="utf-8")
    policy = tmp_path / "p.yaml"
    policy.write_text("fields:\n  id: {action: keep}\n  zip: {action: generalize, keep_digits: 3}\n")
    base = ["run", "--policy", str(policy), "--input", str(data)]
    assert main([*base, "--output", str(tmp_path / "without"), "--no-report"]) == 0
    assert main([*base, "--output", str(tmp_path / "with")]) == 0
    assert not (tmp_path / "without" / "report.html").exists()
    assert (tmp_path / "without" / "policy.yaml").read_text() == policy.read_text()
    assert (tmp_path / "with" / "report.html").exists()


# -- what the page shows, from hand-made folders --------------------------------------------


def test_when_rejected_entries_share_a_reason_then_they_are_grouped_with_counts(tmp_path):
    bad_json = {"source": "/lake/a.jsonl", "stage": "read", "error": "not valid JSON (Expecting value at column 1)"}
    rejected = [{**bad_json, "position": n} for n in (3, 9, 12, 40)] + [
        {"source": "/lake/b.jsonl", "position": 2, "stage": "transform",
         "error": "field salary: OperatorError: noise: value is not a number"},
    ]
    folder = make_folder(tmp_path, {"records_in": 6, "records_out": 1, "records_rejected": 5}, rejected=rejected)
    groups = report.rejected_groups(str(folder))
    assert groups == [
        ("read", bad_json["error"], 4, ["a.jsonl:3", "a.jsonl:9", "a.jsonl:12"]),
        ("transform", rejected[-1]["error"], 1, ["b.jsonl:2"]),
    ]
    text = text_of(report.render(str(folder)))
    assert f"read {bad_json['error']} 4 a.jsonl:3, a.jsonl:9, a.jsonl:12 …" in text


def test_when_anything_holds_markup_then_it_is_escaped(tmp_path):
    evil = "<script>alert(1)</script>"
    folder = make_folder(
        tmp_path,
        {"input": evil, "findings": {"X_<b>": 2}, "fields": {evil: {"findings": {}, "operators": {"drop": 1}}},
         "runner": "<img src=x onerror=alert(1)>"},
        policy=f'fields:\n  id: {{action: keep, why: "{evil}"}}\n',
        rejected=[{"source": "a", "position": 1, "stage": "read", "error": evil}],
    )
    page = report.render(str(folder))
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert html.escape(evil) in page


def test_when_the_summary_has_k_anonymity_then_the_figures_are_shown(tmp_path):
    k = {"k": 3, "quasi_identifiers": ["zip", "date_of_birth", "gender"], "min_k": 5,
         "class_sizes": {"1": 4, "2": 6, "3": 12}, "records_below_k": 10}
    page = report.render(str(make_folder(tmp_path, {"k_anonymity": k, "l_diversity": {"l": 2}})))
    text = text_of(page)
    assert "Re-identification risk" in text and "did not measure" not in text
    assert "k 3" in text and "zip, date_of_birth, gender" in text and "records_below_k 10" in text
    assert "1: 4" in text and "3: 12" in text  # class-size distribution as a chart
    assert "l 2" in text


def test_when_the_summary_has_no_k_anonymity_then_the_report_says_it_was_not_measured(tmp_path):
    policy = "fields:\n  zip: {action: generalize, keep_digits: 3}\nquasi_identifiers: [zip, gender]\n"
    folder = make_folder(tmp_path, {}, policy=policy)
    assert "This run did not measure k-anonymity (quasi-identifiers named by the policy: " \
           "zip, gender)." in text_of(report.render(str(folder)))


def test_when_the_policy_changed_since_the_run_then_the_report_warns(tmp_path):
    folder = make_folder(tmp_path, {"policy_digest": "sha256:00"}, policy="fields:\n  id: {action: keep}\n")
    assert "has changed since the run" in text_of(report.render(str(folder)))


def test_when_the_policy_is_missing_then_the_report_says_so(tmp_path):
    assert "The policy file is not available" in text_of(report.render(str(make_folder(tmp_path, {}))))


def test_when_the_counts_do_not_balance_then_the_report_says_so(tmp_path):
    folder = make_folder(tmp_path, {"records_in": 5})
    assert "The counts do not balance: 5 in" in text_of(report.render(str(folder)))


def test_when_the_policy_has_deny_lists_then_only_their_size_is_shown(tmp_path):
    policy = "detection:\n  deny_lists: {PERSON: [Zelda Quixote, Ana Souza]}\nfields:\n  id: {action: keep}\n"
    page = report.render(str(make_folder(tmp_path, {}, policy=policy)))
    assert "PERSON (2 phrases)" in page and "Zelda" not in page


# -- a real browser ----------------------------------------------------------------------


def _chromium(*args: str, user_data: Path) -> subprocess.CompletedProcess:
    # no network, no first-run, no background services: the page must render on its own
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", f"--user-data-dir={user_data}"]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=120, check=True)


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs Debian's chromium)")
def test_when_the_demo_report_opens_in_chromium_then_it_renders_and_shows_the_figures(demo, tmp_path):
    from PIL import Image

    url = (demo / "report.html").as_uri()
    shot = tmp_path / "report.png"
    _chromium(f"--screenshot={shot}", f"--window-size={WINDOW[0]},{WINDOW[1]}", url, user_data=tmp_path / "ud")
    with Image.open(shot) as image:
        assert image.format == "PNG" and image.size == WINDOW
        pixels = image.convert("RGB")
        colors = pixels.getcolors(maxcolors=WINDOW[0] * WINDOW[1])
    assert len(colors) > 100  # text, cards and charts, not a blank page
    by_color = {rgb: n for n, rgb in colors}
    assert by_color.get((0x2F, 0x6F, 0xB0), 0) > 5_000  # the entity bars of the SVG chart were drawn

    dom = _chromium("--dump-dom", url, user_data=tmp_path / "ud").stdout
    text = text_of(dom)
    summary = summary_of(demo)
    assert f"{summary['records_in']} records in {summary['records_out']} records out" in text
    for entity, n in summary["findings"].items():
        assert f"{entity}: {n:,}" in text

    keep = os.environ.get(SCREENSHOT_ENV)
    if keep:
        shutil.copy(shot, ROOT / keep)
