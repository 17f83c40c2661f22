// Converts a DuckDB result to an apache-arrow Table by copying its vectors' memory: typed arrays, one string buffer.
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
  JSDuckDBValueConverter,
  type DuckDBDataChunk,
  type DuckDBDecimalType,
  type DuckDBListType,
  type DuckDBMaterializedResult,
  type DuckDBType,
  type JS,
} from '@duckdb/node-api';
import type * as Bindings from '@duckdb/node-bindings';
import { createRequire } from 'node:module';
import path from 'node:path';

// The raw vector accessors (data, validity, string pointers): the node-api's own readers make a JS value per cell.
// They are the bindings @duckdb/node-api loads, found from it at run time: a static import would make the Node
// adapter's bundler try to bundle the native module, which is not a dependency of this package.
const require = createRequire(import.meta.url);
const duckdb = require(
  require.resolve('@duckdb/node-bindings', {
    paths: [path.dirname(require.resolve('@duckdb/node-api'))],
  }),
) as typeof Bindings;

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

/** A result's chunks with the row each starts at: columns are read chunk by chunk straight from DuckDB's memory. */
interface ChunkSlice {
  chunk: DuckDBDataChunk;
  start: number;
  size: number;
}

/** DuckDB's validity mask (bit i of little-endian words = row i) has Arrow's bit order: copied bit by bit at an offset. */
class Validity {
  readonly bitmap: Uint8Array;
  nulls = 0;
  constructor(length: number) {
    this.bitmap = new Uint8Array(Math.ceil(length / 8)).fill(0xff);
  }
  /** Marks the chunk's nulls; returns the chunk's mask (null when every row is valid) for the value loops. */
  read(vector: Bindings.Vector, { start, size }: ChunkSlice): Uint8Array | null {
    const mask = duckdb.vector_get_validity(vector, Math.ceil(size / 64) * 8);
    if (!mask) return null;
    for (let r = 0; r < size; r++)
      if (((mask[r >> 3]! >> (r & 7)) & 1) === 0) {
        const i = start + r;
        this.bitmap[i >> 3]! &= ~(1 << (i & 7));
        this.nulls++;
      }
    return mask;
  }
}

const isValid = (mask: Uint8Array | null, r: number) =>
  !mask || ((mask[r >> 3]! >> (r & 7)) & 1) === 1;

type NumericArray =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | Float32Array
  | Float64Array
  | BigInt64Array
  | BigUint64Array;
type NumericCtor = { new (length: number): NumericArray; BYTES_PER_ELEMENT: number } & {
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): NumericArray;
};

/** A chunk's values as a typed array over DuckDB's buffer (copied when the buffer is not aligned for it). */
function chunkValues(vector: Bindings.Vector, size: number, ctor: NumericCtor): NumericArray {
  const bytes = duckdb.vector_get_data(vector, size * ctor.BYTES_PER_ELEMENT);
  if (bytes.byteOffset % ctor.BYTES_PER_ELEMENT === 0)
    return new ctor(bytes.buffer, bytes.byteOffset, size);
  return new ctor(bytes.slice().buffer, 0, size);
}

function finish(type: DataType, length: number, validity: Validity, fields: object): Vector {
  return makeVector(
    makeData({
      type,
      length,
      nullCount: validity.nulls,
      nullBitmap: validity.nulls > 0 ? validity.bitmap : null,
      ...fields,
    } as Parameters<typeof makeData>[0]),
  );
}

/** Fixed-width numbers copied chunk by chunk; `scale` turns a DECIMAL's stored integer into its value. */
function numericColumn(
  chunks: ChunkSlice[],
  col: number,
  length: number,
  type: DataType,
  source: NumericCtor,
  target: NumericCtor,
  scale = 1,
): Vector {
  const out = new target(length);
  const validity = new Validity(length);
  const same = source === target && scale === 1;
  for (const c of chunks) {
    const vector = duckdb.data_chunk_get_vector(c.chunk.chunk, col);
    validity.read(vector, c);
    const values = chunkValues(vector, c.size, source);
    if (same) (out as Float64Array).set(values as Float64Array, c.start);
    else for (let r = 0; r < c.size; r++) out[c.start + r] = Number(values[r]) / scale;
  }
  return finish(type, length, validity, { data: out });
}

function boolColumn(chunks: ChunkSlice[], col: number, length: number): Vector {
  const out = new Uint8Array(Math.ceil(length / 8));
  const validity = new Validity(length);
  for (const c of chunks) {
    const vector = duckdb.data_chunk_get_vector(c.chunk.chunk, col);
    validity.read(vector, c);
    const values = duckdb.vector_get_data(vector, c.size);
    for (let r = 0; r < c.size; r++)
      if (values[r]) out[(c.start + r) >> 3]! |= 1 << ((c.start + r) & 7);
  }
  return finish(new Bool(), length, validity, { data: out });
}

/**
 * VARCHAR into Arrow's offsets + one byte buffer without decoding to JS strings. A duckdb_string_t is 16 bytes: a
 * uint32 length, then the bytes inline when at most 12, else a 4-byte prefix and a pointer to them.
 */
function utf8Column(chunks: ChunkSlice[], col: number, length: number): Vector {
  const offsets = new Int32Array(length + 1);
  const validity = new Validity(length);
  const views: { data: Uint8Array; view: DataView; mask: Uint8Array | null; c: ChunkSlice }[] = [];
  let total = 0;
  for (const c of chunks) {
    const vector = duckdb.data_chunk_get_vector(c.chunk.chunk, col);
    const mask = validity.read(vector, c);
    const data = duckdb.vector_get_data(vector, c.size * 16);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    for (let r = 0; r < c.size; r++) {
      if (isValid(mask, r)) total += view.getUint32(r * 16, true);
      offsets[c.start + r + 1] = total;
    }
    views.push({ data, view, mask, c });
  }
  const bytes = new Uint8Array(total);
  for (const { data, view, mask, c } of views)
    for (let r = 0; r < c.size; r++) {
      if (!isValid(mask, r)) continue;
      const at = r * 16;
      const len = view.getUint32(at, true);
      const dest = offsets[c.start + r]!;
      if (len <= 12) bytes.set(data.subarray(at + 4, at + 4 + len), dest);
      else
        bytes.set(
          duckdb.get_data_from_pointer(data.buffer as ArrayBuffer, data.byteOffset + at + 8, len),
          dest,
        );
    }
  return finish(new Utf8(), length, validity, { valueOffsets: offsets, data: bytes });
}

/** Other types (timestamps, lists, enums, wide decimals) through DuckDB's JS values: rare and small in the queries. */
function jsColumn(chunks: ChunkSlice[], col: number, type: DataType): Vector {
  const values: JS[] = [];
  for (const c of chunks)
    for (const v of c.chunk.convertColumnValues(col, JSDuckDBValueConverter)) values.push(v);
  return columnToVector(values, type);
}

const DECIMAL_STORAGE: [maxWidth: number, ctor: NumericCtor][] = [
  [4, Int16Array],
  [9, Int32Array],
  [18, BigInt64Array],
];

function columnFromChunks(
  chunks: ChunkSlice[],
  col: number,
  length: number,
  duckType: DuckDBType,
): Vector {
  const type = arrowTypeFor(duckType);
  const num = (source: NumericCtor, target: NumericCtor = source, scale = 1) =>
    numericColumn(chunks, col, length, type, source, target, scale);
  switch (duckType.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return boolColumn(chunks, col, length);
    case DuckDBTypeId.TINYINT:
      return num(Int8Array);
    case DuckDBTypeId.SMALLINT:
      return num(Int16Array);
    case DuckDBTypeId.INTEGER:
      return num(Int32Array);
    case DuckDBTypeId.UTINYINT:
      return num(Uint8Array, Int32Array);
    case DuckDBTypeId.USMALLINT:
      return num(Uint16Array, Int32Array);
    case DuckDBTypeId.BIGINT:
      return num(BigInt64Array);
    case DuckDBTypeId.UINTEGER:
      return num(Uint32Array, Float64Array);
    case DuckDBTypeId.UBIGINT:
      return num(BigUint64Array, Float64Array);
    case DuckDBTypeId.FLOAT:
      return num(Float32Array);
    case DuckDBTypeId.DOUBLE:
      return num(Float64Array);
    case DuckDBTypeId.DATE:
      // Days since the epoch in both.
      return num(Int32Array);
    case DuckDBTypeId.DECIMAL: {
      const { width, scale } = duckType as DuckDBDecimalType;
      const storage = DECIMAL_STORAGE.find(([max]) => width <= max);
      // Dividing the exact stored integer by an exact power of ten rounds once, to the nearest double.
      if (storage) return num(storage[1], Float64Array, 10 ** scale);
      return jsColumn(chunks, col, type);
    }
    case DuckDBTypeId.VARCHAR:
      return utf8Column(chunks, col, length);
    default:
      return jsColumn(chunks, col, type);
  }
}

/** The whole result as an Arrow table; column order and names as in the query. */
export function resultToArrow(result: DuckDBMaterializedResult): Table {
  const names = result.columnNames();
  const types = result.columnTypes();
  const chunks: ChunkSlice[] = [];
  let length = 0;
  for (let i = 0; i < result.chunkCount; i++) {
    const chunk = result.getChunk(i);
    const size = chunk.rowCount;
    chunks.push({ chunk, start: length, size });
    length += size;
  }
  const vectors: Record<string, Vector> = {};
  names.forEach((name, i) => {
    if (name in vectors)
      throw new Error(`Column name ${name} appears twice: alias it in the query`);
    vectors[name] = columnFromChunks(chunks, i, length, types[i]!);
  });
  return new Table(vectors);
}
