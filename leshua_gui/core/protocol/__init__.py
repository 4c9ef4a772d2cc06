"""Bytes in, values out, no I/O: signing, XML, the answer, money, validation, callbacks."""
