// keycloak-js' silent check-sso (ADR 0014): this page loads in a hidden frame after the identity provider's
// answer and hands the address it came back to (code or error in the fragment) to the app that opened the frame.
parent.postMessage(location.href, location.origin);
