"""Synthetic test data: labeled datasets from a schema, and synthetic twins of real data.

    minimize synth --schema sample_data/synth_schema.yaml --rows 100000 --output out/synth
    minimize synth --like sample_data/customers.csv --policy pipelines/policies/customers.yaml --output out/twin

The row generator (`rows.RowMaker`) is plain Python; `minimize.beam.synth` runs it
as a Beam job, one shard of rows per element.
"""
from minimize.synth.schema import FieldSpec, SynthSchema

__all__ = ["FieldSpec", "SynthSchema"]
