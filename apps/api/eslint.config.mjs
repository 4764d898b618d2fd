import baseConfig from "../../eslint.config.mjs";
import { besideApiRules } from "./eslint-rules.mjs";

export default [
    ...baseConfig,
    {
        files: ["src/**/*.ts"],
        plugins: { beside: besideApiRules },
        rules: {
            "beside/no-sql-outside-repositories": "error",
            "beside/module-boundaries": "error"
        }
    }
];
