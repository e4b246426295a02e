"""The afwegingskader in the window: the weging as a dialog (`AssessmentDialog`), a stored
weging read-only (`view.AssessmentView`), and the texts both show for an outcome (`texts`)."""
