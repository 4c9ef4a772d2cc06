"""The watch list: orders asked again in the background until their state is final."""

#: The watch list's file in the data folder (here, so that looking for it loads nothing more).
WATCH_FILE_NAME = "watch.sqlite3"
