export * from './logging/log-context';
export * from './logging/masking';
export * from './logging/json-logger';
export * from './config/load-config';
export * from './config/kafka.config';
export * from './kafka/batching-producer';
export * from './audit/audit-publisher';
