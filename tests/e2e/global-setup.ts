import { ensureBuilt } from './support/build';

/** Builds the extension first when the build is missing or older than its sources. */
export default async function setup(): Promise<void> {
  await ensureBuilt('chrome');
}
