"""Prefect flows and the `wirecode` command line: thin layers over transforms/ and warehouse/."""
