#!/usr/bin/env bash
# macOS installers from the frozen build: a signed .app in a .dmg, and a .pkg for MDM.
#
#   bash packaging/macos/build.sh <version> <dist folder> <output folder>
#   (normally through `python3 run.py package` on a Mac)
#
# Runs only on macOS (codesign, hdiutil, pkgbuild, productbuild, notarytool); it cannot run on
# the Linux development machine. Signing and notarisation happen when these are set, and the
# script says plainly when they are not:
#   MACOS_SIGN_IDENTITY       "Developer ID Application: <name> (<team>)", in the keychain
#   MACOS_INSTALLER_IDENTITY  "Developer ID Installer: <name> (<team>)", for the .pkg
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarisation (an app-specific password)
#   MACOS_CERT_P12, MACOS_CERT_PASSWORD  (CI) the certificates as base64 .p12, put in a
#                                        throw-away keychain for this build
set -euo pipefail

version="$1"
dist="$2"
out="$3"
here="$(cd "$(dirname "$0")" && pwd)"
app="$dist/Meldcode Werkplek.app"
dmg="$out/meldcode-werkplek-$version.dmg"
pkg="$out/meldcode-werkplek-$version.pkg"
work="$(mktemp -d -t meldcode-macos)"
trap 'rm -rf "$work"' EXIT

[ -d "$app" ] || { echo "package: MISLUKT: $app ontbreekt (python3 run.py freeze)"; exit 1; }
mkdir -p "$out"

# -- CI: the signing certificates into a keychain of this build only --------------------------
if [ -n "${MACOS_CERT_P12:-}" ] && [ -n "${MACOS_CERT_PASSWORD:-}" ]; then
  keychain="$work/signing.keychain-db"
  keychain_password="$(uuidgen)"
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 3600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  echo "$MACOS_CERT_P12" | base64 --decode > "$work/signing.p12"
  security import "$work/signing.p12" -k "$keychain" -P "$MACOS_CERT_PASSWORD" \
    -T /usr/bin/codesign -T /usr/bin/productbuild
  rm -f "$work/signing.p12"
  security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" >/dev/null
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
fi

# -- sign the app: every binary inside first, then the bundle (no --deep) ------------------
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  sign=(codesign --force --timestamp --options runtime
        --entitlements "$here/entitlements.plist" --sign "$MACOS_SIGN_IDENTITY")
  find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' binary; do
      if file "$binary" | grep -q 'Mach-O'; then "${sign[@]}" "$binary"; fi
    done
  "${sign[@]}" "$app"
  codesign --verify --strict --verbose=2 "$app"
  signed=yes
else
  echo "== NIET ONDERTEKEND: MACOS_SIGN_IDENTITY ontbreekt; ad-hoc ondertekend (Gatekeeper weigert"
  echo "   dit op andere Macs). Alleen voor testen."
  codesign --force --deep --sign - "$app"
  signed=no
fi

# -- the .dmg: the app and a link to /Applications --------------------------------------------
mkdir "$work/dmg"
cp -R "$app" "$work/dmg/"
ln -s /Applications "$work/dmg/Applications"
rm -f "$dmg"
hdiutil create -volname "Meldcode Werkplek $version" -srcfolder "$work/dmg" -ov -format UDZO "$dmg"
if [ "$signed" = yes ]; then codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"; fi

# -- the .pkg: installs into /Applications, never relocated to another copy of the app --------
rm -rf "$work/root" && mkdir -p "$work/root" && cp -R "$app" "$work/root/"
pkgbuild --analyze --root "$work/root" "$work/components.plist" >/dev/null
plutil -replace 0.BundleIsRelocatable -bool NO "$work/components.plist"
pkgbuild --root "$work/root" --component-plist "$work/components.plist" \
  --install-location /Applications --identifier nl.meldcodewerkplek.app.pkg \
  --version "$version" --scripts "$here/scripts" "$work/component.pkg"
rm -f "$pkg"
if [ -n "${MACOS_INSTALLER_IDENTITY:-}" ]; then
  productbuild --package "$work/component.pkg" --sign "$MACOS_INSTALLER_IDENTITY" "$pkg"
else
  echo "== NIET ONDERTEKEND: MACOS_INSTALLER_IDENTITY ontbreekt; het .pkg is niet ondertekend."
  productbuild --package "$work/component.pkg" "$pkg"
fi

# -- notarisation ------------------------------------------------------------------------------
if [ "$signed" = yes ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] \
   && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  for file in "$dmg" "$pkg"; do
    xcrun notarytool submit "$file" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$file"
  done
else
  echo "== NIET GENOTARISEERD: APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD of ondertekening ontbreekt."
fi
echo "macOS: $dmg"
echo "macOS: $pkg"
