"""The domain model: cases, people involved, signals, and their validation."""
