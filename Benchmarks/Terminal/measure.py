#!/usr/bin/env python3
"""Tafel through a real pseudo-terminal: bytes per keystroke, peak memory, time to first frame,
and a held-down key.

Runs the real `tafel` binary in a pty of a fixed size (TIOCSWINSZ before exec) and reads what
it writes back, as a terminal would. Standard library only; every input is generated here, in
a temporary folder (the workshops, HOME, XDG_DATA_HOME), so runs are repeatable and nothing in
the repository is touched.

  python3 Benchmarks/Terminal/measure.py                   # all three measurements
  python3 Benchmarks/Terminal/measure.py --only bytes      # bytes, memory, startup, held or wall
  python3 Benchmarks/Terminal/measure.py --binary .build-measure/release/tafel --runs 20

See Benchmarks/Terminal/README.md and docs/performance.md ("Through a terminal").
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import re
import select
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_BINARY = REPO / ".build" / "release" / "tafel"
DEFAULT_VIM = "/usr/bin/vim"

SIZES = [(120, 36), (250, 70)]
# Start-up also at the projector's size (the brief's 160x45), between the laptop's and a 4K wall's.
STARTUP_SIZES = [(120, 36), (160, 45), (250, 70)]
# (label, environment overrides); every terminal also gets LANG=C.UTF-8.
TERMINALS = [
    ("xterm-256color", {"TERM": "xterm-256color"}),
    ("xterm-256color NO_COLOR=1", {"TERM": "xterm-256color", "NO_COLOR": "1"}),
    ("screen-256color", {"TERM": "screen-256color"}),
]
LARGE = 1000

# Targets from the issue.
BYTES_TARGET = 200  # bytes per keystroke that changes one score
MEMORY_TARGET_MB = 50  # peak resident memory with 1,000 participants
# First frame, as a multiple of vim's in the same run (issue 17).
STARTUP_TARGET_DEMO = 1.5
STARTUP_TARGET_LARGE = 2.0

KEY_DOWN = b"j"  # Team: selection down (same action as the down arrow)
KEY_SCORES = b"\r"  # Team: edit the selected participant's scores
KEY_PLUS = b"l"  # score editing: +1 (same action as the right arrow)
KEY_MINUS = b"h"  # score editing: -1 (same action as the left arrow)
KEY_KEEP = b"\r"  # score editing: keep
KEY_RENAME = b"r"  # Team: rename the selected participant (a text field)
KEY_ESCAPE = b"\x1b"
KEY_TAB = b"\t"
KEY_QUIT = b"q"
TYPED = b"Tafel"  # one keystroke each in the rename field
STEPS = 5  # keystrokes measured per kind


# --------------------------------------------------------------------------------------------
# A program in a pseudo-terminal


class Pty:
    """One child process on the slave side of a new pty of `columns` x `rows`."""

    def __init__(self, argv: list[str], env: dict[str, str], cwd: Path, columns: int, rows: int):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.started = time.monotonic()
        pid = os.fork()
        if pid == 0:  # child: the slave becomes the controlling terminal and fds 0-2
            try:
                os.close(master)
                os.login_tty(slave)
                os.chdir(cwd)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid = pid
        self.fd = master
        self.eof = False
        self.exit_status: int | None = None
        self.rusage = None

    def read(self, quiet: float, first_wait: float) -> tuple[bytes, float | None, float | None]:
        """Reads until `quiet` seconds pass without output. Waits up to `first_wait` for the
        first byte. Returns the bytes and the monotonic times of the first and last read."""
        chunks: list[bytes] = []
        first = last = None
        deadline = time.monotonic() + first_wait
        while not self.eof:
            wait = quiet if last is not None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                break
            try:
                data = os.read(self.fd, 65536)
            except OSError:  # EIO: the slave side is closed, the child has gone
                data = b""
            if not data:
                self.eof = True
                break
            now = time.monotonic()
            first = now if first is None else first
            last = now
            chunks.append(data)
        return b"".join(chunks), first, last

    def send(self, data: bytes) -> None:
        os.write(self.fd, data)

    def key(self, data: bytes, quiet: float = 0.2, first_wait: float = 1.0) -> bytes:
        """Sends one keystroke and returns everything written back until the output goes quiet."""
        avoid_minute_boundary(self)
        self.send(data)
        return self.read(quiet, first_wait)[0]

    def proc_status(self) -> dict[str, str]:
        text = Path(f"/proc/{self.pid}/status").read_text()
        return dict(line.split(":", 1) for line in text.splitlines() if ":" in line)

    def finish(self, keys: bytes, timeout: float = 10.0) -> int:
        """Sends `keys` (the way to quit) and waits for the child, reading whatever it writes
        meanwhile. Kills it (by its own pid) if it does not end in time."""
        if keys and not self.eof:
            try:
                self.send(keys)
            except OSError:
                pass
        deadline = time.monotonic() + timeout
        while self.exit_status is None:
            pid, status, rusage = os.wait4(self.pid, os.WNOHANG)
            if pid:
                self.exit_status, self.rusage = status, rusage
                break
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                _, self.exit_status, self.rusage = os.wait4(self.pid, 0)
                break
            self.read(0.05, 0.05)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(self.exit_status)


def start_early_in_minute(needed: float) -> None:
    """The header shows the time of the last save as well as the clock: a run that must not see
    either change starts only when `needed` seconds are left before the next minute."""
    left = 60.0 - (time.time() % 60.0)
    if left < needed:
        time.sleep(left + 0.5)


def avoid_minute_boundary(session: Pty) -> None:
    """The header clock changes once a minute (seen within the loop's 250 ms tick). A keystroke
    is never measured across that change: close to it, wait until it has passed and been drawn."""
    left = 60.0 - (time.time() % 60.0)
    if left < 1.5:
        time.sleep(left + 0.6)
        session.read(0.2, 0.0)


# --------------------------------------------------------------------------------------------
# Inputs


@dataclass
class Inputs:
    root: Path
    binary: Path
    demo: Path = field(init=False)
    large: Path = field(init=False)
    home: Path = field(init=False)

    def environment(self, overrides: dict[str, str]) -> dict[str, str]:
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.home),
            "XDG_DATA_HOME": str(self.root / "xdg-data"),
            "XDG_CONFIG_HOME": str(self.root / "xdg-config"),
            "TZ": "UTC",
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
        }
        env.update(overrides)
        return env

    def fresh_copy(self, workshop: Path, name: str) -> Path:
        """A run folder with its own copy of `workshop` (Tafel autosaves and takes a lock)."""
        folder = self.root / "runs" / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        copy = folder / "workshop.json"
        shutil.copyfile(workshop, copy)
        return copy


def participants_csv(count: int) -> str:
    """`count` participants with unique names, 8 organisations and scores from a fixed pattern."""
    firsts = [
        "Anouk", "Mehmet", "Elif", "Pieter", "Fatima", "Kees", "Marloes", "Ricardo", "Nadia",
        "Thijs", "Lotte", "Wim", "Joëlle", "Jan", "Sanne", "Bram", "Yara", "Daan", "Ilse", "Omar",
    ]
    lasts = [
        "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
        "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok",
        "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
        "de Bruijn", "de Jong", "van Dijk", "Schouten", "Hoekstra", "Willems", "Verbeek",
        "Kuipers", "Postma", "Hermans", "Koster", "Prins", "Blom", "Huisman", "Peeters",
        "van Wijk", "Kramer", "Martens", "Vink", "Ünal", "Çelik",
    ]
    organisations = [
        "Gemeente Noordhaven", "Woonstichting Havenzicht", "Buurtwerk Noord", "GGZ Kustland",
        "Stichting De Overloop", "Jeugdhulp Kompas", "Zorggroep Dijkzicht",
        "Zorgverzekeraar Noordkust",
    ]
    roles = ["manager", "team leader", "policy adviser", "director", "coordinator", "social worker"]
    lines = ["name,organisation,role,yellow,green,orange,blue,red,purple"]
    for i in range(count):
        name = f"{firsts[i % len(firsts)]} {lasts[(i // len(firsts)) % len(lasts)]}"
        if i >= len(firsts) * len(lasts):
            name += f" {i // (len(firsts) * len(lasts)) + 1}"
        scores = [(17 * i + 31 * c * c + 7 * c + 20) % 101 for c in range(6)]
        fields = [name, organisations[i % len(organisations)], roles[i % len(roles)]]
        lines.append(",".join(fields + [str(s) for s in scores]))
    return "\n".join(lines) + "\n"


def make_inputs(root: Path, binary: Path) -> Inputs:
    inputs = Inputs(root=root, binary=binary)
    inputs.home = root / "home"
    inputs.home.mkdir()
    env = inputs.environment({})
    source = root / "source"
    source.mkdir()

    def run(*args: str) -> None:
        subprocess.run(
            [str(binary), *args], env=env, cwd=source, check=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    inputs.demo = source / "demo.json"
    run("demo", "--output", str(inputs.demo), "--lang", "en")
    inputs.large = source / f"large-{LARGE}.json"
    csv = source / f"large-{LARGE}.csv"
    csv.write_text(participants_csv(LARGE), encoding="utf-8")
    run("new", str(inputs.large), "--title", f"Measure {LARGE}", "--date", "2026-01-05",
        "--lang", "en")
    run("import", str(inputs.large), "--participants", str(csv), "--lang", "en")
    for path in (inputs.large, inputs.demo):
        for extra in (Path(f"{path}.lock"), Path(f"{path}.bak")):
            extra.unlink(missing_ok=True)
    return inputs


def open_tafel(inputs: Inputs, workshop: Path, env: dict[str, str], size: tuple[int, int],
               wrap: list[str] | None = None) -> Pty:
    argv = [str(inputs.binary), "open", str(workshop), "--lang", "en"]
    return Pty((wrap or []) + argv, env, workshop.parent, *size)


# --------------------------------------------------------------------------------------------
# What the bytes are

CSI = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]")
OTHER_ESCAPE = re.compile(rb"\x1b[()][0-9A-Za-z]|\x1b[ -/]*[0-~]")
MOVES = set(b"HfGdABCDEF`a")
ERASES = set(b"KJXMLP@")


def classify(stream: bytes) -> dict[str, int]:
    """Bytes by kind: text, cursor moves, attributes and colours (SGR and the charset resets
    that come with them), erasing, other control sequences."""
    counts = {"text": 0, "move": 0, "sgr": 0, "erase": 0, "other": 0}
    i = 0
    while i < len(stream):
        byte = stream[i]
        if byte == 0x1B:
            match = CSI.match(stream, i)
            if match:
                final = match.group()[-1]
                kind = ("sgr" if final == ord("m") else "move" if final in MOVES
                        else "erase" if final in ERASES else "other")
            else:
                match = OTHER_ESCAPE.match(stream, i)
                if match is None:
                    counts["other"] += 1
                    i += 1
                    continue
                kind = "sgr" if match.group()[1] in b"()" else "other"
            counts[kind] += len(match.group())
            i = match.end()
        elif byte in (0x0D, 0x0A, 0x08):
            counts["move"] += 1
            i += 1
        elif byte in (0x0E, 0x0F):  # shift out/in: screen's part of resetting attributes
            counts["sgr"] += 1
            i += 1
        else:
            counts["text"] += 1
            i += 1
    return counts


def count_writes(trace: Path, marks: list[tuple[str, float]]) -> dict[str, list[int]]:
    """write(2) calls to the terminal (fd 1) per step, from `strace -ttt` output and the
    wall-clock times at which each step's key was sent."""
    times = []
    for line in trace.read_text(errors="replace").splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[2].startswith("write(1,"):
            times.append(float(parts[1]))
    result: dict[str, list[int]] = {}
    for index, (label, start) in enumerate(marks):
        end = marks[index + 1][1] if index + 1 < len(marks) else float("inf")
        result.setdefault(label, []).append(sum(1 for t in times if start <= t < end))
    return result


# --------------------------------------------------------------------------------------------
# 1. Bytes per keystroke


def bytes_per_keystroke(inputs: Inputs, workshop: Path, label: str, overrides: dict[str, str],
                        size: tuple[int, int], dump: Path | None, trace: bool) -> dict:
    """Opens `workshop` and sends, one at a time: selection down, open score editing, +1,
    keep, open the rename field, typed characters, Escape; then quits."""
    env = inputs.environment(overrides)
    copy = inputs.fresh_copy(workshop, "bytes")
    wrap = None
    trace_file = copy.parent / "strace.out"
    if trace:
        wrap = [shutil.which("strace") or "strace", "-f", "-ttt", "-e", "trace=write",
                "-e", "signal=none", "-o", str(trace_file)]
    start_early_in_minute(15.0)
    session = open_tafel(inputs, copy, env, size, wrap)
    marks: list[tuple[str, float]] = [("first frame", time.time())]
    first, _, _ = session.read(0.3, 10.0)
    steps: dict[str, list[bytes]] = {}

    def step(kind: str, key: bytes) -> None:
        avoid_minute_boundary(session)
        marks.append((kind, time.time()))
        session.send(key)
        steps.setdefault(kind, []).append(session.read(0.2, 1.0)[0])

    for _ in range(STEPS):
        step("move selection", KEY_DOWN)
    step("open score editing", KEY_SCORES)
    for _ in range(STEPS):
        step("score +1", KEY_PLUS)
    step("keep scores", KEY_KEEP)
    step("open rename field", KEY_RENAME)
    for character in TYPED[:STEPS]:
        step("type a character", bytes([character]))
    step("cancel rename", KEY_ESCAPE)
    marks.append(("quit", time.time()))
    code = session.finish(KEY_QUIT)
    if code != 0:
        raise RuntimeError(f"tafel ended with {code} ({label}, {size})")
    result = {
        "terminal": label, "size": f"{size[0]}x{size[1]}", "first frame": len(first),
        "steps": {kind: [len(s) for s in streams] for kind, streams in steps.items()},
        "kinds": {kind: classify(b"".join(streams)) for kind, streams in steps.items()},
    }
    if trace:
        result["writes"] = count_writes(trace_file, marks)
    if dump is not None:
        name = f"{workshop.stem}-{label.replace(' ', '_').replace('=', '')}-{size[0]}x{size[1]}"
        (dump / f"{name}-first-frame.bin").write_bytes(first)
        for kind, streams in steps.items():
            for index, stream in enumerate(streams):
                (dump / f"{name}-{kind.replace(' ', '-')}-{index + 1}.bin").write_bytes(stream)
    return result


def clock_tick(inputs: Inputs, size: tuple[int, int]) -> int:
    """The bytes of one change of the header clock, with nothing else changing."""
    copy = inputs.fresh_copy(inputs.demo, "clock")
    session = open_tafel(inputs, copy, inputs.environment({}), size)
    session.read(0.3, 10.0)
    left = 60.0 - (time.time() % 60.0)
    if left < 1.0:  # the change may already be under way: wait for the next one
        time.sleep(left + 0.6)
        session.read(0.3, 0.0)
        left = 60.0 - (time.time() % 60.0)
    stream = session.read(0.3, left + 2.0)[0]
    session.finish(KEY_QUIT)
    return len(stream)


def report_bytes(results: list[dict], trace: bool) -> None:
    print("\n## Bytes written per keystroke (median / max of the keystrokes of each kind)\n")
    header = ("| terminal | size | workshop | first frame | move selection | score +1 "
              "| type a character | open score editing | keep scores | score +1 < "
              f"{BYTES_TARGET} |")
    print(header)
    print("|" + "---|" * 3 + "---:|" * 6 + "---|")
    for r in results:
        s = r["steps"]

        def cell(kind: str) -> str:
            values = s[kind]
            if len(values) == 1:
                return str(values[0])
            return f"{statistics.median(values):g} / {max(values)}"

        met = ("yes" if max(s["score +1"]) < BYTES_TARGET
               else "median only" if statistics.median(s["score +1"]) < BYTES_TARGET else "**no**")
        print(f"| {r['terminal']} | {r['size']} | {r['workshop']} | {r['first frame']} "
              f"| {cell('move selection')} | {cell('score +1')} | {cell('type a character')} "
              f"| {cell('open score editing')} | {cell('keep scores')} | {met} |")
    print("\nWhat the bytes are (all keystrokes of a kind together; first configuration):\n")
    print("| keystroke | text | cursor moves | attributes/colours | erase | other |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind, counts in results[0]["kinds"].items():
        print(f"| {kind} | {counts['text']} | {counts['move']} | {counts['sgr']} "
              f"| {counts['erase']} | {counts['other']} |")
    if trace:
        print("\nwrite(2) calls to the terminal per keystroke (strace; median / max):\n")
        print("| terminal | size | workshop | first frame | move selection | score +1 "
              "| type a character |")
        print("|---|---|---|---:|---:|---:|---:|")
        for r in results:
            w = r["writes"]

            def calls(kind: str) -> str:
                return f"{statistics.median(w[kind]):g} / {max(w[kind])}"

            print(f"| {r['terminal']} | {r['size']} | {r['workshop']} | {w['first frame'][0]} "
                  f"| {calls('move selection')} | {calls('score +1')} "
                  f"| {calls('type a character')} |")


# --------------------------------------------------------------------------------------------
# Held-down key

HELD_RATE = 30  # key repeats per second, as a keyboard sends them while a key is held
HELD_KEYS = 60  # 2 s of repeats; stays within 0-100 in both workshops (see held_key)


def held_key(inputs: Inputs, workshop: Path, size: tuple[int, int], key: bytes) -> dict:
    """Holds `key` (`l` +1 or `h` -1, the arrows' actions) in score editing at HELD_RATE a second and
    records when each key was sent, every chunk of output, and every save (a new inode at the
    workshop's path: saves are renamed into place)."""
    env = inputs.environment({})
    copy = inputs.fresh_copy(workshop, "held")
    session = open_tafel(inputs, copy, env, size)
    session.read(0.3, 20.0)
    session.key(KEY_SCORES, quiet=0.3, first_wait=5.0)
    opened = copy.read_bytes()
    inode = os.stat(copy).st_ino
    sends: list[float] = []
    chunks: list[tuple[float, int]] = []
    saves: list[float] = []
    start = time.monotonic()
    while True:
        now = time.monotonic()
        if len(sends) < HELD_KEYS and now >= start + len(sends) / HELD_RATE:
            session.send(key)
            sends.append(now)
            continue
        last = max([sends[-1]] + [t for t, _ in chunks[-1:]] + saves[-1:])
        if len(sends) == HELD_KEYS and now - last > 1.0:
            break
        ready, _, _ = select.select([session.fd], [], [], 0.001)
        if ready:
            data = os.read(session.fd, 65536)
            chunks.append((time.monotonic(), len(data)))
        current = os.stat(copy).st_ino
        if current != inode:
            inode = current
            saves.append(time.monotonic())
    code = session.finish(KEY_KEEP + KEY_QUIT)
    # A frame is a burst of output; ncurses writes one frame in one or a few chunks.
    frames: list[tuple[float, float]] = []
    for t, _ in chunks:
        if frames and t - frames[-1][1] < 0.003:
            frames[-1] = (frames[-1][0], t)
        else:
            frames.append((t, t))
    # How long each key waited for the screen to answer: until the first output after it.
    waits = []
    for sent in sends:
        answer = next((t for t, _ in chunks if t >= sent), None)
        if answer is not None:
            waits.append((answer - sent) * 1000)
    waits.sort()
    return {
        "size": f"{size[0]}x{size[1]}", "keys": len(sends), "frames": len(frames),
        "saves seen": len(saves),
        "key to screen ms": {
            "median": statistics.median(waits), "p95": waits[int(len(waits) * 0.95) - 1],
            "max": waits[-1]},
        "last key to quiet screen ms": (max(t for t, _ in chunks) - sends[-1]) * 1000,
        "last key to last save ms": ((saves[-1] - sends[-1]) * 1000) if saves else None,
        "score": changed_score(opened, copy.read_bytes()), "exit": code,
    }


def changed_score(before: bytes, after: bytes) -> str:
    """The yellow score the held key changed, as it was opened and as it ended in the file."""
    old = json.loads(before)["participants"]
    new = {p["id"]: p["scores"]["yellow"] for p in json.loads(after)["participants"]}
    for person in old:
        if new.get(person["id"]) != person["scores"]["yellow"]:
            return f"{person['scores']['yellow']} -> {new.get(person['id'])}"
    return "unchanged"


def report_held(results: list[dict]) -> None:
    print(f"\n## A held-down key ({HELD_RATE} repeats a second, {HELD_KEYS} keys, score editing)\n")
    print("| workshop | size | frames | saves seen | key to screen: median / p95 / max "
          "| last key to quiet screen | last key to last save | score in the file |")
    print("|---|---|---:|---:|---|---:|---:|---|")
    for r in results:
        w = r["key to screen ms"]
        last_save = r["last key to last save ms"]
        print(f"| {r['workshop']} | {r['size']} | {r['frames']} | {r['saves seen']} "
              f"| {w['median']:.1f} / {w['p95']:.1f} / {w['max']:.1f} ms "
              f"| {r['last key to quiet screen ms']:.0f} ms "
              f"| {'-' if last_save is None else f'{last_save:.0f} ms'} | {r['score']} |")


# --------------------------------------------------------------------------------------------
# A key on the laptop to the wall (issue 14)

WALL_KEYS = 40  # keystrokes measured per workshop
WALL_TARGET_MS = 50  # median, key on the laptop to the wall's frame


class SocketWall:
    """A wall of its own on the socket, reading as `tafel wall` does, that counts the bytes of
    each snapshot. `size` says it as `tafel wall` does; None stays silent, as a `tafel wall`
    from before walls told their size, which gets every list whole (and so does every other
    wall of that Tafel while it is connected)."""

    def __init__(self, folder: Path, size: tuple[int, int] | None):
        deadline = time.monotonic() + 20
        while not (sockets := list(folder.glob("*.sock"))) and time.monotonic() < deadline:
            time.sleep(0.05)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(str(sockets[0]))
        if size is not None:
            self.sock.sendall(b'{"fit":{"height":%d,"width":%d}}\n' % (size[1], size[0]))
        self.lines: list[int] = []
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        pending = b""
        while True:
            try:
                data = self.sock.recv(1 << 16)
            except OSError:
                return
            if not data:
                return
            pending += data
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                self.lines.append(len(line) + 1)

    def close(self) -> None:
        self.sock.close()


def wall_latency(inputs: Inputs, workshop: Path, size: tuple[int, int],
                 silent_wall: bool = False) -> dict:
    """The facilitator's Tafel and `tafel wall` each in a pty of their own, as on a laptop with
    a projector. A key on the laptop (`j`/`k`: the selection, which the Team wall shows) is sent
    when both are quiet; the time runs until the wall's pty answers (first byte) and until its
    output goes quiet again (the whole frame, less the quiet window). A third wall on the socket
    counts the bytes each key sends; with `silent_wall` it never says its size, as walls did
    before they told it, so every wall gets the whole list (the figures from before)."""
    run = inputs.root / "run"
    run.mkdir(mode=0o700, exist_ok=True)
    env = inputs.environment({"XDG_RUNTIME_DIR": str(run)})
    copy = inputs.fresh_copy(workshop, "wall")
    laptop = open_tafel(inputs, copy, env, size)
    laptop.read(0.3, 20.0)
    counter = SocketWall(run / "tafel", None if silent_wall else size)
    wall = Pty([str(inputs.binary), "wall", str(copy), "--lang", "en"], env, copy.parent, *size)
    wall.read(0.5, 20.0)
    # The wall's line about keys goes after a few seconds; wait it out so no frame carries it.
    time.sleep(4.5)
    wall.read(0.3, 1.0)
    counted = len(counter.lines)
    firsts: list[float] = []
    wholes: list[float] = []
    quiet = 0.05
    for index in range(WALL_KEYS):
        avoid_minute_boundary(laptop)
        wall.read(quiet, 0.0)
        sent = time.monotonic()
        laptop.send(b"j" if index % 2 == 0 else b"k")
        _, first, last = wall.read(quiet, 2.0)
        laptop.read(quiet, 0.0)
        if first is not None and last is not None:
            firsts.append((first - sent) * 1000)
            wholes.append((last - sent) * 1000)
    sent = sorted(counter.lines[counted:])
    counter.close()
    wall_code = wall.finish(KEY_QUIT)
    code = laptop.finish(KEY_QUIT)
    firsts.sort()
    wholes.sort()

    def summary(values: list[float]) -> dict:
        return {"median": statistics.median(values), "p90": values[int(len(values) * 0.9) - 1],
                "max": values[-1]} if values else {}

    return {"size": f"{size[0]}x{size[1]}", "keys": WALL_KEYS, "answered": len(firsts),
            "first byte ms": summary(firsts), "whole frame ms": summary(wholes),
            "socket bytes per key": statistics.median(sent) if sent else 0,
            "walls": "one silent (whole lists)" if silent_wall else "all say their size",
            "exit": code, "wall exit": wall_code}


def report_wall(results: list[dict]) -> None:
    print(f"\n## A key on the laptop to the wall (two ptys, {WALL_KEYS} keys, `j`/`k` on Team; "
          f"target: median under {WALL_TARGET_MS} ms)\n")
    print("| workshop | walls | size | answered | first byte: median / p90 / max "
          "| whole frame: median / p90 / max | bytes per key on the socket (median) |")
    print("|---|---|---|---:|---|---|---:|")
    for r in results:
        f, w = r["first byte ms"], r["whole frame ms"]
        if not f:
            print(f"| {r['workshop']} | {r['walls']} | {r['size']} | 0 | - | - | - |")
            continue
        print(f"| {r['workshop']} | {r['walls']} | {r['size']} | {r['answered']} of {r['keys']} "
              f"| {f['median']:.1f} / {f['p90']:.1f} / {f['max']:.1f} ms "
              f"| {w['median']:.1f} / {w['p90']:.1f} / {w['max']:.1f} ms "
              f"| {r['socket bytes per key']:,.0f} |")


# --------------------------------------------------------------------------------------------
# 2. Peak memory


def peak_memory(inputs: Inputs, workshop: Path, size: tuple[int, int]) -> dict:
    env = inputs.environment({})
    copy = inputs.fresh_copy(workshop, "memory")
    before = copy.read_bytes()
    session = open_tafel(inputs, copy, env, size)
    session.read(0.3, 10.0)
    views = [len(session.key(KEY_TAB, quiet=0.3)) for _ in range(4)]  # Group, Impasse, Dilemma, Team
    session.key(KEY_SCORES)
    session.key(KEY_PLUS)
    session.key(KEY_KEEP)
    status = session.proc_status()
    hwm_kb = int(status["VmHWM"].split()[0])
    rss_kb = int(status["VmRSS"].split()[0])
    anon_kb = int(status["RssAnon"].split()[0])
    file_kb = int(status["RssFile"].split()[0])
    code = session.finish(KEY_QUIT)
    return {
        "size": f"{size[0]}x{size[1]}", "VmHWM MB": hwm_kb / 1024, "VmRSS MB": rss_kb / 1024,
        # Resident now, split: the heap and stacks, and the mapped files (libraries).
        "RssAnon MB": anon_kb / 1024, "RssFile MB": file_kb / 1024,
        # ru_maxrss is in kilobytes on Linux; it also covers the way out (quit, final save).
        "maxrss MB": session.rusage.ru_maxrss / 1024, "exit": code,
        "saved": copy.read_bytes() != before, "view bytes": views,
    }


def report_memory(results: list[dict]) -> None:
    print("\n## Peak memory (every view visited, one score changed, quit)\n")
    print(f"| workshop | size | VmHWM before quit | max RSS (wait4) | resident: heap / files "
          f"| exit | saved | < {MEMORY_TARGET_MB} MB |")
    print("|---|---|---:|---:|---:|---:|---|---|")
    for r in results:
        met = "yes" if max(r["VmHWM MB"], r["maxrss MB"]) < MEMORY_TARGET_MB else "**no**"
        print(f"| {r['workshop']} | {r['size']} | {r['VmHWM MB']:.1f} MB | {r['maxrss MB']:.1f} MB "
              f"| {r['RssAnon MB']:.1f} / {r['RssFile MB']:.1f} MB "
              f"| {r['exit']} | {'yes' if r['saved'] else 'no'} | {met} |")


# --------------------------------------------------------------------------------------------
# 3. Time to first frame


def first_frame(argv: list[str], env: dict[str, str], cwd: Path, size: tuple[int, int],
                quit_keys: bytes, quiet: float) -> tuple[float, float, int]:
    """Milliseconds from fork to the first and to the last byte of the first burst of output
    (the burst ends when `quiet` seconds pass without output), and its size."""
    session = Pty(argv, env, cwd, *size)
    data, first, last = session.read(quiet, 10.0)
    session.finish(quit_keys)
    if first is None:
        raise RuntimeError(f"no output from {argv}")
    return (first - session.started) * 1000, (last - session.started) * 1000, len(data)


def startup(inputs: Inputs, vim: str, workshop: Path, size: tuple[int, int], runs: int,
            quiet: float) -> dict:
    env = inputs.environment({})
    programs = {
        "tafel": (lambda path: [str(inputs.binary), "open", path.name, "--lang", "en"], KEY_QUIT),
        "vim": (lambda path: [vim, "-u", "NONE", "-N", "-i", "NONE", path.name], b"\x1b:qa!\r"),
    }
    samples: dict[str, list[tuple[float, float, int]]] = {name: [] for name in programs}
    for run in range(runs + 1):  # run 0 warms the page cache for both and is not counted
        order = list(programs) if run % 2 == 0 else list(reversed(programs))
        for name in order:
            make_argv, quit_keys = programs[name]
            copy = inputs.fresh_copy(workshop, f"startup-{name}")
            sample = first_frame(make_argv(copy), env, copy.parent, size, quit_keys, quiet)
            if run > 0:
                samples[name].append(sample)
    result = {"size": f"{size[0]}x{size[1]}", "file bytes": workshop.stat().st_size}
    for name, values in samples.items():
        lasts = [v[1] for v in values]
        result[name] = {
            "median ms": statistics.median(lasts), "min ms": min(lasts), "max ms": max(lasts),
            "first byte median ms": statistics.median(v[0] for v in values),
            "frame bytes": statistics.median(v[2] for v in values),
        }
    result["ratio"] = result["tafel"]["median ms"] / result["vim"]["median ms"]
    return result


def report_startup(results: list[dict], runs: int, vim: str, quiet: float) -> None:
    print(f"\n## Time to first frame (median of {runs} runs; min-max; output then "
          f"{quiet * 1000:.0f} ms quiet, quiet time not counted)\n")
    print("| workshop | size | tafel | vim | tafel / vim | met |")
    print("|---|---|---:|---:|---:|---|")
    for r in results:
        t, v = r["tafel"], r["vim"]
        met = f"yes (≤ {r['target']})" if r["ratio"] <= r["target"] else f"**no** (> {r['target']})"
        print(f"| {r['workshop']} ({r['file bytes']:,} bytes) | {r['size']} "
              f"| {t['median ms']:.1f} ms ({t['min ms']:.1f}-{t['max ms']:.1f}) "
              f"| {v['median ms']:.1f} ms ({v['min ms']:.1f}-{v['max ms']:.1f}) "
              f"| {r['ratio']:.2f} | {met} |")
    print(f"\nCommands, run in the file's folder: `tafel open workshop.json --lang en` and "
          f"`{vim} -u NONE -N -i NONE workshop.json`.")
    print("First byte (median): " + "; ".join(
        f"{r['workshop']} {r['size']}: tafel {r['tafel']['first byte median ms']:.1f} ms, "
        f"vim {r['vim']['first byte median ms']:.1f} ms" for r in results))


# --------------------------------------------------------------------------------------------


def machine() -> str:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = int(Path("/proc/meminfo").read_text().split()[1]) // 1024
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (f"{os.uname().machine}, {os.cpu_count()} cores ({cpu}), {memory} MB, "
            f"Linux {os.uname().release}; load average {load} at the start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", type=Path, default=DEFAULT_BINARY,
                        help=f"the tafel to measure (default: {DEFAULT_BINARY.relative_to(REPO)}, "
                             "what `swift build -c release` makes)")
    parser.add_argument("--vim", default=DEFAULT_VIM, help="vim for the start-up comparison")
    parser.add_argument("--only", action="append",
                        choices=["bytes", "memory", "startup", "held", "wall"],
                        help="run only this measurement (repeatable)")
    parser.add_argument("--runs", type=int, default=20, help="start-up runs per program")
    parser.add_argument("--quiet-ms", type=int, default=100,
                        help="silence that ends the first frame in the start-up comparison")
    parser.add_argument("--dump", type=Path, help="write each keystroke's byte stream here")
    parser.add_argument("--strace", action="store_true",
                        help="also count write(2) calls per keystroke (needs strace)")
    parser.add_argument("--clock", action="store_true",
                        help="also measure one change of the header clock (waits up to a minute)")
    parser.add_argument("--json", type=Path, help="write all figures to this file as well")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    binary = args.binary.resolve()
    if not binary.is_file():
        print(f"No tafel at {binary}: build it with `swift build -c release` (or pass --binary).",
              file=sys.stderr)
        return 2
    only = set(args.only or ["bytes", "memory", "startup", "held", "wall"])
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)

    root = Path(tempfile.mkdtemp(prefix="tafel-measure-"))
    results: dict[str, object] = {"machine": machine(), "binary": str(binary)}
    print(f"# Tafel through a terminal\n\n{results['machine']}\n`{binary}`")
    try:
        inputs = make_inputs(root, binary)
        workshops = [("demo (14)", inputs.demo), (f"{LARGE:,} participants", inputs.large)]
        if "bytes" in only:
            rows = []
            for label, overrides in TERMINALS:
                for size in SIZES:
                    row = bytes_per_keystroke(inputs, inputs.demo, label, overrides, size,
                                              args.dump, args.strace)
                    row["workshop"] = workshops[0][0]
                    rows.append(row)
            for size in SIZES:
                row = bytes_per_keystroke(inputs, inputs.large, TERMINALS[0][0],
                                          TERMINALS[0][1], size, args.dump, args.strace)
                row["workshop"] = workshops[1][0]
                rows.append(row)
            results["bytes"] = rows
            report_bytes(rows, args.strace)
            if args.clock:
                results["clock bytes"] = clock_tick(inputs, SIZES[0])
                print(f"\nOne change of the header clock ({TERMINALS[0][0]}, "
                      f"{SIZES[0][0]}x{SIZES[0][1]}): {results['clock bytes']} bytes.")
        if "memory" in only:
            rows = []
            for label, workshop in workshops:
                for size in SIZES:
                    row = peak_memory(inputs, workshop, size)
                    row["workshop"] = label
                    rows.append(row)
            results["memory"] = rows
            report_memory(rows)
        if "held" in only:
            rows = []
            # Down from the demo's 72, up from the large workshop's first 20: no key is lost
            # against 0 or 100.
            for (label, workshop), key in zip(workshops, [KEY_MINUS, KEY_PLUS]):
                row = held_key(inputs, workshop, SIZES[0], key)
                row["workshop"] = label
                rows.append(row)
            results["held"] = rows
            report_held(rows)
        if "wall" in only:
            rows = []
            for label, workshop in workshops:
                for silent in [True, False]:
                    row = wall_latency(inputs, workshop, SIZES[0], silent)
                    row["workshop"] = label
                    rows.append(row)
            results["wall"] = rows
            report_wall(rows)
        if "startup" in only:
            if not Path(args.vim).is_file():
                print(f"No vim at {args.vim}: pass --vim.", file=sys.stderr)
                return 2
            rows = []
            for label, workshop in workshops:
                for size in STARTUP_SIZES:
                    row = startup(inputs, args.vim, workshop, size, args.runs,
                                  args.quiet_ms / 1000)
                    row["workshop"] = label
                    row["target"] = STARTUP_TARGET_LARGE if workshop == inputs.large \
                        else STARTUP_TARGET_DEMO
                    rows.append(row)
            results["startup"] = rows
            report_startup(rows, args.runs, args.vim, args.quiet_ms / 1000)
        if args.json:
            args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    finally:
        if args.keep:
            print(f"\nKept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
