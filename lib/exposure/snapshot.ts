// The committed range table (lib/exposure/data/ranges.json, built by npm run ip-ranges:build from the
// providers' files), validated once when first read. The running app reads only this copy and what a
// refresh fetched from the official addresses, never ../shared.
import data from './data/ranges.json';
import { rangeTableSchema, type RangeTable } from './table';

let table: RangeTable | undefined;

export function getSnapshotTable(): RangeTable {
  table ??= rangeTableSchema.parse(data);
  return table;
}
