#!/usr/bin/env bash
# A cached product (X-Cache: HIT) against the app's 404 route, same app, same tool, one run, alternating so that
# both see the same machine. Start the app first (README, "Cache the response, not only the object"), then:
#   lesson04-api-caching/hit-vs-noop.sh [base-url] [seconds] [rounds]
set -euo pipefail
base=${1:-http://127.0.0.1:7074}
seconds=${2:-8}
rounds=${3:-3}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install -y wrk (or brew install wrk)"; exit 1; }
curl -fsS -o /dev/null "$base/products/42"                                   # the MISS that fills the caches
curl -fsS -D - -o /dev/null "$base/products/42" | grep -i '^x-cache: HIT' >/dev/null || { echo "GET /products/42 is not a HIT"; exit 1; }
wrk -t1 -c1 -d3s "$base/nope" >/dev/null && wrk -t1 -c1 -d3s "$base/products/42" >/dev/null   # warm-up
printf '%-5s %-6s %12s %12s %7s\n' round conns 'no-op req/s' 'hit req/s' 'hit/no-op'
for connections in 1 16; do
  threads=$(( connections == 1 ? 1 : 2 ))
  for round in $(seq "$rounds"); do
    noop=$(wrk -t$threads -c$connections -d${seconds}s "$base/nope" | awk '/Requests\/sec/ {print $2}')
    hit=$(wrk -t$threads -c$connections -d${seconds}s "$base/products/42" | awk '/Requests\/sec/ {print $2}')
    printf '%-5s %-6s %12.0f %12.0f %6.2fx\n' "$round" "$connections" "$noop" "$hit" "$(echo "$hit / $noop" | bc -l)"
  done
done
