import { describe, expect, it } from 'vitest';
import { HamishDb, LATEST_VERSION } from '@/utils/db/schema';
import { BLOCKED_CHECK_MS, historyProblem, openHistoryDb, readableHistoryError } from '@/utils/db/connection';
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
    expect(db.verno).toBe(LATEST_VERSION);
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

describe('opening the history behind another blocked open', () => {
  it('is told the database is blocked even though its own request gets no blocked event', async () => {
    const v1 = freshDb(1);
    await v1.open();
    v1.close();
    const other = await openRaw(v1.name, 10);
    // The background asks first: its request waits for the upgrade; the popup's is queued behind it.
    let first = 0;
    const background = openHistoryDb(new HamishDb(v1.name), () => first++);
    let second = 0;
    const popup = openHistoryDb(new HamishDb(v1.name), () => second++);
    await new Promise((r) => setTimeout(r, BLOCKED_CHECK_MS + 300));
    expect(first).toBe(1);
    expect(second).toBe(1);
    other.close();
    const [a, b] = await Promise.all([background, popup]);
    expect(b.verno).toBe(LATEST_VERSION);
    a.close();
    b.close();
  });

  it('is not told anything when the stored version is already its own', async () => {
    const db = freshDb();
    await db.open();
    db.close();
    // Dexie stores version n as 10 n.
    const other = await openRaw(db.name, LATEST_VERSION * 10);
    let blocked = 0;
    const again = await openHistoryDb(new HamishDb(db.name), () => blocked++);
    await new Promise((r) => setTimeout(r, BLOCKED_CHECK_MS + 300));
    expect(blocked).toBe(0);
    other.close();
    again.close();
  });
});
