"""The meldcode steps in the case view: the bar, the pages, the cards and the dialogs."""
