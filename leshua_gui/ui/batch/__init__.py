"""The window for checking a list of orders: the list read, the job run, its results."""
