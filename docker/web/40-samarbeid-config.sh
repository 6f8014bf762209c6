#!/bin/sh
# Renders the web app's runtime settings, /config.json, from the environment when the container starts
# (the nginx image runs /docker-entrypoint.d/*.sh before nginx). The same build thus runs against any
# Keycloak and API: only API_URL, KEYCLOAK_URL, KEYCLOAK_REALM and KEYCLOAK_CLIENT_ID differ.
set -eu

template="${SAMARBEID_CONFIG_TEMPLATE:-/etc/samarbeid/config.template.json}"
target="${SAMARBEID_CONFIG_TARGET:-/usr/share/nginx/html/config.json}"

for name in API_URL KEYCLOAK_URL KEYCLOAK_REALM KEYCLOAK_CLIENT_ID; do
  eval "value=\${$name:-}"
  if [ -z "$value" ]; then
    echo "$0: $name must be set" >&2
    exit 1
  fi
  case "$value" in
    *'"'* | *'\'*)
      echo "$0: $name must not contain quotes or backslashes" >&2
      exit 1
      ;;
  esac
done

# Only these four variables are substituted; nothing else in the template is touched.
envsubst '${API_URL} ${KEYCLOAK_URL} ${KEYCLOAK_REALM} ${KEYCLOAK_CLIENT_ID}' <"$template" >"$target"
echo "$0: wrote $target"
