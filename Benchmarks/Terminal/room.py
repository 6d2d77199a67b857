#!/usr/bin/env python3
"""Fifty phones answering within one second: the room's server in the real binary.

Tafel runs in a pty (as in measure.py) with a workshop of PHONES participants, the room open on
127.0.0.1 and a dilemma round collecting. Each phone has an address of its own on the loopback
(127.0.0.2, 127.0.0.3, ...; Linux answers on the whole 127/8), so the per-address rate limit
sees fifty phones, not one. Every phone claims its person first; then all send their answer at
once, and we time:

- each answer's acknowledgement (200 with saved: true: in the round and on disk);
- when the room first knows all of them: a separate phone polls /api/state every 5 ms and notes
  when `answered` reaches PHONES (the state the server reads is the one the wall publisher gets,
  handed over on the loop's thread before the screen is painted);
- when the facilitator's screen last changed after the answers (the last bytes on the pty).

Afterwards the saved workshop must hold exactly PHONES choices, one per person, as answered.

  python3 Benchmarks/Terminal/room.py                      # release binary, 3 runs
  python3 Benchmarks/Terminal/room.py --binary .build/debug/tafel --runs 1
"""

from __future__ import annotations

import argparse
import http.client
import json
import re
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import measure  # noqa: E402  (Pty, participants_csv, the environment)

PHONES = 50
PAGE_DOWN = b"\x1b[6~"


class Phone:
    """One phone: its own source address, its token once it claimed someone."""

    def __init__(self, port: int, source: str):
        self.port = port
        self.source = source
        self.token: str | None = None

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=20, source_address=(self.source, 0))
        headers = {"Host": f"127.0.0.1:{self.port}"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        try:
            connection.request(method, path, body=data, headers=headers)
            response = connection.getresponse()
            text = response.read()
            return response.status, (json.loads(text) if text else {})
        finally:
            connection.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def workshop_with(count: int, root: Path, binary: Path, env: dict[str, str]) -> Path:
    path = root / "room.json"
    csv = root / "room.csv"
    csv.write_text(measure.participants_csv(count), encoding="utf-8")

    def run(*args: str) -> None:
        import subprocess
        subprocess.run([str(binary), *args], env=env, cwd=root, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    run("new", str(path), "--title", f"Room {count}", "--date", "2026-01-05", "--lang", "en")
    run("import", str(path), "--participants", str(csv), "--lang", "en")
    for extra in (Path(f"{path}.lock"), Path(f"{path}.bak")):
        extra.unlink(missing_ok=True)
    return path


class Screen(threading.Thread):
    """Reads the pty all the time, keeping the text (escapes dropped) and when it last wrote."""

    def __init__(self, pty: measure.Pty):
        super().__init__(daemon=True)
        self.pty = pty
        self.text = ""
        self.last_write = 0.0
        self.running = True

    def run(self) -> None:
        while self.running and not self.pty.eof:
            data, _, last = self.pty.read(quiet=0.05, first_wait=0.05)
            if data:
                self.last_write = last or time.monotonic()
                self.text += measure.CSI.sub(b"", data).decode("utf-8", "replace")
                self.text = self.text[-20000:]


def one_run(binary: Path, phones: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="tafel-room-") as folder:
        root = Path(folder)
        inputs = measure.Inputs(root=root, binary=binary)
        inputs.home = root / "home"
        inputs.home.mkdir()
        env = inputs.environment({})
        workshop = workshop_with(phones, root, binary, env)
        port = free_port()
        pty = measure.Pty([str(binary), "open", str(workshop), "--lang", "en", "--room",
                           "--listen", f"127.0.0.1:{port}"], env, root, 160, 45)
        screen = Screen(pty)
        screen.start()
        try:
            deadline = time.monotonic() + 20
            code = None
            while time.monotonic() < deadline and not code:
                match = re.search(r"code ([A-Z0-9]{5})", screen.text)
                code = match.group(1) if match else None
                time.sleep(0.02)
            if not code:
                raise RuntimeError("the room did not open:\n" + screen.text[-2000:])
            for key in (b"4", PAGE_DOWN, PAGE_DOWN):
                pty.send(key)
                time.sleep(0.3)
            crowd = [Phone(port, f"127.0.0.{2 + i}") for i in range(phones)]
            people = crowd[0].call("POST", "/api/join", {"code": code})[1]["people"]
            for phone, person in zip(crowd, people):
                status, reply = phone.call("POST", "/api/claim",
                                           {"code": code, "person": person["id"]})
                if status != 200:
                    raise RuntimeError(f"claim {person['id']}: {status} {reply}")
                phone.token = reply["token"]
            watcher = Phone(port, "127.0.0.250")
            watcher.token = crowd[0].token
            round_number = watcher.call("GET", "/api/state")[1]["round"]["number"]

            expected = {person["id"]: i % 4 for i, person in enumerate(people)}
            results: list[tuple[int, dict, float, float]] = [(0, {}, 0.0, 0.0)] * phones
            everyone_known = [0.0]
            start = threading.Barrier(phones + 1)
            stop_watching = threading.Event()

            def answer(index: int) -> None:
                start.wait()
                sent = time.monotonic()
                status, reply = crowd[index].call(
                    "POST", "/api/answer", {"round": round_number, "option": index % 4})
                results[index] = (status, reply, sent, time.monotonic())

            def watch() -> None:
                while not stop_watching.is_set():
                    status, view = watcher.call("GET", "/api/state")
                    if status == 200 and view.get("round", {}).get("answered") == phones:
                        everyone_known[0] = time.monotonic()
                        return
                    time.sleep(0.005)

            threads = [threading.Thread(target=answer, args=(i,)) for i in range(phones)]
            for thread in threads:
                thread.start()
            watching = threading.Thread(target=watch)
            time.sleep(0.2)
            watching.start()
            began = time.monotonic()
            start.wait()
            for thread in threads:
                thread.join()
            watching.join(timeout=10)
            stop_watching.set()
            time.sleep(0.5)  # let the screen settle
            saved = json.loads(workshop.read_text(encoding="utf-8"))
            choices = saved["dilemmaRounds"][-1]["choices"]
            acks = [done - sent for (_, _, sent, done) in results]
            last_sent = max(sent for (_, _, sent, _) in results)
            last_ack = max(done for (_, _, _, done) in results)
            return {
                "ok": all(status == 200 and reply.get("saved") is True
                          for (status, reply, _, _) in results),
                "statuses": sorted({status for (status, _, _, _) in results}),
                "counted": len(choices),
                "as_answered": choices == expected,
                "all_acknowledged_s": last_ack - began,
                "ack_p50_ms": statistics.median(acks) * 1000,
                "ack_max_ms": max(acks) * 1000,
                "room_knows_all_after_last_sent_ms":
                    (everyone_known[0] - last_sent) * 1000 if everyone_known[0] else None,
                "screen_final_after_last_sent_ms": (screen.last_write - last_sent) * 1000,
            }
        finally:
            screen.running = False
            screen.join(timeout=2)
            pty.finish(b"q")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", type=Path, default=measure.DEFAULT_BINARY)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--phones", type=int, default=PHONES)
    args = parser.parse_args()
    rows = [one_run(args.binary.resolve(), args.phones) for _ in range(args.runs)]
    print(f"# {args.phones} phones answering at once, {args.binary}, {measure.machine()}")
    keys = list(rows[0].keys())
    print("| run | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 1) + "|")
    for number, row in enumerate(rows, 1):
        cells = [f"{value:.1f}" if isinstance(value, float) else str(value)
                 for value in row.values()]
        print(f"| {number} | " + " | ".join(cells) + " |")
    good = all(row["ok"] and row["counted"] == args.phones and row["as_answered"] for row in rows)
    print("every answer acknowledged, saved and counted once" if good else "FAILED")
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
