# syntax=docker/dockerfile:1
# The web app. Build context: the repository root (docker compose uses context "..").
# Nx builds the Angular app; nginx serves it, proxies /graphql to the API and renders /config.json
# from the environment at container start (web/40-samarbeid-config.sh).

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
RUN npm install --global npm@11 --no-audit --no-fund
COPY package.json package-lock.json .npmrc ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npx --yes nx build web --configuration=production --outputStyle=static
RUN node --import tsx tools/stack/precompress.ts dist/apps/web/browser

FROM nginx:1.29-alpine AS runtime
ENV API_URL=/graphql \
    KEYCLOAK_URL=http://localhost:8080 \
    KEYCLOAK_REALM=samarbeid \
    KEYCLOAK_CLIENT_ID=samarbeid-web
COPY docker/web/nginx.conf /etc/nginx/conf.d/default.conf
COPY docker/web/config.template.json /etc/samarbeid/config.template.json
COPY --chmod=0755 docker/web/40-samarbeid-config.sh /docker-entrypoint.d/40-samarbeid-config.sh
COPY --from=build /app/dist/apps/web/browser /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=30s --timeout=5s CMD wget -q -O /dev/null http://127.0.0.1/healthz || exit 1
