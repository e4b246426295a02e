"""The afwegingskader in the window: the weging as a dialog (`AssessmentDialog`), a stored
weging read-only (`view.AssessmentView`), the texts both show for an outcome (`texts`), and
the weging started or continued from a case (`case_weighing`)."""
