"""Qt-free core: the Leshua protocol, the gateway client, polling, profiles and history."""
