#!/usr/bin/env bash
# Creates the samarbeid-test client (password grant, development only) in the samarbeid realm,
# unless it exists. Run once by the keycloak-dev-setup service of docker-compose.dev.yml.
set -euo pipefail

kcadm=/opt/keycloak/bin/kcadm.sh
config=/tmp/kcadm.config
realm=samarbeid

"$kcadm" config credentials --config "$config" --server "${KEYCLOAK_URL}" --realm master \
  --user "${ADMIN_USERNAME}" --password "${ADMIN_PASSWORD}"

existing=$("$kcadm" get clients --config "$config" -r "$realm" -q clientId=samarbeid-test --fields id --format csv --noquotes)
if [ -n "$existing" ]; then
  echo "samarbeid-test already exists in realm $realm"
  exit 0
fi

"$kcadm" create clients --config "$config" -r "$realm" -f /setup/samarbeid-test-client.json
echo "samarbeid-test created in realm $realm"
