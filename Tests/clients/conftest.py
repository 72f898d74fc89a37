"""Starts the sandbox binary for the client tests, the way a user would run it."""

import os
import pathlib
import re
import signal
import sqlite3
import subprocess
import tempfile

import pytest
import requests

PACKAGE_ROOT = pathlib.Path(__file__).resolve().parents[2]
SYNTHEA_DIR = PACKAGE_ROOT.parent / "shared" / "reference" / "synthea"
PRACTICE = "Organization/a-1.Practice-195900"
DEFAULT_CLIENT_ID = "0oasandboxdefault001"
DEFAULT_CLIENT_SECRET = "sandbox-default-service-client-secret"


def sandbox_binary() -> str:
    binary = os.environ.get("ATHENA_SANDBOX_BINARY")
    if binary:
        return binary
    for configuration in ("release", "debug"):
        candidate = PACKAGE_ROOT / ".build" / configuration / "athena-sandbox"
        if candidate.exists():
            return str(candidate)
    pytest.exit("athena-sandbox is not built; run scripts/test", returncode=2)


def run_cli(*arguments: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sandbox_binary(), *arguments], capture_output=True, text=True, timeout=600, check=check
    )


class RunningSandbox:
    """A `serve` process on a free port over its own database file."""

    def __init__(self, database: pathlib.Path, *extra: str):
        self.database = database
        self.process = subprocess.Popen(
            [sandbox_binary(), "serve", "--port", "0", "--db", str(database), *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = self.process.stdout.readline()
        match = re.search(r"listening on (http://\S+)", line)
        if not match:
            self.process.kill()
            raise RuntimeError(f"sandbox did not start: {line!r} {self.process.stderr.read()!r}")
        self.base_url = match.group(1)
        self.fhir_base = self.base_url + "/fhir/r4"
        self.token_url = self.base_url + "/oauth2/v1/token"
        self._service_token = None

    def service_token(self) -> str:
        """One client-credentials token for the default client, fetched once and reused."""
        if self._service_token is None:
            response = requests.post(
                self.token_url,
                data={"grant_type": "client_credentials", "scope": "system/*.read"},
                auth=(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET),
                timeout=10,
            )
            response.raise_for_status()
            self._service_token = response.json()["access_token"]
        return self._service_token

    def auth_headers(self) -> dict:
        return {"Authorization": f"Bearer {self.service_token()}"}

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=20)
        finally:
            self.process.stdout.close()
            self.process.stderr.close()

    def patient_ids(self) -> list[str]:
        with sqlite3.connect(self.database) as connection:
            rows = connection.execute("SELECT id FROM resource WHERE type = 'Patient' ORDER BY position")
            return [row[0] for row in rows]


@pytest.fixture(scope="session")
def sandbox():
    with tempfile.TemporaryDirectory() as directory:
        running = RunningSandbox(pathlib.Path(directory) / "sandbox.sqlite", "--patients", "12")
        yield running
        assert running.stop() == 0, "serve did not shut down cleanly on SIGTERM"
