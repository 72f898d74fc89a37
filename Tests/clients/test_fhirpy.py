"""`fhirpy` pages through a patient's observations by following next links."""

from fhirpy import SyncFHIRClient

from conftest import PRACTICE


def test_following_next_links_gives_exactly_the_unpaged_set(sandbox):
    fhir = SyncFHIRClient(sandbox.fhir_base, authorization=f"Bearer {sandbox.service_token()}")
    patient_id = sandbox.patient_ids()[2]
    search = fhir.resources("Observation").search(patient=patient_id, **{"ah-practice": PRACTICE})

    unpaged = search.limit(1000).fetch()
    paged = search.limit(7).fetch_all()

    unpaged_ids = [observation.id for observation in unpaged]
    paged_ids = [observation.id for observation in paged]
    assert len(unpaged_ids) > 7, "the patient needs more than one page of observations"
    assert paged_ids == unpaged_ids
    assert len(set(paged_ids)) == len(paged_ids)
