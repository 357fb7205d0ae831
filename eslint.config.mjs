// ESLint 9 flat config. eslint-plugin-office-addins' own "react" preset only matches .js/.ts files,
// so its rules are applied here to .ts and .tsx alike, with type-aware TypeScript rules on top.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const officePreset = officeAddins.configs.react;
const officeRules = Object.assign({}, ...officePreset.map((c) => c.rules ?? {}));
// The preset bundles its own (older) typescript-eslint; the project's own one is used instead.
const {
  "@typescript-eslint": _bundledTsPlugin,
  react: _react,
  ...officePlugins
} = Object.assign({}, ...officePreset.map((c) => c.plugins ?? {}));

export default tseslint.config(
  {
    ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "bench/tmp/**"],
  },
  ...officePreset.filter((c) => !c.files),
  {
    files: ["**/*.{ts,tsx}"],
    extends: [tseslint.configs.recommended],
    plugins: { ...officePlugins, "react-hooks": reactHooks },
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { react: { version: "18.3" } },
    rules: {
      ...officeRules,
      ...reactHooks.configs.recommended.rules,
      // The product's rule: never a round trip to Word inside a loop.
      "office-addins/no-context-sync-in-loop": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // TypeScript itself reports undefined names, with the right globals for each environment.
      "no-undef": "off",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: {
        process: "readonly",
        console: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        URL: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
      },
    },
    rules: {
      "prettier/prettier": ["error", { endOfLine: "auto" }],
      "no-unused-vars": ["error", { varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
    },
    plugins: { prettier: officePlugins.prettier },
  },
  {
    // Classic ES5 scripts that run in the webview before the app (see src/taskpane/legacy/).
    files: ["src/taskpane/legacy/*.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: { window: "readonly", document: "readonly" },
    },
  }
);
