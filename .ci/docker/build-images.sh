#!/usr/bin/env bash
# Builds the workshop's two images, redis:7 and memcached:1.6, from Debian's packages, with no registry:
# `debootstrap --variant=minbase` with the server included, trimmed, then `docker import` with the official
# images' runtime settings. Run as root, with DOCKER_HOST pointing at the engine to load them into.
#
# Where they follow the official images (what workshop-support relies on):
#   redis:7       ENTRYPOINT docker-entrypoint.sh: an argument list starting with `-` or a `*.conf` gets
#                 `redis-server` put in front; started as root, it hands the working directory (/data, a volume)
#                 to the redis user and drops to that user. WORKDIR /data, VOLUME /data, CMD redis-server,
#                 EXPOSE 6379. (So CONFIG REWRITE of /data/redis.conf works, as on the official image.)
#   memcached:1.6 ENTRYPOINT docker-entrypoint.sh (an argument list starting with `-` gets `memcached`
#                 put in front), USER memcache (never root), CMD memcached, EXPOSE 11211.
# Where they differ from the official images:
#   - Debian 12's server versions: Redis 7.0.15 (official redis:7 is the newest 7.x), Memcached 1.6.18;
#   - the binaries live in /usr/bin (official: /usr/local/bin); both are on the PATH;
#   - redis drops privileges with util-linux's `setpriv` (official: gosu); the redis and memcache users have
#     Debian's system uids (official: 999 and 11211);
#   - no umask 0077 tweak, no jemalloc build options, no healthcheck scripts; Debian's /etc/redis/redis.conf
#     is present but unused (the workshop always passes its own config file);
#   - larger: a Debian minbase (about 90 MB each) instead of the official slim images.
# The root filesystems are cached in $CACHE (tar files keyed by this recipe), so a second run only imports.
set -euo pipefail

CACHE="${WORKSHOP_IMAGE_CACHE:-/var/cache/workshop-docker}"
SUITE=bookworm
# debootstrap's default mirror unless DEBIAN_MIRROR names another
mirror=()
[ -n "${DEBIAN_MIRROR:-}" ] && mirror=("$DEBIAN_MIRROR")
RECIPE_VERSION=1 # bump when the recipe below changes: the cached root filesystems are then rebuilt
here="$(cd "$(dirname "$0")" && pwd)"

mkdir -p "$CACHE"

# rootfs NAME PACKAGE: a cached tarball of a trimmed Debian minbase with PACKAGE and the entrypoint in.
rootfs() {
  local name=$1 package=$2
  local tarball="$CACHE/$name-$SUITE-r$RECIPE_VERSION-$(sha256sum "$here/$name-entrypoint.sh" | cut -c1-12).tar"
  if [ ! -s "$tarball" ]; then
    local dir
    dir="$(mktemp -d "$CACHE/$name-rootfs.XXXXXX")"
    if ! debootstrap --variant=minbase --include="$package" "$SUITE" "$dir" "${mirror[@]}" > "$CACHE/$name-debootstrap.log" 2>&1; then
      tail -20 "$CACHE/$name-debootstrap.log"
      # debootstrap may leave /proc and /sys mounted in the half-built tree: unmount before anyone deletes it
      grep " $dir/" /proc/mounts | awk '{ print $2 }' | sort -r | xargs -r -n1 umount -l
      exit 1
    fi
    install -m 0755 "$here/$name-entrypoint.sh" "$dir/usr/local/bin/docker-entrypoint.sh"
    rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/* "$dir"/usr/share/doc/* \
      "$dir"/usr/share/man/* "$dir"/usr/share/locale/* "$dir"/usr/share/info/* "$dir"/var/log/*
    tar -C "$dir" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$dir"
  fi
  echo "$tarball"
}

# image TAG NAME PACKAGE CHANGES...: imports the root filesystem under TAG unless this recipe's image is there.
image() {
  local tag=$1 name=$2 package=$3
  shift 3
  local tarball
  tarball="$(rootfs "$name" "$package")"
  local id
  id="$(basename "$tarball" .tar)"
  if [ "$(docker image inspect -f '{{ index .Config.Labels "workshop.image.recipe" }}' "$tag" 2>/dev/null)" = "$id" ]; then
    echo "$tag: already built from $id"
    return
  fi
  docker import --change "LABEL workshop.image.recipe=$id" "$@" "$tarball" "$tag" > /dev/null
  echo "$tag: imported from $id ($(docker image inspect -f '{{ .Size }}' "$tag" | awk '{ printf "%d MB", $1 / 1e6 }'))"
}

started=$(date +%s)
# The two root filesystems are built in parallel: each is mostly waiting on downloads and dpkg.
rootfs redis redis-server > /dev/null &
redis_build=$!
rootfs memcached memcached > /dev/null &
memcached_build=$!
wait $redis_build
wait $memcached_build

image redis:7 redis redis-server \
  --change 'ENTRYPOINT ["docker-entrypoint.sh"]' --change 'CMD ["redis-server"]' \
  --change 'WORKDIR /data' --change 'VOLUME /data' --change 'EXPOSE 6379' \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
image memcached:1.6 memcached memcached \
  --change 'ENTRYPOINT ["docker-entrypoint.sh"]' --change 'CMD ["memcached"]' \
  --change 'USER memcache' --change 'EXPOSE 11211' \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
echo "images ready in $(( $(date +%s) - started )) s"
