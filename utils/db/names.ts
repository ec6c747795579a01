/**
 * The history database's name and newest schema version, apart from the schema (and Dexie) so
 * that the popup's first screen can read them without loading Dexie (see first-screen.ts).
 */

/** The database name in the extension's origin. */
export const HISTORY_DB_NAME = 'hamish-history';

/** The newest schema version. */
export const LATEST_VERSION = 4;
