# syntax=docker/dockerfile:1
# The API. Build context: the repository root (docker compose uses context "..").
# Nx bundles apps/api with webpack, dependencies external, so the runtime image gets a production
# `npm install` next to dist/apps/api/main.js and runs it as the unprivileged "node" user.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
# package.json uses npm 11 settings (allowScripts); the Node 20 image ships npm 10.
RUN npm install --global npm@11 --no-audit --no-fund
COPY package.json package-lock.json .npmrc ./

FROM base AS build
# `npm ci` fails on this dependency set (other platforms' optional binaries); see docs/STACK-NOTES.
RUN npm install --no-audit --no-fund
COPY . .
RUN npx --yes nx build api --configuration=production --outputStyle=static

FROM base AS production-dependencies
RUN npm install --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
# Owned by root and read-only for the "node" user that runs the API.
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist/apps/api ./dist/apps/api
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/main.js"]
