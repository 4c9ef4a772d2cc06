"""The watch list: orders asked again in the background until their state is final."""
