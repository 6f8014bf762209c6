#!/bin/sh
# Renders the web app's runtime settings, /config.json, from the environment when the container starts
# (the nginx image runs /docker-entrypoint.d/*.sh before nginx). The same build thus runs against any
# Keycloak and API: only API_URL, KEYCLOAK_URL, KEYCLOAK_REALM and KEYCLOAK_CLIENT_ID differ.
# It also writes the origins the Content-Security-Policy (nginx.conf) allows connections to: API_URL's and
# KEYCLOAK_URL's (none for a path on this server, which 'self' covers).
set -eu

template="${SAMARBEID_CONFIG_TEMPLATE:-/etc/samarbeid/config.template.json}"
target="${SAMARBEID_CONFIG_TARGET:-/usr/share/nginx/html/config.json}"
csp_target="${SAMARBEID_CSP_TARGET:-/etc/nginx/samarbeid/csp-origins.conf}"

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

# The origin (scheme://host[:port]) of an http(s) URL, nothing for a path; anything else stops the start.
# The result goes into nginx's configuration, so it must be exactly an origin: no spaces, quotes, ; or $.
origin_of() {
  case "$2" in
    /*) return 0 ;;
  esac
  origin=$(printf '%s' "$2" | sed -E 's|^(https?://[^/?#]+).*$|\1|')
  if ! printf '%s' "$origin" | grep -Eq '^https?://([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:[0-9]{1,5})?$'; then
    echo "$0: $1 must be an http(s) URL or a path starting with / (got \"$2\")" >&2
    exit 1
  fi
  printf '%s' "$origin"
}

api_origin=$(origin_of API_URL "$API_URL")
issuer_origin=$(origin_of KEYCLOAK_URL "$KEYCLOAK_URL")
# Live updates (GraphQL subscriptions, decisions/0013) open a WebSocket to the API: an http(s) source does not
# match ws(s) in CSP, so a remote API gets its ws(s) origin too ('self' covers a path on this server).
if [ -n "$api_origin" ]; then
  api_origin="$api_origin $(printf '%s' "$api_origin" | sed -E 's|^http|ws|')"
fi

# Only these four variables are substituted; nothing else in the template is touched.
envsubst '${API_URL} ${KEYCLOAK_URL} ${KEYCLOAK_REALM} ${KEYCLOAK_CLIENT_ID}' <"$template" >"$target"
echo "$0: wrote $target"

mkdir -p "$(dirname "$csp_target")"
printf 'set $samarbeid_csp_api "%s";\nset $samarbeid_csp_issuer "%s";\n' "$api_origin" "$issuer_origin" >"$csp_target"
echo "$0: wrote $csp_target (connect-src 'self' $api_origin $issuer_origin)"
