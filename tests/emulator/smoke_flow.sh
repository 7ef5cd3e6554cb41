#!/usr/bin/env bash
# End-to-end smoke test of agi-emulator over real HTTP with curl: the flow of issue 2's "Done
# when" plus the main error paths. Usage: smoke_flow.sh [path/to/agi-emulator]
set -euo pipefail

EMULATOR=${1:-agi-emulator}
WORK=$(mktemp -d)
EMU_PID=
cleanup() {
    if [[ -n "$EMU_PID" ]]; then kill "$EMU_PID" 2>/dev/null || true; wait "$EMU_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# The emulator's first stdout line announces its address: read it as it comes, no polling.
mkfifo "$WORK/out"
"$EMULATOR" --port 0 --key k --user-id smoke-user --speed 5 --seed 7 --heartbeat-ms 200 --quiet \
    >"$WORK/out" 2>"$WORK/err" &
EMU_PID=$!
exec 3<"$WORK/out"
read -r -t 20 LINE <&3 || fail "no 'listening on' line: $(cat "$WORK/err")"
BASE=${LINE#listening on }
[[ "$BASE" == http://127.0.0.1:* ]] || fail "unexpected first line: $LINE"

AUTH='Authorization: Bearer k'
# request METHOD PATH [BODY] -> body in $WORK/body, status in $CODE
request() {
    local method=$1 path=$2 body=${3-}
    local args=(-s -o "$WORK/body" -w '%{http_code}' -X "$method" -H "$AUTH" -H 'Content-Type: application/json')
    [[ -n "$body" ]] && args+=(-d "$body")
    CODE=$(curl "${args[@]}" "$BASE$path")
}
expect() { [[ "$CODE" == "$1" ]] || fail "$2: expected HTTP $1, got $CODE: $(head -c 300 "$WORK/body")"; }
field() { json "$1" <"$WORK/body"; }
status_is() { request GET "/v1/sessions/$1/status"; [[ $(field 'd["status"]') == "$2" ]]; }
wait_task_end() { # the SSE stream closes by itself after done or error: that is the signal
    timeout 30 curl -s -N -H "$AUTH" "$BASE/v1/sessions/$1/events?event_types=done,error" >/dev/null \
        || fail "the task of $1 did not end"
}
screenshot() { # screenshot SESSION FILE -> prints url
    request GET "/v1/sessions/$1/screenshot"
    expect 200 screenshot
    python3 - "$WORK/body" "$2" <<'PY'
import base64, json, sys
d = json.load(open(sys.argv[1]))
prefix = "data:image/jpeg;base64,"
assert d["screenshot"].startswith(prefix), "not a JPEG data URL"
data = base64.b64decode(d["screenshot"][len(prefix):])
assert data[:3] == b"\xff\xd8\xff", "not JPEG bytes"
open(sys.argv[2], "wb").write(data)
print(d["url"])
PY
}

# Create: ready at once.
request POST /v1/sessions
expect 200 create
SID=$(field 'd["session_id"]')
[[ $(field 'd["status"]') == ready ]] || fail "new session not ready"
[[ $(field 'd["vnc_url"]') == "$BASE/vnc/$SID" ]] || fail "vnc_url"
URL0=$(screenshot "$SID" "$WORK/f0.jpg")
[[ "$URL0" == about:blank ]] || fail "fresh session not on about:blank: $URL0"

# A task: status moves on, frames change.
request POST "/v1/sessions/$SID/message" '{"message":"find flights to Lisbon"}'
expect 200 message
[[ $(field 'd["success"]') == True ]] || fail "message not accepted"
wait_task_end "$SID"
status_is "$SID" finished || fail "status after the task: $(cat "$WORK/body")"
URL2=$(screenshot "$SID" "$WORK/f2.jpg")
cmp -s "$WORK/f0.jpg" "$WORK/f2.jpg" && fail "frame did not change during the task"
[[ "$URL2" == *kayak.com* ]] || fail "flights task did not end on the booking site: $URL2"

# Messages with after_id.
request GET "/v1/sessions/$SID/messages"
expect 200 messages
[[ $(field 'd["status"]') == finished ]] || fail "messages status"
[[ $(field 'd["messages"][0]["type"]') == USER ]] || fail "first message is not the USER task"
[[ $(field 'd["messages"][-1]["type"]') == DONE ]] || fail "last message is not DONE"
[[ $(field 'len(d["messages"][-1]["content"]["flights"]) > 0') == True ]] || fail "DONE has no flights"
LAST=$(field 'd["messages"][-2]["id"]')
request GET "/v1/sessions/$SID/messages?after_id=$LAST"
[[ $(field 'len(d["messages"])') == 1 ]] || fail "after_id did not filter"
request GET "/v1/sessions/$SID/messages?after_id=x"
expect 422 "after_id not an integer"

# SSE: history replayed, closed after done (curl returns by itself).
timeout 10 curl -s -N -H "$AUTH" "$BASE/v1/sessions/$SID/events" >"$WORK/sse" || fail "SSE stream did not close after done"
grep -q '^event: done$' "$WORK/sse" || fail "no done event in SSE"
grep -q '^event: thought$' "$WORK/sse" || fail "no thought event in SSE"
grep -q '^id: ' "$WORK/sse" || fail "no id lines in SSE"
timeout 10 curl -s -N -H "$AUTH" "$BASE/v1/sessions/$SID/events?event_types=done" >"$WORK/sse2"
[[ $(grep -c '^event: ' "$WORK/sse2") == 1 ]] || fail "event_types filter"

# Pause after the task ended succeeds; pausing twice or resuming when not paused does not.
request POST "/v1/sessions/$SID/pause"
expect 200 "pause after the task"
request POST "/v1/sessions/$SID/pause"
expect 409 "pause when paused"
grep -q already_paused "$WORK/body" || fail "409 detail lacks already_paused"
request POST "/v1/sessions/$SID/resume"
expect 200 "resume"
request POST "/v1/sessions/$SID/resume"
expect 409 "resume when not paused"
grep -q not_paused "$WORK/body" || fail "409 detail lacks not_paused"

# Delete, saving the browser as the default environment.
request DELETE "/v1/sessions/$SID?save_snapshot_mode=filesystem&save_as_default=true"
expect 200 delete
[[ $(field 'd["deleted"]') == True ]] || fail "not deleted"
request GET "/v1/sessions/$SID"
expect 404 "get after delete"
request DELETE "/v1/sessions/$SID"
[[ $(field 'd["deleted"]') == False ]] || fail "second delete should say deleted:false"

# Restore from the default environment: starts on the saved page.
request POST /v1/sessions '{"restore_default_environment_from_user_id":"smoke-user"}'
expect 200 "create restored"
RID=$(field 'd["session_id"]')
URL3=$(screenshot "$RID" "$WORK/f3.jpg")
[[ "$URL3" == "$URL2" ]] || fail "restored session on $URL3, expected $URL2"
curl -s "$BASE/_emulator/snapshots" | json 'd["default_environments"]["smoke-user"]' >/dev/null || fail "no default env"
request POST /v1/sessions '{"restore_default_environment_from_user_id":"someone-else"}'
expect 404 "restore unknown user"
request POST /v1/sessions '{"restore_from_session_id":"00000000-0000-4000-8000-000000000000"}'
expect 404 "restore unknown session"

# Auth, routing and validation errors.
CODE=$(curl -s -o "$WORK/body" -w '%{http_code}' "$BASE/v1/sessions")
expect 401 "no key"
CODE=$(curl -s -o "$WORK/body" -w '%{http_code}' -H 'Authorization: Bearer wrong' "$BASE/v1/sessions")
expect 401 "wrong key"
request GET /v1/nope
expect 404 "unknown path"
request PUT /v1/sessions
expect 405 "wrong method"
request POST /v1/sessions '{"agent_name":"agi-9"}'
expect 422 "bad agent name"
request POST /v1/sessions '[1,2]'
expect 422 "body not an object"
request POST "/v1/sessions/$RID/message" '{"message":""}'
expect 422 "empty message"
request POST "/v1/sessions/$RID/navigate" '{"url":"ftp://example.org"}'
expect 400 "bad navigate url"
request GET /v1/models
expect 200 models
[[ $(field '",".join(d["models"])') == agi-0,agi-0-fast ]] || fail "models list"

echo "smoke flow OK ($BASE)"
