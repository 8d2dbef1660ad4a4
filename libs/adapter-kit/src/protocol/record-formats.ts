import { codeIn } from './mapped';

export type UpstreamRecord = Readonly<Record<string, unknown>>;

/** How one format of upstream answers holds its fields, and how its problems are worded. */
export interface RecordFormat {
  /** A record whose fields can be read: a JSON object, an XML element with children. */
  isRecord(value: unknown): value is UpstreamRecord;
  /** A field that is not there: `null` in JSON, an empty element in XML. */
  isAbsent(value: unknown): boolean;
  /** The items of a list, or undefined for a value that is not one. */
  itemsOf(value: unknown): readonly unknown[] | undefined;
  integerOf(value: unknown): number | undefined;
  booleanOf(value: unknown): boolean | undefined;
  readonly notText: string;
  readonly notRecord: string;
  readonly notList: string;
}

const isObject = (value: unknown): value is UpstreamRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const JSON_RECORDS: RecordFormat = {
  isRecord: isObject,
  isAbsent: (value) => value === undefined || value === null,
  itemsOf: (value) => (Array.isArray(value) ? value : undefined),
  integerOf: (value) => (Number.isSafeInteger(value) ? (value as number) : undefined),
  booleanOf: (value) => (typeof value === 'boolean' ? value : undefined),
  notText: 'must be text',
  notRecord: 'must be an object',
  notList: 'must be an array',
};

const XSD_BOOLEAN: Readonly<Record<string, boolean>> = {
  true: true,
  1: true,
  false: false,
  0: false,
};
const XSD_INTEGER = /^-?\d+$/;

/**
 * XML parsed into text and elements by their local names (fast-xml-parser): values are text,
 * and an element that occurs more than once is an array of its occurrences.
 */
export const XML_RECORDS: RecordFormat = {
  isRecord: isObject,
  isAbsent: (value) => value === undefined || value === '',
  // A list of one is the element itself: only repeated elements parse as an array.
  itemsOf: (value) => (Array.isArray(value) ? value : isObject(value) ? [value] : undefined),
  integerOf: (value) =>
    typeof value === 'string' && XSD_INTEGER.test(value) && Number.isSafeInteger(Number(value))
      ? Number(value)
      : undefined,
  booleanOf: (value) => (typeof value === 'string' ? codeIn(XSD_BOOLEAN, value) : undefined),
  notText: 'must be a single text element',
  notRecord: 'must be a single element with children',
  notList: 'must be elements with children',
};
