// The TypeScript modules of src/lib and src/cli import one another without runtime cycles (type-only imports do not count): a cycle through
// db/database.ts made its exports undefined to whichever module Node happened to load first.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../paths';

const SRC = projectPath('src', 'lib');

/** The relative and $lib imports of a module that exist at run time (not `import type`, not `export type`). */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(
    /^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?'([^']+)'/gms,
  )) {
    if (m[1]) continue;
    const spec = m[2]!;
    const base = spec.startsWith('$lib/')
      ? path.join(SRC, spec.slice(5))
      : spec.startsWith('.')
        ? path.resolve(path.dirname(file), spec)
        : null;
    if (!base) continue;
    const found = [base, `${base}.ts`, path.join(base, 'index.ts')].find(
      (f) => fs.existsSync(f) && fs.statSync(f).isFile(),
    );
    if (found) out.push(found);
  }
  return out;
}

/** Every cycle reachable from the entry modules, each as the chain of files (relative to src/lib). */
function importCycles(entries: string[]): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string) => {
    const at = stack.indexOf(file);
    if (at >= 0) {
      cycles.push([...stack.slice(at), file].map((f) => path.relative(SRC, f)));
      return;
    }
    if (done.has(file)) return;
    stack.push(file);
    for (const dep of runtimeImports(file)) visit(dep);
    stack.pop();
    done.add(file);
  };
  entries.forEach(visit);
  return cycles;
}

/** The .ts modules (not tests) under a folder. */
const modules = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => path.join(dir, f));

describe('runtime imports', () => {
  it('see the imports of a module, not its type-only imports', () => {
    const db = path.join(SRC, 'server', 'db', 'database.ts');
    const deps = runtimeImports(db).map((f) => path.relative(SRC, f));
    expect(deps).toContain('server/db/transaction.ts');
    expect(deps).toContain('server/frameworks/sync.ts');
    expect(runtimeImports(path.join(SRC, 'server', 'frameworks', 'sync.ts'))).not.toContain(db);
  });
  it('have no cycle through the database module', () => {
    expect(importCycles([path.join(SRC, 'server', 'db', 'database.ts')])).toEqual([]);
  });
  it('have no cycle anywhere in src/lib or src/cli', () => {
    expect(importCycles([...modules(SRC), ...modules(projectPath('src', 'cli'))])).toEqual([]);
  });
});
