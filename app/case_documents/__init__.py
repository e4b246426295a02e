"""Documents built from a case in the vault: the melding and the dossier, and their export.

`app.export` knows nothing of the vault; this package reads the stores and fills its content:

- `step_records`: step entries as the export's step records (who, when, what changed).
- `report_builder`: a melding drafted from the case, for the composer to edit.
- `dossier_builder`: the whole file of a case, with parts withheld on request.
- `exports`: the one way the UI saves or prints them (and the annual overview, which holds
  counts only), each logged in the audit log.

Documents are Dutch whatever the UI language (Veilig Thuis and the file are Dutch), so the
wording here is not marked for translation, like the rest of `app.export`.
"""
