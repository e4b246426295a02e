"""Build the installer for this platform from the frozen build, and check it.

    python3 run.py package                  build and check the installer's contents
    python3 run.py package --check-install  also install it, run the installed program
                                            (--self-test, --version, --help), remove it and
                                            check that nothing of it is left and user data stays
                                            (CI: needs root or sudo, or an administrator)

Linux: a .deb (dpkg-deb). Windows: an MSI (WiX 3: candle and light; see packaging/windows/).
macOS: a .dmg with the signed .app and a .pkg for MDM (packaging/macos/build.sh).
The frozen build is reused when `python3 run.py freeze` has made it for this version;
otherwise it is made first. Installers land in packaging/dist/installers/.

Signing happens when the signing secrets are in the environment and is said plainly when not:
Windows WINDOWS_CERT_PFX (base64) and WINDOWS_CERT_PASSWORD; macOS see packaging/macos/build.sh.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import NoReturn

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = HERE / "dist"
FROZEN = DIST / "meldcode-werkplek"
OUT = DIST / "installers"
WORK = HERE / "build" / "installer"
ICONS = ROOT / "resources" / "icons"
PACKAGE = "meldcode-werkplek"
sys.path.insert(0, str(HERE))

import freeze  # noqa: E402 - beside this file
from windows.harvest import harvest  # noqa: E402


def version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def say(text: str) -> None:
    print(f"== {text}", flush=True)


def fail(text: str) -> NoReturn:
    raise SystemExit(f"package: MISLUKT: {text}")


def _newest_source() -> float:
    folders = [ROOT / "app", ROOT / "ui", ROOT / "resources"]
    files = [
        p
        for folder in folders
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    ]
    files += [ROOT / "pyproject.toml", HERE / "meldcode-werkplek.spec", HERE / "entry.py"]
    return max(p.stat().st_mtime for p in files)


def ensure_frozen() -> None:
    """Reuse the frozen build made from these sources (`python3 run.py freeze`); else build it
    and self-test it here, so `freeze` followed by `package` builds once."""
    built = FROZEN / "_internal" / "pyproject.toml"
    executable = freeze.frozen_executable()
    if executable.exists() and built.exists():
        frozen_version = tomllib.loads(built.read_text(encoding="utf-8"))["project"]["version"]
        if frozen_version == version() and executable.stat().st_mtime >= _newest_source():
            say(f"bevroren build {frozen_version} hergebruikt: {FROZEN}")
            return
    say("de bevroren build ontbreekt of is ouder dan de bronnen: opnieuw bevriezen")
    freeze.build()
    if freeze.self_test() != 0:
        fail("de bevroren --self-test")


def run(cmd: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    print("$ " + " ".join(cmd), flush=True)
    return subprocess.run(cmd, check=True, text=True, **kwargs)  # type: ignore[call-overload,no-any-return]


def as_admin(cmd: list[str]) -> list[str]:
    if os.name == "posix" and os.geteuid() != 0:
        if not shutil.which("sudo"):
            fail("root of sudo nodig voor --check-install")
        return ["sudo", *cmd]
    return cmd


def program_env(home: Path) -> dict[str, str]:
    """A user's environment with a fresh home: the installed program as a person would run it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MELDCODE_", "XDG_"))}
    env.update(HOME=str(home), USERPROFILE=str(home), QT_QPA_PLATFORM="offscreen")
    if os.name == "nt":
        env.update(APPDATA=str(home / "AppData" / "Roaming"))
        env.update(LOCALAPPDATA=str(home / "AppData" / "Local"))
    return env


def check_program(executable: Path, home: Path) -> None:
    """--version names this version, --help the CLI commands, --self-test passes."""
    env = program_env(home)
    shown = run([str(executable), "--version"], env=env, capture_output=True).stdout
    if version() not in shown:
        fail(f"--version toont {shown.strip()!r}, niet {version()}")
    helped = run([str(executable), "--help"], env=env, capture_output=True).stdout
    for word in ("--self-test", "verify", "backup"):
        if word not in helped:
            fail(f"--help noemt {word} niet")
    run([str(executable), "--self-test"], env=env)


# -- Linux: .deb ----------------------------------------------------------------------------


def deb_path() -> Path:
    arch = run(["dpkg", "--print-architecture"], capture_output=True).stdout.strip()
    return OUT / f"{PACKAGE}_{version()}_{arch}.deb"


def build_deb() -> Path:
    for tool in ("dpkg-deb", "dpkg"):
        if not shutil.which(tool):
            fail(f"{tool} ontbreekt (apt-get install dpkg-dev)")
    stage = WORK / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    opt = stage / "opt" / PACKAGE
    shutil.copytree(FROZEN, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(HERE / "linux" / f"{PACKAGE}.desktop", applications)
    for size in (16, 32, 48, 64, 128, 256, 512):
        folder = stage / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(ICONS / f"{PACKAGE}-{size}.png", folder / f"{PACKAGE}.png")
    docs = stage / "usr" / "share" / "doc" / PACKAGE
    docs.mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "beheer.md", docs)
    shutil.copy(ROOT / "resources" / "policy.example.json", docs)
    (docs / "copyright").write_text("Meldcode Werkplek\nLicense: EUPL-1.2\n", encoding="utf-8")
    # The administrator's policy folder; dpkg removes it on purge only while it is empty.
    (stage / "etc" / "xdg" / "MeldcodeWerkplek").mkdir(parents=True)
    for path in stage.rglob("*"):
        if path.is_symlink():
            continue
        executable = path.is_dir() or os.access(path, os.X_OK)
        path.chmod(0o755 if executable else 0o644)
    installed_kib = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    control = (HERE / "linux" / "control.in").read_text(encoding="utf-8")
    arch = run(["dpkg", "--print-architecture"], capture_output=True).stdout.strip()
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(
        control.format(version=version(), architecture=arch, installed_kib=installed_kib),
        encoding="utf-8",
    )
    OUT.mkdir(parents=True, exist_ok=True)
    target = deb_path()
    # --root-owner-group: every file owned by root without running as root (as fakeroot does).
    run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(stage), str(target)])
    return target


def check_deb_contents(deb: Path) -> None:
    info = run(["dpkg-deb", "--field", str(deb), "Package", "Version"], capture_output=True).stdout
    if f"Version: {version()}" not in info:
        fail(f"versie in {deb.name}: {info!r}")
    listing = run(["dpkg-deb", "--contents", str(deb)], capture_output=True).stdout
    for wanted in (
        f"./opt/{PACKAGE}/{PACKAGE}",
        f"./usr/bin/{PACKAGE} -> /opt/{PACKAGE}/{PACKAGE}",
        f"./usr/share/applications/{PACKAGE}.desktop",
        f"./usr/share/icons/hicolor/256x256/apps/{PACKAGE}.png",
        "./etc/xdg/MeldcodeWerkplek/",
        f"./opt/{PACKAGE}/_internal/resources/schemas/policy.schema.json",
    ):
        if wanted not in listing:
            fail(f"{deb.name} mist {wanted}")
    if " root/root " not in listing or any(
        line.split()[1] != "root/root" for line in listing.splitlines()
    ):
        fail("niet alles in het pakket is van root")
    say(f"{deb.name}: inhoud klopt ({len(listing.splitlines())} regels)")


def check_install_deb(deb: Path) -> None:
    if not shutil.which("apt-get"):
        fail("--check-install vraagt een Debian-achtig systeem (apt-get)")
    installed_before = subprocess.run(
        ["dpkg-query", "-W", PACKAGE], capture_output=True, check=False
    ).returncode
    if installed_before == 0:
        fail(f"{PACKAGE} is al geïnstalleerd; de controle zou het verwijderen")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    # A path with a slash: apt-get installs the file and what it depends on.
    run(as_admin(["apt-get", "install", "-y", "-qq", str(deb.resolve())]), env=env)
    files = run(["dpkg-query", "-L", PACKAGE], capture_output=True).stdout.split()
    policy_dir = Path("/etc/xdg/MeldcodeWerkplek")
    with tempfile.TemporaryDirectory(prefix="meldcode-user-") as tmp:
        home = Path(tmp)
        on_path = shutil.which(PACKAGE, path="/usr/bin")
        if on_path is None or Path(on_path).resolve() != Path(f"/opt/{PACKAGE}/{PACKAGE}"):
            fail(f"{PACKAGE} staat niet op het PATH naar /opt")
        for wanted in (f"/usr/share/applications/{PACKAGE}.desktop", str(policy_dir)):
            if not Path(wanted).exists():
                fail(f"{wanted} ontbreekt na installatie")
        check_program(Path(f"/usr/bin/{PACKAGE}"), home)
        check_policy_is_the_systems(Path(f"/usr/bin/{PACKAGE}"), home, policy_dir)
        # The user's data: a vault folder and settings the program would keep in the home.
        user_data = home / ".local" / "share" / "MeldcodeWerkplek" / "kluis" / "vault.db"
        user_data.parent.mkdir(parents=True)
        user_data.write_bytes(b"versleuteld")
        run(as_admin(["apt-get", "remove", "-y", "-qq", PACKAGE]), env=env)
        if Path(f"/opt/{PACKAGE}/{PACKAGE}").exists() or Path(f"/usr/bin/{PACKAGE}").exists():
            fail("het programma staat er nog na apt-get remove")
        # Without conffiles `remove` already removed everything; purge makes sure of it.
        run(as_admin(["dpkg", "--purge", PACKAGE]), env=env)
        known = subprocess.run(
            ["dpkg-query", "-W", "-f", "${db:Status-Status}", PACKAGE],
            capture_output=True,
            text=True,
            check=False,
        )
        if known.returncode == 0 and known.stdout.strip() not in {"", "not-installed"}:
            fail(f"dpkg kent het pakket nog: {known.stdout.strip()}")
        # Every path of ours names the program; shared folders such as /usr/bin do not.
        ours = [f for f in files if "meldcode" in f.lower()]
        left = [f for f in ours if Path(f).exists() or Path(f).is_symlink()]
        if left:
            fail(f"na verwijderen staat er nog: {sorted(set(left))[:10]}")
        if not user_data.exists() or user_data.read_bytes() != b"versleuteld":
            fail("de gegevens van de gebruiker zijn aangeraakt")
    say(f"{deb.name}: installeren, draaien en verwijderen geslaagd; gebruikersgegevens bleven")


def check_policy_is_the_systems(executable: Path, home: Path, policy_dir: Path) -> None:
    """The installed program reads the system's policy and ignores MELDCODE_POLICY."""
    policy = policy_dir / "policy.json"
    broken = home / "broken.json"
    broken.write_bytes(b'{"locked": {"auto_lock_minutes": 99999}}')
    run(as_admin(["cp", str(broken), str(policy)]))
    try:
        env = dict(program_env(home), MELDCODE_POLICY="/dev/null")
        result = subprocess.run(
            [str(executable), "users"], env=env, capture_output=True, text=True, check=False
        )
        if "onleesbaar" not in result.stderr:
            fail(f"het geïnstalleerde programma meldt het kapotte beleid niet: {result.stderr!r}")
    finally:
        run(as_admin(["rm", "-f", str(policy)]))
    say("het geïnstalleerde programma leest het beleid van het systeem, niet MELDCODE_POLICY")


# -- Windows: MSI ---------------------------------------------------------------------------

MSI_SOURCE = HERE / "windows" / "meldcode-werkplek.wxs"


def msi_path() -> Path:
    return OUT / f"{PACKAGE}-{version()}-x64.msi"


def windows_signing() -> tuple[Path, str] | None:
    pfx, password = os.environ.get("WINDOWS_CERT_PFX"), os.environ.get("WINDOWS_CERT_PASSWORD")
    if not pfx or not password:
        say("NIET ONDERTEKEND: geen WINDOWS_CERT_PFX/WINDOWS_CERT_PASSWORD; SmartScreen waarschuwt")
        return None
    file = WORK / "signing.pfx"
    file.write_bytes(base64.b64decode(pfx))
    return file, password


def signtool(files: list[Path], signing: tuple[Path, str]) -> None:
    pfx, password = signing
    run(
        [
            "signtool", "sign", "/fd", "SHA256", "/td", "SHA256",
            "/tr", "http://timestamp.digicert.com", "/f", str(pfx), "/p", password,
            *map(str, files),
        ]
    )  # fmt: skip


def wix_bin(install: bool = True) -> Path:
    """WiX 3's bin folder: %WIX% (its installer sets it), the usual place, or installed in CI."""
    candidates = [Path(os.environ["WIX"]) / "bin"] if os.environ.get("WIX") else []
    program_files = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
    candidates += sorted(program_files.glob("WiX Toolset v3*/bin"), reverse=True)
    for folder in candidates:
        if (folder / "candle.exe").exists():
            return folder
    if install and os.environ.get("CI") and shutil.which("choco"):
        run(["choco", "install", "wixtoolset", "--yes", "--no-progress"])
        return wix_bin(install=False)
    fail("WiX 3 ontbreekt (candle.exe); installeer het, bijvoorbeeld: choco install wixtoolset")


def build_msi() -> Path:
    wix = wix_bin()
    candle, light = wix / "candle.exe", wix / "light.exe"
    WORK.mkdir(parents=True, exist_ok=True)
    signing = windows_signing()
    if signing:
        signtool(sorted(FROZEN.glob("*.exe")), signing)
    files_wxs = WORK / "files.wxs"
    harvest(FROZEN).write(files_wxs, encoding="utf-8", xml_declaration=True)
    defines = [
        f"-dVersion={version()}",
        f"-dSourceDir={FROZEN}",
        f"-dIconFile={ICONS / 'meldcode-werkplek.ico'}",
    ]
    objects = WORK / "obj"
    run([str(candle), "-nologo", "-arch", "x64", *defines, "-out", f"{objects}\\",
         str(MSI_SOURCE), str(files_wxs)])  # fmt: skip
    OUT.mkdir(parents=True, exist_ok=True)
    target = msi_path()
    run([str(light), "-nologo", "-out", str(target), *map(str, sorted(objects.glob("*.wixobj")))])
    if signing:
        signtool([target], signing)
    return target


def check_install_msi(msi: Path) -> None:
    folder = Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Meldcode Werkplek"
    program_data = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
    shortcut = program_data / "Microsoft/Windows/Start Menu/Programs/Meldcode Werkplek.lnk"
    run(["msiexec", "/i", str(msi), "/qn", "/norestart", "/l*v", str(WORK / "install.log")])
    with tempfile.TemporaryDirectory(prefix="meldcode-user-") as tmp:
        home = Path(tmp)
        for wanted in (
            folder / "meldcode-werkplek.exe",
            shortcut,
            program_data / "MeldcodeWerkplek",
        ):
            if not wanted.exists():
                fail(f"{wanted} ontbreekt na installatie")
        check_program(folder / "meldcode-werkplek-cli.exe", home)
        user_data = home / "AppData" / "Local" / "MeldcodeWerkplek" / "kluis" / "vault.db"
        user_data.parent.mkdir(parents=True)
        user_data.write_bytes(b"versleuteld")
        run(["msiexec", "/x", str(msi), "/qn", "/norestart", "/l*v", str(WORK / "remove.log")])
        for gone in (folder, shortcut, program_data / "MeldcodeWerkplek"):
            if gone.exists():
                fail(f"{gone} staat er nog na verwijderen")
        if not user_data.exists():
            fail("de gegevens van de gebruiker zijn aangeraakt")
    say(f"{msi.name}: stil installeren, draaien en verwijderen geslaagd")


# -- macOS: .dmg and .pkg -------------------------------------------------------------------


def build_macos() -> list[Path]:
    run(["bash", str(HERE / "macos" / "build.sh"), version(), str(DIST), str(OUT)])
    return [OUT / f"{PACKAGE}-{version()}.dmg", OUT / f"{PACKAGE}-{version()}.pkg"]


def check_install_pkg(pkg: Path) -> None:
    app = Path("/Applications/Meldcode Werkplek.app")
    run(as_admin(["installer", "-pkg", str(pkg), "-target", "/"]))
    with tempfile.TemporaryDirectory(prefix="meldcode-user-") as tmp:
        home = Path(tmp)
        check_program(app / "Contents" / "MacOS" / PACKAGE, home)
        user_data = home / "Library" / "Application Support" / "MeldcodeWerkplek" / "vault.db"
        user_data.parent.mkdir(parents=True)
        user_data.write_bytes(b"versleuteld")
        # A .pkg has no uninstaller: this is what docs/beheer.md tells administrators to do.
        run(["bash", str(HERE / "macos" / "uninstall.sh")])
        if app.exists():
            fail(f"{app} staat er nog na verwijderen")
        if not user_data.exists():
            fail("de gegevens van de gebruiker zijn aangeraakt")
    say(f"{pkg.name}: installeren, draaien en verwijderen geslaagd")


def main(argv: list[str]) -> int:
    check_install = "--check-install" in argv
    ensure_frozen()
    built: list[Path]
    if sys.platform.startswith("linux"):
        deb = build_deb()
        check_deb_contents(deb)
        if check_install:
            check_install_deb(deb)
        built = [deb]
    elif sys.platform == "win32":
        msi = build_msi()
        if check_install:
            check_install_msi(msi)
        built = [msi]
    elif sys.platform == "darwin":
        built = build_macos()
        if check_install:
            check_install_pkg(built[1])
    else:
        fail(f"geen installer voor {sys.platform}")
    (OUT / "installers.json").write_text(json.dumps([str(p) for p in built]), encoding="utf-8")
    for path in built:
        print(f"installer: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
