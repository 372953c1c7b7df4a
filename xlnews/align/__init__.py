"""Matching reports of the same event across languages (issue #5): embedders so far."""
