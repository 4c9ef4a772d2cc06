"""What the window and the command line share: one client built from the settings, one history
row for a lookup, and the demo profile known by its id (not by the name it is recorded under)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from leshua_gui.app import services
from leshua_gui.app.services import Services
from leshua_gui.cli import clients
from leshua_gui.core import settings as settings_mod
from leshua_gui.core.gateway.polling import poll
from leshua_gui.core.paths import app_paths
from leshua_gui.core.profiles.keystore import SessionKeyStore
from leshua_gui.core.profiles.store import Profile, ProfileStore
from leshua_gui.core.protocol.validation import OrderRef
from leshua_gui.core.settings import Settings
from leshua_gui.sandbox import all_demo_ids
from leshua_gui.sandbox.orders import DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY


def test_window_and_command_line_build_the_same_client_from_the_settings(tmp_path: Path) -> None:
    bundle = tmp_path / "company-ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    chosen = replace(Settings(), connect_timeout_s=3.0, read_timeout_s=7.0, ca_bundle=str(bundle))
    settings_mod.save(app_paths().ensure().settings_file, chosen)
    shop = Profile("Shop", DEMO_MERCHANT_ID, "test", "")
    app = Services()
    try:
        window = app.client_for(shop, DEMO_TRANSACTION_KEY)
        command = clients.make_client(window.endpoint, DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY, None)
        capped = clients.make_client(window.endpoint, DEMO_MERCHANT_ID, DEMO_TRANSACTION_KEY, 2.0)
    finally:
        app.close()
    assert window.timeout == command.timeout == (3.0, 7.0)
    assert window.ca_bundle == command.ca_bundle == str(bundle)
    assert capped.timeout == (2.0, 2.0)  # --timeout: the read timeout, the connect one capped


def test_a_demo_lookup_is_recorded_as_demo_and_found_again_by_the_demo_profile() -> None:
    app = Services(demo=True)
    try:
        demo = app.start_demo()
        order = OrderRef.of(third_order_id=all_demo_ids()[0][0])
        client = app.client_for(demo, app.transaction_key(demo))
        at = datetime.now(UTC)
        with client:
            result = poll(lambda: client.query_status(order), deadline_s=0.0)
        app.record(result, at, demo, order, lookup="order")
        assert app.history_writer.flush(timeout=10)
        (row,) = app.history.page()
    finally:
        app.close()
    assert row.profile == "Demo"
    assert row.merchant_id == DEMO_MERCHANT_ID
    assert row.order_id == order.value
    assert services.recorded_by(services.demo_profile(), row)
    # a saved profile of the same merchant under another name did not record it
    assert not services.recorded_by(Profile("Shop", DEMO_MERCHANT_ID, "sandbox", ""), row)
    # the same row as the command line builds it
    same = services.lookup_record(
        result,
        at,
        profile=services.recorded_name(demo),
        merchant_id=demo.merchant_id,
        environment=demo.environment,
        order=order,
        lookup="order",
    )
    assert (same.profile, same.order_id, same.outcome) == (row.profile, row.order_id, row.outcome)


def test_a_saved_profile_is_recorded_under_its_own_name() -> None:
    saved = Profile("Demo merchant (sandbox)", DEMO_MERCHANT_ID, "sandbox", "")
    assert not services.is_demo(saved)
    assert services.recorded_name(saved) == "Demo merchant (sandbox)"
    assert services.is_demo(services.demo_profile())


# -- one key source for both front ends ------------------------------------------------------


def _keys_of(*entries: tuple[Profile, str]) -> ProfileStore:
    keys = SessionKeyStore()
    for profile, key in entries:
        keys.set(profile.id, "transaction", key)
    return ProfileStore(app_paths().ensure().profiles_file, keys)


SHOP = Profile("Shop", DEMO_MERCHANT_ID, "test", "")
ASKED = Profile("Asked", DEMO_MERCHANT_ID, "test", "", key_storage="session")
SANDBOXED = Profile("Sandboxed", DEMO_MERCHANT_ID, "sandbox", "")


def test_a_keyring_profile_reads_the_store_a_session_profile_the_session_provider() -> None:
    asked: list[str] = []

    def session(profile: Profile) -> str:
        asked.append(profile.name)
        return "typed-for-asked"

    store = _keys_of((SHOP, "stored-for-shop"), (ASKED, "stored-for-asked"))
    source = services.KeySource(store, session)
    assert source.transaction_key(SHOP) == "stored-for-shop"
    assert source.transaction_key(ASKED) == "typed-for-asked"  # never the store's
    assert asked == ["Asked"]


def test_the_demo_and_a_sandbox_profile_without_a_key_use_the_demo_key() -> None:
    source = services.KeySource(_keys_of(), lambda _profile: None)
    assert source.transaction_key(services.demo_profile()) == DEMO_TRANSACTION_KEY
    assert source.transaction_key(SANDBOXED) == DEMO_TRANSACTION_KEY
    assert source.transaction_key(replace(SANDBOXED, key_storage="session")) == DEMO_TRANSACTION_KEY


@pytest.mark.parametrize(("profile", "storage"), [(SHOP, "keyring"), (ASKED, "session")])
def test_a_missing_key_says_where_it_was_looked_for(profile: Profile, storage: str) -> None:
    source = services.KeySource(_keys_of(), lambda _profile: "")
    with pytest.raises(services.KeyMissing, match="has no transaction key") as caught:
        source.transaction_key(profile)
    assert caught.value.reason == "key_missing"
    assert caught.value.storage == storage
    assert caught.value.profile == profile


def test_the_window_reads_its_session_keys_through_the_same_key_source() -> None:
    app = Services()
    try:
        app.use_session_keys()
        app.keys.set(ASKED.id, "transaction", "held-in-memory")
        assert app.transaction_key(ASKED) == "held-in-memory"
        assert isinstance(app.key_source, services.KeySource)
        with pytest.raises(services.KeyMissing, match="add it in Manage profiles"):
            app.transaction_key(SHOP)
    finally:
        app.close()


def test_the_command_line_builds_its_client_with_the_services_settings(tmp_path: Path) -> None:
    chosen = replace(Settings(), connect_timeout_s=4.0, read_timeout_s=9.0)
    settings_mod.save(app_paths().ensure().settings_file, chosen)
    assert services.load_settings() == chosen
    with clients.make_client("https://example.test/", DEMO_MERCHANT_ID, "k", None) as client:
        assert client.timeout == (4.0, 9.0)


def _writer_threads() -> int:
    import threading

    return sum(1 for t in threading.enumerate() if t.name == "history-writer" and t.is_alive())


@pytest.mark.parametrize("retention_days", [0, 30])
def test_lookups_recorded_at_once_from_many_threads_share_one_writer_and_all_are_kept(
    retention_days: int,
) -> None:
    """A batch's workers all record their first lookup at the same moment: the history is
    opened once, one writer holds every record, and closing writes all of them."""
    import threading

    chosen = replace(Settings(), history_retention_days=retention_days)
    settings_mod.save(app_paths().ensure().settings_file, chosen)
    before = _writer_threads()
    app = Services(demo=True)
    demo = app.start_demo()
    order = OrderRef.of(third_order_id=all_demo_ids()[0][0])
    client = app.client_for(demo, app.transaction_key(demo))
    with client:
        result = poll(lambda: client.query_status(order), deadline_s=0.0)
    threads, per_thread = 16, 5
    start = threading.Barrier(threads)

    def record() -> None:
        start.wait()
        for _ in range(per_thread):
            app.record(result, datetime.now(UTC), demo, order, lookup="order")

    workers = [threading.Thread(target=record) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    writers = _writer_threads() - before
    app.close()
    assert writers == 1
    from leshua_gui.core.history.store import HistoryStore

    again = HistoryStore(app_paths().history_db)
    try:
        assert again.count() == threads * per_thread
    finally:
        again.close()
