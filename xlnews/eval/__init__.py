"""Scoring: translation metrics (sacrebleu), reference-free checks, alignment metrics, gates."""
