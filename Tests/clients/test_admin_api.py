"""The `/_sandbox` admin API against its OpenAPI document, docs/admin-openapi.yaml.

Every operation is fuzzed with schemathesis over a real socket: requests built from the
document's examples, from its schemas (valid data) and from data the schemas rule out. Each
answer must not be a 5xx, and its status, `Content-Type`, required headers and body must be
the ones the document lists for that operation. The runs are bounded (a fixed number of cases
per operation, no shrinking) and derandomized. With the same `PYTHONHASHSEED` the same
requests are sent every time; without it, the order in which schemathesis mutates data for the
invalid cases follows Python's per-process string hashing, so those cases vary between runs.

The admin calls delete clients, move the clock and reset the data, so they go to a sandbox of
their own.
"""

import json
import pathlib
import re
import tempfile
import warnings

import hypothesis
import jsonschema
import openapi_spec_validator
import pytest
import requests
import yaml
from hypothesis import HealthCheck, Phase

# schemathesis 3.x still uses the RefResolver API that jsonschema 4.18 deprecated; the warnings
# say nothing about the sandbox.
JSONSCHEMA_DEPRECATIONS = "ignore:jsonschema.*:DeprecationWarning"
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", "jsonschema", DeprecationWarning)
    import schemathesis
    from schemathesis.checks import not_a_server_error
    from schemathesis.generation import DataGenerationMethod
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        response_headers_conformance,
        response_schema_conformance,
        status_code_conformance,
    )
    from schemathesis.specs.openapi.converter import to_json_schema_recursive

from conftest import PACKAGE_ROOT, RunningSandbox

pytestmark = pytest.mark.filterwarnings(JSONSCHEMA_DEPRECATIONS)

DOCUMENT_PATH = PACKAGE_ROOT / "docs" / "admin-openapi.yaml"
DOCUMENT = yaml.safe_load(DOCUMENT_PATH.read_text())
METHODS = ("get", "post", "put", "patch", "delete")
OPERATIONS = [
    (method.upper(), path, operation["operationId"])
    for path, item in DOCUMENT["paths"].items()
    for method, operation in item.items()
    if method in METHODS
]
ERROR_SCHEMA = DOCUMENT["components"]["schemas"]["Error"]
CLOCK_START = "2026-01-15T14:00:00Z"

# Answers are judged on these; `negative_data_rejection` is left out because several routes
# are documented to read a wrong-typed optional member as absent (reset's booleans, for one).
CHECKS = (
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
)
CASES_PER_OPERATION = 30
NEGATIVE_CASES_PER_OPERATION = 15

UTC_INSTANT = re.compile(DOCUMENT["components"]["schemas"]["UTCInstant"]["pattern"])


@pytest.fixture(scope="module")
def admin_sandbox():
    with tempfile.TemporaryDirectory() as directory:
        running = RunningSandbox(pathlib.Path(directory) / "admin.sqlite", "--patients", "5")
        yield running
        assert running.stop() == 0, "serve did not shut down cleanly after the admin API runs"


@pytest.fixture(scope="module")
def admin_schema(admin_sandbox):
    return schemathesis.from_path(str(DOCUMENT_PATH), base_url=admin_sandbox.base_url)


def test_document_is_valid_openapi_3_0():
    openapi_spec_validator.validate(DOCUMENT)
    assert DOCUMENT["openapi"] == "3.0.3"


class OperationFuzzer:
    """Sends schemathesis cases for one operation and judges each answer."""

    def __init__(self, sandbox, operation):
        self.sandbox = sandbox
        self.operation = operation
        self.session = requests.Session()
        self.statuses = []

    def run(self, strategy, max_examples):
        @hypothesis.settings(
            max_examples=max_examples,
            derandomize=True,
            database=None,
            deadline=None,
            phases=(Phase.explicit, Phase.generate),
            suppress_health_check=list(HealthCheck),
        )
        @hypothesis.given(case=strategy)
        def exercise(case):
            self.exercise(case)

        exercise()

    def exercise(self, case):
        keep_admin_reachable(case)
        response = case.call(session=self.session, timeout=15)
        self.statuses.append(response.status_code)
        if self.operation.method.upper() == "POST" and self.operation.path == "/_sandbox/clock":
            self.restore_clock()
        case.validate_response(response, checks=CHECKS)

    def restore_clock(self):
        # Keeps every clock case starting from the same instant; see
        # test_advancing_the_clock_past_its_largest_instant_is_refused for why it matters.
        answer = self.session.post(f"{self.sandbox.base_url}/_sandbox/clock", json={"set": CLOCK_START}, timeout=10)
        assert answer.status_code == 200, answer.text


def keep_admin_reachable(case):
    """Points generated fault rules and deprecations away from `/_sandbox` itself.

    A fault rule naming `family: admin` would fail the very calls this run makes (that is
    what it is for), and a sunset deprecation whose pattern covers `/_sandbox` refuses them
    (see test_deprecation_covering_every_path_leaves_the_admin_api_reachable).
    """
    if case.operation.method.upper() != "POST" or not isinstance(case.body, dict):
        return
    if case.operation.path == "/_sandbox/faults":
        rules = case.body.get("rules") if isinstance(case.body.get("rules"), list) else [case.body]
        for rule in rules:
            match = rule.get("match") if isinstance(rule, dict) else None
            if isinstance(match, dict) and match.get("family") == "admin":
                match["family"] = "other"
        if isinstance(case.body.get("flag"), str):
            case.body["flag"] = re.sub(r"(?i)family=admin", "family=other", case.body["flag"])
    elif case.operation.path.startswith("/_sandbox/deprecations"):
        entries = case.body.get("deprecations")
        for entry in entries if isinstance(entries, list) else [case.body]:
            match = entry.get("match") if isinstance(entry, dict) else None
            if isinstance(match, dict):
                steer_deprecation_match(match)


def steer_deprecation_match(match):
    if isinstance(match.get("path"), str):
        match["path"] = "/fuzz" + match["path"]
    elif "method" in match:
        match["path"] = "/fuzz/**"
    if "parameter" in match and "resourceType" not in match:
        match["resourceType"] = "Observation"


def takes_query_or_body(operation):
    # A path parameter is text whatever the schema says, so it has no invalid form to send.
    return bool(len(operation.query) or len(operation.body))


# What each `{id}` path gets to work on besides generated ids, which name nothing.
TARGETS = {
    "/_sandbox/clients/{id}": (
        "/_sandbox/clients",
        {"client_id": "fuzz-target", "kind": "service", "scope": "system/*.read"},
    ),
    "/_sandbox/faults/{id}": (
        "/_sandbox/faults",
        {"id": "fuzz-target", "match": {"path": "/fuzz"}, "action": {"type": "reset"}},
    ),
    "/_sandbox/deprecations/{id}": (
        "/_sandbox/deprecations",
        {"id": "fuzz-target", "kind": "endpoint", "match": {"path": "/fuzz"}, "deprecation": "2026-01-01"},
    ),
}


def prepare_target(sandbox, path):
    """Makes sure the entry `fuzz-target` exists under `path`, afresh."""
    collection, body = TARGETS[path]
    requests.delete(f"{sandbox.base_url}{collection}/fuzz-target", timeout=10)
    created = requests.post(sandbox.base_url + collection, json=body, timeout=10)
    assert created.status_code == 201, created.text


@pytest.mark.parametrize(
    "operation_id", [operation_id for _, _, operation_id in OPERATIONS], ids=[f"{m} {p}" for m, p, _ in OPERATIONS]
)
def test_operation_answers_as_documented(admin_sandbox, admin_schema, operation_id):
    operation = admin_schema.get_operation_by_id(operation_id)
    fuzzer = OperationFuzzer(admin_sandbox, operation)

    examples = operation.get_strategies_from_examples()
    if examples:
        fuzzer.run(hypothesis.strategies.one_of(examples), max_examples=len(examples) * 2)
    has_input = bool(len(operation.path_parameters) or takes_query_or_body(operation))
    # An operation without input has exactly one request to send.
    fuzzer.run(operation.as_strategy(), max_examples=CASES_PER_OPERATION if has_input else 1)
    negative = DataGenerationMethod.negative
    if operation.path in TARGETS:
        target = {"id": "fuzz-target"}
        prepare_target(admin_sandbox, operation.path)
        examples = operation.get_strategies_from_examples(as_strategy_kwargs={"path_parameters": target})
        if examples:
            fuzzer.run(hypothesis.strategies.one_of(examples), max_examples=len(examples) * 2)
        fuzzer.run(operation.as_strategy(path_parameters=target), max_examples=NEGATIVE_CASES_PER_OPERATION)
        if len(operation.body):
            prepare_target(admin_sandbox, operation.path)
            strategy = operation.as_strategy(data_generation_method=negative, path_parameters=target)
            fuzzer.run(strategy, max_examples=NEGATIVE_CASES_PER_OPERATION)
    elif takes_query_or_body(operation):
        fuzzer.run(operation.as_strategy(data_generation_method=negative), max_examples=NEGATIVE_CASES_PER_OPERATION)

    assert fuzzer.statuses
    assert any(200 <= status < 300 for status in fuzzer.statuses), f"never succeeded: {sorted(set(fuzzer.statuses))}"
    if has_input:
        assert len(fuzzer.statuses) >= CASES_PER_OPERATION, "too few cases were sent to mean anything"
    assert all(status < 500 for status in fuzzer.statuses)


def test_documented_examples_succeed(admin_sandbox):
    """The request examples in the document are accepted as they stand, in document order."""
    base = admin_sandbox.base_url
    # An {id} example works on what an earlier example of its collection made.
    made = {"/_sandbox/clients/{id}": None, "/_sandbox/deprecations/{id}": "metadata-moves"}
    tried = 0
    for method, path, _ in OPERATIONS:
        body = DOCUMENT["paths"][path][method.lower()].get("requestBody", {}).get("content", {})
        media = body.get("application/json", {})
        samples = [media["example"]] if "example" in media else [e["value"] for e in media.get("examples", {}).values()]
        target = base + path.replace("{id}", str(made.get(path)))
        for sample in samples:
            answer = requests.request(method, target, json=sample, timeout=10)
            assert answer.status_code in (200, 201), (method, path, sample, answer.text)
            if path == "/_sandbox/clients":
                made["/_sandbox/clients/{id}"] = answer.json()["client_id"]
            tried += 1
    assert tried >= 12

    requests.delete(base + "/_sandbox/deprecations/metadata-moves", timeout=10).raise_for_status()
    requests.post(base + "/_sandbox/deprecations", json={"profile": "headers"}, timeout=10).raise_for_status()
    requests.post(base + "/_sandbox/reset", timeout=30).raise_for_status()


@pytest.mark.parametrize("path", list(DOCUMENT["paths"]))
def test_other_methods_are_refused_with_the_documented_allow_list(admin_sandbox, path):
    offered = {method.upper() for method in DOCUMENT["paths"][path] if method in METHODS}
    allowed = offered | ({"HEAD"} if "GET" in offered else set())
    target = admin_sandbox.base_url + path.replace("{id}", "no-such-id")
    refused = [method for method in ("GET", "POST", "PUT", "PATCH", "DELETE") if method not in offered]
    assert refused, "every path leaves some method out"
    for method in refused:
        answer = requests.request(method, target, json={}, timeout=10)
        assert answer.status_code == 405, (method, path)
        assert {name.strip() for name in answer.headers["Allow"].split(",")} == allowed, (method, path)
        assert answer.headers["X-Request-Id"]
        jsonschema.validate(answer.json(), ERROR_SCHEMA)


@pytest.mark.parametrize("method,path,operation_id", OPERATIONS, ids=[o for _, _, o in OPERATIONS])
def test_requests_from_web_pages_are_refused(admin_sandbox, method, path, operation_id):
    base = admin_sandbox.base_url
    kept = {"id": "kept", "match": {"path": "/kept"}, "action": {"type": "reset"}}
    assert requests.post(base + "/_sandbox/faults", json=kept, timeout=10).status_code in (200, 201)
    target = base + path.replace("{id}", "kept")

    from_page = requests.request(method, target, json={}, headers={"Origin": "https://example.org"}, timeout=10)
    assert from_page.status_code == 403
    jsonschema.validate(from_page.json(), ERROR_SCHEMA)
    assert from_page.json()["error"] == "access_denied"

    rebound = requests.request(method, target, json={}, headers={"Host": "attacker.example:80"}, timeout=10)
    assert rebound.status_code == 403
    assert requests.get(base + "/_sandbox/faults/kept", timeout=10).status_code == 200, "a refused call changed state"
    requests.delete(base + "/_sandbox/faults/kept", timeout=10)


def test_admin_token_is_required_once_configured():
    with tempfile.TemporaryDirectory() as directory:
        running = RunningSandbox(pathlib.Path(directory) / "token.sqlite", "--patients", "3", "--admin-token", "s3cret")
        try:
            clock = running.base_url + "/_sandbox/clock"
            assert "401" in DOCUMENT["paths"]["/_sandbox/clock"]["get"]["responses"]
            for headers in ({}, {"X-Sandbox-Admin-Token": "wrong"}, {"Authorization": "Bearer wrong"}):
                refused = requests.get(clock, headers=headers, timeout=10)
                assert refused.status_code == 401, headers
                jsonschema.validate(refused.json(), ERROR_SCHEMA)
            assert requests.get(clock, headers={"X-Sandbox-Admin-Token": "s3cret"}, timeout=10).status_code == 200
            assert requests.get(clock, headers={"Authorization": "Bearer s3cret"}, timeout=10).status_code == 200
            assert requests.get(running.fhir_base + "/metadata", timeout=10).status_code == 200
        finally:
            running.stop()


def test_audit_lines_are_audit_entries(admin_sandbox):
    """The `jsonl` format, which schemathesis does not read, against the AuditEntry schema."""
    requests.get(admin_sandbox.fhir_base + "/metadata", headers={"X-Request-Id": "for-the-audit"}, timeout=10)
    answer = requests.get(admin_sandbox.base_url + "/_sandbox/audit", params={"limit": 50}, timeout=10)
    assert answer.headers["Content-Type"].startswith("application/x-ndjson")
    document = to_json_schema_recursive(DOCUMENT, nullable_name="nullable", is_response_schema=True)
    schema = {**document["components"]["schemas"]["AuditEntry"], "components": document["components"]}
    lines = answer.text.splitlines()
    assert lines and answer.text.endswith("\n")
    for line in lines:
        jsonschema.validate(json.loads(line), schema)
    mine = requests.get(admin_sandbox.base_url + "/_sandbox/audit", params={"requestId": "for-the-audit"}, timeout=10)
    assert json.loads(mine.text)["path"] == "/fhir/r4/metadata"


def test_unknown_admin_path_is_404_in_the_error_shape(admin_sandbox):
    answer = requests.get(admin_sandbox.base_url + "/_sandbox/nothing-here", timeout=10)
    assert answer.status_code == 404
    jsonschema.validate(answer.json(), ERROR_SCHEMA)


def test_oversized_body_is_413_in_the_error_shape(admin_sandbox):
    answer = requests.post(
        admin_sandbox.base_url + "/_sandbox/faults",
        data=b" " * (10 * 1024 * 1024 + 1),
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert answer.status_code == 413
    jsonschema.validate(answer.json(), ERROR_SCHEMA)


def test_non_json_media_type_is_415_where_documented(admin_sandbox):
    for path in ("/_sandbox/clients", "/_sandbox/launches"):
        answer = requests.post(
            admin_sandbox.base_url + path,
            data='{"kind": "service"}',
            headers={"Content-Type": "text/plain"},
            timeout=10,
        )
        assert answer.status_code == 415, path
        assert "415" in DOCUMENT["paths"][path]["post"]["responses"]
        jsonschema.validate(answer.json(), ERROR_SCHEMA)


# -- Server defects found against the document --------------------------------------------------


def own_sandbox(directory, *extra):
    return RunningSandbox(pathlib.Path(directory) / "defect.sqlite", "--patients", "3", *extra)


def test_advancing_the_clock_past_its_largest_instant_is_refused():
    with tempfile.TemporaryDirectory() as directory:
        running = own_sandbox(directory)
        try:
            clock = running.base_url + "/_sandbox/clock"
            before = requests.get(clock, timeout=10).json()
            for _ in range(2):
                answer = requests.post(clock, json={"advance": "99999999999d"}, timeout=10)
                assert answer.status_code == 400
                assert answer.json()["error"] == "invalid_request"
            assert requests.get(clock, timeout=10).json() == before
        finally:
            running.stop()


def test_the_clock_stays_within_the_years_one_to_9999():
    with tempfile.TemporaryDirectory() as directory:
        running = own_sandbox(directory)
        try:
            clock = running.base_url + "/_sandbox/clock"
            requests.post(clock, json={"set": "0001-01-01T00:00:00Z"}, timeout=10).raise_for_status()
            answer = requests.post(clock, json={"advanceMilliseconds": -400 * 86_400_000}, timeout=10)
            assert answer.status_code == 400
            now = requests.get(clock, timeout=10).json()
            assert UTC_INSTANT.match(now["iso"]), now
            assert now["iso"].startswith("0001-01-01")
        finally:
            running.stop()


def test_deprecation_covering_every_path_leaves_the_admin_api_reachable():
    with tempfile.TemporaryDirectory() as directory:
        running = own_sandbox(directory)
        try:
            base = running.base_url + "/_sandbox"
            entry = {
                "id": "everything",
                "kind": "endpoint",
                "match": {"path": "/**"},
                "deprecation": "2026-01-01",
                "sunset": "2026-01-02",
            }
            assert requests.post(base + "/deprecations", json=entry, timeout=10).status_code == 201
            assert requests.get(base + "/clock", timeout=10).status_code == 200
            assert requests.delete(base + "/deprecations/everything", timeout=10).status_code == 204
        finally:
            running.stop()
