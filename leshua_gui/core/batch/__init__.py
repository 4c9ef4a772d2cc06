"""Lists of orders checked in one job: reading the list (amounts, reader, preview)."""
