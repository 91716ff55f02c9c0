"""Pure functions over plain data: normalize, resolve actors, code events, resolve dates.

Nothing here imports Prefect or touches the warehouse, so every step is testable on its own.
"""
