"""Every string the window shows has a Chinese translation, and the shipped .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
UI_SOURCES = sorted((ROOT / "leshua_gui" / "ui").rglob("*.py"))


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        pytest.fail(f"{name} is part of PySide6 and must be installed with it")
    return found


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_every_ui_string_is_translated_into_chinese(tmp_path: Path, lang: str) -> None:
    ts = tmp_path / f"leshua_{lang}.ts"
    shutil.copy(TRANSLATIONS / f"leshua_{lang}.ts", ts)
    # lupdate merges the strings the code has now into a copy of the shipped translations.
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", *map(str, UI_SOURCES), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    untranslated = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation is not None
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(forms):
            untranslated.append(source)
    assert not untranslated, f"strings without a {lang} translation: {untranslated}"


# Characters that exist only in simplified Chinese (as in tests/core/test_glossary.py).
SIMPLIFIED_ONLY = set(
    "订单关闭败验签银宝码号户务统错误设据时间结优实红详标识类态账网请连为这没还应与页证数询乐"
    "记录说环认钥给"
)
#: Mainland words in traditional characters that Taiwan writes otherwise (the glossary's).
MAINLAND_WORDS = (
    "網關",
    "密鑰",
    "聯繫",
    "網絡",
    "信息",
    "數據",
    "字段",
    "文件",
    "用戶",
    "設置",
    "配置",
)


def test_the_traditional_window_is_written_as_in_taiwan() -> None:
    bad = []
    for message in ET.parse(TRANSLATIONS / "leshua_zh_TW.ts").getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        for text in [f.text for f in translation.findall("numerusform")] or [translation.text]:
            text = text or ""
            if SIMPLIFIED_ONLY.intersection(text) or any(w in text for w in MAINLAND_WORDS):
                bad.append(text)
    assert bad == []


# Characters that exist only in traditional Chinese: none may appear in the zh_CN window.
TRADITIONAL_ONLY = set(
    "範戶盒訂單號詢錄關閉敗驗簽銀寶碼務統錯誤設據時間結優實紅詳標識類態賬網請連為這沒還應與頁證數樂記說環認鑰給"
)


def test_the_simplified_window_has_no_traditional_characters() -> None:
    bad = []
    for message in ET.parse(TRANSLATIONS / "leshua_zh_CN.ts").getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        for text in [f.text for f in translation.findall("numerusform")] or [translation.text]:
            if TRADITIONAL_ONLY.intersection(text or ""):
                bad.append(text)
    assert bad == []


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_shipped_qm_is_compiled_from_the_ts(tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"leshua_{lang}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(TRANSLATIONS / f"leshua_{lang}.ts"), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (TRANSLATIONS / f"leshua_{lang}.qm").read_bytes(), (
        f"resources/translations/leshua_{lang}.qm is stale: run pyside6-lrelease"
    )
