# shellcheck shell=bash
# Shared by deploy/local/up, down and token (sourced, not run): where the local stack lives, its
# ports, and the bookkeeping of its processes (one pid file per component under the run dir).

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$LOCAL_DIR/../.." && pwd)"
RUN_DIR="${KOERS_RUN_DIR:-$LOCAL_DIR/run}"
DATA_DIR="$RUN_DIR/data"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"

PORT_OFFSET="${KOERS_PORT_OFFSET:-0}"
if ! [[ "$PORT_OFFSET" =~ ^[0-9]+$ ]] || (( PORT_OFFSET > 50000 )); then
  echo "KOERS_PORT_OFFSET must be a whole number from 0 to 50000, not '$PORT_OFFSET'" >&2
  exit 2
fi
GATEWAY_PORT=$((8080 + PORT_OFFSET))
ENROLMENT_PORT=$((8081 + PORT_OFFSET))
TRAJECTORY_PORT=$((8082 + PORT_OFFSET))
REFLECTION_PORT=$((8083 + PORT_OFFSET))
WEB_PORT=$((8084 + PORT_OFFSET))
NOTIFICATION_PORT=$((8085 + PORT_OFFSET))
SMTP_PORT=$((2525 + PORT_OFFSET))
IMAP_PORT=$((3143 + PORT_OFFSET))
SMTP_API_PORT=$((8025 + PORT_OFFSET))
IDP_PORT=$((9000 + PORT_OFFSET))
KAFKA_PORT=$((9092 + PORT_OFFSET))
KAFKA_CONTROLLER_PORT=$((9093 + PORT_OFFSET))
MONGO_PORT=$((27017 + PORT_OFFSET))
IDP_URL="http://127.0.0.1:$IDP_PORT"
# What a person opens: the gateway, which serves the web app and the API.
PUBLIC_URL="http://127.0.0.1:$GATEWAY_PORT"
# The web app's client secret at the local identity provider (local only; production sets its own).
WEB_CLIENT_SECRET="${KOERS_WEB_CLIENT_SECRET:-koers-web-local-secret}"

# Start order; down stops in reverse.
ALL_COMPONENTS="mongo-server kafka smtp-server identity-provider enrolment-service trajectory-service reflection-service notification-service gateway web"
INFRASTRUCTURE="mongo-server kafka smtp-server identity-provider"
APPLICATIONS="enrolment-service trajectory-service reflection-service notification-service gateway web"

# The components to act on: KOERS_COMPONENTS (a space-separated subset) or all, in start order.
selected_components() {
  local wanted="${KOERS_COMPONENTS:-$ALL_COMPONENTS}" name selected=""
  for name in $wanted; do
    if [[ " $ALL_COMPONENTS " != *" $name "* ]]; then
      echo "Unknown component '$name' in KOERS_COMPONENTS; known: $ALL_COMPONENTS" >&2
      return 2
    fi
  done
  for name in $ALL_COMPONENTS; do
    [[ " $wanted " == *" $name "* ]] && selected+="$name "
  done
  echo "${selected% }"
}

pid_file() { echo "$PID_DIR/$1.pid"; }

# Prints the pid of a running component. Every process is started with -Dkoers.component=<name>, so
# a pid file left behind by a crash, whose number the system has since reused, is not mistaken for it.
running_pid() {
  local file pid
  file="$(pid_file "$1")"
  [[ -f "$file" ]] || return 1
  pid="$(<"$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "-Dkoers.component=$1 " || return 1
  fi
  echo "$pid"
}

# True when something accepts TCP connections on 127.0.0.1:<port> (bash's /dev/tcp; no netcat needed).
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
