#!/usr/bin/env bash
# wrk benchmark of the signed asset servlet (/assets/{id}?exp&sig, a 1 MiB asset, 32
# connections) beside the same bytes fetched straight from the S3 store (a presigned GET) and
# from nginx, all in one run on one machine. Prints requests/s, transfer/s, p50/p99 latency
# and the ratios servlet ÷ S3-direct and servlet ÷ nginx. How to read it: bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE=1048576
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
DURATION=${BENCH_DURATION:-20}            # seconds per measured run
WARMUP=${BENCH_WARMUP:-5}                 # seconds of servlet warm-up
START_TIMEOUT=${BENCH_START_TIMEOUT:-900} # the first ./mitpo run builds the WAR
began=$SECONDS

log() { echo "==> $*" >&2; }
die() { echo "asset-servlet bench FAILED: $*" >&2; exit 1; }

# Servlet links live 60 s and one link serves a whole run.
[ "$DURATION" -ge 1 ] && [ "$DURATION" -le 50 ] || die "BENCH_DURATION must be 1..50 s (asset links live 60 s)"

# --- 1. tools --------------------------------------------------------------------------------
nginx_bin() { command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; }; }
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v jq >/dev/null 2>&1 || missing+=(jq)
command -v curl >/dev/null 2>&1 || missing+=(curl ca-certificates)
nginx_bin >/dev/null || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "Installing ${missing[*]}"
  # Without a policy-rc.d the nginx package starts its own service on port 80: we run our own.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null && $sudo chmod 755 /usr/sbin/policy-rc.d
    policy=yes
  fi
  rc=0
  { $sudo apt-get update -q && $sudo env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends "${missing[@]}"; } >&2 || rc=$?
  [ -z "$policy" ] || $sudo rm -f /usr/sbin/policy-rc.d
  [ "$rc" -eq 0 ] || die "apt-get install ${missing[*]} failed"
fi
NGINX=$(nginx_bin) || die "nginx is not installed"

# --- 2. MITPO on its own data folder and port --------------------------------------------------
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local p=$1
  until port_free "$p"; do
    p=$((p + 1))
    [ "$p" -lt $(($1 + 100)) ] || die "no free port in $1..$((p - 1))"
  done
  echo "$p"
}

work=$(mktemp -d -t mitpo-bench.XXXXXX)
home=$work/home
mitpo_pid="" nginx_pid=""
cleanup() {
  local rc=$?
  [ -z "$nginx_pid" ] || kill "$nginx_pid" 2>/dev/null || true
  if [ -n "$mitpo_pid" ] && kill -0 "$mitpo_pid" 2>/dev/null; then
    log "Stopping MITPO (pid $mitpo_pid)"
    kill -TERM "$mitpo_pid" 2>/dev/null || true
    for _ in $(seq 60); do kill -0 "$mitpo_pid" 2>/dev/null || break; sleep 1; done
  fi
  # Whatever is left of the session ./mitpo run started (a Maven build cut short, a hung stop).
  if [ -n "$mitpo_pid" ] && kill -0 -- "-$mitpo_pid" 2>/dev/null; then
    kill -KILL -- "-$mitpo_pid" 2>/dev/null || true
  fi
  if [ "$rc" -ne 0 ] && [ -f "$work/mitpo.log" ]; then
    echo "--- last lines of the launcher output ($work/mitpo.log):" >&2
    tail -n 25 "$work/mitpo.log" >&2
    echo "--- work folder kept: $work (Payara log: $home/logs/payara.log)" >&2
  elif [ -z "${BENCH_KEEP:-}" ]; then
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port=${BENCH_PORT:-$(free_port 18080)}
base=http://127.0.0.1:$port
log "Starting ./mitpo run on port $port (data: $home; it builds the WAR first when target/ is stale)"
# Its own session (setsid), so a stop reaches the Maven build too; the embedded database, S3
# and outbox: the set-up below needs the superuser, the bucket credentials and the mails. wrk is
# one client address with many connections: the per-address bound is for attackers, not for it.
MITPO_HOME=$home MITPO_PORT=$port MITPO_HTTP_MAX_REQUESTS_PER_ADDRESS=0 setsid env -u MITPO_DB_URL -u MITPO_S3_ENDPOINT -u MITPO_SMTP_HOST \
  ./mitpo run >"$work/mitpo.log" 2>&1 </dev/null &
mitpo_pid=$!
deadline=$((SECONDS + START_TIMEOUT))
until curl -fsS -m 5 -o /dev/null "$base/health/ready" 2>/dev/null; do
  kill -0 "$mitpo_pid" 2>/dev/null || die "./mitpo run exited before it was ready"
  [ "$SECONDS" -lt "$deadline" ] || die "MITPO not ready after ${START_TIMEOUT}s"
  sleep 2
done
log "MITPO ready after $((SECONDS - began)) s"

# The launcher keeps the database URL and the bucket's random secret only in the environment
# of the Payara Micro process it starts: its child whose environment has MITPO_S3_SECRET_KEY.
payara_pid=""
for stat in /proc/[0-9]*/stat; do
  fields=$(cat "$stat" 2>/dev/null) || continue
  read -r -a fields <<<"${fields##*) }" # state ppid ...
  [ "${fields[1]}" = "$mitpo_pid" ] || continue
  candidate=${stat#/proc/}
  candidate=${candidate%/stat}
  if grep -qz '^MITPO_S3_SECRET_KEY=' "/proc/$candidate/environ" 2>/dev/null; then
    payara_pid=$candidate
  fi
done
[ -n "$payara_pid" ] || die "no Payara Micro child of the launcher (pid $mitpo_pid) with the S3 settings"
payara_env() { sed -nz "s/^$1=//p" "/proc/$payara_pid/environ" | tr -d '\0'; }

# --- 3. a user, through the API ----------------------------------------------------------------
# call METHOD PATH OUTFILE [curl args]: dies unless the answer is 200
call() {
  local method=$1 path=$2 out=$3 code
  shift 3
  code=$(curl -sS -m 30 -X "$method" -o "$out" -w '%{http_code}' "$@" "$base$path") || die "$method $path: curl failed"
  [ "$code" = 200 ] || die "$method $path answered $code: $(head -c 300 "$out")"
}
email="bench-$(date +%s)-$RANDOM@example.com"
password="correct horse battery staple"
credentials=$(jq -cn --arg e "$email" --arg p "$password" '{email: $e, password: $p, name: "Bench"}')
call POST /api/auth/sign-up/email "$work/sign-up.json" -H 'Content-Type: application/json' -d "$credentials"
mail=""
for _ in $(seq 60); do
  mail=$(ls "$home"/outbox/*.eml 2>/dev/null | head -n 1) && [ -n "$mail" ] && break
  sleep 1
done
[ -n "$mail" ] || die "no confirmation mail in $home/outbox after 60 s"
# Undo quoted-printable (soft line breaks, =3D) in case the mail was encoded that way.
token=$(tr -d '\r' <"$mail" | sed ':a;/=$/{N;s/=\n//;ba}' | sed 's/=3D/=/g' \
  | grep -o 'verify-email\.xhtml?token=[A-Za-z0-9_-]*' | head -n 1 | cut -d= -f2) || true
[ -n "$token" ] || die "no verify-email link in $mail"
call GET "/api/auth/verify-email?token=$token" "$work/verify.json"
call POST /api/auth/sign-in/email "$work/sign-in.json" -D "$work/sign-in.headers" \
  -H 'Content-Type: application/json' -d "$credentials"
session_token=$(tr -d '\r' <"$work/sign-in.headers" \
  | sed -n 's/^[Ss]et-[Cc]ookie: mitpo\.session_token=\([^;]*\).*/\1/p' | head -n 1)
[ -n "$session_token" ] || die "sign-in set no mitpo.session_token cookie (MITPO_COOKIE_SECURE must be false)"
cookie="Cookie: mitpo.session_token=$session_token"
call GET /api/auth/get-session "$work/session.json" -H "$cookie"
workspace=$(jq -r '.session.activeWorkspaceId // empty' "$work/session.json")
user=$(jq -r '.user.id // empty' "$work/session.json")
[ -n "$workspace" ] && [ -n "$user" ] || die "get-session names no active workspace: $(cat "$work/session.json")"

# --- 4. the 1 MiB asset: bucket + rows as the Studio keeps them, a presigned URL, nginx's copy ---
mkdir -p "$work/www" "$work/nginx/tmp"
head -c "$SIZE" /dev/urandom >"$work/www/asset.mp4"
sha256=$(sha256sum "$work/www/asset.mp4" | cut -d' ' -f1)
log "Storing the asset (bucket + generation/asset rows) and presigning the S3 GET"
setup=$(MITPO_S3_ENDPOINT=$(payara_env MITPO_S3_ENDPOINT) MITPO_S3_ACCESS_KEY=$(payara_env MITPO_S3_ACCESS_KEY) \
  MITPO_S3_SECRET_KEY=$(payara_env MITPO_S3_SECRET_KEY) MITPO_S3_BUCKET=$(payara_env MITPO_S3_BUCKET) \
  MITPO_S3_REGION=$(payara_env MITPO_S3_REGION) MITPO_DB_URL=$(payara_env MITPO_DB_URL) \
  timeout 180 java -cp "$(cat target/launcher.classpath)" bench/AssetBenchSetup.java \
  "$workspace" "$user" "$work/www/asset.mp4" 2>"$work/setup.log") \
  || die "bench/AssetBenchSetup.java failed: $(tail -n 20 "$work/setup.log")"
asset_id=$(sed -n 's/^asset_id=//p' <<<"$setup")
presigned=$(sed -n 's/^presigned_url=//p' <<<"$setup")
[ -n "$asset_id" ] && [ -n "$presigned" ] || die "AssetBenchSetup printed no asset id / URL: $setup"

nginx_port=$(free_port $((port + 100)))
temp_paths="client_body_temp_path tmp/body; proxy_temp_path tmp/proxy;"
for module in fastcgi uwsgi scgi; do # only the modules this nginx has know the directive
  "$NGINX" -V 2>&1 | grep -q "without-http_${module}_module" || temp_paths+=" ${module}_temp_path tmp/$module;"
done
cat >"$work/nginx/nginx.conf" <<EOF
$([ "$(id -u)" -ne 0 ] || echo "user root;") # as root, workers would otherwise drop to nobody
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  types { video/mp4 mp4; }
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  $temp_paths
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
  }
}
EOF
"$NGINX" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" -g 'daemon off;' \
  >"$work/nginx/stdout.log" 2>&1 &
nginx_pid=$!
nginx_url=http://127.0.0.1:$nginx_port/asset.mp4
for _ in $(seq 50); do curl -fsS -m 2 -o /dev/null "$nginx_url" 2>/dev/null && break; sleep 0.2; done
kill -0 "$nginx_pid" 2>/dev/null || die "nginx did not start: $(cat "$work/nginx/stdout.log" "$work/nginx/error.log" 2>/dev/null)"

# --- 5. check each answers the whole asset, then wrk ---------------------------------------------
header() { tr -d '\r' <"$1" | sed -n "s/^$2: //Ip" | tail -n 1; }
check() { # check NAME URL [curl args]: 200, 1,048,576 bytes, the same SHA-256
  local name=$1 url=$2 code
  shift 2
  code=$(curl -sS -m 60 -o "$work/$name.body" -D "$work/$name.headers" -w '%{http_code}' "$@" "$url") \
    || die "$name: curl $url failed"
  [ "$code" = 200 ] || die "$name answered $code, not 200: $(head -c 300 "$work/$name.body")"
  [ "$(stat -c %s "$work/$name.body")" = "$SIZE" ] || die "$name sent $(stat -c %s "$work/$name.body") bytes, not $SIZE"
  [ "$(sha256sum <"$work/$name.body" | cut -d' ' -f1)" = "$sha256" ] || die "$name sent other bytes than the asset"
}
fresh_link() {
  call GET "/api/assets/$asset_id/link" "$work/link.json" -H "$cookie"
  echo "$base$(jq -r .url "$work/link.json")"
}
servlet_url=$(fresh_link)
check servlet "$servlet_url" -H "$cookie"
for expected in "Content-Type=video/mp4" "Content-Length=$SIZE" "ETag=\"$sha256\"" \
  "Cache-Control=private, max-age=60" "X-Content-Type-Options=nosniff" "Accept-Ranges=bytes"; do
  actual=$(header "$work/servlet.headers" "${expected%%=*}")
  [ "${expected%%=*}" != Content-Type ] || actual=${actual%%;*} # Payara appends ";charset=UTF-8"
  [ "$actual" = "${expected#*=}" ] || die "servlet header ${expected%%=*} is '$actual', expected '${expected#*=}'"
done
code=$(curl -sS -m 30 -o /dev/null -w '%{http_code}' "$servlet_url") || die "curl without the cookie failed"
[ "$code" = 401 ] || die "the servlet answered $code without the session cookie, expected 401"
log "servlet: 200, $SIZE bytes, Content-Type: $(header "$work/servlet.headers" Content-Type); 401 without the cookie"
check s3-direct "$presigned"
check nginx "$nginx_url"

run_wrk() { # run_wrk LABEL SECONDS URL [wrk args]: raw output in $work/wrk-LABEL.txt
  local label=$1 seconds=$2 url=$3 out="$work/wrk-$1.txt"
  shift 3
  log "wrk $label: ${seconds}s, $CONNECTIONS connections, $THREADS threads"
  timeout $((seconds + 60)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency "$@" "$url" \
    >"$out" 2>&1 || die "wrk $label failed: $(cat "$out")"
  sed 's/^/    /' "$out" >&2
  ! grep -q 'Non-2xx or 3xx responses' "$out" \
    || die "wrk $label: $(grep 'Non-2xx' "$out" | tr -s ' ') (an expired link? a 401?)"
  grep -q '^Requests/sec:' "$out" || die "wrk $label printed no Requests/sec"
}
servlet_url=$(fresh_link)
run_wrk servlet-warmup "$WARMUP" "$servlet_url" -H "$cookie"
servlet_url=$(fresh_link) # a fresh 60 s link right before the measured run
run_wrk servlet "$DURATION" "$servlet_url" -H "$cookie"
# The same path for one byte (Range 0-0, a 206): what each request costs apart from streaming.
servlet_url=$(fresh_link)
run_wrk servlet-1-byte "$DURATION" "$servlet_url" -H "$cookie" -H "Range: bytes=0-0"
run_wrk s3-direct "$DURATION" "$presigned"
run_wrk nginx "$DURATION" "$nginx_url"

# --- 6. the table ----------------------------------------------------------------------------
summary() { # summary LABEL: "req/s MiB/s p50ms p99ms errors" from wrk's output
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000;
                     if (v ~ /m$/) return v * 60000; return v * 3600000 }
    function mib(v) { if (v ~ /GB$/) return v * 1024; if (v ~ /MB$/) return v + 0; if (v ~ /KB$/) return v / 1024;
                      return v / 1048576 }
    $1 == "Requests/sec:" { rps = $2 }  $1 == "Transfer/sec:" { tps = mib($2) }
    $1 == "50%" { p50 = ms($2) }  $1 == "99%" { p99 = ms($2) }
    $1 == "Socket" { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    END { printf "%s %.1f %.1f %.1f %d\n", rps, tps, p50, p99, errors }' "$work/wrk-$1.txt"
}
read -r servlet_rps servlet_rest <<<"$(summary servlet)"
read -r s3_rps s3_rest <<<"$(summary s3-direct)"
read -r nginx_rps nginx_rest <<<"$(summary nginx)"
read -r byte_rps byte_rest <<<"$(summary servlet-1-byte)"
echo
echo "Asset benchmark: 1 MiB asset, wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s (servlet warmed ${WARMUP}s), $(nproc) CPU cores shared by wrk, nginx, s3proxy and Payara"
printf '%-16s %10s %10s %10s %10s %8s\n' target "req/s" "MiB/s" "p50 ms" "p99 ms" errors
for row in "asset servlet|$servlet_rps $servlet_rest" "S3 direct|$s3_rps $s3_rest" "nginx|$nginx_rps $nginx_rest" \
    "servlet, 1 byte|$byte_rps $byte_rest"; do
  read -r rps tps p50 p99 errors <<<"${row#*|}"
  printf '%-16s %10s %10s %10s %10s %8s\n' "${row%%|*}" "$rps" "$tps" "$p50" "$p99" "$errors"
done
awk -v s="$servlet_rps" -v d="$s3_rps" -v n="$nginx_rps" 'BEGIN {
  printf "servlet ÷ S3-direct (req/s): %s\n", (d > 0 ? sprintf("%.2f", s / d) : "n/a")
  printf "servlet ÷ nginx     (req/s): %s\n", (n > 0 ? sprintf("%.2f", s / n) : "n/a") }'
echo "(whole script so far: $((SECONDS - began)) s; raw wrk output above)"
