"""Documents that leave the vault: always rendered in memory and encrypted before writing.

- `report_content`, `steps`, `dossier`: what a melding and a dossier hold (plain dataclasses).
- `report_validation`: Dutch messages per field before anything is rendered.
- `document`: a toolkit-free document model; `report_document` and `dossier` build it.
- `pdf`: renders the model with reportlab into bytes; `encryption`: AES-256 R6 via pikepdf.
- `report_json`: the melding as JSON (`melding.json`) checked against its shipped schema.
- `exporter`: the one path to disk (neutral name, atomic write, progress and cancel).
- `phone_passphrase`: the passphrase read out to Veilig Thuis; `veilig_thuis`: the regions.
"""
