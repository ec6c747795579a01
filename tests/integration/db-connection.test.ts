import { describe, expect, it } from 'vitest';
import { HamishDb } from '@/utils/db/schema';
import { historyProblem, openHistoryDb, readableHistoryError } from '@/utils/db/connection';
import { freshDb } from './support/history';

function openRaw(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((ok, fail) => {
    const req = indexedDB.open(name, version);
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
}

describe('opening the history', () => {
  it('reports a database blocked by another open version, then opens once it closes', async () => {
    const v1 = freshDb(1);
    await v1.open();
    v1.close();
    // Another page still holds version 1 open and ignores the request to close (Dexie stores v1 as 10).
    const other = await openRaw(v1.name, 10);
    let blocked = 0;
    const opening = openHistoryDb(new HamishDb(v1.name), () => blocked++);
    await new Promise((r) => setTimeout(r, 50));
    expect(blocked).toBe(1);
    other.close();
    const db = await opening;
    expect(db.verno).toBe(2);
    db.close();
  });
});

describe('historyProblem', () => {
  it.each([
    [new DOMException('full', 'QuotaExceededError'), 'quota'],
    [Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: new DOMException('x', 'QuotaExceededError') }), 'quota'],
    [Object.assign(new Error('Database version changed by other connection'), { name: 'DatabaseClosedError' }), 'unavailable'],
    [Object.assign(new Error('x'), { name: 'VersionError' }), 'version'],
    ['quota: The quota has been exceeded.', 'quota'],
    ['blocked: another version is open', 'blocked'],
    ['invalid recordPageVisit: title', null],
    [new TypeError('x is undefined'), null],
  ])('%s → %s', (err, want) => {
    expect(historyProblem(err)).toBe(want);
  });

  it('puts the problem code in front of the message that crosses to the sender', () => {
    expect(readableHistoryError(new DOMException('The quota has been exceeded.', 'QuotaExceededError')).message).toBe(
      'quota: The quota has been exceeded.',
    );
    expect(readableHistoryError(new Error('plain')).message).toBe('plain');
  });
});
