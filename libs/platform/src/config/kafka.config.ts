import { Transform } from 'class-transformer';
import { ArrayNotEmpty, IsString, Matches } from 'class-validator';

const HOST_PORT = /^[^\s:,]+:\d{1,5}$/;

/** Kafka connection settings every app shares. */
export class KafkaConfig {
  /** Comma-separated bootstrap servers. */
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((broker) => broker.trim())
          .filter(Boolean)
      : value,
  )
  @ArrayNotEmpty()
  @IsString({ each: true })
  @Matches(HOST_PORT, { each: true, message: 'each broker must be host:port' })
  KAFKA_BROKERS: string[] = ['127.0.0.1:9092'];
}
