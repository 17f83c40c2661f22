import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { notebookDirs, readShelf } from './notebook-store';
import { projectPath } from '../paths';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nb-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true }));

describe('readShelf', () => {
  it('reads every notebook, lists a malformed file with its error, and skips the README', () => {
    fs.writeFileSync(path.join(dir, 'good.md'), '---\ntitle: ดี\ntitle_en: Good\n---\nข้อความ\n');
    fs.writeFileSync(path.join(dir, 'bad.md'), 'no front matter\n');
    fs.writeFileSync(path.join(dir, 'README.md'), '# not a notebook\n');
    const shelf = readShelf([dir]);
    expect(shelf.notebooks.map((n) => [n.slug, n.meta.title.en])).toEqual([['good', 'Good']]);
    expect(shelf.broken).toEqual([
      {
        slug: 'bad',
        file: path.relative(process.cwd(), path.join(dir, 'bad.md')),
        error: expect.stringContaining("a notebook starts with front matter between '---' lines"),
      },
    ]);
  });

  it('reads the three shipped notebooks without a broken block', () => {
    const shelf = readShelf([projectPath('notebooks')]);
    expect(shelf.broken).toEqual([]);
    expect(shelf.notebooks.map((n) => n.slug)).toEqual([
      'data-quality',
      'measure-effect',
      'province-brief',
    ]);
    for (const nb of shelf.notebooks)
      expect(nb.blocks.filter((b) => b.kind === 'error')).toEqual([]);
  });

  it('takes several folders from ITA_NOTEBOOKS_DIR', () => {
    expect(notebookDirs({ ITA_NOTEBOOKS_DIR: ['a', 'b'].join(path.delimiter) })).toEqual([
      'a',
      'b',
    ]);
    expect(notebookDirs({})).toEqual([projectPath('notebooks')]);
  });
});
