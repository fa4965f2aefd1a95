"""`minimize run` from one bucket to another, against a real S3-compatible server."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import uuid

import pytest

pytestmark = pytest.mark.slow

POLICY = """
mode: strict
fields:
  id: {action: keep}
  name: {action: synthesize, entity: PERSON}
  email: {action: hash, length: 16}
  city: {action: keep}
  notes: {action: scan}
"""
PARTITIONS = ("dt=2026-11-01", "dt=2026-11-02")


def _records(partition: str, n: int = 5) -> list[dict]:
    return [
        {"id": f"{partition}-{i}", "name": f"Maria Lopez{i}", "email": f"maria{i}@example.com",
         "city": "Austin", "secret": "drop me", "notes": f"Reach me at maria{i}@example.com."}
        for i in range(n)
    ]


def _minimize(env, *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "minimize", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


@pytest.fixture(scope="module")
def lake(object_store, tmp_path_factory):
    """A bucket holding a partitioned JSONL lake, a partitioned Parquet lake and a bad line."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    bucket = f"lake-{uuid.uuid4().hex[:8]}"
    client = object_store.client()
    client.create_bucket(Bucket=bucket)
    for partition in PARTITIONS:
        rows = _records(partition)
        body = "".join(json.dumps(r) + "\n" for r in rows)
        if partition == PARTITIONS[1]:
            body += "{not json\n"
        client.put_object(Bucket=bucket, Key=f"events/{partition}/part-0.jsonl", Body=body.encode())
        buffer = io.BytesIO()
        pq.write_table(pa.Table.from_pylist(rows), buffer)
        client.put_object(Bucket=bucket, Key=f"tables/{partition}/part-0.parquet", Body=buffer.getvalue())
    policy = tmp_path_factory.mktemp("policy") / "policy.yaml"
    policy.write_text(POLICY)
    return {"bucket": bucket, "policy": str(policy)}


@pytest.fixture(scope="module")
def out_bucket(object_store):
    bucket = f"clean-{uuid.uuid4().hex[:8]}"
    object_store.client().create_bucket(Bucket=bucket)
    return bucket


def _run(object_store, env, lake, source: str, target: str, *extra: str):
    return _minimize(env, "run", "--policy", lake["policy"], "--input", source, "--output", target,
                     *extra, *object_store.beam_args())


def test_when_a_partitioned_jsonl_lake_is_minimized_then_partitions_and_accounting_hold(
    object_store, minimize_env, lake, out_bucket
):
    result = _run(object_store, minimize_env, lake, f"s3://{lake['bucket']}/events/**", f"s3://{out_bucket}/events")
    assert result.returncode == 0, result.stderr
    keys = object_store.keys(out_bucket, "events/")
    data_keys = [k for k in keys if k.startswith("events/data/")]
    assert sorted({k.split("/")[2] for k in data_keys}) == list(PARTITIONS)
    assert "events/summary.json" in keys and any(k.startswith("events/audit/") for k in keys)
    summary = json.loads(object_store.get(out_bucket, "events/summary.json"))
    assert summary["records_in"] == 11
    assert summary["records_out"] == 10 and summary["records_rejected"] == 1
    rows = [json.loads(line) for k in data_keys for line in object_store.get(out_bucket, k).splitlines()]
    assert len(rows) == 10
    assert all("secret" not in r and "@example.com" not in r["notes"] for r in rows)
    rejected = b"".join(object_store.get(out_bucket, k) for k in keys if k.startswith("events/rejected/"))
    assert json.loads(rejected)["position"] == 6 and b"not json" not in rejected


def test_when_the_same_job_runs_again_with_the_same_key_then_data_is_byte_identical(
    object_store, minimize_env, lake, out_bucket
):
    outputs = []
    for name in ("again-1", "again-2"):
        result = _run(object_store, minimize_env, lake, f"s3://{lake['bucket']}/events/**", f"s3://{out_bucket}/{name}")
        assert result.returncode == 0, result.stderr
        keys = [k for k in object_store.keys(out_bucket, f"{name}/data/")]
        outputs.append({k.split("/", 1)[1]: object_store.get(out_bucket, k) for k in keys})
    assert outputs[0] == outputs[1] and outputs[0]


def test_when_a_partitioned_parquet_lake_is_minimized_then_it_stays_parquet_per_partition(
    object_store, minimize_env, lake, out_bucket
):
    import pyarrow.parquet as pq

    result = _run(object_store, minimize_env, lake, f"s3://{lake['bucket']}/tables/**", f"s3://{out_bucket}/tables")
    assert result.returncode == 0, result.stderr
    data_keys = [k for k in object_store.keys(out_bucket, "tables/data/")]
    assert sorted({k.split("/")[2] for k in data_keys}) == list(PARTITIONS)
    table = pq.read_table(io.BytesIO(object_store.get(out_bucket, data_keys[0])))
    assert table.column_names == ["id", "name", "email", "city", "notes"]
    assert table.num_rows == 5


def test_when_the_output_is_not_empty_then_run_refuses_without_overwrite(object_store, minimize_env, lake, out_bucket):
    target = f"s3://{out_bucket}/refuse"
    first = _run(object_store, minimize_env, lake, f"s3://{lake['bucket']}/events/**", target)
    assert first.returncode == 0, first.stderr
    second = _run(object_store, minimize_env, lake, f"s3://{lake['bucket']}/events/**", target)
    assert second.returncode == 2
    assert second.stderr.strip().splitlines()[-1].startswith("minimize: error:") and "--overwrite" in second.stderr
    third = _run(object_store, minimize_env, lake, f"s3://{lake['bucket']}/events/**", target, "--overwrite")
    assert third.returncode == 0, third.stderr


@pytest.mark.parametrize(
    "case",
    [
        "missing-output-bucket",  # the bucket to write to does not exist
        "wrong-credentials",  # the store refuses the keys
        "missing-input-bucket",  # nothing to read
    ],
)
def test_when_the_store_refuses_then_the_error_is_one_line(object_store, minimize_env, lake, case):
    source, target, args = f"s3://{lake['bucket']}/events/**", "s3://no-such-bucket-x/out", object_store.beam_args()
    if case == "wrong-credentials":
        target = f"s3://{lake['bucket']}/never"
        args = object_store.beam_args(access_key="nobody", secret_key="wrong-secret")
    if case == "missing-input-bucket":
        source, target = "s3://no-such-bucket-y/events/**", f"s3://{lake['bucket']}/never"
    result = _minimize(minimize_env, "run", "--policy", lake["policy"], "--input", source, "--output", target, *args)
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("minimize:")]
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "wrong-secret" not in result.stderr


def test_when_a_run_writes_to_the_store_then_its_report_is_there_and_readable(
    object_store, minimize_env, lake, out_bucket
):
    result = _run(object_store, minimize_env, lake, f"s3://{lake['bucket']}/events/**", f"s3://{out_bucket}/reported")
    assert result.returncode == 0, result.stderr
    keys = object_store.keys(out_bucket, "reported/")
    assert "reported/report.html" in keys and "reported/policy.yaml" in keys
    page = object_store.get(out_bucket, "reported/report.html").decode()
    assert "records in" in page and "maria" not in page.lower()
    again = _minimize(minimize_env, "report", f"s3://{out_bucket}/reported", *object_store.beam_args())
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize("command", ["report", "verify"])  # both refuse a folder whose job did not finish
def test_when_a_folder_on_the_store_has_no_summary_then_it_is_refused_as_incomplete(
    object_store, minimize_env, out_bucket, command
):
    object_store.client().put_object(Bucket=out_bucket, Key="half/data/part-0.jsonl", Body=b'{"id": "1"}\n')
    result = _minimize(minimize_env, command, f"s3://{out_bucket}/half", *object_store.beam_args())
    assert result.returncode == 2, result.stderr
    assert "has no summary.json: the run that wrote it did not finish" in result.stderr
