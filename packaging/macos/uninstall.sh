#!/usr/bin/env bash
# Remove Meldcode Werkplek from a Mac (a .pkg has no uninstaller of its own): the app and the
# installer's receipt. Users' data (~/Library/Application Support/MeldcodeWerkplek) and the
# administrator's policy stay; the policy folder goes only when it is empty.
set -euo pipefail
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo rm -rf "/Applications/Meldcode Werkplek.app"
$sudo pkgutil --forget nl.meldcodewerkplek.app.pkg >/dev/null 2>&1 || true
$sudo rmdir "/Library/Application Support/MeldcodeWerkplek" 2>/dev/null || true
echo "Meldcode Werkplek verwijderd; gegevens van gebruikers en het beleid zijn blijven staan."
