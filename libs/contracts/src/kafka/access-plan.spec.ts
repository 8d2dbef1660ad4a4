import { AclGrant, AclOperation, accessPlan, adapterGrants, unplannedGrants } from './access-plan';
import { adapterGroupId, AUDIT_LOG_GROUP_ID, GATEWAY_GROUP_ID } from './consumer-groups';
import { KAFKA_CALLERS } from './kafka-callers';
import {
  ADMIN_PRINCIPAL,
  adapterPrincipal,
  AUDIT_LOG_PRINCIPAL,
  GATEWAY_PRINCIPAL,
  kafkaPrincipals,
} from './principals';
import { SOURCES } from './sources';
import { topicPlan } from './topic-plan';
import {
  INTAKE_DEAD_LETTER_TOPIC,
  AUDIT_TOPIC,
  callerReplyTopic,
  deadLetterTopic,
  GATEWAY_REPLY_TOPIC_PREFIX,
  gatewayReplyTopic,
  intakeTopic,
  requestTopic,
} from './topics';

const plan = accessPlan();

/** What the broker decides under these grants, with deny by default. */
function allowed(
  grants: AclGrant[],
  principal: string,
  operation: AclOperation,
  type: 'topic' | 'group',
  name: string,
): boolean {
  return grants.some(
    ({ principal: who, operation: what, resource }) =>
      who === principal &&
      what === operation &&
      resource.type === type &&
      (resource.pattern === 'literal' ? name === resource.name : name.startsWith(resource.name)),
  );
}

const mayRead = (principal: string, topic: string) =>
  allowed(plan, principal, 'READ', 'topic', topic);
const mayWrite = (principal: string, topic: string) =>
  allowed(plan, principal, 'WRITE', 'topic', topic);
const mayJoin = (principal: string, group: string) =>
  allowed(plan, principal, 'READ', 'group', group);

const appPrincipals = kafkaPrincipals().filter((principal) => principal !== ADMIN_PRINCIPAL);
const dossierCore = KAFKA_CALLERS[0];
const replyTopics = [
  ...SOURCES.map(gatewayReplyTopic),
  ...KAFKA_CALLERS.map((caller) => callerReplyTopic(caller, 'checks')),
];

describe('accessPlan', () => {
  it('grants something to every app principal and nothing to the admin, a super user', () => {
    const granted = new Set(plan.map(({ principal }) => principal));
    expect([...granted].sort()).toEqual([...appPrincipals].sort());
  });

  it.each(SOURCES)('lets only the gateway write to the %s request topic', (source) => {
    const writers = appPrincipals.filter((principal) => mayWrite(principal, requestTopic(source)));
    expect(writers).toEqual([GATEWAY_PRINCIPAL]);
  });

  it.each(SOURCES)('lets only its adapter read the %s request topic', (source) => {
    const readers = appPrincipals.filter((principal) => mayRead(principal, requestTopic(source)));
    expect(readers).toEqual([adapterPrincipal(source)]);
  });

  it.each(replyTopics)('lets only its requester read the reply topic %s', (topic) => {
    const readers = appPrincipals.filter((principal) => mayRead(principal, topic));
    const requester = topic.startsWith(GATEWAY_REPLY_TOPIC_PREFIX)
      ? GATEWAY_PRINCIPAL
      : dossierCore;
    expect(readers).toEqual([requester]);
  });

  it.each(SOURCES)(
    'lets the %s adapter write replies, its dead letters and audit events',
    (source) => {
      const adapter = adapterPrincipal(source);
      for (const other of SOURCES) expect(mayWrite(adapter, gatewayReplyTopic(other))).toBe(true);
      expect(mayWrite(adapter, deadLetterTopic(source))).toBe(true);
      expect(mayWrite(adapter, AUDIT_TOPIC)).toBe(true);
      expect(mayJoin(adapter, adapterGroupId(source))).toBe(true);
    },
  );

  it.each(SOURCES)('keeps the %s adapter off every other topic', (source) => {
    const adapter = adapterPrincipal(source);
    const others = SOURCES.filter((other) => other !== source);
    for (const other of others) {
      expect(mayWrite(adapter, deadLetterTopic(other))).toBe(false);
      expect(mayRead(adapter, requestTopic(other))).toBe(false);
      expect(mayJoin(adapter, adapterGroupId(other))).toBe(false);
    }
    expect(mayWrite(adapter, requestTopic(source))).toBe(false);
    expect(mayWrite(adapter, callerReplyTopic(dossierCore, 'checks'))).toBe(false);
    expect(mayRead(adapter, AUDIT_TOPIC)).toBe(false);
  });

  it('lets the gateway read replies and the intake, write requests, replies to callers and audit events', () => {
    for (const source of SOURCES)
      expect(mayRead(GATEWAY_PRINCIPAL, gatewayReplyTopic(source))).toBe(true);
    expect(mayRead(GATEWAY_PRINCIPAL, intakeTopic(dossierCore))).toBe(true);
    expect(mayWrite(GATEWAY_PRINCIPAL, callerReplyTopic(dossierCore, 'checks'))).toBe(true);
    expect(mayWrite(GATEWAY_PRINCIPAL, AUDIT_TOPIC)).toBe(true);
    expect(mayWrite(GATEWAY_PRINCIPAL, INTAKE_DEAD_LETTER_TOPIC)).toBe(true);
    expect(mayJoin(GATEWAY_PRINCIPAL, GATEWAY_GROUP_ID)).toBe(true);
    expect(mayJoin(GATEWAY_PRINCIPAL, `${GATEWAY_GROUP_ID}.intake`)).toBe(true);
    expect(mayRead(GATEWAY_PRINCIPAL, AUDIT_TOPIC)).toBe(false);
  });

  it("lets the gateway describe the adapters' groups, never join them, and describe no other", () => {
    for (const source of SOURCES) {
      const group = `${adapterGroupId(source)}.replica-set`;
      expect(allowed(plan, GATEWAY_PRINCIPAL, 'DESCRIBE', 'group', group)).toBe(true);
      expect(mayJoin(GATEWAY_PRINCIPAL, group)).toBe(false);
    }
    const described = plan.filter(({ operation }) => operation === 'DESCRIBE');
    expect(new Set(described.map(({ principal }) => principal))).toEqual(
      new Set([GATEWAY_PRINCIPAL]),
    );
    expect(allowed(plan, GATEWAY_PRINCIPAL, 'DESCRIBE', 'group', AUDIT_LOG_GROUP_ID)).toBe(false);
  });

  it('lets the dossier core write its intake and read its replies only', () => {
    expect(mayWrite(dossierCore, intakeTopic(dossierCore))).toBe(true);
    expect(mayWrite(dossierCore, intakeTopic('another-caller'))).toBe(false);
    expect(mayRead(dossierCore, callerReplyTopic(dossierCore, 'anything'))).toBe(true);
    expect(mayRead(dossierCore, callerReplyTopic('another-caller', 'checks'))).toBe(false);
    expect(mayJoin(dossierCore, `${dossierCore}.checks`)).toBe(true);
    for (const source of SOURCES) {
      expect(mayWrite(dossierCore, requestTopic(source))).toBe(false);
      expect(mayRead(dossierCore, gatewayReplyTopic(source))).toBe(false);
    }
  });

  it('lets the audit log read audit events, and nobody else', () => {
    const readers = appPrincipals.filter((principal) => mayRead(principal, AUDIT_TOPIC));
    expect(readers).toEqual([AUDIT_LOG_PRINCIPAL]);
    expect(mayJoin(AUDIT_LOG_PRINCIPAL, AUDIT_LOG_GROUP_ID)).toBe(true);
  });

  it('covers every planned topic with a reader and a writer', () => {
    for (const { topic } of topicPlan({})) {
      const dlq = topic.endsWith('.dlq');
      if (!dlq) expect(appPrincipals.some((principal) => mayRead(principal, topic))).toBe(true);
      expect(appPrincipals.some((principal) => mayWrite(principal, topic))).toBe(true);
    }
  });
});

describe('adapterGrants', () => {
  it('grants the same on the resources of a test run', () => {
    const run = {
      requestTopic: 'e2e.run-1.requests',
      deadLetterTopic: 'e2e.run-1.requests.dlq',
      groupIdPrefix: 'e2e.run-1',
      replyTopicPrefixes: ['e2e.run-1.replies'],
    };
    const grants = adapterGrants('population', run);
    const adapter = adapterPrincipal('population');
    expect(allowed(grants, adapter, 'READ', 'topic', run.requestTopic)).toBe(true);
    expect(allowed(grants, adapter, 'WRITE', 'topic', run.deadLetterTopic)).toBe(true);
    expect(allowed(grants, adapter, 'WRITE', 'topic', 'e2e.run-1.replies')).toBe(true);
    expect(allowed(grants, adapter, 'READ', 'group', 'e2e.run-1.listener')).toBe(true);
    expect(allowed(grants, adapter, 'READ', 'topic', requestTopic('population'))).toBe(false);
  });
});

describe('unplannedGrants', () => {
  it("keeps a run's own grants and drops those the plan holds, which the run must not revoke", () => {
    const run = adapterGrants('population', {
      requestTopic: 'e2e.run-2.requests',
      deadLetterTopic: 'e2e.run-2.requests.dlq',
      groupIdPrefix: 'e2e.run-2',
      replyTopicPrefixes: ['interop.gateway.'],
    });
    const names = unplannedGrants(run).map(({ resource }) => resource.name);
    expect(names.sort()).toEqual(['e2e.run-2', 'e2e.run-2.requests', 'e2e.run-2.requests.dlq']);
  });
});
