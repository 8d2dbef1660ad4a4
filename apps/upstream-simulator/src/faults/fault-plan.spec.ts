import { planFaults } from './fault-plan';

const always = (value: number) => () => value;

describe('planFaults', () => {
  it('answers normally, at once, when no fault is set', () => {
    expect(planFaults({}, always(0))).toEqual({
      outcome: 'normal',
      delayMs: 0,
      truncate: false,
      dribbleOverMs: 0,
    });
  });

  it('adds latency and up to latencyJitterMs of jitter', () => {
    expect(planFaults({ latencyMs: 200, latencyJitterMs: 100 }, always(0)).delayMs).toBe(200);
    expect(planFaults({ latencyMs: 200, latencyJitterMs: 100 }, always(0.999)).delayMs).toBe(300);
  });

  it('fails the share of requests given by errorRate', () => {
    expect(planFaults({ errorRate: 0.3 }, always(0.29)).outcome).toBe('server-error');
    expect(planFaults({ errorRate: 0.3 }, always(0.3)).outcome).toBe('normal');
    expect(planFaults({ errorRate: 1 }, always(0.999)).outcome).toBe('server-error');
  });

  it('lets an outage win over every other fault, without delay', () => {
    const plan = planFaults(
      { outage: true, quotaExhausted: true, errorRate: 1, latencyMs: 5000 },
      always(0),
    );
    expect(plan).toEqual(expect.objectContaining({ outcome: 'outage', delayMs: 0 }));
  });

  it('refuses on quota before drawing server errors', () => {
    expect(planFaults({ quotaExhausted: true, errorRate: 1 }, always(0)).outcome).toBe(
      'quota-exhausted',
    );
  });

  it('passes malformed and slow responses through to delivery', () => {
    expect(planFaults({ malformed: true, slowResponseMs: 800 }, always(0))).toEqual(
      expect.objectContaining({ truncate: true, dribbleOverMs: 800 }),
    );
  });
});
