"""The policy: what happens to each field and each kind of PII."""
from minimize.policy.compile import (
    SCAN,
    CompiledPolicy,
    Rule,
    compile_policy,
    load_policy,
    load_policy_text,
    policy_digest,
)
from minimize.policy.schema import PolicySpec

__all__ = ["SCAN", "CompiledPolicy", "PolicySpec", "Rule", "compile_policy", "load_policy", "load_policy_text", "policy_digest"]
