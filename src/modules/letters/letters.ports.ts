/**
 * What the letters module offers: listeners for the documents module's events, so the sender of a letter
 * sees its recipients' status codes (subscribed in src/modules/index.ts).
 */
import type { RegisteredListener, StatusChangeListener } from '../documents/documents.ports.ts';

export type LettersPorts = {
  recipientRegistered: RegisteredListener;
  recipientStatusChanged: StatusChangeListener;
};
