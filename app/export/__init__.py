"""Documents that leave the vault: always rendered in memory and encrypted before writing."""
