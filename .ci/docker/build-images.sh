#!/usr/bin/env bash
# Builds the workshop's two images, redis:7 and memcached:1.6, from Debian's packages, with no registry:
# one `debootstrap --variant=minbase` with both servers included, trimmed, then one `docker import` per image with
# that image's runtime settings, as in the official images. Run as root, with DOCKER_HOST pointing at the engine to
# load them into.
#
# Where they follow the official images (what workshop-support relies on):
#   redis:7       ENTRYPOINT (redis-entrypoint.sh): an argument list starting with `-` or a `*.conf` gets
#                 `redis-server` put in front; started as root, it hands the working directory (/data, a volume)
#                 to the redis user and drops to that user. WORKDIR /data, VOLUME /data, CMD redis-server,
#                 EXPOSE 6379. (So CONFIG REWRITE of /data/redis.conf works, as on the official image.)
#   memcached:1.6 ENTRYPOINT (memcached-entrypoint.sh; an argument list starting with `-` gets `memcached`
#                 put in front), USER memcache (never root), CMD memcached, EXPOSE 11211.
# Where they differ from the official images:
#   - Debian 12's server versions: Redis 7.0.15 (official redis:7 is the newest 7.x), Memcached 1.6.18;
#   - the binaries live in /usr/bin (official: /usr/local/bin); both are on the PATH;
#   - redis drops privileges with util-linux's `setpriv` (official: gosu); the redis and memcache users have
#     Debian's system uids (official: 999 and 11211);
#   - no umask 0077 tweak, no jemalloc build options, no healthcheck scripts; Debian's /etc/redis/redis.conf
#     is present but unused (the workshop always passes its own config file);
#   - larger: a Debian minbase (about 130 MB) instead of the official slim images;
#   - both images hold both servers and both entrypoints (each runs only its own): one root filesystem, built once,
#     since a cold build is mostly debootstrap downloading and unpacking the same ~90 base packages, which two
#     images built separately did twice (both layers are the same, so Docker stores them once);
#   - the entrypoints are /usr/local/bin/redis-entrypoint.sh and memcached-entrypoint.sh (official:
#     docker-entrypoint.sh in each image).
# The root filesystem is cached in $CACHE (a tar file keyed by this recipe), so a second run only imports.
set -euo pipefail

CACHE="${WORKSHOP_IMAGE_CACHE:-/var/cache/workshop-docker}"
SUITE=bookworm
# debootstrap's default mirror unless DEBIAN_MIRROR names another
mirror=()
[ -n "${DEBIAN_MIRROR:-}" ] && mirror=("$DEBIAN_MIRROR")
RECIPE_VERSION=2 # bump when the recipe below changes: the cached root filesystems are then rebuilt
here="$(cd "$(dirname "$0")" && pwd)"

mkdir -p "$CACHE"

# rootfs: a cached tarball of a trimmed Debian minbase with both servers and their entrypoints in.
rootfs() {
  local key
  key="$(cat "$here/redis-entrypoint.sh" "$here/memcached-entrypoint.sh" | sha256sum | cut -c1-12)"
  local tarball="$CACHE/servers-$SUITE-r$RECIPE_VERSION-$key.tar"
  if [ ! -s "$tarball" ]; then
    local dir
    dir="$(mktemp -d "$CACHE/rootfs.XXXXXX")"
    if ! debootstrap --variant=minbase --include=redis-server,memcached "$SUITE" "$dir" "${mirror[@]}" \
      > "$CACHE/debootstrap.log" 2>&1; then
      tail -20 "$CACHE/debootstrap.log"
      # debootstrap may leave /proc and /sys mounted in the half-built tree: unmount before anyone deletes it
      grep " $dir/" /proc/mounts | awk '{ print $2 }' | sort -r | xargs -r -n1 umount -l
      exit 1
    fi
    install -m 0755 "$here/redis-entrypoint.sh" "$here/memcached-entrypoint.sh" "$dir/usr/local/bin/"
    rm -rf "$dir"/var/cache/apt/archives/*.deb "$dir"/var/lib/apt/lists/* "$dir"/usr/share/doc/* \
      "$dir"/usr/share/man/* "$dir"/usr/share/locale/* "$dir"/usr/share/info/* "$dir"/var/log/*
    tar -C "$dir" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$dir"
  fi
  echo "$tarball"
}

# image TAG TARBALL CHANGES...: imports the root filesystem under TAG unless this recipe's image is there.
image() {
  local tag=$1 tarball=$2
  shift 2
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
tarball="$(rootfs)"
image redis:7 "$tarball" \
  --change 'ENTRYPOINT ["redis-entrypoint.sh"]' --change 'CMD ["redis-server"]' \
  --change 'WORKDIR /data' --change 'VOLUME /data' --change 'EXPOSE 6379' \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
image memcached:1.6 "$tarball" \
  --change 'ENTRYPOINT ["memcached-entrypoint.sh"]' --change 'CMD ["memcached"]' \
  --change 'USER memcache' --change 'EXPOSE 11211' \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
echo "images ready in $(( $(date +%s) - started )) s"
