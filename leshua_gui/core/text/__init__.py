"""Every domain word in zh_CN, zh_TW and en."""
