"""`leshua-query profiles` as real processes against a real Secret Service when things fail:
a profiles folder that refuses writes, a hostile import file, keyrings.alt beside the Secret
Service, and the Secret Service tests' own tools missing."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import pytest

from leshua_gui.core.profiles.keystore import SERVICE
from tests.support.cli_runner import Run, run_cli
from tests.support.secret_service import lookup_secret, require_tool

TX = "TxKey-fail-4c1e9a7b2d6f8e0a3b5c7d9e1f2a4b"
NOTIFY = "NtKey-fail-9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c"
TX2 = "TxKey-fail-replacement-0000000000000042"
MID = "1234567890"
REPO = Path(__file__).resolve().parents[2]


def cli(env: dict[str, str], *args: str, stdin: str = "") -> Run:
    """`leshua-query ARGS` in exactly `env` (no transaction key), none of the keys in its output."""
    return run_cli(*args, base=env, stdin=stdin, secrets=(TX, NOTIFY, TX2))


def _ids(home: Path) -> dict[str, str]:
    data = json.loads((home / "config" / "profiles.json").read_text(encoding="utf-8"))
    return {p["name"]: p["id"] for p in data["profiles"]}


@pytest.fixture
def env(
    secret_service_keyring: keyring.backend.KeyringBackend,
    secret_service_env: dict[str, str],
    app_home: Path,
) -> dict[str, str]:
    out = {**secret_service_env, "LESHUA_GUI_HOME": str(app_home)}
    for name in ("LESHUA_TRANSACTION_KEY", "PYTHON_KEYRING_BACKEND"):
        out.pop(name, None)
    return out


@contextlib.contextmanager
def refusing_writes(folder: Path) -> Iterator[None]:
    """`folder` takes no new file: read-only for a user; immutable for root, whom modes do not
    stop. Where neither can be set the test skips (fails under CI)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    done = None
    if chattr:
        done = subprocess.run([chattr, "+i", str(folder)], capture_output=True, check=False)
    if chattr is None or done is None or done.returncode != 0:
        reason = "running as root and cannot make a folder immutable (chattr +i) here"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


pytestmark = pytest.mark.keyring_service


def test_an_unwritable_profiles_folder_changes_nothing_in_the_keyring(
    env: dict[str, str], app_home: Path
) -> None:
    require_tool("secret-tool")
    added = cli(
        env, "profiles", "add", "Shop", "--merchant-id", MID, "--gateway", "test", "--key-stdin",
        stdin=f"{TX}\n{NOTIFY}\n",
    )  # fmt: skip
    assert added.code == 0, added.stderr
    shop = _ids(app_home)["Shop"]
    config = app_home / "config"
    before = (config / "profiles.json").read_bytes()

    with refusing_writes(config):
        new = cli(
            env, "profiles", "add", "New", "--merchant-id", MID, "--gateway", "test",
            "--key-stdin", stdin=f"{TX2}\n",
        )  # fmt: skip
        removed = cli(env, "profiles", "remove", "Shop")
        edited = cli(
            env, "profiles", "edit", "Shop", "--rename", "Renamed", "--key-stdin",
            stdin=f"{TX2}\n",
        )  # fmt: skip

    for done in (new, removed, edited):
        assert done.code == 6, done.stdout + done.stderr
        assert "could not be written" in done.stderr
        assert "Nothing was changed" in done.stderr
        assert "Traceback" not in done.stderr
        assert TX not in done.stderr
        assert TX2 not in done.stderr
    assert (config / "profiles.json").read_bytes() == before
    assert lookup_secret(env, shop, "transaction") == TX
    assert lookup_secret(env, shop, "notify") == NOTIFY
    listed = subprocess.run(
        [require_tool("secret-tool"), "search", "--all", "service", SERVICE],
        env=env, capture_output=True, text=True, timeout=15, check=False,
    )  # fmt: skip
    assert listed.returncode == 0
    assert f"secret = {TX}" in listed.stdout
    assert TX2 not in listed.stdout + listed.stderr, "a key of the failed change stayed"
    assert cli(env, "profiles", "remove", "Shop").code == 0


def test_a_hostile_import_file_is_refused_with_exit_2(
    env: dict[str, str], app_home: Path, tmp_path: Path
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text(
        '{"format": "leshua-desk-profile-export", "profiles": '
        + "[" * 100_000 + "]" * 100_000 + "}"
    )  # fmt: skip
    typed = tmp_path / "typed.json"
    typed.write_text(
        json.dumps(
            {"format": "leshua-desk-profile-export",
             "profiles": [{"name": ["a", "b"], "merchant_id": MID, "gateway": "test"}]}
        )
    )  # fmt: skip
    long_note = tmp_path / "note.json"
    long_note.write_text(
        json.dumps(
            {"format": "leshua-desk-profile-export",
             "profiles": [{"name": "Shop", "merchant_id": MID, "gateway": "test",
                           "note": "x" * (5 * 1024 * 1024)}]}
        )
    )  # fmt: skip

    for path, words in (
        (deep, "nested too deeply"),
        (typed, "'name' must be text, not a list"),
        (long_note, "at most 2000 characters"),
    ):
        done = cli(env, "profiles", "import", str(path), "--key-stdin", stdin=f"{TX}\n")
        assert done.code == 2, done.stderr
        assert words in done.stderr
        assert "Traceback" not in done.stderr
        assert len(done.stderr) < 1000
    assert not (app_home / "config" / "profiles.json").exists()


_FAKE_ALT = '''
import keyring.backend


class PlaintextKeyring(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's file backend: a file other programs can read."""

    priority = 0.5

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        with open(__file__ + ".secrets", "a") as fh:
            fh.write(password + "\\n")

    def delete_password(self, service, username):
        pass
'''


def test_keyrings_alt_beside_the_secret_service_says_how_to_pick_it(
    env: dict[str, str], app_home: Path, tmp_path: Path
) -> None:
    """keyring chains every backend installed: with keyrings.alt (here a stand-in, installed as
    a distribution keyring finds) next to the running Secret Service, the chainer is refused,
    and the advice given works."""
    site = tmp_path / "site"
    package = site / "keyrings" / "alt"
    package.mkdir(parents=True)
    (package / "file.py").write_text(_FAKE_ALT)
    info = site / "keyrings.alt-0.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: keyrings.alt\nVersion: 0.0\n")
    (info / "entry_points.txt").write_text("[keyring.backends]\nfile = keyrings.alt.file\n")
    with_alt = {**env, "PYTHONPATH": os.pathsep.join([str(site), str(REPO)])}
    add = ("profiles", "add", "Shop", "--merchant-id", MID, "--gateway", "test", "--key-stdin")

    refused = cli(with_alt, *add, stdin=f"{TX}\n")

    assert refused.code == 6, refused.stdout + refused.stderr
    assert "ChainerBackend" in refused.stderr
    assert "keyrings.alt.file.PlaintextKeyring" in refused.stderr
    safe = "keyring.backends.SecretService.Keyring"
    assert f"PYTHON_KEYRING_BACKEND={safe}" in refused.stderr
    assert "apt install gnome-keyring" not in refused.stderr
    assert not (package / "file.py.secrets").exists()

    picked = cli({**with_alt, "PYTHON_KEYRING_BACKEND": safe}, *add, stdin=f"{TX}\n")
    assert picked.code == 0, picked.stderr
    assert lookup_secret(env, _ids(app_home)["Shop"], "transaction") == TX
    assert not (package / "file.py.secrets").exists()
    assert cli(env, "profiles", "remove", "Shop").code == 0


# -- the Secret Service tests' own tools ------------------------------------------------------


def test_a_missing_tool_skips_with_the_reason_but_fails_under_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(
        pytest.skip.Exception, match=r"secret-tool is not installed.*libsecret-tools"
    ):
        require_tool("secret-tool")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must run the Secret Service tests"):
        require_tool("secret-tool")


def test_the_keyring_tests_skip_without_secret_tool_when_the_daemons_exist(
    secret_service_env: dict[str, str], tmp_path: Path
) -> None:
    """A real run of the Secret Service tests with every daemon on PATH but no secret-tool."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("dbus-daemon", "dbus-send", "gnome-keyring-daemon"):
        (bin_dir / tool).symlink_to(require_tool(tool))
    run_env = {k: v for k, v in os.environ.items() if k not in ("CI", "DBUS_SESSION_BUS_ADDRESS")}
    run_env["PATH"] = str(bin_dir)
    argv = [
        sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rs",
        "tests/integration/test_keyring_secret_service.py",
        "-k", "follow_the_profile or full_cli_session",
    ]  # fmt: skip

    done = subprocess.run(
        argv, cwd=REPO, env=run_env, capture_output=True, text=True, timeout=120, check=False
    )

    assert done.returncode == 0, done.stdout[-3000:]
    assert "2 skipped" in done.stdout
    assert "secret-tool is not installed" in done.stdout
    assert "FileNotFoundError" not in done.stdout

    under_ci = subprocess.run(
        argv, cwd=REPO, env={**run_env, "CI": "true"}, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert under_ci.returncode == 1, under_ci.stdout[-3000:]
    assert "2 errors" in under_ci.stdout
    assert "skipped" not in under_ci.stdout
    assert "CI must run the Secret Service tests" in under_ci.stdout
