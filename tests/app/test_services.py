"""What the window and the command line share: one client built from the settings, one history
row for a lookup, and the demo profile known by its id (not by the name it is recorded under)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from leshua_gui.app import services
from leshua_gui.app.services import Services
from leshua_gui.cli import clients
from leshua_gui.core import settings as settings_mod
from leshua_gui.core.gateway.polling import poll
from leshua_gui.core.paths import app_paths
from leshua_gui.core.profiles.store import Profile
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
