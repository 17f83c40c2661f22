// All interface text, Thai first. Each feature keeps its own file (core.ts, overview.ts, …); add yours to FEATURES.
// Keys are grouped by page; {name} marks a value filled in at run time.
import { coreMessages } from './core';
import { overviewMessages } from './overview';
import { filterMessages } from './filters';
import { exportMessages } from './export';
import { measuresMessages } from './measures';
import { provinceMessages } from './province';
import { indicatorsMessages } from './indicators';
import { changesMessages } from './changes';
import { orgMessages } from './org';
import { compareMessages } from './compare';
import { importMessages } from './import';
import { frameworkMessages } from './framework';
import { officialMessages } from './official';
import { auditMessages } from './audit';
import { accountMessages } from './account';
import { mapMessages } from './map';
import { notebookMessages } from './notebooks';
import { LANGS, type Lang } from './define';

export { LANGS, type Lang };

const FEATURES = [
  coreMessages,
  filterMessages,
  overviewMessages,
  exportMessages,
  measuresMessages,
  provinceMessages,
  indicatorsMessages,
  changesMessages,
  orgMessages,
  compareMessages,
  importMessages,
  frameworkMessages,
  officialMessages,
  auditMessages,
  accountMessages,
  mapMessages,
  notebookMessages,
] as const;

type Union<T> = T extends readonly (infer U)[] ? U : never;
type AllTh =
  Union<typeof FEATURES> extends infer F ? (F extends { th: infer T } ? keyof T : never) : never;
export type MessageKey = AllTh & string;
type Messages = Record<MessageKey, string>;

function merge(lang: Lang): Messages {
  const out: Record<string, string> = {};
  for (const f of FEATURES) {
    for (const [k, v] of Object.entries(f[lang])) {
      if (k in out) throw new Error(`Message key ${k} is defined twice`);
      out[k] = v;
    }
  }
  return out as Messages;
}

export const MESSAGES: Record<Lang, Messages> = { th: merge('th'), en: merge('en') };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const dict = MESSAGES[lang];
  return (key, vars) =>
    dict[key].replace(/\{(\w+)\}/g, (m, name: string) =>
      vars && name in vars ? String(vars[name]) : m,
    );
}
