// `npm run gen:query-types [-- --check]`: writes src/lib/queries/types.ts from the headers of queries/*.sql, or with
// --check exits 1 (naming the file and the command) when the committed file differs from what the headers give.
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { loadQuerySpecs } from '../src/lib/server/queries/query-spec';
import { QUERY_TYPES_FILE, renderQueryTypes } from '../src/lib/server/queries/query-types';

const root = path.resolve(import.meta.dirname, '..');
const file = path.join(root, QUERY_TYPES_FILE);
const check = process.argv.includes('--check');

// Formatted as `npm run lint` (prettier --check) expects the committed file to be.
const options = (await prettier.resolveConfig(file)) ?? {};
const text = await prettier.format(renderQueryTypes(loadQuerySpecs(path.join(root, 'queries'))), {
  ...options,
  filepath: file,
});
const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;

if (check) {
  if (current !== text) {
    console.error(
      `${QUERY_TYPES_FILE} does not match the headers of queries/*.sql: run \`npm run gen:query-types\` and commit it.`,
    );
    process.exit(1);
  }
} else if (current !== text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`wrote ${QUERY_TYPES_FILE}`);
}
