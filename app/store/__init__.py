"""Reading and writing the domain in the vault; every change is logged in the same transaction."""
