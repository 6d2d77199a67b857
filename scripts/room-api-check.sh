#!/usr/bin/env bash
# The room's HTTP API against its OpenAPI document (docs/room-api.yaml), with schemathesis:
# the real binary opens the demo workshop with the room open (in a tmux of its own, as Tafel
# wants a terminal), moves to a dilemma round that collects, claims one person for a token, and
# lets schemathesis send what it will, bounded in time. Every answer must match the document and
# no request may make the server fail (5xx).
set -euo pipefail
cd "$(dirname "$0")/.."
tafel="$PWD/.build/debug/tafel"
[ -x "$tafel" ] || swift build
st=schemathesis
if ! command -v schemathesis >/dev/null 2>&1; then
  # From PyPI into a folder of its own: Debian keeps the system's Python to its packages.
  venv="${XDG_CACHE_HOME:-$HOME/.cache}/tafel-schemathesis"
  [ -x "$venv/bin/schemathesis" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q schemathesis; }
  st="$venv/bin/schemathesis"
fi
work=$(mktemp -d)
socket="room-api-$$"
cleanup() { tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$tafel" demo --output "$work/w.json" >/dev/null 2>&1
tmux -L "$socket" -f /dev/null new-session -d -x 120 -y 36 \
  "cd $work && env LANG=C.UTF-8 TERM=tmux-256color $tafel open w.json --lang nl --room --listen 127.0.0.1:$port; sleep 600"
code=""
for _ in $(seq 100); do
  code=$(tmux -L "$socket" capture-pane -p | grep -o 'code [A-Z0-9]\{5\}' | head -1 | cut -d' ' -f2 || true)
  [ -n "$code" ] && break
  sleep 0.1
done
[ -n "$code" ] || { echo "room-api-check: the room did not open"; tmux -L "$socket" capture-pane -p; exit 1; }
tmux -L "$socket" send-keys 4 NPage NPage
sleep 1
token=$(python3 - "$port" "$code" <<'PY'
import json, sys, urllib.request
port, code = sys.argv[1], sys.argv[2]
def post(path, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    return json.load(urllib.request.urlopen(request, timeout=10))
people = post("/api/join", {"code": code})["people"]
print(post("/api/claim", {"code": code, "person": people[0]["id"]})["token"])
PY
)
start=$SECONDS
"$st" --config-file scripts/schemathesis.toml run docs/room-api.yaml --url "http://127.0.0.1:$port" \
  -H "Authorization: Bearer $token" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,negative_data_rejection \
  --max-time "${ROOM_API_SECONDS:-120}" --workers 2 --request-timeout 15 --warnings off
echo "room-api-check: schemathesis done in $((SECONDS - start)) s"
# After all that, the room still answers.
python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/', timeout=10)"
echo "room-api-check: the room still answers"
