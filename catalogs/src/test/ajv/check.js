// The catalog schema under ajv's strict mode, as editors and other tools read it: compiling must log nothing,
// the seed catalogs and schema/valid samples must pass, every schema/invalid sample must fail.
// Run: npm install && node check.js   (exit code 0 when all holds)
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats");
const YAML = require("yaml");
const fs = require("fs");
const path = require("path");

const catalogs = path.resolve(__dirname, "../../..");
const samples = path.resolve(__dirname, "../resources/schema");
const warnings = [];
const logger = { log: (...a) => warnings.push(a.join(" ")), warn: (...a) => warnings.push(a.join(" ")), error: (...a) => warnings.push(a.join(" ")) };
const ajv = new Ajv2020({ strict: true, strictTypes: true, strictTuples: true, strictRequired: true, allErrors: true, logger });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(catalogs, "errata-catalog-1.schema.json"), "utf8")));
let failures = warnings.map(w => "strict mode: " + w);

const yamlIn = dir => fs.readdirSync(dir).filter(f => f.endsWith(".yaml")).map(f => path.join(dir, f));
const read = file => YAML.parse(fs.readFileSync(file, "utf8"), { version: "1.2" });
for (const file of [...yamlIn(catalogs), ...yamlIn(path.join(samples, "valid"))]) {
  if (!validate(read(file))) failures.push(file + " must be valid: " + JSON.stringify(validate.errors));
}
for (const file of yamlIn(path.join(samples, "invalid"))) {
  if (validate(read(file))) failures.push(file + " must be invalid");
}
failures.forEach(f => console.log(f));
console.log(failures.length === 0 ? "schema: strict mode clean, all catalogs and samples as expected" : failures.length + " failures");
process.exit(failures.length === 0 ? 0 : 1);
