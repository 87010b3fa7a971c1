#!/usr/bin/env bash
# What a hung or restarted cache costs each lesson's app (issue 19): for every app and every cache it uses, the
# latency of requests under load (16 threads, 5 s a phase) before, during and after a frozen server (SIGSTOP),
# and how long after a kill and restart the app uses the cache again. Prints a Markdown table.
#
#   workshop-support/drill/hung-cache.sh            # every app (about 2 minutes a row)
#   workshop-support/drill/hung-cache.sh lesson03   # the rows whose module starts with this
#
# Needs redis-server and memcached on the PATH (the drill freezes them with SIGSTOP, which a container cannot get
# from here). Runs the finished code (-Psolutions). A measurement, not a test: compare rows on one machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
only="${1:-}"

rows=(
  "lesson02-redis|workshop.lesson02.CatalogApiMain|redis|/products/1,/products/2,/products/3,/products/4,/products/5,/products/6,/products/7,/products/8|"
  "lesson03-memcached|workshop.lesson03.WeatherApiMain|memcached|/weather/Oslo,/weather/Paris,/weather/Lima,/weather/Tokyo,/weather/Nairobi|"
  "lesson04-api-caching|workshop.lesson04.CatalogApiMain|redis|/products/1,/products/2,/products/3,/products/4,/products/5,/products/6,/products/7,/products/8|redis"
  "lesson04-api-caching|workshop.lesson04.CatalogApiMain|memcached|/products/1,/products/2,/products/3,/products/4,/products/5,/products/6,/products/7,/products/8|memcached"
  "lesson05-best-practices|workshop.lesson05.PriceApiMain|redis|/prices/1,/prices/2,/prices/3,/prices/4,/prices/5,/prices/6,/prices/7,/prices/8|"
)

modules=$(printf '%s\n' "${rows[@]}" | cut -d'|' -f1 | sort -u | grep "^${only}" | paste -sd, -)
# Each module writes its own classpath (the reactor's modules as their class directories) to target/drill.classpath.
./mvnw -q -Psolutions -pl "$modules" -am compile dependency:build-classpath -Dmdep.outputFile=target/drill.classpath
support_cp="workshop-support/target/solutions/classes:$(cat workshop-support/target/drill.classpath)"

echo "| app | cache | before | frozen (SIGSTOP) | after (SIGCONT) | used again after a restart |"
echo "|---|---|---|---|---|---|"
for row in "${rows[@]}"; do
  IFS='|' read -r module main cache paths argument <<<"$row"
  [[ "$module" == "$only"* ]] || continue
  app_cp="$module/target/solutions/classes:$(cat "$module/target/drill.classpath")"
  WORKSHOP_SERVERS=path java -cp "$support_cp" workshop.support.drill.HungCacheDrill "$app_cp" "$main" "$cache" "$paths" $argument
done
