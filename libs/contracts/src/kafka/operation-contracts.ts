import { operationDescriptor } from '../sources/source-registry';
import { SourceName } from './sources';

/** What a request for an operation carries, and which of its fields keys the Kafka message. */
export interface OperationContract {
  payload: new () => object;
  keyField: string;
}

/** The contract of `operation` of `source`, if the source has that operation. */
export function operationContract(
  source: SourceName,
  operation: string,
): OperationContract | undefined {
  const descriptor = operationDescriptor(source, operation);
  return descriptor && { payload: descriptor.request, keyField: descriptor.keyField };
}
