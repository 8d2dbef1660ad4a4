import { JsonLogger } from './json-logger';
import { runWithLogContext } from './log-context';

function capture(level: 'log' | 'debug' = 'log') {
  const lines: Record<string, unknown>[] = [];
  const logger = new JsonLogger('test-app', level, (line) => lines.push(JSON.parse(line)));
  return { logger, lines };
}

describe('JsonLogger', () => {
  it('writes one JSON object per line with app, level, context and correlation id', () => {
    const { logger, lines } = capture();
    runWithLogContext({ correlationId: 'req-1', operation: 'citizen.lookup' }, () =>
      logger.log('Request handled', { durationMs: 12 }, 'PopulationAdapter'),
    );
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'info',
        app: 'test-app',
        context: 'PopulationAdapter',
        correlationId: 'req-1',
        operation: 'citizen.lookup',
        msg: 'Request handled',
        durationMs: 12,
      }),
    ]);
  });

  it('masks personal data at info level and keeps it at debug level', () => {
    const { logger, lines } = capture('debug');
    const fields = { payload: { personalId: '001085012345', fullName: 'Nguyễn Văn An' } };
    logger.log('in', fields);
    logger.debug('in', fields);
    expect(lines[0].payload).toEqual({ personalId: '001*******45', fullName: 'N. V. A.' });
    expect(lines[1].payload).toEqual(fields.payload);
  });

  it('drops lines below its level', () => {
    const { logger, lines } = capture('log');
    logger.debug('hidden');
    logger.warn('shown');
    expect(lines.map((line) => line.level)).toEqual(['warn']);
  });

  it('keeps the stack of an error logged the Nest way', () => {
    const { logger, lines } = capture();
    logger.error('boom', 'Error: boom\n    at x', 'ExceptionsHandler');
    expect(lines[0]).toEqual(
      expect.objectContaining({
        msg: 'boom',
        stack: 'Error: boom\n    at x',
        context: 'ExceptionsHandler',
      }),
    );
  });
});
