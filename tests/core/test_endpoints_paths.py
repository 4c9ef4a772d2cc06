"""Where the gateway lives (named environments, custom URLs) and where the app keeps files."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from leshua_gui.core.errors import InputError
from leshua_gui.core.gateway.endpoints import check_url, environment_of, resolve
from leshua_gui.core.paths import app_paths

# Section 1 of the protocol page, as written there.
PRODUCTION = "https://paygate.leshuazf.com/cgi-bin/lepos_pay_gateway.cgi"
TEST = "https://t-paygate.lepass.cn/cgi-bin/lepos_pay_gateway.cgi"
LEGACY = "https://mobilepos.yeahka.com/cgi-bin/lepos_pay_gateway.cgi"


# --- endpoints -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "url"), [("production", PRODUCTION), ("test", TEST), ("legacy", LEGACY)]
)
def test_named_environments_resolve_to_the_documented_urls(name: str, url: str) -> None:
    assert resolve(name) == url
    assert resolve(f" {name.upper()} ") == url
    assert environment_of(url) == name


@pytest.mark.parametrize(
    "url",
    [
        "https://gw.example.com/cgi-bin/lepos_pay_gateway.cgi",
        "https://gw.example.com:8443/cgi-bin/lepos_pay_gateway.cgi",
        "https://10.0.0.5/gw",
    ],
)
def test_https_custom_url_is_accepted(url: str) -> None:
    assert resolve(url) == url
    assert environment_of(url) == "custom"


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/cgi-bin/lepos_pay_gateway.cgi",
        "http://localhost:8080/cgi-bin/lepos_pay_gateway.cgi",
        "http://LOCALHOST/cgi-bin/lepos_pay_gateway.cgi",
        "http://[::1]:8080/cgi-bin/lepos_pay_gateway.cgi",
    ],
)
def test_plain_http_is_accepted_for_a_local_sandbox(url: str) -> None:
    assert resolve(url) == url
    assert environment_of(url) == "sandbox"


@pytest.mark.parametrize(
    "url",
    [
        "http://paygate.leshuazf.com/cgi-bin/lepos_pay_gateway.cgi",
        "http://example.com/gw",
        "http://10.0.0.5:8080/gw",
        "http://192.168.1.10/gw",
        "http://0.0.0.0:8080/gw",
        "http://127.0.0.1.evil.example/gw",
        "http://localhost.evil.example/gw",
    ],
)
def test_plain_http_is_refused_for_other_hosts(url: str) -> None:
    with pytest.raises(InputError) as info:
        resolve(url)
    assert info.value.reason == "gateway_url"


@pytest.mark.parametrize(
    "url",
    [
        "https://user:pass@gw.example.com/gw",
        "https://user@gw.example.com/gw",
        "https://paygate.leshuazf.com@evil.example/gw",
        "http://user:pass@127.0.0.1:8080/gw",
    ],
)
def test_credentials_in_the_url_are_refused(url: str) -> None:
    with pytest.raises(InputError) as info:
        check_url(url)
    assert info.value.reason == "gateway_url"


@pytest.mark.parametrize(
    "url",
    [
        "https://user:hunter2@gw.example.com/gw",
        "http://user:hunter2@evil.example/gw",
        "ftp://user:hunter2@gw.example.com/gw",
        "https://user:hunter2@/gw",
    ],
)
def test_refusal_never_repeats_the_password(url: str) -> None:
    """The message is shown in dialogs and logs: a password typed into the URL must not be."""
    with pytest.raises(InputError) as info:
        check_url(url)
    assert info.value.reason == "gateway_url"
    assert "hunter2" not in info.value.message
    assert "hunter2" not in str(info.value)


@pytest.mark.parametrize(
    "url", ["", "paygate.leshuazf.com", "ftp://gw.example.com/gw", "https://", "file:///etc"]
)
def test_not_a_gateway_url_is_refused(url: str) -> None:
    with pytest.raises(InputError) as info:
        resolve(url)
    assert info.value.reason == "gateway_url"


def test_environment_of_a_lookalike_is_custom() -> None:
    assert environment_of("https://paygate.leshuazf.com.evil.example/cgi-bin/x.cgi") == "custom"
    assert environment_of(PRODUCTION + "?x=1") == "custom"


# --- paths -----------------------------------------------------------------------------------


def test_app_paths_follow_leshua_gui_home(app_home: Path) -> None:
    paths = app_paths()
    assert paths.config == app_home / "config"
    assert paths.data == app_home / "data"
    assert paths.logs == app_home / "logs"
    assert paths.profiles_file == app_home / "config" / "profiles.json"
    assert paths.settings_file == app_home / "config" / "settings.json"
    assert paths.history_db == app_home / "data" / "history.sqlite3"


def test_app_paths_are_read_each_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LESHUA_GUI_HOME", str(tmp_path / "other"))
    assert app_paths().config == tmp_path / "other" / "config"


def test_app_home_with_tilde_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    monkeypatch.setenv("LESHUA_GUI_HOME", "~/desk")
    assert app_paths().data == tmp_path / "desk" / "data"


def test_ensure_creates_the_directories(app_home: Path) -> None:
    assert not app_home.exists()
    paths = app_paths().ensure()
    assert paths.config.is_dir()
    assert paths.data.is_dir()
    assert paths.logs.is_dir()
    assert paths.ensure() == paths  # a second call is harmless


@pytest.mark.parametrize("value", [None, "", "   "])
def test_without_leshua_gui_home_the_per_user_dirs_are_used(
    value: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if value is None:
        monkeypatch.delenv("LESHUA_GUI_HOME")
    else:
        monkeypatch.setenv("LESHUA_GUI_HOME", value)
    paths = app_paths()
    assert paths.config == Path(platformdirs.user_config_dir("leshua-desk", appauthor=False))
    assert paths.data == Path(platformdirs.user_data_dir("leshua-desk", appauthor=False))
    assert paths.logs == Path(platformdirs.user_log_dir("leshua-desk", appauthor=False))
    for folder in (paths.config, paths.data, paths.logs):
        assert "leshua-desk" in str(folder)
