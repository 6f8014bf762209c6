#!/usr/bin/env bash
# Creates the samarbeid-test client (password grant, development only) in the samarbeid realm,
# unless it exists, and gives samarbeid-integration its development secret.
# Run once by the keycloak-dev-setup service of docker-compose.dev.yml.
set -euo pipefail

kcadm=/opt/keycloak/bin/kcadm.sh
config=/tmp/kcadm.config
realm=samarbeid

"$kcadm" config credentials --config "$config" --server "${KEYCLOAK_URL}" --realm master \
  --user "${ADMIN_USERNAME}" --password "${ADMIN_PASSWORD}"

# The integration client comes with the realm; in development it gets the published secret of
# samarbeid-integration-client.json, so scripts and the docs' curl example work as against the development IdP.
integration=$("$kcadm" get clients --config "$config" -r "$realm" -q clientId=samarbeid-integration --fields id --format csv --noquotes)
if [ -n "$integration" ]; then
  "$kcadm" update "clients/$integration" --config "$config" -r "$realm" -s secret=samarbeid-integration-dev-secret
  echo "samarbeid-integration has the development secret in realm $realm"
fi

existing=$("$kcadm" get clients --config "$config" -r "$realm" -q clientId=samarbeid-test --fields id --format csv --noquotes)
if [ -n "$existing" ]; then
  echo "samarbeid-test already exists in realm $realm"
  exit 0
fi

"$kcadm" create clients --config "$config" -r "$realm" -f /setup/samarbeid-test-client.json
echo "samarbeid-test created in realm $realm"
