// Validates request parameters against a query's declaration and turns them into typed DuckDB bind values.
import { BOOLEAN, DOUBLE, INTEGER, VARCHAR, type DuckDBType } from '@duckdb/node-api';
import { toArabicDigits } from '../../thai/digits';
import type { ParamSpec, QuerySpec } from './query-spec';

/** A parameter a caller got wrong; the API answers it with 400 and this message. */
export class QueryParamError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

export type BindValue = string | number | boolean | null;

/** Parameters that steer the response rather than the query. */
export const RESPONSE_PARAMS = new Set(['format']);

function convert(p: ParamSpec, raw: string): BindValue {
  const text = toArabicDigits(raw.trim());
  switch (p.kind) {
    case 'integer': {
      if (!/^-?\d+$/.test(text))
        throw new QueryParamError(
          p.name,
          `Parameter '${p.name}' must be a whole number (got '${raw}')`,
        );
      const n = Number(text);
      if ((p.min !== undefined && n < p.min) || (p.max !== undefined && n > p.max))
        throw new QueryParamError(
          p.name,
          `Parameter '${p.name}' must be between ${p.min} and ${p.max} (got ${n})`,
        );
      return n;
    }
    case 'double': {
      if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text))
        throw new QueryParamError(p.name, `Parameter '${p.name}' must be a number (got '${raw}')`);
      return Number(text);
    }
    case 'boolean': {
      if (/^(true|1|yes)$/i.test(text)) return true;
      if (/^(false|0|no)$/i.test(text)) return false;
      throw new QueryParamError(
        p.name,
        `Parameter '${p.name}' must be true or false (got '${raw}')`,
      );
    }
    case 'enum': {
      if (!p.values!.includes(text))
        throw new QueryParamError(
          p.name,
          `Parameter '${p.name}' must be one of ${p.values!.join(', ')} (got '${raw}')`,
        );
      return text;
    }
    case 'varchar': {
      if (p.pattern && !p.pattern.test(text))
        throw new QueryParamError(
          p.name,
          `Parameter '${p.name}' is not in the expected form ${p.declared} (got '${raw}')`,
        );
      if (text.length > 500) throw new QueryParamError(p.name, `Parameter '${p.name}' is too long`);
      return p.pattern ? text : raw.trim();
    }
  }
}

const DUCK_TYPES: Record<ParamSpec['kind'], DuckDBType> = {
  integer: INTEGER,
  double: DOUBLE,
  boolean: BOOLEAN,
  varchar: VARCHAR,
  enum: VARCHAR,
};

export interface BoundParams {
  values: Record<string, BindValue>;
  types: Record<string, DuckDBType>;
  /** Canonical form for cache keys: declared order, absent ones omitted. */
  key: string;
}

/** Checks every given parameter is declared and well-formed, and every required one is present. */
export function bindParams(
  spec: QuerySpec,
  given: Record<string, string | undefined>,
): BoundParams {
  for (const k of Object.keys(given)) {
    if (RESPONSE_PARAMS.has(k)) continue;
    if (!spec.params.some((p) => p.name === k)) {
      const known = spec.params.map((p) => p.name).join(', ') || 'none';
      throw new QueryParamError(
        k,
        `Unknown parameter '${k}' for query ${spec.name} (its parameters: ${known})`,
      );
    }
  }
  const values: Record<string, BindValue> = {};
  const types: Record<string, DuckDBType> = {};
  const keyParts: string[] = [];
  for (const p of spec.params) {
    const raw = given[p.name];
    if (raw === undefined || raw === '') {
      if (!p.optional)
        throw new QueryParamError(
          p.name,
          `Parameter '${p.name}' is required (${p.declared}: ${p.description})`,
        );
      values[p.name] = null;
    } else {
      values[p.name] = convert(p, raw);
      keyParts.push(`${p.name}=${String(values[p.name])}`);
    }
    types[p.name] = DUCK_TYPES[p.kind];
  }
  return { values, types, key: keyParts.join('&') };
}
