"""The melding to Veilig Thuis and the dossier on paper: composing, exporting, printing.

- `composer`: the melding, pre-filled from the case, checked at its fields, then the reminder
  (112 first, VT's phone line before anything written) and the encrypted export.
- `export_panel`: the one way a document leaves: a folder, a worker with progress and cancel,
  then the passphrase, shown once (`passphrase_dialog`, `clipboard_guard`).
- `dossier_dialog`: the dossier with parts withheld, as encrypted PDF or printed directly.
- `registration_dialog`: the melding as registered in the case; `feedback_dialog`: VT's
  dossiernummer and feedback; `annual_dialog`: the jaaroverzicht of a practice (counts only).
- `case_reports`: the melding and the dossier opened from a case, exported through the core's
  logged functions (`app.case_documents.exports`).
"""
