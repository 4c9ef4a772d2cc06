"""The query history: the record, the store, the serial writer, the export."""
