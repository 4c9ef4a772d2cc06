"""Qt translators: the app's own strings and Qt's qtbase, for the chosen language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from leshua_gui.core.text import labels
from leshua_gui.resource_files import resource

log = logging.getLogger(__name__)

UI_LANGS = ("zh_CN", "zh_TW", "en")
_installed: list[QTranslator] = []
_loaded: list[str] = []
_current = ["en"]


def ui_lang(setting: str) -> str:
    """The UI language for a settings value ("system", "zh_CN", "zh_TW" or "en")."""
    if setting in UI_LANGS:
        return setting
    system = labels.normalize_lang(QLocale.system().name())
    return system if system in UI_LANGS else "en"


def domain_lang(lang: str) -> labels.Lang:
    return "zh_CN" if lang == "zh_CN" else "zh_TW" if lang == "zh_TW" else "en"


def install(lang: str) -> list[str]:
    """Replace the installed translators; returns what loaded (for the About box and self-test)."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _loaded.clear()
    _current[0] = lang
    QLocale.setDefault(QLocale("en_US" if lang == "en" else lang))
    own = QTranslator(app)
    if own.load(str(resource("translations", f"leshua_{lang}.qm"))):
        app.installTranslator(own)
        _installed.append(own)
        _loaded.append(f"leshua_{lang}")
    else:
        log.warning("translation leshua_%s.qm not found", lang)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir) or qt.load(
        f"qtbase_{lang}", str(resource("translations"))
    ):
        app.installTranslator(qt)
        _installed.append(qt)
        _loaded.append(f"qtbase_{lang}")
    else:
        log.warning("Qt's qtbase_%s.qm not found in %s", lang, qt_dir)
    return list(_loaded)


def current() -> str:
    """The UI language last installed."""
    return _current[0]


def loaded() -> list[str]:
    return list(_loaded)
