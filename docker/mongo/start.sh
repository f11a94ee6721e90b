#!/usr/bin/env bash
# The compose MongoDB: a single-node replica set with access control. A replica set with users
# needs a key file shared by its members; it is written here from MONGO_REPLICA_SET_KEY, readable
# by the server alone. The users are created by ready.js, the healthcheck.
set -euo pipefail
if [[ -z "${MONGO_REPLICA_SET_KEY:-}" ]]; then echo "MONGO_REPLICA_SET_KEY is not set" >&2; exit 1; fi
printf '%s' "$MONGO_REPLICA_SET_KEY" > /data/replica-set.key
chmod 400 /data/replica-set.key
chown mongodb:mongodb /data/replica-set.key
exec docker-entrypoint.sh mongod --replSet rs0 --bind_ip_all --keyFile /data/replica-set.key
