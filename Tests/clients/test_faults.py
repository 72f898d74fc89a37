"""Fault injection as a client meets it, over real sockets.

Each fault action is switched on through `POST /_sandbox/faults`, exercised with `requests`
(or a raw socket where `requests` hides what arrived), and removed again. The tests also cover
the `when` triggers, seeded schedules, the audit record and `X-Sandbox-Fault` header of faulted
requests, deprecations on the simulated clock, reset and token revocation.

They run against sandboxes of their own, since they change faults, the clock and the data.
Every network wait is bounded, and everything stays on loopback.
"""

import contextlib
import json
import pathlib
import socket
import sqlite3
import tempfile
import threading
import time
import urllib.parse

import pytest
import requests

from conftest import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, PRACTICE, RunningSandbox

CLOCK_START = "2026-01-15T14:00:00Z"
PATIENT = "a-195900.E-1001"
TIMEOUT = 10


@pytest.fixture(scope="module")
def shared():
    with tempfile.TemporaryDirectory() as directory:
        database = pathlib.Path(directory) / "faults.sqlite"
        running = RunningSandbox(database, "--patients", "5", "--profile", "production")
        yield running
        assert running.stop() == 0, "serve did not shut down cleanly after the fault runs"


@pytest.fixture
def sandbox(shared):
    """The shared fault sandbox, with no rules and the clock at its start after each test."""
    yield shared
    requests.delete(shared.base_url + "/_sandbox/faults", timeout=TIMEOUT).raise_for_status()
    requests.post(shared.base_url + "/_sandbox/clock", json={"set": CLOCK_START}, timeout=TIMEOUT).raise_for_status()


@contextlib.contextmanager
def fault(sandbox, rule):
    """Adds `rule` for the duration of the block and removes it afterwards; yields its id."""
    added = requests.post(sandbox.base_url + "/_sandbox/faults", json=rule, timeout=TIMEOUT)
    assert added.status_code == 201, added.text
    rule_id = added.json()["id"]
    try:
        yield rule_id
    finally:
        removed = requests.delete(f"{sandbox.base_url}/_sandbox/faults/{rule_id}", timeout=TIMEOUT)
        assert removed.status_code == 204, removed.text


def on_path(path, action, **extra):
    return {"match": {"path": path}, "action": action, **extra}


def rule_state(sandbox, rule_id):
    return requests.get(f"{sandbox.base_url}/_sandbox/faults/{rule_id}", timeout=TIMEOUT).json()["state"]


def raw_request(sandbox, path, method="GET", timeout=5.0):
    """Sends one request on a fresh socket and reads until the server closes it.

    Returns the bytes received and the error that ended the read, if any.
    """
    parts = urllib.parse.urlsplit(sandbox.base_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as connection:
        head = f"{method} {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nConnection: close\r\n\r\n"
        connection.sendall(head.encode())
        received = bytearray()
        try:
            while chunk := connection.recv(65536):
                received += chunk
        except OSError as error:
            return bytes(received), error
        return bytes(received), None


def split_response(raw):
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
    return lines[0], headers, body


def caused_by(error, kind):
    """Whether `kind` is anywhere in the chain of causes and arguments of `error`."""
    seen, pending = set(), [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, kind):
            return True
        if isinstance(current, BaseException):
            pending += [current.__cause__, current.__context__, *current.args]
        pending += [getattr(current, "reason", None)]
    return False


def search_url(sandbox, resource_type, **parameters):
    query = urllib.parse.urlencode({"ah-practice": PRACTICE, **parameters})
    return f"{sandbox.fhir_base}/{resource_type}?{query}"


def token_for(sandbox, client_id, secret, scope="system/*.read"):
    return requests.post(
        sandbox.token_url,
        data={"grant_type": "client_credentials", "scope": scope},
        auth=(client_id, secret),
        timeout=TIMEOUT,
    )


def make_service_client(sandbox, client_id):
    registration = {"client_id": client_id, "kind": "service", "scope": "system/*.read", "client_secret": "s3cret"}
    made = requests.post(sandbox.base_url + "/_sandbox/clients", json=registration, timeout=TIMEOUT)
    assert made.status_code == 201, made.text
    return client_id, "s3cret"


def revoke(sandbox, **body):
    answer = requests.post(sandbox.base_url + "/_sandbox/tokens/revoke", json=body, timeout=TIMEOUT)
    assert answer.status_code == 200, answer.text
    return answer.json()["affected"]


# -- Answers instead of the handler: status ----------------------------------------------------------


def fhir_outcome(answer, code, severity, text):
    assert answer.headers["Content-Type"].startswith("application/fhir+json")
    issue = answer.json()["issue"][0]
    assert answer.json()["resourceType"] == "OperationOutcome"
    assert (issue["code"], issue["severity"], issue["details"]["text"], issue["diagnostics"]) == (
        code,
        severity,
        text,
        text,
    )


def check_fhir(answer):
    fhir_outcome(answer, "transient", "fatal", "Service Unavailable")


def check_oauth(answer):
    assert answer.headers["Content-Type"].startswith("application/json")
    assert answer.headers["Cache-Control"] == "no-store"
    assert answer.json() == {"error": "temporarily_unavailable", "error_description": "Service Unavailable"}


def check_v1(answer):
    assert answer.json() == {"error": "Service Unavailable", "detailedmessage": "503 Service Unavailable"}


def check_anthropic_overloaded(answer):
    body = answer.json()
    assert body["type"] == "error"
    assert body["error"]["type"] == "overloaded_error"
    assert body["request_id"] == answer.headers["request-id"]
    assert answer.headers["x-should-retry"] == "true"


def check_anthropic_not_found(answer):
    assert answer.json()["error"]["type"] == "not_found_error"


def check_openai_key(answer):
    assert answer.json() == {
        "error": {"message": "Unauthorized", "type": "invalid_request_error", "param": None, "code": "invalid_api_key"}
    }


def check_openai_server(answer):
    error = answer.json()["error"]
    assert (error["type"], error["code"]) == ("server_error", None)


def check_plain(answer):
    assert answer.headers["Content-Type"].startswith("text/plain")
    assert answer.text.strip() == "503 Service Unavailable"


def check_gateway_html(answer):
    assert answer.headers["Content-Type"].startswith("text/html")
    assert "<title>502 Bad Gateway</title>" in answer.text
    with pytest.raises(ValueError):
        json.loads(answer.text)


def check_fhir_on_oauth_path(answer):
    fhir_outcome(answer, "throttled", "error", "Too Many Requests")


def check_message_and_headers(answer):
    fhir_outcome(answer, "transient", "fatal", "Maintenance")
    assert answer.headers["Retry-After"] == "1800"


STATUS_CASES = {
    "fhir": ("GET", f"/fhir/r4/Patient/{PATIENT}", {"status": 503}, check_fhir),
    "oauth": ("POST", "/oauth2/v1/token", {"status": 503}, check_oauth),
    "v1": ("GET", "/v1/195900/patients", {"status": 503}, check_v1),
    "anthropic-529": ("POST", "/anthropic/v1/messages", {"status": 529}, check_anthropic_overloaded),
    "anthropic-404": ("POST", "/anthropic/v1/messages", {"status": 404}, check_anthropic_not_found),
    "openai-401": ("POST", "/openai/v1/chat/completions", {"status": 401}, check_openai_key),
    "openai-503": ("POST", "/openai/v1/chat/completions", {"status": 503}, check_openai_server),
    "plain": ("GET", "/fhir/r4/metadata", {"status": 503, "format": "plain"}, check_plain),
    "gateway-html": ("GET", "/fhir/r4/metadata", {"status": 502, "format": "gateway-html"}, check_gateway_html),
    "fhir-format-elsewhere": ("POST", "/oauth2/v1/token", {"status": 429, "format": "fhir"}, check_fhir_on_oauth_path),
    "message-and-headers": (
        "GET",
        "/fhir/r4/metadata",
        {"status": 503, "message": "Maintenance", "headers": {"Retry-After": "1800"}},
        check_message_and_headers,
    ),
}


@pytest.mark.parametrize("case", list(STATUS_CASES))
def test_status_fault_answers_in_the_format_of_the_api(sandbox, case):
    method, path, action, check = STATUS_CASES[case]
    with fault(sandbox, on_path(path, {"type": "status", **action})) as rule_id:
        answer = requests.request(method, sandbox.base_url + path, timeout=TIMEOUT)
    assert answer.status_code == action["status"]
    assert answer.headers["X-Sandbox-Fault"] == rule_id
    check(answer)


# -- rateLimit -----------------------------------------------------------------------------------


def test_rate_limit_with_retry_after_on_fhir(sandbox):
    path = "/fhir/r4/metadata"
    with fault(sandbox, on_path(path, {"type": "rateLimit", "retryAfter": 1.5})):
        answer = requests.get(sandbox.base_url + path, timeout=TIMEOUT)
    assert answer.status_code == 429
    assert answer.headers["Retry-After"] == "2"
    fhir_outcome(answer, "throttled", "error", "Too Many Requests")


def test_rate_limit_without_retry_after_sends_none(sandbox):
    path = "/oauth2/v1/token"
    with fault(sandbox, on_path(path, {"type": "rateLimit"})):
        answer = requests.post(sandbox.base_url + path, timeout=TIMEOUT)
    assert answer.status_code == 429
    assert "Retry-After" not in answer.headers
    assert answer.json()["error"] == "rate_limited"


def test_rate_limit_gives_model_sdks_their_retry_hints(sandbox):
    for path in ("/anthropic/v1/messages", "/openai/v1/chat/completions"):
        with fault(sandbox, on_path(path, {"type": "rateLimit", "retryAfter": 1.5})):
            answer = requests.post(sandbox.base_url + path, json={}, timeout=TIMEOUT)
        assert answer.status_code == 429, path
        assert (answer.headers["Retry-After"], answer.headers["retry-after-ms"]) == ("2", "1500"), path
        assert answer.headers["x-should-retry"] == "true", path
        if path.startswith("/anthropic"):
            assert answer.json()["error"]["type"] == "rate_limit_error"
            assert answer.headers["anthropic-ratelimit-requests-remaining"] == "0"
            assert answer.headers["anthropic-ratelimit-requests-reset"] == "2026-01-15T14:00:01.500+00:00"
        else:
            error = answer.json()["error"]
            assert (error["type"], error["code"]) == ("requests", "rate_limit_exceeded")
            assert answer.headers["x-ratelimit-remaining-requests"] == "0"
            assert answer.headers["x-ratelimit-reset-requests"] == "1500ms"


def test_rate_limit_in_athenas_legacy_over_qps_form(sandbox):
    path = "/v1/195900/patients"
    for extra, retry_after in (({}, "1"), ({"retryAfter": 3}, "3")):
        with fault(sandbox, on_path(path, {"type": "rateLimit", "style": "developer-over-qps", **extra})):
            answer = requests.get(sandbox.base_url + path, timeout=TIMEOUT)
        assert answer.status_code == 403
        assert answer.headers["Content-Type"].startswith("text/html")
        assert answer.headers["X-Mashery-Error-Code"] == "ERR_403_DEVELOPER_OVER_QPS"
        assert answer.headers["Retry-After"] == retry_after
        assert answer.text == "<h1>Developer Over Qps</h1>"


# -- Connection faults -------------------------------------------------------------------------------


def test_delay_delivers_the_real_answer_late(sandbox):
    path = "/fhir/r4/metadata"
    plain = requests.get(sandbox.base_url + path, timeout=TIMEOUT)
    with fault(sandbox, on_path(path, {"type": "delay", "ms": 600})) as rule_id:
        started = time.monotonic()
        late = requests.get(sandbox.base_url + path, timeout=TIMEOUT)
        elapsed = time.monotonic() - started
    assert elapsed >= 0.6
    assert late.status_code == 200
    assert late.content == plain.content
    assert late.headers["X-Sandbox-Fault"] == rule_id


def test_hang_times_the_client_out_while_other_routes_answer(sandbox):
    outcomes = []

    def wait_on_hang():
        started = time.monotonic()
        try:
            requests.get(sandbox.base_url + "/hang/here", timeout=(2, 2.5))
            outcomes.append(("answered", time.monotonic() - started))
        except requests.exceptions.ReadTimeout:
            outcomes.append(("timed out", time.monotonic() - started))

    with fault(sandbox, on_path("/hang/here", {"type": "hang", "maxMs": 30000})):
        # More hanging connections than the server has threads.
        waiters = [threading.Thread(target=wait_on_hang) for _ in range(4)]
        for waiter in waiters:
            waiter.start()
        time.sleep(0.3)
        during = []
        for _ in range(5):
            started = time.monotonic()
            answer = requests.get(sandbox.fhir_base + "/metadata", timeout=TIMEOUT)
            during.append((answer.status_code, time.monotonic() - started))
        for waiter in waiters:
            waiter.join(timeout=15)

    assert all(status == 200 and elapsed < 1.0 for status, elapsed in during), during
    assert len(outcomes) == 4
    assert all(kind == "timed out" and elapsed >= 2.4 for kind, elapsed in outcomes), outcomes


def test_reset_is_a_connection_reset(sandbox):
    with fault(sandbox, on_path("/reset/here", {"type": "reset"})):
        with pytest.raises(requests.exceptions.ConnectionError) as raised:
            requests.get(sandbox.base_url + "/reset/here", timeout=TIMEOUT)
        received, error = raw_request(sandbox, "/reset/here")
    assert caused_by(raised.value, ConnectionResetError), repr(raised.value)
    assert received == b""
    assert isinstance(error, ConnectionResetError)


def test_close_ends_the_connection_before_any_byte(sandbox):
    with fault(sandbox, on_path("/close/here", {"type": "close"})):
        with pytest.raises(requests.exceptions.ConnectionError) as raised:
            requests.get(sandbox.base_url + "/close/here", timeout=TIMEOUT)
        received, error = raw_request(sandbox, "/close/here")
    assert "RemoteDisconnected" in repr(raised.value) or "closed" in str(raised.value).lower(), repr(raised.value)
    assert received == b""
    assert error is None, "an orderly close, not a reset"


def test_truncate_sends_the_head_and_part_of_the_body(sandbox):
    path = "/fhir/r4/metadata"
    whole = requests.get(sandbox.base_url + path, timeout=TIMEOUT).content
    with fault(sandbox, on_path(path, {"type": "truncate", "bytes": 100})):
        received, error = raw_request(sandbox, path)
        with pytest.raises((requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError)):
            requests.get(sandbox.base_url + path, timeout=TIMEOUT)

    status_line, headers, body = split_response(received)
    assert error is None
    assert status_line.startswith("HTTP/1.1 200")
    assert int(headers["content-length"]) == len(whole) > 100
    assert body == whole[:100]


def test_slow_body_trickles_the_real_answer(sandbox):
    path = f"/fhir/r4/Patient/{PATIENT}"
    whole = requests.get(sandbox.base_url + path, headers=sandbox.auth_headers(), timeout=TIMEOUT).content
    rate = max(1, int(len(whole) / 1.5))
    expected = len(whole) / rate
    with fault(sandbox, on_path(path, {"type": "slowBody", "bytesPerSecond": rate})):
        started = time.monotonic()
        answer = requests.get(sandbox.base_url + path, headers=sandbox.auth_headers(), timeout=TIMEOUT)
        elapsed = time.monotonic() - started
    assert answer.status_code == 200
    assert answer.content == whole
    assert expected * 0.8 <= elapsed <= expected + 5, (elapsed, expected)


# -- Changes to the real answer ------------------------------------------------------------------


def test_malformed_json_is_a_200_no_parser_accepts(sandbox):
    path = f"/fhir/r4/Patient/{PATIENT}"
    whole = requests.get(sandbox.base_url + path, headers=sandbox.auth_headers(), timeout=TIMEOUT).content
    with fault(sandbox, on_path(path, {"type": "malformedJSON"})):
        first = requests.get(sandbox.base_url + path, headers=sandbox.auth_headers(), timeout=TIMEOUT)
        second = requests.get(sandbox.base_url + path, headers=sandbox.auth_headers(), timeout=TIMEOUT)
    assert first.status_code == 200
    with pytest.raises(ValueError):
        json.loads(first.content)
    assert first.content == second.content, "the same bytes every time"
    assert b"#" in first.content and len(first.content) < len(whole)


def test_wrong_content_type_keeps_the_body(sandbox):
    path = f"/fhir/r4/Patient/{PATIENT}"
    whole = requests.get(sandbox.base_url + path, headers=sandbox.auth_headers(), timeout=TIMEOUT)
    for action, expected in (({}, "text/html"), ({"contentType": "application/xml"}, "application/xml")):
        with fault(sandbox, on_path(path, {"type": "wrongContentType", **action})):
            answer = requests.get(sandbox.base_url + path, headers=sandbox.auth_headers(), timeout=TIMEOUT)
        assert answer.status_code == 200
        assert answer.headers["Content-Type"].startswith(expected)
        assert answer.content == whole.content
        assert answer.json()["id"] == PATIENT


def test_outcome_only_searchset_hides_the_failure_in_a_200(sandbox):
    url = search_url(sandbox, "Patient", _id=PATIENT)
    real = requests.get(url, headers=sandbox.auth_headers(), timeout=TIMEOUT).json()
    with fault(sandbox, on_path("/fhir/r4/Patient", {"type": "outcomeOnlySearchset"})):
        answer = requests.get(url, headers=sandbox.auth_headers(), timeout=TIMEOUT)
        unauthorised = requests.get(url, timeout=TIMEOUT)

    bundle = answer.json()
    assert answer.status_code == 200
    assert (bundle["resourceType"], bundle["type"]) == ("Bundle", "searchset")
    assert "total" not in bundle
    assert len(bundle["entry"]) == 1
    entry = bundle["entry"][0]
    assert entry["fullUrl"].startswith("urn:uuid:")
    assert entry["search"]["mode"] == "outcome"
    assert entry["resource"]["resourceType"] == "OperationOutcome"
    issue = entry["resource"]["issue"]
    assert len(issue) == 1 and (issue[0]["severity"], issue[0]["code"]) == ("error", "invalid")
    assert bundle["id"] == real["id"]
    assert [link for link in bundle["link"] if link["relation"] == "self"] == [
        link for link in real["link"] if link["relation"] == "self"
    ]
    assert unauthorised.status_code == 401, "only 2xx answers are changed"


def page_through(sandbox, url):
    """Every entry id of a search, following `next` links as given, and the links followed."""
    ids, links = [], []
    while url and len(links) < 50:
        bundle = requests.get(url, headers=sandbox.auth_headers(), timeout=TIMEOUT).json()
        ids += [entry["resource"]["id"] for entry in bundle.get("entry", [])]
        url = next((link["url"] for link in bundle["link"] if link["relation"] == "next"), None)
        links.append(url)
    return ids, links


def test_next_link_skips_records(sandbox):
    url = search_url(sandbox, "Observation", patient=PATIENT, _count=3)
    real_ids, real_links = page_through(sandbox, url)
    assert len(real_links) >= 3, "the test needs several pages"
    with fault(sandbox, on_path("/fhir/r4/Observation", {"type": "nextLinkSkips", "skip": 1})):
        skipped_ids, skipped_links = page_through(sandbox, url)

    real_cursor = urllib.parse.parse_qs(urllib.parse.urlsplit(real_links[0]).query)["cursor"][0]
    skipped_cursor = urllib.parse.parse_qs(urllib.parse.urlsplit(skipped_links[0]).query)["cursor"][0]
    assert int(skipped_cursor) == int(real_cursor) + 1
    assert set(skipped_ids) < set(real_ids), "following the skipped links misses records"
    assert len(set(skipped_ids)) == len(skipped_ids)


@pytest.mark.parametrize("style", ["relative", "host-relative"])
def test_relative_next_links_resolve_against_the_request_url(sandbox, style):
    url = search_url(sandbox, "Observation", patient=PATIENT, _count=3)
    real = requests.get(url, headers=sandbox.auth_headers(), timeout=TIMEOUT).json()
    real_next = next(link["url"] for link in real["link"] if link["relation"] == "next")
    with fault(sandbox, on_path("/fhir/r4/Observation", {"type": "relativeNextLinks", "style": style})):
        answer = requests.get(url, headers=sandbox.auth_headers(), timeout=TIMEOUT).json()
    relative_next = next(link["url"] for link in answer["link"] if link["relation"] == "next")

    prefix = "Observation?" if style == "relative" else "/fhir/r4/Observation?"
    assert relative_next.startswith(prefix)
    resolved = urllib.parse.urljoin(url, relative_next)
    assert resolved == real_next
    assert answer["entry"] == real["entry"], "only the link URLs change"
    followed = requests.get(resolved, headers=sandbox.auth_headers(), timeout=TIMEOUT)
    assert followed.status_code == 200


def test_write_error_but_committed_issues_the_token_it_denies(sandbox):
    client_id, secret = make_service_client(sandbox, "faulttokenclient01")
    path = "/oauth2/v1/token"

    # A plain status fault answers before the handler: no token exists afterwards.
    with fault(sandbox, on_path(path, {"type": "status", "status": 500})):
        refused = token_for(sandbox, client_id, secret)
    assert refused.status_code == 500
    assert revoke(sandbox, client_id=client_id) == 0

    with fault(sandbox, on_path(path, {"type": "writeErrorButCommitted"})) as rule_id:
        answer = token_for(sandbox, client_id, secret)
    assert answer.status_code == 500
    assert answer.json()["error"] == "server_error"
    assert "access_token" not in answer.text
    assert revoke(sandbox, client_id=client_id) == 1, "the token was issued although the answer was an error"

    audit = requests.get(sandbox.base_url + "/_sandbox/audit", params={"fault": rule_id}, timeout=TIMEOUT)
    entries = [json.loads(line) for line in audit.text.splitlines()]
    assert [(entry["status"], entry["clientId"]) for entry in entries] == [(500, client_id)]
    requests.delete(f"{sandbox.base_url}/_sandbox/clients/{client_id}", timeout=TIMEOUT)


# -- When rules fire ---------------------------------------------------------------------------------

TRIGGERS = {
    "nth": ({"nth": 2}, [2]),
    "after": ({"after": 2}, [3, 4, 5, 6]),
    "times": ({"times": 2}, [1, 2]),
    "after-and-times": ({"after": 1, "times": 2}, [2, 3]),
    "every": ({"every": True}, [1, 2, 3, 4, 5, 6]),
}


@pytest.mark.parametrize("name", list(TRIGGERS))
def test_when_picks_the_requests_counted(sandbox, name):
    when, fired = TRIGGERS[name]
    path = f"/probe/{name}"
    with fault(sandbox, on_path(path, {"type": "status", "status": 503}, when=when)) as rule_id:
        statuses = [requests.get(sandbox.base_url + path, timeout=TIMEOUT).status_code for _ in range(6)]
        state = rule_state(sandbox, rule_id)
    assert [number for number, status in enumerate(statuses, 1) if status == 503] == fired
    assert set(statuses) <= {503, 404}
    assert state == {"matched": 6, "fired": len(fired)}


def test_one_line_form_makes_the_same_rule_as_json(sandbox):
    path = "/probe/flag"
    as_json = on_path(path, {"type": "status", "status": 503, "format": "plain"}, when={"nth": 2})
    with fault(sandbox, {"flag": f"status=503,format=plain,path={path},nth=2"}) as flag_id:
        from_flag = requests.get(f"{sandbox.base_url}/_sandbox/faults/{flag_id}", timeout=TIMEOUT).json()
        statuses = [requests.get(sandbox.base_url + path, timeout=TIMEOUT).status_code for _ in range(3)]
    with fault(sandbox, as_json) as json_id:
        from_json = requests.get(f"{sandbox.base_url}/_sandbox/faults/{json_id}", timeout=TIMEOUT).json()
    assert {**from_flag, "id": None, "state": None} == {**from_json, "id": None, "state": None}
    assert statuses == [404, 503, 404]


def test_window_counts_only_requests_inside_it(sandbox):
    path = "/probe/window"
    when = {"window": {"from": "2026-01-15T15:00:00Z", "until": "2026-01-15T16:00:00Z"}, "nth": 1}
    with fault(sandbox, on_path(path, {"type": "status", "status": 503}, when=when)) as rule_id:
        before = requests.get(sandbox.base_url + path, timeout=TIMEOUT).status_code
        assert rule_state(sandbox, rule_id) == {"matched": 0, "fired": 0}
        requests.post(sandbox.base_url + "/_sandbox/clock", json={"advance": "1h"}, timeout=TIMEOUT).raise_for_status()
        inside = [requests.get(sandbox.base_url + path, timeout=TIMEOUT).status_code for _ in range(2)]
        requests.post(sandbox.base_url + "/_sandbox/clock", json={"advance": "1h"}, timeout=TIMEOUT).raise_for_status()
        after = requests.get(sandbox.base_url + path, timeout=TIMEOUT).status_code
        state = rule_state(sandbox, rule_id)
    assert (before, inside, after) == (404, [503, 404], 404)
    assert state == {"matched": 2, "fired": 1}


COIN = {
    "id": "coin",
    "match": {"path": "/probe/coin"},
    "when": {"probability": 0.3},
    "action": {"type": "status", "status": 503},
}


def schedule(sandbox, count=200):
    session = requests.Session()
    return [session.get(sandbox.base_url + "/probe/coin", timeout=TIMEOUT).status_code == 503 for _ in range(count)]


def load_settings(sandbox, settings):
    answer = requests.post(sandbox.base_url + "/_sandbox/faults", json=settings, timeout=TIMEOUT)
    assert answer.status_code == 200, answer.text


def test_same_seed_gives_the_same_schedule_in_another_sandbox():
    with tempfile.TemporaryDirectory() as directory:
        first = RunningSandbox(pathlib.Path(directory) / "a.sqlite", "--patients", "2")
        second = RunningSandbox(pathlib.Path(directory) / "b.sqlite", "--patients", "2")
        try:
            load_settings(first, {"seed": 42, "rules": [COIN]})
            load_settings(second, {"seed": 42, "rules": [COIN]})
            reference = schedule(first)
            assert schedule(second) == reference
            assert 30 <= sum(reference) <= 90, "about 30% of 200 fire"

            load_settings(second, {"seed": 43})
            assert schedule(second) != reference
            load_settings(second, {"seed": 42})
            assert schedule(second) == reference, "setting the seed restarts the schedule"
        finally:
            first.stop()
            second.stop()


# -- What a faulted answer tells, and what the audit log keeps -----------------------------------


def test_fault_header_names_the_rule(sandbox):
    path = "/fhir/r4/metadata"
    actions = [
        {"type": "status", "status": 503},
        {"type": "rateLimit"},
        {"type": "delay", "ms": 10},
        {"type": "wrongContentType"},
    ]
    for action in actions:
        with fault(sandbox, {"id": f"header-{action['type']}", **on_path(path, action)}) as rule_id:
            answer = requests.get(sandbox.base_url + path, timeout=TIMEOUT)
        assert answer.headers["X-Sandbox-Fault"] == rule_id == f"header-{action['type']}"
    assert "X-Sandbox-Fault" not in requests.get(sandbox.base_url + path, timeout=TIMEOUT).headers


def test_every_faulted_request_is_in_the_audit_log_with_its_rule(sandbox):
    actions = {
        "status": {"type": "status", "status": 503},
        "transform": {"type": "wrongContentType"},
        "delay": {"type": "delay", "ms": 10},
        "reset": {"type": "reset"},
        "close": {"type": "close"},
        "truncate": {"type": "truncate", "bytes": 5},
    }
    sent = {}
    with contextlib.ExitStack() as stack:
        for name, action in actions.items():
            rule_id = stack.enter_context(fault(sandbox, on_path(f"/audited/{name}", action)))
            request_id = f"audited-{name}"
            with contextlib.suppress(requests.exceptions.RequestException):
                requests.get(f"{sandbox.base_url}/audited/{name}", headers={"X-Request-Id": request_id}, timeout=5)
            sent[rule_id] = request_id
        requests.get(sandbox.base_url + "/audited/none", headers={"X-Request-Id": "audited-none"}, timeout=TIMEOUT)

    for rule_id, request_id in sent.items():
        audit = requests.get(sandbox.base_url + "/_sandbox/audit", params={"fault": rule_id}, timeout=TIMEOUT)
        entries = [json.loads(line) for line in audit.text.splitlines()]
        assert [(entry["requestId"], entry["faultRule"]) for entry in entries] == [(request_id, rule_id)]
    clean = requests.get(sandbox.base_url + "/_sandbox/audit", params={"requestId": "audited-none"}, timeout=TIMEOUT)
    assert json.loads(clean.text)["faultRule"] is None


# -- Deprecations on the simulated clock ---------------------------------------------------------

METADATA_MOVES = {
    "id": "metadata-moves",
    "kind": "endpoint",
    "match": {"method": "GET", "path": "/fhir/r4/metadata"},
    "deprecation": "2026-01-01",
    "sunset": "2026-02-01T00:00:00Z",
    "replacement": "/fhir/r4/CapabilityStatement",
    "link": "https://docs.example.org/deprecations/metadata-moves",
}


@contextlib.contextmanager
def deprecation(sandbox, entry, profile="headers"):
    base = sandbox.base_url + "/_sandbox/deprecations"
    requests.post(base, json={"profile": profile}, timeout=TIMEOUT).raise_for_status()
    assert requests.post(base, json=entry, timeout=TIMEOUT).status_code == 201
    try:
        yield
    finally:
        requests.delete(f"{base}/{entry['id']}", timeout=TIMEOUT).raise_for_status()
        requests.post(base, json={"profile": "headers"}, timeout=TIMEOUT).raise_for_status()


def test_clock_past_the_sunset_turns_deprecation_headers_into_410(sandbox):
    metadata = sandbox.fhir_base + "/metadata"
    with deprecation(sandbox, METADATA_MOVES):
        announced = requests.get(metadata, timeout=TIMEOUT)
        requests.post(sandbox.base_url + "/_sandbox/clock", json={"advance": "16d10h"}, timeout=TIMEOUT)
        retired = requests.get(metadata, timeout=TIMEOUT)

    assert announced.status_code == 200
    assert announced.json()["resourceType"] == "CapabilityStatement"
    assert announced.headers["Deprecation"] == "@1767225600"
    assert announced.headers["Sunset"] == "Sun, 01 Feb 2026 00:00:00 GMT"
    links = announced.headers["Link"]
    assert '<https://docs.example.org/deprecations/metadata-moves>; rel="deprecation"' in links
    assert '</fhir/r4/CapabilityStatement>; rel="successor-version"' in links

    assert retired.status_code == 410
    outcome = retired.json()
    assert outcome["resourceType"] == "OperationOutcome"
    assert "/fhir/r4/CapabilityStatement" in outcome["issue"][0]["diagnostics"]
    assert retired.headers["Sunset"] == "Sun, 01 Feb 2026 00:00:00 GMT"


def test_silent_profile_sends_no_deprecation_headers(sandbox):
    metadata = sandbox.fhir_base + "/metadata"
    with deprecation(sandbox, METADATA_MOVES, profile="silent"):
        profile = requests.get(sandbox.base_url + "/_sandbox/deprecations", timeout=TIMEOUT).json()["profile"]
        announced = requests.get(metadata, timeout=TIMEOUT)
        requests.post(sandbox.base_url + "/_sandbox/clock", json={"set": "2026-02-01T00:00:00Z"}, timeout=TIMEOUT)
        retired = requests.get(metadata, timeout=TIMEOUT)

    assert profile == "silent"
    assert announced.status_code == 200
    assert retired.status_code == 410
    for answer in (announced, retired):
        assert not {"Deprecation", "Sunset", "Link"} & set(answer.headers)


# -- Reset and revocation ----------------------------------------------------------------------------


def test_reset_restores_data_and_clears_faults_and_clock():
    with tempfile.TemporaryDirectory() as directory:
        running = RunningSandbox(pathlib.Path(directory) / "reset.sqlite", "--patients", "3")
        try:
            base = running.base_url
            token_headers = running.auth_headers()
            patient = f"{running.fhir_base}/Patient/{PATIENT}"
            requests.post(base + "/_sandbox/faults", json=on_path("/probe/x", {"type": "reset"}), timeout=TIMEOUT)
            requests.post(base + "/_sandbox/clock", json={"advance": "30m"}, timeout=TIMEOUT).raise_for_status()
            make_service_client(running, "madebeforereset01")
            with sqlite3.connect(running.database) as connection:
                connection.execute("DELETE FROM resource WHERE id = ?", (PATIENT,))
            assert requests.get(patient, headers=token_headers, timeout=TIMEOUT).status_code == 404

            answer = requests.post(base + "/_sandbox/reset", json={"tokens": False}, timeout=30)

            assert answer.status_code == 200
            assert answer.json() == {"reset": True, "now": 1768485600000}
            assert requests.get(patient, headers=token_headers, timeout=TIMEOUT).status_code == 200
            assert requests.get(base + "/_sandbox/faults", timeout=TIMEOUT).json()["rules"] == []
            assert requests.get(base + "/_sandbox/clock", timeout=TIMEOUT).json()["iso"].startswith("2026-01-15T14:00")
            assert requests.get(base + "/_sandbox/clients/madebeforereset01", timeout=TIMEOUT).status_code == 404
        finally:
            running.stop()


def test_reset_revokes_every_token():
    with tempfile.TemporaryDirectory() as directory:
        running = RunningSandbox(pathlib.Path(directory) / "reset-tokens.sqlite", "--patients", "3")
        try:
            client_id, secret = make_service_client(running, "madebeforereset02")
            tokens = [running.service_token(), token_for(running, client_id, secret).json()["access_token"]]
            patient = f"{running.fhir_base}/Patient/{PATIENT}"

            requests.post(running.base_url + "/_sandbox/reset", timeout=30).raise_for_status()

            statuses = [
                requests.get(patient, headers={"Authorization": f"Bearer {token}"}, timeout=TIMEOUT).status_code
                for token in tokens
            ]
            assert statuses == [401, 401]
        finally:
            running.stop()


def test_reset_keeps_the_seed_clients():
    with tempfile.TemporaryDirectory() as directory:
        running = RunningSandbox(pathlib.Path(directory) / "seed-clients.sqlite", "--patients", "3")
        try:
            requests.post(running.base_url + "/_sandbox/reset", timeout=30).raise_for_status()
            clients = requests.get(running.base_url + "/_sandbox/clients", timeout=TIMEOUT).json()["clients"]
            assert DEFAULT_CLIENT_ID in {client["client_id"] for client in clients}
            assert token_for(running, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET).status_code == 200
        finally:
            running.stop()


def test_revoking_a_token_makes_it_401(sandbox):
    client_id, secret = make_service_client(sandbox, "revoketestclient01")
    tokens = [token_for(sandbox, client_id, secret).json()["access_token"] for _ in range(3)]
    patient = f"{sandbox.fhir_base}/Patient/{PATIENT}"

    def read(token):
        return requests.get(patient, headers={"Authorization": f"Bearer {token}"}, timeout=TIMEOUT)

    assert all(read(token).status_code == 200 for token in tokens)
    assert revoke(sandbox, token=tokens[0]) == 1
    refused = read(tokens[0])
    assert refused.status_code == 401
    assert 'error="invalid_token"' in refused.headers["WWW-Authenticate"]
    assert read(tokens[1]).status_code == 200

    assert revoke(sandbox, client_id=client_id) == 2
    assert [read(token).status_code for token in tokens] == [401, 401, 401]
    requests.delete(f"{sandbox.base_url}/_sandbox/clients/{client_id}", timeout=TIMEOUT)


# -- Server defects ----------------------------------------------------------------------------------


def test_wildcard_heavy_pattern_is_matched_promptly():
    with tempfile.TemporaryDirectory() as directory:
        running = RunningSandbox(pathlib.Path(directory) / "glob.sqlite", "--patients", "2")
        try:
            pattern = "/**" * 10 + "/never"
            rule = on_path(pattern, {"type": "status", "status": 503})
            assert requests.post(running.base_url + "/_sandbox/faults", json=rule, timeout=TIMEOUT).status_code == 201
            try:
                answer = requests.get(running.base_url + "/a" * 30, timeout=3)
            except requests.exceptions.Timeout:
                pytest.fail("a request with 30 path segments was not answered within 3 s")
            assert answer.status_code == 404
        finally:
            # The stalled threads keep a graceful stop waiting; this sandbox is thrown away.
            running.process.kill()
            running.process.wait(timeout=TIMEOUT)
            running.process.stdout.close()
            running.process.stderr.close()
