"""A real PostgreSQL for the tests: its own cluster in a temporary folder, on 127.0.0.1 only.

`PostgresServer.start()` runs `initdb` into a fresh folder, picks a free port, starts the server
with `pg_ctl` (no Unix socket, TCP on 127.0.0.1 only, password authentication) and waits until
it answers; `stop()` stops it and removes the folder. The binaries come from `pg_config
--bindir`, else from Debian's /usr/lib/postgresql/<version>/bin, else from PATH.

PostgreSQL refuses to run as root; when the tests run as root (a CI container), the server runs
as the `postgres` user that Debian's package creates, through `runuser`.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from tests.support import require_tool

SUPERUSER = "meldcode_beheer"
START_ATTEMPTS = 3


def find_bindir() -> Path:
    """The folder of initdb/pg_ctl/pg_dump; skips (or fails under CI=true) when there is none."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True, timeout=30
            ).stdout.strip()
            candidates.append(Path(out))
    candidates += sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: _version_of(p.parent.name),
        reverse=True,
    )
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return Path(require_tool("initdb")).parent


def _version_of(name: str) -> int:
    return int(name) if name.isdigit() else 0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    bindir: Path
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="meldcode-pg-")))
    password: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    port: int = 0
    # The tests trade durability for speed; the bench's timed server writes as a practice's does.
    durable: bool = False
    _run_as: list[str] = field(default_factory=list)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def url(self, dbname: str = "postgres", user: str = SUPERUSER, password: str = "") -> str:
        secret = quote(password or self.password, safe="")
        return (
            f"postgresql://{quote(user, safe='')}:{secret}@127.0.0.1:{self.port}/"
            f"{quote(dbname, safe='')}?sslmode=disable"
        )

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self._run_as, *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            cwd=self.root,
        )

    def _owner(self, recursive: bool = False) -> tuple[int, int] | None:
        """As root: hand `root` to the `postgres` user the Debian package brings (the server
        will not run as root) and run its programs as that user; else None."""
        if not (hasattr(os, "geteuid") and os.geteuid() == 0):
            return None
        import pwd  # Unix only, like running as root

        owner = pwd.getpwnam("postgres")
        ids = (owner.pw_uid, owner.pw_gid)
        os.chown(self.root, *ids)
        if recursive:
            for folder, dirs, files in os.walk(self.root):
                for name in dirs + files:
                    os.chown(os.path.join(folder, name), *ids, follow_symlinks=False)
        self._run_as = [require_tool("runuser"), "-u", "postgres", "--"]
        return ids

    def start_existing(self) -> None:
        """Start a cluster already in `data_dir` (copied there, say), on a free port."""
        self._owner(recursive=True)
        (self.data_dir / "postmaster.pid").unlink(missing_ok=True)
        started = None
        for _ in range(START_ATTEMPTS):
            self.port = free_port()
            started = self._pg_ctl_start()
            if started.returncode == 0:
                return
        self._failed_to_start(started)

    def start(self) -> None:
        owner = self._owner()
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n", encoding="utf-8")
        if owner is not None:
            os.chown(pwfile, *owner)
        pwfile.chmod(0o600)
        init = self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data_dir),
            "-U",
            SUPERUSER,
            f"--pwfile={pwfile}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",
        )
        pwfile.unlink()
        if init.returncode != 0:
            raise RuntimeError(f"initdb faalde:\n{init.stdout}\n{init.stderr}")
        started = None
        for _ in range(START_ATTEMPTS):
            self.port = free_port()
            started = self._pg_ctl_start()
            if started.returncode == 0:
                return
        self._failed_to_start(started)

    def restart(self) -> None:
        """Start the stopped server again, on the same folder and port (a server restart)."""
        self._failed_to_start(self._pg_ctl_start())

    def _pg_ctl_start(self) -> subprocess.CompletedProcess[str]:
        return self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data_dir),
            "-l",
            str(self.log_file),
            "-w",
            "-t",
            "60",
            "-o",
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories=''"
            + ("" if self.durable else " -c fsync=off -c full_page_writes=off"),
            "start",
        )

    def _failed_to_start(self, started: subprocess.CompletedProcess[str] | None) -> None:
        if started is not None and started.returncode == 0:
            return
        log = self.log_file.read_text(errors="replace") if self.log_file.exists() else ""
        stderr = started.stderr if started is not None else ""
        raise RuntimeError(f"PostgreSQL startte niet:\n{stderr}\n{log}")

    def stop(self, mode: str = "fast") -> None:
        if self.data_dir.exists():
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data_dir), "-m", mode, "stop")

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def pg_dump(self, dbname: str) -> bytes:
        """A plain-SQL dump of one database, as an administrator would take a backup."""
        env = {**os.environ, "PGPASSWORD": self.password}
        done = subprocess.run(
            [
                str(self.bindir / "pg_dump"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                SUPERUSER,
                "--format=plain",
                dbname,
            ],
            capture_output=True,
            env=env,
            timeout=120,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr.decode(errors="replace"))
        return done.stdout
