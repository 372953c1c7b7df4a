"""Scoring: translation metrics (sacrebleu), reference-free checks, alignment metrics, gates."""

# Here rather than in checks.py, which loads the name tables, so that ``xlnews --help`` need not.
CHECK_NAMES = ("empty", "numbers", "names", "length", "untranslated", "repetition")
