/**
 * What the tasks module offers others: the listener that turns a registered document's requirements
 * into tasks (subscribed to the documents module's `registered` event in src/modules/index.ts).
 */
import type { RegisteredListener } from '../documents/documents.ports.ts';

export type TasksPorts = { createTasksFromDocument: RegisteredListener };
