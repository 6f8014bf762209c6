// Zoneless TestBed for every Angular spec (the app runs without zone.js).
const { NgModule } = require('@angular/core');
const { getTestBed } = require('@angular/core/testing');
const { setupZonelessTestEnv } = require('jest-preset-angular/setup-env/zoneless');

const OPTIONS = { errorOnUnknownElements: true, errorOnUnknownProperties: true };

setupZonelessTestEnv(OPTIONS);

// The project's own providers for every spec's testing module (webProject's `testProviders`), put in the test
// environment: unlike providers given in a `beforeEach`, they are still there after a spec resets its module.
if (globalThis.SB_TEST_PROVIDERS) {
  const { TEST_PROVIDERS } = require(globalThis.SB_TEST_PROVIDERS);
  class ProjectTestProviders {}
  NgModule({ providers: TEST_PROVIDERS })(ProjectTestProviders);
  const testBed = getTestBed();
  const { ngModule, platform } = testBed;
  testBed.resetTestEnvironment();
  testBed.initTestEnvironment([ngModule].flat().concat(ProjectTestProviders), platform, OPTIONS);
}
