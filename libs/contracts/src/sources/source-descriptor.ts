/** How an adapter talks to its upstream. */
export type UpstreamProtocol = 'rest' | 'soap';

type Constructor<T extends object = object> = new () => T;

/** One operation of a source: its HTTP route, its Kafka contract, and what its answer holds. */
export interface OperationDescriptor {
  /** Carried in `RequestMessage.operation`, and the operation of access grants: `citizen.lookup`. */
  name: string;
  /** Under the source's HTTP prefix: `citizen-lookups` is `POST /v1/population/citizen-lookups`. */
  path: string;
  /** One line: what the operation answers. */
  summary: string;
  /** More, where a caller needs it (how codes are read, how pages work). */
  description?: string;
  /** The body over HTTP and the payload over Kafka; class-validator and OpenAPI in one class. */
  request: Constructor;
  /** The OpenAPI model of the reply's data. */
  response: Constructor;
  /** Describes the data in the OpenAPI document. */
  responseDescription?: string;
  /** The payload field that keys the request topic (the subject's identifier). */
  keyField: string;
  /** The answer is a verdict about the claimed data, with no personal data in it. */
  verdictOnly: boolean;
}

/** A national or sectoral database, declared once: everything generic is derived from this. */
export interface SourceDescriptor<Name extends string = string> {
  /** Topic, route and grant name: lower-case words joined by `-`. */
  name: Name;
  title: string;
  description: string;
  protocol: UpstreamProtocol;
  /** Whether the gateway is unready without a replica of its adapter consuming. */
  critical: boolean;
  /** The p95 latency the source is expected to keep, for health and alerts. */
  latencyObjectiveMs: number;
  operations: readonly OperationDescriptor[];
}

/** An operation as declared: its key field must be a field of its request. */
export interface OperationDeclaration<Payload extends object> extends Omit<
  OperationDescriptor,
  'request' | 'keyField'
> {
  request: Constructor<Payload>;
  keyField: keyof Payload & string;
}

/** Declares an operation, checking at compile time that its key field is a field of its request. */
export function operation<Payload extends object>(
  declaration: OperationDeclaration<Payload>,
): OperationDescriptor {
  return declaration;
}

/** Declares a source, keeping its name's literal type for the registry. */
export function defineSource<const Name extends string>(
  descriptor: SourceDescriptor<Name>,
): SourceDescriptor<Name> {
  return descriptor;
}
