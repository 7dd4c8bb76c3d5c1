#!/usr/bin/env python3
"""SIGTERM under load: readiness goes DOWN first, requests in flight complete, and the jar exits 0 in time.

Starts the packaged jar on an existing database, runs readers and writers, sends SIGTERM, and records: when
readiness (management port) first answered 503, how many requests started before the signal failed, the exit
code and how long the process took to exit (quarkus.shutdown.delay + the in-flight drain, bounded by
quarkus.shutdown.timeout). Usage: tools/reliability/sigterm.sh (SIGTERM_DATABASE, SIGTERM_PORT,
SIGTERM_MANAGEMENT_PORT override the defaults).
"""
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

PORT = int(os.environ.get("SIGTERM_PORT", "18502"))
MANAGEMENT_PORT = int(os.environ.get("SIGTERM_MANAGEMENT_PORT", "18522"))
DATABASE = os.environ.get("SIGTERM_DATABASE", "masthead_rel_live")
TOKEN = "mh_sigterm_admin_key_" + uuid.uuid4().hex
BASE = f"http://127.0.0.1:{PORT}"
CONFIGURED_DELAY = 5
CONFIGURED_TIMEOUT = 30


def request(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Authorization", "Bearer " + TOKEN)
    if data:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def main():
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(PORT), QUARKUS_MANAGEMENT_PORT=str(MANAGEMENT_PORT),
               QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:5432/{DATABASE}",
               QUARKUS_DATASOURCE_USERNAME="postgres", QUARKUS_DATASOURCE_PASSWORD="unused",
               MASTHEAD_BOOTSTRAP_ADMIN_KEY=TOKEN, MASTHEAD_PREVIEW_SECRET="sigterm-preview-secret-" + "x" * 20)
    log = open("target/sigterm-server.log", "wb")
    process = subprocess.Popen(["java", "-jar", "target/quarkus-app/quarkus-run.jar"], env=env, stdout=log,
                               stderr=subprocess.STDOUT)
    ready_url = f"http://127.0.0.1:{MANAGEMENT_PORT}/q/health/ready"
    for _ in range(400):
        try:
            with urllib.request.urlopen(ready_url, timeout=2):
                break
        except OSError:
            time.sleep(0.3)
    results = []  # (started, ended, outcome)
    lock = threading.Lock()
    stop = threading.Event()

    def client(n):
        while not stop.is_set():
            started = time.time()
            try:
                if n % 2:
                    status = request("GET", "/api/v1/articles?limit=20")
                else:
                    status = request("POST", "/manage/v1/articles", {"language": "en", "headline": f"SIGTERM {uuid.uuid4().hex}",
                                     "blocks": [{"type": "paragraph", "html": "Text."}]})
                outcome = status
            except OSError as error:
                outcome = type(error).__name__
            with lock:
                results.append((started, time.time(), outcome))

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(5)
    signalled = time.time()
    process.send_signal(signal.SIGTERM)
    down_after = None
    while process.poll() is None and time.time() - signalled < CONFIGURED_TIMEOUT + 30:
        try:
            with urllib.request.urlopen(ready_url, timeout=1):
                pass
        except urllib.error.HTTPError as error:
            if error.code == 503 and down_after is None:
                down_after = time.time() - signalled
        except OSError:
            pass
        time.sleep(0.05)
    exit_code = process.wait(timeout=60)
    exited_after = time.time() - signalled
    stop.set()
    for thread in threads:
        thread.join()
    before = [r for r in results if r[0] < signalled]
    failed_before = [r for r in before if not isinstance(r[2], int) or r[2] >= 500]
    after_ok = [r for r in results if r[0] >= signalled and r[2] in (200, 201)]
    print(f"requests started before SIGTERM: {len(before)}, of which failed: {len(failed_before)} {failed_before[:5]}")
    print(f"requests started after SIGTERM and still served (during the delay): {len(after_ok)}")
    print(f"readiness DOWN after {down_after if down_after is None else round(down_after, 2)} s; "
          f"exit code {exit_code} after {exited_after:.1f} s (delay {CONFIGURED_DELAY} s, timeout {CONFIGURED_TIMEOUT} s)")
    ok = exit_code == 0 and not failed_before and down_after is not None and exited_after < CONFIGURED_DELAY + CONFIGURED_TIMEOUT + 5
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
