// Converts a DuckDB result to an apache-arrow Table: typed arrays for numbers, builders for strings, dates, lists, nulls.
// @duckdb/node-api has no Arrow export (duckdb-node-neo issue #45), so each column type is mapped here.
import {
  Bool,
  DateDay,
  Field,
  Float32,
  Float64,
  Int16,
  Int32,
  Int64,
  Int8,
  List,
  Table,
  TimestampMillisecond,
  Utf8,
  makeData,
  makeVector,
  vectorFromArray,
  type DataType,
  type Vector,
} from 'apache-arrow';
import {
  DuckDBTypeId,
  type DuckDBListType,
  type DuckDBResultReader,
  type DuckDBType,
  type JS,
} from '@duckdb/node-api';

/** The Arrow type a DuckDB column becomes. DECIMAL and HUGEINT become Float64: charts need numbers, not bigints. */
export function arrowTypeFor(type: DuckDBType): DataType {
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return new Bool();
    case DuckDBTypeId.TINYINT:
      return new Int8();
    case DuckDBTypeId.SMALLINT:
      return new Int16();
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
      return new Int32();
    case DuckDBTypeId.BIGINT:
      return new Int64();
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.DECIMAL:
    case DuckDBTypeId.DOUBLE:
      return new Float64();
    case DuckDBTypeId.FLOAT:
      return new Float32();
    case DuckDBTypeId.VARCHAR:
    case DuckDBTypeId.ENUM:
    case DuckDBTypeId.UUID:
      return new Utf8();
    case DuckDBTypeId.DATE:
      return new DateDay();
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_TZ:
    case DuckDBTypeId.TIMESTAMP_MS:
    case DuckDBTypeId.TIMESTAMP_S:
      return new TimestampMillisecond();
    case DuckDBTypeId.LIST: {
      const child = arrowTypeFor((type as DuckDBListType).valueType);
      return new List(new Field('item', child, true));
    }
    default:
      throw new Error(`No Arrow mapping for DuckDB type ${type.toString()}: cast it in the query`);
  }
}

type TypedArrayCtor =
  | Float64ArrayConstructor
  | Float32ArrayConstructor
  | Int32ArrayConstructor
  | Int16ArrayConstructor
  | Int8ArrayConstructor;

function typedArrayFor(type: DataType): TypedArrayCtor | null {
  if (type instanceof Float64) return Float64Array;
  if (type instanceof Float32) return Float32Array;
  if (type instanceof Int32) return Int32Array;
  if (type instanceof Int16) return Int16Array;
  if (type instanceof Int8) return Int8Array;
  return null;
}

/** Normalises a JS value from DuckDB to what the Arrow builder for `type` expects. */
function toArrowValue(value: JS, type: DataType): unknown {
  if (value === null || value === undefined) return null;
  if (type instanceof Float64 || type instanceof Float32)
    return typeof value === 'bigint' ? Number(value) : Number(value);
  if (type instanceof Int64) return typeof value === 'bigint' ? value : BigInt(value as number);
  if (type instanceof DateDay || type instanceof TimestampMillisecond)
    return value instanceof Date ? value : new Date(String(value));
  if (type instanceof Utf8) return String(value);
  if (type instanceof List)
    return (value as JS[]).map((v) => toArrowValue(v, type.children[0]!.type));
  return value;
}

const encoder = new TextEncoder();

/** Strings straight into Arrow's offsets + bytes layout: the builder path was the slowest part of a large result. */
function utf8Vector(values: JS[]): Vector {
  const n = values.length;
  const encoded: (Uint8Array | null)[] = new Array(n);
  const offsets = new Int32Array(n + 1);
  const validity = new Uint8Array(Math.ceil(n / 8));
  let nulls = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      encoded[i] = null;
      nulls++;
    } else {
      const bytes = encoder.encode(String(v));
      encoded[i] = bytes;
      total += bytes.length;
      validity[i >> 3]! |= 1 << (i & 7);
    }
    offsets[i + 1] = total;
  }
  const data = new Uint8Array(total);
  for (let i = 0; i < n; i++) {
    const bytes = encoded[i];
    if (bytes) data.set(bytes, offsets[i]!);
  }
  return makeVector(
    makeData({
      type: new Utf8(),
      length: n,
      nullCount: nulls,
      nullBitmap: nulls > 0 ? validity : null,
      valueOffsets: offsets,
      data,
    }),
  );
}

export function columnToVector(values: JS[], type: DataType): Vector {
  if (type instanceof Utf8) return utf8Vector(values);
  const ctor = typedArrayFor(type);
  if (ctor && !values.some((v) => v === null)) {
    // The fast path: numbers straight into a typed array, no builder, no null bitmap.
    const arr = new ctor(values.length);
    for (let i = 0; i < values.length; i++) arr[i] = Number(values[i]);
    return makeVector(arr);
  }
  return vectorFromArray(
    values.map((v) => toArrowValue(v, type)),
    type,
  );
}

/** The whole result as an Arrow table; column order and names as in the query. */
export function readerToArrow(reader: DuckDBResultReader): Table {
  const names = reader.columnNames();
  const types = reader.columnTypes();
  const columns = reader.getColumnsJS();
  const vectors: Record<string, Vector> = {};
  names.forEach((name, i) => {
    if (name in vectors)
      throw new Error(`Column name ${name} appears twice: alias it in the query`);
    vectors[name] = columnToVector(columns[i] ?? [], arrowTypeFor(types[i]!));
  });
  return new Table(vectors);
}
