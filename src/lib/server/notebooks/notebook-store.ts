// The notebooks in notebooks/*.md (or the folders in ITA_NOTEBOOKS_DIR): read once in production, re-read when a
// file changes in development, a file that cannot be read kept with its error for the list.
import fs from 'node:fs';
import path from 'node:path';
import { NotebookFormatError, parseNotebook } from '../../features/notebooks/parse-notebook';
import type { BrokenNotebook, Notebook } from '../../features/notebooks/notebook-types';
import { projectPath } from '../paths';

export interface NotebookShelf {
  notebooks: Notebook[];
  broken: BrokenNotebook[];
  /** Changes whenever a file changes: cached results and drawings key on it. */
  stamp: string;
}

/** The folders notebooks are read from: ITA_NOTEBOOKS_DIR (several joined by ':'), else the project's notebooks/. */
export function notebookDirs(env: Record<string, string | undefined> = process.env): string[] {
  const dirs = env.ITA_NOTEBOOKS_DIR;
  return dirs ? dirs.split(path.delimiter).filter(Boolean) : [projectPath('notebooks')];
}

function notebookFiles(dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
          .sort()
          .map((f) => path.join(dir, f))
      : [],
  );
}

/** Reads and parses every notebook file; none of them can stop the others from loading. */
export function readShelf(dirs: string[] = notebookDirs()): NotebookShelf {
  const notebooks: Notebook[] = [];
  const broken: BrokenNotebook[] = [];
  const stamps: string[] = [];
  for (const file of notebookFiles(dirs)) {
    const slug = path.basename(file, '.md');
    const shown = path.relative(process.cwd(), file);
    try {
      const stat = fs.statSync(file);
      stamps.push(`${file}:${stat.mtimeMs}:${stat.size}`);
      if (notebooks.some((n) => n.slug === slug))
        throw new NotebookFormatError(`${shown}: another notebook is already named '${slug}'`);
      notebooks.push(parseNotebook(slug, shown, fs.readFileSync(file, 'utf8')));
    } catch (err) {
      // Whatever went wrong with one file (its format, reading it) is that file's error, not the server's.
      if (!(err instanceof Error)) throw err;
      broken.push({ slug, file: shown, error: err.message });
    }
  }
  return { notebooks, broken, stamp: stamps.join('|') };
}

let shelf: NotebookShelf | null = null;
let checkedStamp = '';

/** The cheap part of a re-read: which files exist, their times and sizes. */
function currentStamp(dirs: string[]): string {
  return notebookFiles(dirs)
    .map((f) => {
      const s = fs.statSync(f);
      return `${f}:${s.mtimeMs}:${s.size}`;
    })
    .join('|');
}

/**
 * The notebooks now. In production (NODE_ENV=production) they are read at the first call and kept, so the server
 * answers from memory; otherwise a changed, added or removed file is read again on the next page load.
 */
export function notebookShelf(): NotebookShelf {
  const dirs = notebookDirs();
  if (shelf && process.env.NODE_ENV === 'production') return shelf;
  const stamp = shelf ? currentStamp(dirs) : '';
  if (!shelf || stamp !== checkedStamp) {
    shelf = readShelf(dirs);
    checkedStamp = shelf.stamp;
  }
  return shelf;
}

export function findNotebook(slug: string): Notebook | BrokenNotebook | undefined {
  const s = notebookShelf();
  return s.notebooks.find((n) => n.slug === slug) ?? s.broken.find((n) => n.slug === slug);
}
