import { LoggerService, LogLevel } from '@nestjs/common';
import { currentLogContext } from './log-context';
import { maskPersonalData } from './masking';

const SEVERITY: Record<LogLevel, number> = {
  fatal: 0,
  error: 1,
  warn: 2,
  log: 3,
  debug: 4,
  verbose: 5,
};

/** Nest's `log` level is what operators call `info`. */
const LEVEL_NAME: Record<LogLevel, string> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

export type LogSink = (line: string) => void;

/**
 * One JSON object per line, with the app, the correlation id of the request being handled, and
 * structured fields. Fields are masked for personal data unless the level is debug or verbose.
 */
export class JsonLogger implements LoggerService {
  private threshold: number;

  constructor(
    private readonly app: string,
    level: LogLevel = 'log',
    private readonly sink: LogSink = (line) => process.stdout.write(line + '\n'),
  ) {
    this.threshold = SEVERITY[level];
  }

  setLogLevels(levels: LogLevel[]): void {
    this.threshold = Math.max(...levels.map((level) => SEVERITY[level]));
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (SEVERITY[level] > this.threshold) return;
    const { context, fields, stack } = splitArguments(rest);
    const revealPersonalData = SEVERITY[level] >= SEVERITY.debug;
    const line = {
      time: new Date().toISOString(),
      level: LEVEL_NAME[level],
      app: this.app,
      context,
      ...currentLogContext(),
      msg: message instanceof Error ? message.message : message,
      ...(revealPersonalData ? fields : (maskPersonalData(fields) as object)),
      stack: stack ?? (message instanceof Error ? message.stack : undefined),
    };
    this.sink(JSON.stringify(line));
  }
}

/**
 * Nest calls loggers as (message, context) or (message, stack, context); our own code passes
 * (message, fields, context). Tell them apart by type.
 */
function splitArguments(rest: unknown[]): { context?: string; fields?: object; stack?: string } {
  const strings = rest.filter((arg): arg is string => typeof arg === 'string');
  const fields = rest.find((arg): arg is object => typeof arg === 'object' && arg !== null);
  const context = strings.length > 0 ? strings[strings.length - 1] : undefined;
  const stack = strings.length > 1 ? strings[0] : undefined;
  return { context, fields, stack };
}
