"""xlnews: cross-lingual news work — clean, translate, align and evaluate Turkish and Portuguese news."""

__version__ = "0.1.0"
