import { ReferenceDb } from './reference-db';
import { WorkerDb } from './worker-db';

/** The page's two database handles; created once, shared by every feature. */
export const referenceDb = new ReferenceDb();
export const workerDb = new WorkerDb();
