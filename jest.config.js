// Unit tests: the pure core, OOXML, hosts and CLI under Node; the task pane and the standalone
// page's components (test/standalone/**/*.test.tsx) under jsdom.
const transform = {
  "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform,
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: [
        "/node_modules/",
        "<rootDir>/test/taskpane/",
        "<rootDir>/test/browser/",
      ],
    },
    {
      displayName: "ui",
      testEnvironment: "jsdom",
      transform,
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup.ts"],
    },
    {
      displayName: "standalone",
      testEnvironment: "jsdom",
      transform,
      testMatch: ["<rootDir>/test/standalone/**/*.test.tsx"],
      setupFilesAfterEnv: [
        "<rootDir>/test/taskpane/setup.ts",
        "<rootDir>/test/standalone/setup.ts",
      ],
    },
  ],
};
