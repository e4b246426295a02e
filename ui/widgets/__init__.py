"""Small widgets shared by the windows and dialogs."""
