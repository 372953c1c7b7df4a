"""Translation of whole articles to English: backends behind one interface, and the document pipeline."""
