// Browser tests: the production build served locally, driven in Debian's Chromium by playwright-core.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  testMatch: ["<rootDir>/test/browser/**/*.browser.test.ts"],
  testTimeout: 60000,
  maxWorkers: 1,
};
