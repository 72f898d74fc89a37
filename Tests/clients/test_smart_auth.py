"""SMART on FHIR against the sandbox with the official `fhirclient`: a standalone patient launch
with PKCE, a backend-services client with a signed JWT assertion, and the resource server's 401
and 403 answers."""

import base64
import json
import pathlib
import subprocess
import tempfile
import time
import urllib.parse

import requests
from fhirclient import client
from fhirclient.models.observation import Observation

from conftest import PRACTICE

PATIENT_APP = "0oasandboxpatient001"
REDIRECT = "http://127.0.0.1/callback"


def test_standalone_patient_launch_with_pkce_then_read(sandbox):
    smart = client.FHIRClient(
        settings={
            "app_id": PATIENT_APP,
            "api_base": sandbox.fhir_base + "/",
            "redirect_uri": REDIRECT,
            "scope": "openid fhirUser patient/*.read",
        }
    )
    authorize_url = smart.authorize_url
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(authorize_url).query))
    assert query["code_challenge_method"] == "S256"
    assert "launch/patient" in query["scope"]

    # Pre-approved headlessly for the seeded portal user of patient 1001.
    answer = requests.get(authorize_url + "&login_hint=patient1001", allow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.text
    callback = answer.headers["Location"]
    assert callback.startswith(REDIRECT)

    smart.handle_callback(callback)
    assert smart.ready
    assert smart.patient_id == "a-195900.E-1001"
    assert smart.patient.id == "a-195900.E-1001"

    search = Observation.where(struct={"patient": smart.patient_id, "ah-practice": PRACTICE, "_count": "5"})
    observations = list(search.perform_resources_iter(smart.server))
    assert observations and all(o.subject.reference == "Patient/a-195900.E-1001" for o in observations)

    # The token reaches only this patient's compartment.
    other = requests.get(
        f"{sandbox.fhir_base}/Patient/a-195900.E-1002",
        headers={"Authorization": f"Bearer {smart.server.auth.access_token}"},
        timeout=10,
    )
    assert other.status_code == 403


def openssl(*arguments: str, data: bytes | None = None) -> bytes:
    return subprocess.run(["openssl", *arguments], input=data, capture_output=True, check=True).stdout


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def test_backend_services_client_authenticates_with_a_signed_assertion(sandbox):
    with tempfile.TemporaryDirectory() as directory:
        key = pathlib.Path(directory) / "key.pem"
        openssl("genrsa", "-out", str(key), "2048")
        modulus = openssl("rsa", "-in", str(key), "-noout", "-modulus").decode().strip().split("=", 1)[1]
        jwk = {"kty": "RSA", "kid": "test-key", "alg": "RS384", "n": b64url(bytes.fromhex(modulus)), "e": "AQAB"}

        registered = requests.post(
            f"{sandbox.base_url}/_sandbox/clients",
            json={
                "client_name": "Backend test",
                "kind": "service",
                "authentication": "jwks",
                "jwks": {"keys": [jwk]},
                "scope": "system/Patient.read system/Observation.rs",
            },
            timeout=10,
        )
        assert registered.status_code in (200, 201), registered.text
        client_id = registered.json()["client_id"]

        now = int(time.time())
        header = {"alg": "RS384", "typ": "JWT", "kid": "test-key"}
        claims = {"iss": client_id, "sub": client_id, "aud": sandbox.token_url, "jti": f"jti-{now}", "exp": 0}
        # An assertion's times may follow either the sandbox's simulated clock or the real one;
        # this one follows the sandbox's.
        claims["exp"] = sandbox_now(sandbox) + 240
        signing_input = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(claims).encode())}"
        signature = openssl("dgst", "-sha384", "-sign", str(key), data=signing_input.encode())
        assertion = f"{signing_input}.{b64url(signature)}"

    smart = client.FHIRClient(
        settings={
            "app_id": client_id,
            "api_base": sandbox.fhir_base + "/",
            "jwt_token": assertion,
            "scope": "system/Patient.read",
        }
    )
    smart.wants_patient = False
    smart.prepare()
    smart.authorize()
    assert smart.ready
    patient_id = sandbox.patient_ids()[0]
    read = smart.server.request_json(f"Patient/{patient_id}")
    assert read["id"] == patient_id

    # The granted scope was only Patient.read: Observations are forbidden.
    forbidden = requests.get(
        f"{sandbox.fhir_base}/Observation",
        params={"patient": patient_id, "ah-practice": PRACTICE},
        headers={"Authorization": f"Bearer {smart.server.auth.access_token}"},
        timeout=10,
    )
    assert forbidden.status_code == 403
    assert 'error="insufficient_scope"' in forbidden.headers["WWW-Authenticate"]

    # The same assertion cannot be replayed.
    replay = requests.post(
        sandbox.token_url,
        data={
            "grant_type": "client_credentials",
            "scope": "system/Patient.read",
            "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "client_assertion": assertion,
        },
        timeout=10,
    )
    assert replay.status_code in (400, 401)
    assert replay.json()["error"] == "invalid_client"


def sandbox_now(sandbox) -> int:
    """The sandbox's simulated now in seconds, read from a token's introspection."""
    introspection = requests.post(
        f"{sandbox.base_url}/oauth2/v1/introspect",
        data={"token": sandbox.service_token()},
        auth=("0oasandboxdefault001", "sandbox-default-service-client-secret"),
        timeout=10,
    )
    return introspection.json()["iat"]


def test_resource_server_answers_401_and_403_as_smart_clients_expect(sandbox):
    patient = f"{sandbox.fhir_base}/Patient/{sandbox.patient_ids()[0]}"
    missing = requests.get(patient, timeout=10)
    assert missing.status_code == 401
    assert missing.headers["WWW-Authenticate"].startswith("Bearer")
    assert "error=" not in missing.headers["WWW-Authenticate"]
    assert missing.json()["resourceType"] == "OperationOutcome"

    garbage = requests.get(patient, headers={"Authorization": "Bearer not-a-token"}, timeout=10)
    assert garbage.status_code == 401
    assert 'error="invalid_token"' in garbage.headers["WWW-Authenticate"]

    discovery = requests.get(f"{sandbox.fhir_base}/.well-known/smart-configuration", timeout=10)
    assert discovery.status_code == 200
    assert discovery.json()["code_challenge_methods_supported"] == ["S256"]
    assert discovery.json()["token_endpoint"] == sandbox.token_url
