"""Every resource the sandbox makes or imports is valid FHIR R4, as `fhir.resources` reads it."""

import json
import pathlib
import sqlite3
import tempfile

import pytest
import requests
from fhir.resources import construct_fhir_element

from conftest import PRACTICE, SYNTHEA_DIR, RunningSandbox, run_cli


def stored_resources(database: pathlib.Path):
    with sqlite3.connect(database) as connection:
        for type_, id_, body in connection.execute("SELECT type, id, json FROM resource ORDER BY position"):
            yield type_, id_, json.loads(body)


def assert_all_parse(database: pathlib.Path) -> dict:
    counts: dict = {}
    failures = []
    for type_, id_, resource in stored_resources(database):
        try:
            construct_fhir_element(type_, resource)
        except Exception as error:  # the model's error names the element at fault
            failures.append(f"{type_}/{id_}: {error}")
        counts[type_] = counts.get(type_, 0) + 1
    assert not failures, "\n".join(failures[:20])
    return counts


def test_every_generated_resource_parses(sandbox):
    counts = assert_all_parse(sandbox.database)
    for type_ in ("Patient", "Encounter", "Observation", "Condition", "DocumentReference", "Provenance"):
        assert counts.get(type_, 0) > 0, f"the generator makes {type_}"


@pytest.mark.skipif(not SYNTHEA_DIR.is_dir(), reason="the shared Synthea bundles are not on this machine")
def test_every_synthea_bundle_imports_parses_and_is_searchable():
    bundles = sorted(SYNTHEA_DIR.glob("*.json"))
    assert len(bundles) == 14
    with tempfile.TemporaryDirectory() as directory:
        database = pathlib.Path(directory) / "imported.sqlite"
        run_cli("seed", "--db", str(database), "--patients", "2")
        result = run_cli("import", "--db", str(database), *map(str, bundles))
        for bundle in bundles:
            assert f"{bundle.name}: loaded" in result.stdout
        assert_all_parse(database)

        running = RunningSandbox(database)
        try:
            imported = [pid for pid in running.patient_ids()][2:]
            assert len(imported) == 14
            headers = running.auth_headers()
            for patient_id in imported:
                read = requests.get(f"{running.fhir_base}/Patient/{patient_id}", headers=headers, timeout=10)
                assert read.status_code == 200
                identifiers = read.json().get("identifier", [])
                assert any(i.get("value", "").startswith("urn:uuid:") for i in identifiers)
                search = requests.get(
                    f"{running.fhir_base}/Observation",
                    params={"patient": patient_id, "ah-practice": PRACTICE, "_count": 1000},
                    headers=headers,
                    timeout=10,
                )
                assert search.status_code == 200
                bundle = search.json()
                assert bundle["total"] > 0
                assert all(e["resource"]["subject"]["reference"] == f"Patient/{patient_id}" for e in bundle["entry"])
        finally:
            assert running.stop() == 0


def test_a_file_that_is_not_a_bundle_is_named_and_loads_nothing():
    with tempfile.TemporaryDirectory() as directory:
        database = pathlib.Path(directory) / "db.sqlite"
        run_cli("seed", "--db", str(database), "--patients", "1")
        before = sum(1 for _ in stored_resources(database))
        not_json = pathlib.Path(directory) / "notes.json"
        not_json.write_text("this is not JSON")
        patient = pathlib.Path(directory) / "patient.json"
        patient.write_text(json.dumps({"resourceType": "Patient", "id": "x"}))
        result = run_cli("import", "--db", str(database), str(not_json), str(patient), check=False)
        assert result.returncode == 1
        assert "notes.json" in result.stderr
        assert "patient.json" in result.stderr
        assert sum(1 for _ in stored_resources(database)) == before
