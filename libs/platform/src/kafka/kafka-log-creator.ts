import { LoggerService } from '@nestjs/common';
import { logCreator, logLevel } from 'kafkajs';

/** Routes kafkajs's own log lines into the app's JSON logger instead of its plain console format. */
export function kafkaLogCreator(logger: LoggerService): logCreator {
  return () =>
    ({ namespace, level, log }) => {
      const { message, ...fields } = log;
      // The JSON logger stamps its own time; an undefined field is left out of the line.
      const entry = { namespace, ...fields, timestamp: undefined };
      if (level === logLevel.ERROR) logger.error(message, entry);
      else if (level === logLevel.WARN) logger.warn(message, entry);
      else if (level === logLevel.INFO) logger.log(message, entry);
      else logger.debug?.(message, entry);
    };
}
