// keycloak-js for Jest. keycloak-angular (an .mjs file, transformed by esbuild in Node mode) takes the
// default import of the CommonJS-transformed keycloak-js as the whole module object, while TypeScript's
// interop takes `.default`: the two would inject different `Keycloak` tokens. Exporting the class itself,
// with `default` pointing back at it, gives both the same token. (Only for tests: the app is bundled as ESM.)
const path = require('node:path');

const actual = require(path.resolve(__dirname, '../../node_modules/keycloak-js/lib/keycloak.js'));
const Keycloak = actual.default;

Object.defineProperty(Keycloak, '__esModule', { value: true });
Keycloak.default = Keycloak;
Keycloak.NetworkError = actual.NetworkError;

module.exports = Keycloak;
