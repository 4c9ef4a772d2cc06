"""The PySide6 desktop window. Everything that imports Qt lives under this package."""
