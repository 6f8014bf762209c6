// Zoneless TestBed for every Angular spec (the app runs without zone.js).
const { setupZonelessTestEnv } = require('jest-preset-angular/setup-env/zoneless');

setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });
