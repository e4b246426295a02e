"""Key handling: passphrase KDF, key slots, recovery codes, the device secret."""
