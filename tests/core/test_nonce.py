"""nonce_str: letters and digits only, the length asked, fresh each time, every letter used."""

from __future__ import annotations

from collections import Counter

from leshua_gui.core.gateway.client import NONCE_ALPHABET, new_nonce


def test_nonces_are_letters_and_digits_of_the_length_asked() -> None:
    for length in (1, 5, 32, 64):
        nonce = new_nonce(length)
        assert len(nonce) == length
        assert set(nonce) <= set(NONCE_ALPHABET)


def test_nonces_are_fresh_and_use_the_whole_alphabet_evenly() -> None:
    nonces = [new_nonce() for _ in range(5000)]
    assert len(set(nonces)) == len(nonces)
    seen = Counter("".join(nonces))
    assert set(seen) == set(NONCE_ALPHABET)
    expected = 5000 * 32 / len(NONCE_ALPHABET)
    assert all(0.85 * expected < count < 1.15 * expected for count in seen.values())
