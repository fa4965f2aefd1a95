"""minimize: local-first PII detection and data minimization."""
__version__ = "0.1.0"
