"""Settings and the data files (dictionaries, ontology) that drive wirecode."""
