import { randomUUID } from 'node:crypto';
import { columnValues } from '../apps/audit-log/src/store/event-columns';
import {
  insertRows,
  readHead,
  readRows,
  storedEventIds,
} from '../apps/audit-log/src/store/ledger.repository';
import { migrate } from '../apps/audit-log/src/store/migrations';
import { openStore } from '../apps/audit-log/src/store/open-store';
import { chainRows, EMPTY_HEAD } from '../apps/audit-log/src/ledger/ledger-chain';
import { canonicalEvent } from '../apps/audit-log/src/ledger/chain-hash';
import { describeEachStore } from './support/audit-stores';
import { auditEvent } from './support/audit-events';

describeEachStore('audit store', (kind) => {
  it('migrates once, then finds nothing to do', async () => {
    const { env } = await kind.newDatabase();
    const store = await openStore({ AUDIT_PGLITE_DIR: '', ...env });
    try {
      expect(await migrate(store)).toEqual([]);
      expect(await readHead(store)).toEqual(EMPTY_HEAD);
    } finally {
      await store.close();
    }
  });

  it('appends a batch in one statement and reads it back the same', async () => {
    const { env } = await kind.newDatabase();
    const store = await openStore({ AUDIT_PGLITE_DIR: '', ...env });
    try {
      const events = [auditEvent(), auditEvent({ officerId: undefined }), auditEvent()];
      const rows = chainRows(EMPTY_HEAD, events.map(canonicalEvent)).map((row, i) => ({
        ...row,
        columns: columnValues(events[i]),
      }));
      await store.transaction((tx) => insertRows(tx, rows));
      expect(await readHead(store)).toEqual({ seq: 3, hash: rows[2].hash });
      const back = await readRows(store, 0, 10);
      expect(back.map(({ columns: _columns, ...row }) => row)).toEqual(
        rows.map(({ columns: _columns, ...row }) => row),
      );
      expect(back[1].columns).toMatchObject({ officer_id: null, caller: events[1].caller });
      const ids = await storedEventIds(store, [events[0].eventId, randomUUID()]);
      expect([...ids]).toEqual([events[0].eventId]);
    } finally {
      await store.close();
    }
  });
});
