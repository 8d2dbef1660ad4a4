/** A JSON object of the document. */
export type Json = Record<string, unknown>;

/** Part of an AsyncAPI document: entries of its channels, operations and components, by id. */
export interface DocumentParts {
  channels?: Record<string, Json>;
  operations?: Record<string, Json>;
  components?: Record<string, Record<string, Json>>;
}

function joined(maps: (Record<string, Json> | undefined)[], where: string): Record<string, Json> {
  const all: Record<string, Json> = {};
  for (const [id, entry] of maps.flatMap((map) => Object.entries(map ?? {}))) {
    if (id in all) throw new Error(`${where}.${id} is made twice`);
    all[id] = entry;
  }
  return all;
}

/** The parts together, in order; two parts that make the same entry are a bug. */
export function combine(...parts: DocumentParts[]): Required<DocumentParts> {
  const kinds = [...new Set(parts.flatMap(({ components }) => Object.keys(components ?? {})))];
  return {
    channels: joined(
      parts.map(({ channels }) => channels),
      'channels',
    ),
    operations: joined(
      parts.map(({ operations }) => operations),
      'operations',
    ),
    components: Object.fromEntries(
      kinds.map((kind) => [
        kind,
        joined(
          parts.map(({ components }) => components?.[kind]),
          `components.${kind}`,
        ),
      ]),
    ),
  };
}
