#!/usr/bin/env bash
# CI's Docker stage: proves the path of a learner whose laptop has Docker and no redis-server/memcached.
#   1. installs Debian's docker.io (and debootstrap) when missing, and starts a Docker engine of its own on a
#      private socket ($SOCKET): no other stage, and no other process of this machine, ever sees it;
#   2. builds redis:7 and memcached:1.6 from Debian packages (build-images.sh: no registry is reachable);
#   3. with Docker up but an image unpullable, and with Ryuk unpullable, the doctor falls back to the binary
#      within 30 s and names the cause;
#   4. hides redis-server and memcached from the PATH and runs workshop-support, lesson 02 and lesson 03 with
#      WORKSHOP_SERVERS=docker (Ryuk disabled: its image cannot be pulled here; the workshop's watchdog cleans up);
#      with DOCKER_STAGE_ALL=1, the README's whole test command instead (every module: lessons 04 and 05 pass
#      Docker-only too, but on CI's 2-core machine they do not fit this stage's 10 minutes: see the README);
#   5. SIGKILLs a JVM holding containers and checks that its containers, volumes and network are gone within 30 s;
#   6. stops its engine.
# Prints the stage's wall time and the median container start. Run as root from the repository's root.
set -euo pipefail

stage_started=$(date +%s)
RUN=/run/workshop-docker
SOCKET="$RUN/docker.sock"
export DOCKER_HOST="unix://$SOCKET"
# CI itself runs in a container (/.dockerenv): Testcontainers would then start an alpine container to find the
# engine's gateway, and alpine cannot be pulled here. The servers' ports are published on 127.0.0.1 anyway.
[ -e /.dockerenv ] && export TESTCONTAINERS_HOST_OVERRIDE=localhost
here="$(cd "$(dirname "$0")" && pwd)"
log_dir="$(mktemp -d /tmp/workshop-docker-stage.XXXXXX)"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

missing=()
command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
if [ ${#missing[@]} -gt 0 ]; then
  echo ">>> Docker stage: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The package may start an engine of its own on a machine with systemd: no other stage may see one.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  $sudo systemctl disable --now docker.socket docker.service >/dev/null 2>&1 || true
fi
if [ -S /var/run/docker.sock ]; then
  echo ">>> WARNING: a Docker engine listens on /var/run/docker.sock; this stage does not use it"
fi

engine_started_here=false
if ! docker version >/dev/null 2>&1; then
  $sudo mkdir -p "$RUN/exec" /var/lib/workshop-docker
  $sudo dockerd -H "$DOCKER_HOST" --data-root /var/lib/workshop-docker --exec-root "$RUN/exec" -p "$RUN/docker.pid" \
    > "$log_dir/dockerd.log" 2>&1 &
  engine_started_here=true
  for _ in $(seq 1 120); do
    docker version >/dev/null 2>&1 && break
    sleep 0.5
  done
  docker version >/dev/null 2>&1 || { tail -30 "$log_dir/dockerd.log"; echo ">>> the Docker engine did not start"; exit 1; }
fi
stop_engine() {
  if $engine_started_here && [ -s "$RUN/docker.pid" ]; then
    local pid
    pid="$(cat "$RUN/docker.pid")"
    $sudo kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
}
trap stop_engine EXIT
echo ">>> Docker stage: engine $(docker version -f '{{ .Server.Version }}') on $SOCKET"

echo ">>> Docker stage: images from Debian packages"
bash "$here/build-images.sh"

# The learner's JVMs write ~/.testcontainers.properties: this stage's go to a home of its own.
maven_repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
export MAVEN_USER_HOME="${MAVEN_USER_HOME:-$HOME/.m2}"
export HOME="$log_dir/home"
mkdir -p "$HOME"
# -Psolutions everywhere: one build directory (target/solutions) for every step, so nothing compiles twice.
maven=(./mvnw -Dmaven.repo.local="$maven_repo" -Psolutions)

# doctor CHECK-NAME EXPECTED-WORDS ENV...: the doctor with the binaries on the PATH; it must fall back within
# 30 s and name the cause in EXPECTED-WORDS.
doctor() {
  local name=$1 expected=$2
  shift 2
  local begin took
  begin=$(date +%s%N)
  local status=0
  env "$@" "${maven[@]}" -q -pl workshop-support compile exec:java@doctor > "$log_dir/doctor-$name.log" 2>&1 || status=$?
  took=$(( ($(date +%s%N) - begin) / 1000000 ))
  restore_images
  [ "$status" -eq 0 ] || { cat "$log_dir/doctor-$name.log"; echo ">>> the doctor failed ($name)"; exit 1; }
  grep -q "$expected" "$log_dir/doctor-$name.log" || { cat "$log_dir/doctor-$name.log"; echo ">>> no '$expected' ($name)"; exit 1; }
  grep -q "local redis-server" "$log_dir/doctor-$name.log" || { cat "$log_dir/doctor-$name.log"; echo ">>> no fallback ($name)"; exit 1; }
  grep "^NOTE" "$log_dir/doctor-$name.log" | head -1 | sed "s/^/    /"
  local fallback
  fallback=$(grep -o 'OK  Redis.*ready in [0-9]* ms' "$log_dir/doctor-$name.log" | grep -o '[0-9]* ms$')
  echo "    $name: fell back to the binary, naming the cause, in $fallback (the whole command, Maven included: $took ms)"
  [ "${fallback% ms}" -lt 30000 ] || { echo ">>> the fallback took 30 s or more ($name)"; exit 1; }
}
echo ">>> Docker stage: Docker up but images unpullable: the doctor falls back within 30 s and says why"
# redis:7 is hidden under another name (its layers stay), and given back right after the doctor, whatever happens.
restore_images() {
  if docker image inspect workshop-ci/redis:7 >/dev/null 2>&1; then
    docker image tag workshop-ci/redis:7 redis:7
    docker image rm workshop-ci/redis:7 >/dev/null
  fi
}
trap 'restore_images; stop_engine' EXIT
docker image tag redis:7 workshop-ci/redis:7
docker image rm redis:7 >/dev/null
doctor image-unpullable "image redis:7 is not on this machine and could not be pulled" TESTCONTAINERS_RYUK_DISABLED=true
doctor ryuk-unpullable "clean-up container (Ryuk), testcontainers/ryuk" TESTCONTAINERS_RYUK_DISABLED=false

if [ "${DOCKER_STAGE_ALL:-0}" = 1 ]; then
  modules=()
  echo ">>> Docker stage: redis-server and memcached hidden; the README's whole test command on containers"
else
  modules=(-pl workshop-support,lesson02-redis,lesson03-memcached)
  echo ">>> Docker stage: redis-server and memcached hidden; workshop-support, lesson 02 and lesson 03 on containers"
fi
shadow="$log_dir/path"
mkdir -p "$shadow"
IFS=: read -r -a path_dirs <<< "$PATH"
for dir in "${path_dirs[@]}"; do
  [ -d "$dir" ] || continue
  for file in "$dir"/*; do
    name="${file##*/}"
    case "$name" in redis-server | memcached) continue ;; esac
    [ -e "$shadow/$name" ] || ln -s "$file" "$shadow/$name"
  done
done
docker_only=(env PATH="$shadow" WORKSHOP_SERVERS=docker TESTCONTAINERS_RYUK_DISABLED=true)
"${docker_only[@]}" sh -c '! command -v redis-server && ! command -v memcached' >/dev/null \
  || { echo ">>> the binaries are still on the PATH"; exit 1; }
verify_started=$(date +%s)
"${docker_only[@]}" "${maven[@]}" verify "${modules[@]}" \
  2>&1 | tee "$log_dir/verify.log" | grep -E 'Tests run:|BUILD|ERROR|FAIL' | grep -v '^\[INFO\] Tests run: .*, Time elapsed' || true
grep -q 'BUILD SUCCESS' "$log_dir/verify.log" || { echo ">>> the Docker-only build failed (log: $log_dir/verify.log)"; exit 1; }
echo "    the Docker-only build took $(( $(date +%s) - verify_started )) s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
grep -h -o 'Started [A-Za-z]* on [0-9.:]* (Docker [^)]*) in [0-9]* ms' "$log_dir/verify.log" | grep -o '[0-9]* ms$' | sed 's/ ms//' \
  | sort -n > "$log_dir/starts.txt"
starts=$(wc -l < "$log_dir/starts.txt")
[ "$starts" -gt 0 ] || { echo ">>> no container was started"; exit 1; }
echo "    $starts container starts: median $(sed -n "$(( (starts + 1) / 2 ))p" "$log_dir/starts.txt") ms, slowest $(tail -1 "$log_dir/starts.txt") ms"

echo ">>> Docker stage: SIGKILL of a JVM holding containers: its containers, volumes and network go within 30 s"
labelled() { docker "$1" ls -q ${2:+$2} --filter label=caching-workshop | wc -l; }
volumes_before=$(docker volume ls -q | wc -l)
"${docker_only[@]}" "${maven[@]}" -q -pl workshop-support test-compile exec:java -Dexec.skip=false -Dexec.classpathScope=test \
  -Dexec.mainClass=workshop.support.servers.HoldServersMain > "$log_dir/hold.log" 2>&1 &
holder=$!
disown "$holder" # its SIGKILL below is the point, not news
for _ in $(seq 1 600); do grep -q '^CONTAINERS ' "$log_dir/hold.log" && break; sleep 0.5; done
grep -q '^CONTAINERS ' "$log_dir/hold.log" \
  || { kill -KILL "$holder" 2>/dev/null; cat "$log_dir/hold.log"; echo ">>> the holding JVM started no containers"; exit 1; }
held_containers=$(labelled container -a)
held_networks=$(labelled network)
held_volumes=$(( $(docker volume ls -q | wc -l) - volumes_before ))
# The Maven JVM runs HoldServersMain (the wrapper execs it, so it is $holder); its child, the workshop's
# watchdog, is left alone: SIGKILL the JVM only, as an IDE's stop button would.
jvm=$(pgrep -f 'exec.mainClass=workshop.support.servers.HoldServersMain' | tr '\n' ' ')
[ -n "$jvm" ] || jvm=$holder
# shellcheck disable=SC2086
kill -KILL $jvm
killed=$(date +%s%N)
for _ in $(seq 1 60); do
  [ "$(labelled container -a)" -eq 0 ] && [ "$(labelled network)" -eq 0 ] && break
  sleep 0.5
done
gone_after=$(( ($(date +%s%N) - killed) / 1000000 ))
left_containers=$(labelled container -a)
left_networks=$(labelled network)
left_volumes=$(( $(docker volume ls -q | wc -l) - volumes_before ))
echo "    held $held_containers containers, $held_networks network, $held_volumes volume(s); after the SIGKILL:" \
  "$left_containers containers, $left_networks networks, $left_volumes volumes left after $gone_after ms"
[ "$held_containers" -ge 2 ] && [ "$left_containers" -eq 0 ] && [ "$left_networks" -eq 0 ] && [ "$left_volumes" -le 0 ] \
  || { docker ps -a --filter label=caching-workshop; echo ">>> orphans left behind"; exit 1; }

echo ">>> Docker stage passed in $(( $(date +%s) - stage_started )) s (load average: $(cut -d" " -f1-3 /proc/loadavg))"
