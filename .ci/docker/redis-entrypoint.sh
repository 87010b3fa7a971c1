#!/bin/sh
# The official redis image's entrypoint, in its behaviour (see build-images.sh for where it differs).
set -e

# First argument `-f` or `--some-option`, or a config file: run redis-server with them.
if [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then
	set -- redis-server "$@"
fi

# Started as root: hand the data directory to the redis user, then become that user.
if [ "$1" = 'redis-server' ] && [ "$(id -u)" = '0' ]; then
	find . \! -user redis -exec chown redis '{}' +
	exec setpriv --reuid=redis --regid=redis --init-groups "$0" "$@"
fi

exec "$@"
