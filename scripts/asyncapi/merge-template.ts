import { DocumentParts, Json } from './document-parts';

/** The order keys of a channel, operation or message are written in, whoever wrote them. */
const KEY_ORDER = [
  'name',
  'address',
  'x-acl',
  'action',
  'title',
  'summary',
  'description',
  'parameters',
  'channel',
  'traits',
  'headers',
  'payload',
  'reply',
  'bindings',
  'messages',
  'examples',
];

const COMPONENT_ORDER = [
  'securitySchemes',
  'replyAddresses',
  'correlationIds',
  'messageTraits',
  'messages',
  'schemas',
];

function ordered<T extends Json>(entry: T, order: readonly string[]): T {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const keys = Object.keys(entry).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((key) => [key, entry[key]])) as T;
}

/** One entry both name: the union of their keys, none written twice. */
function union(generated: Json, written: Json, where: string): Json {
  const twice = Object.keys(generated).filter((key) => key in written);
  if (twice.length > 0) {
    throw new Error(`${where}: ${twice.join(', ')} both generated and in the template`);
  }
  return { ...generated, ...written };
}

/** The generated entries in their order, then the template's own; shared ids are unions. */
function entries(
  generated: Record<string, Json> = {},
  written: Record<string, Json> = {},
  where: string,
  order: readonly string[] = KEY_ORDER,
): Record<string, Json> {
  const ids = [...new Set([...Object.keys(generated), ...Object.keys(written)])];
  const merged = ids.map((id) => {
    const [made, hand] = [generated[id], written[id]];
    const entry = made && hand ? union(made, hand, `${where}.${id}`) : (made ?? hand);
    return [id, ordered(entry, order)];
  });
  return Object.fromEntries(merged);
}

/** A channel without an address would read as one the requester names: only `replies` is. */
function checkAddressed(channels: Record<string, Json>): void {
  const unaddressed = Object.keys(channels).filter((id) => !('address' in channels[id]));
  if (unaddressed.length > 0) {
    throw new Error(`channels without an address (give one null if it is dynamic): ${unaddressed}`);
  }
}

/** The template with the generated parts in it. */
export function mergeTemplate(template: Json, generated: Required<DocumentParts>): Json {
  const channels = entries(
    generated.channels,
    template.channels as Record<string, Json>,
    'channels',
  );
  checkAddressed(channels);
  const written = (template.components ?? {}) as Record<string, Record<string, Json>>;
  const kinds = [...new Set([...Object.keys(written), ...Object.keys(generated.components)])];
  const components = kinds.map((kind) => {
    // Schemas are JSON Schema: their keys are theirs to order.
    const order = kind === 'schemas' ? [] : KEY_ORDER;
    return [kind, entries(generated.components[kind], written[kind], `components.${kind}`, order)];
  });
  return {
    ...template,
    channels,
    operations: entries(
      generated.operations,
      template.operations as Record<string, Json>,
      'operations',
    ),
    components: ordered(Object.fromEntries(components), COMPONENT_ORDER),
  };
}
