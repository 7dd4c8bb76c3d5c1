#!/usr/bin/env python3
"""kill -9 cycles of the packaged jar during mixed writes, then a check that nothing acknowledged was lost.

Each cycle starts the jar, runs writers that create, update (merge patch) and publish articles and upload
imports, kills the jar with SIGKILL after a random moment, and starts over. At the end the jar runs once more,
the imports finish, and every acknowledged write must read back identically: the article exists with the
headline of its last acknowledged write (or of the one write in flight when the server died, which may have
committed before the kill), at least that version, published if a publish was acknowledged; every acknowledged
import completes with all its lines. No article may exist without blocks (SQL).

Usage: tools/reliability/kill-cycles.sh [cycles] (see the environment variables below). Standard library only.
"""
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

CYCLES = int(sys.argv[1]) if len(sys.argv) > 1 else 20
PORT = int(os.environ.get("KILL_PORT", "18501"))
MANAGEMENT_PORT = int(os.environ.get("KILL_MANAGEMENT_PORT", "18521"))
DATABASE = os.environ.get("KILL_DATABASE", "masthead_rel_live")
WRITERS = int(os.environ.get("KILL_WRITERS", "4"))
# Seconds of writes before each kill, from and to.
WINDOW = [float(x) for x in os.environ.get("KILL_WINDOW", "2,6").split(",")]
JAR = os.environ.get("KILL_JAR", "target/quarkus-app/quarkus-run.jar")
TOKEN = "mh_kill_cycles_admin_key_" + uuid.uuid4().hex
BASE = f"http://127.0.0.1:{PORT}"
LOG = "target/kill-cycles-server.log"


class Ledger:
    """What the server acknowledged, per article, and what was in flight when it died."""

    def __init__(self):
        self.lock = threading.Lock()
        self.articles = {}  # id -> {"headline", "version", "published", "inflight"}
        self.imports = {}  # job id -> lines
        self.acked = 0

    def ack(self, article_id, **state):
        with self.lock:
            entry = self.articles.setdefault(article_id, {"published": False, "inflight": None})
            entry.update(state)
            entry["inflight"] = None
            self.acked += 1


def call(method, path, body=None, headers=None, content_type="application/json"):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + TOKEN)
    if data is not None:
        request.add_header("Content-Type", content_type)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, None


def writer(ledger, stop, seed):
    rng = random.Random(seed)
    while not stop.is_set():
        try:
            if rng.random() < 0.15:
                lines = rng.randint(2, 6)
                text = "".join(json.dumps({"status": "published", "article": {
                    "language": "en", "headline": f"Imported {uuid.uuid4().hex}",
                    "blocks": [{"type": "paragraph", "html": f"Imported line {n}."}]}}) + "\n"
                               for n in range(lines))
                status, _, job = call("POST", "/manage/v1/import", text.encode(), content_type="application/x-ndjson")
                if status == 202:
                    with ledger.lock:
                        ledger.imports[job["id"]] = lines
                        ledger.acked += 1
                continue
            headline = f"Kill cycle {uuid.uuid4().hex}"
            status, headers, created = call("POST", "/manage/v1/articles", {
                "language": "en", "headline": headline,
                "blocks": [{"type": "paragraph", "html": "First."}, {"type": "paragraph", "html": "Second."}]})
            if status != 201:
                continue
            article_id = created["id"]
            ledger.ack(article_id, headline=headline, version=created["version"])
            etag = headers["ETag"]
            for _ in range(rng.randint(1, 3)):
                headline = f"Kill cycle edit {uuid.uuid4().hex}"
                with ledger.lock:
                    ledger.articles[article_id]["inflight"] = headline
                status, headers, updated = call("PATCH", f"/manage/v1/articles/{article_id}", {"headline": headline},
                                                {"If-Match": etag}, "application/merge-patch+json")
                if status != 200:
                    break
                ledger.ack(article_id, headline=headline, version=updated["version"])
                etag = headers["ETag"]
            if rng.random() < 0.5:
                status, _, published = call("POST", f"/manage/v1/articles/{article_id}/publish", None,
                                            {"If-Match": etag})
                if status == 200:
                    ledger.ack(article_id, version=published["version"], published=True)
        except (OSError, urllib.error.URLError, ValueError):
            time.sleep(0.05)


def start_server():
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(PORT), QUARKUS_MANAGEMENT_PORT=str(MANAGEMENT_PORT),
               QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:5432/{DATABASE}",
               QUARKUS_DATASOURCE_USERNAME="postgres", QUARKUS_DATASOURCE_PASSWORD="unused",
               MASTHEAD_BOOTSTRAP_ADMIN_KEY=TOKEN, MASTHEAD_PREVIEW_SECRET="kill-cycles-preview-secret-" + "x" * 20,
               # The read-back checks thousands of writes at once; the per-address rate limit would answer 429.
               MASTHEAD_RATE_LIMIT_MANAGEMENT_PER_MINUTE="0", MASTHEAD_RATE_LIMIT_DELIVERY_PER_MINUTE="0")
    log = open(LOG, "ab")
    process = subprocess.Popen(["java", "-jar", JAR], env=env, stdout=log, stderr=subprocess.STDOUT)
    started = time.time()
    while time.time() - started < 120:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{MANAGEMENT_PORT}/q/health/ready", timeout=2) as ready:
                if ready.status == 200:
                    return process, time.time() - started
        except OSError:
            pass
        if process.poll() is not None:
            sys.exit(f"the server stopped; see {LOG}")
        time.sleep(0.3)
    process.kill()
    sys.exit(f"the server did not become ready; see {LOG}")


def psql(sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", DATABASE, "-Atc", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def main():
    subprocess.run(["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-c", f"drop database if exists {DATABASE}",
                    "-c", f"create database {DATABASE}"], check=True)
    ledger = Ledger()
    startups = []
    for cycle in range(1, CYCLES + 1):
        process, startup = start_server()
        startups.append(startup)
        stop = threading.Event()
        threads = [threading.Thread(target=writer, args=(ledger, stop, cycle * 100 + n)) for n in range(WRITERS)]
        for thread in threads:
            thread.start()
        time.sleep(random.uniform(*WINDOW))
        process.send_signal(signal.SIGKILL)
        process.wait()
        stop.set()
        for thread in threads:
            thread.join()
        print(f"cycle {cycle}: killed after writes; acknowledged so far {ledger.acked}", flush=True)

    process, _ = start_server()
    try:
        failures = verify(ledger)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    orphans = psql("select count(*) from article a where not exists (select 1 from block b where b.article_id = a.id)")
    if orphans != "0":
        failures.append(f"{orphans} articles without blocks")
    print(f"{CYCLES} kill -9 cycles, {WRITERS} writers; {ledger.acked} acknowledged writes on "
          f"{len(ledger.articles)} articles and {len(ledger.imports)} imports "
          f"({sum(ledger.imports.values())} lines); median start-up {sorted(startups)[len(startups) // 2]:.1f} s; "
          f"articles in the database: {psql('select count(*) from article')}; failures: {len(failures)}")
    for failure in failures[:50]:
        print("  " + failure)
    sys.exit(1 if failures else 0)


def verify(ledger):
    failures = []
    for article_id, expected in ledger.articles.items():
        status, _, article = call("GET", f"/manage/v1/articles/{article_id}")
        if status != 200:
            failures.append(f"article {article_id}: {status}")
            continue
        headline = article["content"]["headline"]
        if headline != expected["headline"] and headline != expected["inflight"]:
            failures.append(f"article {article_id}: headline {headline!r}, acknowledged {expected['headline']!r}")
        if article["version"] < expected["version"]:
            failures.append(f"article {article_id}: version {article['version']} < acknowledged {expected['version']}")
        if expected["published"] and article["status"] != "published":
            failures.append(f"article {article_id}: {article['status']}, its publish was acknowledged")
    deadline = time.time() + 300
    for job_id, lines in ledger.imports.items():
        while True:
            status, _, job = call("GET", f"/manage/v1/import/{job_id}")
            if status != 200:
                failures.append(f"import {job_id}: {status}")
                break
            if job["status"] in ("completed", "failed") or time.time() > deadline:
                if job["status"] != "completed" or job.get("succeeded") != lines:
                    failures.append(f"import {job_id}: {json.dumps(job)[:300]}, expected {lines} lines imported")
                break
            time.sleep(0.5)
    return failures


if __name__ == "__main__":
    main()
