"""Merchant profiles: the store, the keystore, the profile check."""
