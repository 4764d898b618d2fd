import baseConfig from "../eslint.config.mjs";

export default [
    ...baseConfig,
    {
        // The API's own code is imported in one place, tools/api-code.mjs (see there).
        files: ["**/*.mjs", "**/*.cjs"],
        ignores: ["api-code.mjs"],
        rules: {
            "no-restricted-imports": ["error", {
                patterns: [{
                    group: ["**/apps/**", "**/libs/**"],
                    message: "Import the API's code through tools/api-code.mjs, which lists the pure modules tools may use."
                }]
            }]
        }
    }
];
