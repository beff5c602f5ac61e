import type { DbValueClass } from '../types.js';

/**
 * How a MySQL/MariaDB column's values reach the classifier, from information_schema's DATA_TYPE and
 * COLUMN_TYPE. MariaDB's JSON is a LONGTEXT with a `json_valid()` check, so the catalog passes that in.
 */
export function mysqlValueClass(dataType: string, columnType: string, isJson: boolean): DbValueClass {
  const t = dataType.toLowerCase();
  const full = columnType.toLowerCase();
  if (isJson || t === 'json') return 'json';
  // tinyint(1) and bit(1) are how MySQL spells a boolean (BOOL is an alias of tinyint(1)).
  if (full.startsWith('tinyint(1)') || full === 'bit(1)') return 'boolean';
  switch (t) {
    case 'tinyint':
    case 'smallint':
    case 'mediumint':
    case 'int':
    case 'integer':
    case 'bigint':
    case 'decimal':
    case 'numeric':
    case 'float':
    case 'double':
    case 'real':
    case 'year':
      return 'number';
    // MariaDB's inet4/inet6 too: an IP address is personal data, so it is read as text.
    case 'char':
    case 'varchar':
    case 'tinytext':
    case 'text':
    case 'mediumtext':
    case 'longtext':
    case 'inet4':
    case 'inet6':
      return 'text';
    case 'enum':
    case 'set':
      return 'enum';
    case 'date':
      return 'date';
    case 'datetime':
    case 'timestamp':
      return 'timestamp';
    case 'uuid':
      return 'uuid';
    case 'binary':
    case 'varbinary':
    case 'tinyblob':
    case 'blob':
    case 'mediumblob':
    case 'longblob':
    case 'bit':
    case 'geometry':
    case 'point':
    case 'linestring':
    case 'polygon':
    case 'multipoint':
    case 'multilinestring':
    case 'multipolygon':
    case 'geometrycollection':
      return 'binary';
    default:
      return 'other';
  }
}
