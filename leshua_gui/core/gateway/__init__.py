"""Talking to Leshua: endpoints, the exchange record, the client, polling."""
