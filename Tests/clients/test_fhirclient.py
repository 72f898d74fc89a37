"""The official SMART `fhirclient` package reads and searches the seeded practice."""

from fhirclient import client
from fhirclient.models.observation import Observation
from fhirclient.models.patient import Patient

from conftest import PRACTICE


def make_client(sandbox):
    """A client that sends the default service client's token with every request."""
    smart = client.FHIRClient(settings={"app_id": "sandbox-tests", "api_base": sandbox.fhir_base + "/"})
    smart.server.session.headers.update(sandbox.auth_headers())
    return smart


def test_reads_a_seeded_patient(sandbox):
    smart = make_client(sandbox)
    patient_id = sandbox.patient_ids()[0]
    patient = Patient.read(patient_id, smart.server)
    assert patient.id == patient_id
    assert patient.name and patient.name[0].family
    assert patient.birthDate is not None


def test_searches_a_patients_vital_signs(sandbox):
    smart = make_client(sandbox)
    patient_id = sandbox.patient_ids()[1]
    search = Observation.where(
        struct={"patient": patient_id, "category": "vital-signs", "ah-practice": PRACTICE}
    )
    observations = list(search.perform_resources_iter(smart.server))
    assert observations, "a seeded patient has vital signs"
    for observation in observations:
        assert observation.subject.reference == f"Patient/{patient_id}"
        codes = {coding.code for category in observation.category for coding in category.coding}
        assert "vital-signs" in codes
