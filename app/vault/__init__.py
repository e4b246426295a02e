"""The encrypted vault: SQLCipher database, key slots, schema, audit log and backups."""
