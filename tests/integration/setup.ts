import 'fake-indexeddb/auto';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historyDb, setHistoryDb } from '@/utils/db/connection';
import { freshDb } from './support/history';

beforeEach(() => {
  fakeBrowser.reset();
  // Every test gets its own history database, so that no test sees another's pages.
  setHistoryDb(freshDb());
});

afterEach(() => {
  historyDb().close();
});
