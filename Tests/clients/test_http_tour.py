"""The README's five-minute tour, over plain HTTP, and the error shapes a client meets."""

import requests

from conftest import PRACTICE


def test_metadata_is_open_and_lists_required_combinations(sandbox):
    response = requests.get(f"{sandbox.fhir_base}/metadata", timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/fhir+json")
    statement = response.json()
    assert statement["resourceType"] == "CapabilityStatement"
    types = {resource["type"] for resource in statement["rest"][0]["resource"]}
    assert {"Patient", "Observation", "DocumentReference", "Encounter"} <= types


def test_patient_read_and_vital_signs_search(sandbox):
    patient_id = sandbox.patient_ids()[0]
    read = requests.get(f"{sandbox.fhir_base}/Patient/{patient_id}", headers=sandbox.auth_headers(), timeout=10)
    assert read.status_code == 200
    assert read.headers["ETag"] == 'W/"1"'
    assert "X-Request-Id" in read.headers

    search = requests.get(
        f"{sandbox.fhir_base}/Observation",
        params={"patient": patient_id, "category": "vital-signs", "ah-practice": PRACTICE},
        headers=sandbox.auth_headers(),
        timeout=10,
    )
    assert search.status_code == 200
    bundle = search.json()
    assert bundle["type"] == "searchset"
    assert bundle["total"] == len(bundle["entry"]) or "next" in {l["relation"] for l in bundle["link"]}
    for link in bundle["link"]:
        assert link["url"].startswith(sandbox.fhir_base + "/Observation?")


def test_errors_are_operation_outcomes(sandbox):
    cases = [
        ("/Observation?patient=a-195900.E-1", 400),
        ("/Spaceship/a-195900.E-1", 404),
        ("/Patient/pt_001", 400),
        ("/Patient?" + "ah-practice=" + PRACTICE + "&patientid=1", 400),
    ]
    for path, status in cases:
        response = requests.get(sandbox.fhir_base + path, headers=sandbox.auth_headers(), timeout=10)
        assert response.status_code == status, path
        assert response.headers["Content-Type"].startswith("application/fhir+json"), path
        outcome = response.json()
        assert outcome["resourceType"] == "OperationOutcome", path
        assert all("severity" in issue and "code" in issue for issue in outcome["issue"]), path


def test_request_id_is_echoed(sandbox):
    response = requests.get(f"{sandbox.fhir_base}/metadata", headers={"X-Request-Id": "trace-123"}, timeout=10)
    assert response.headers["X-Request-Id"] == "trace-123"


def test_oversized_bodies_and_targets_get_operation_outcomes(sandbox):
    big = requests.post(
        f"{sandbox.fhir_base}/Patient/_search",
        data=b"x" * (11 * 1024 * 1024),
        headers={**sandbox.auth_headers(), "Content-Type": "application/x-www-form-urlencoded"},
        timeout=30,
    )
    assert big.status_code == 413
    assert big.json()["resourceType"] == "OperationOutcome"

    long_target = requests.get(
        f"{sandbox.fhir_base}/Patient", params={"name": "x" * 40_000}, headers=sandbox.auth_headers(), timeout=10
    )
    assert long_target.status_code == 414
    assert long_target.json()["resourceType"] == "OperationOutcome"


def test_many_parameters_are_answered_promptly(sandbox):
    query = "&".join(["family=a"] * 600)
    response = requests.get(
        f"{sandbox.fhir_base}/Patient?ah-practice={PRACTICE}&gender=male&{query}",
        headers=sandbox.auth_headers(),
        timeout=10,
    )
    assert response.status_code == 400
    assert response.json()["issue"][0]["code"] == "too-costly"
