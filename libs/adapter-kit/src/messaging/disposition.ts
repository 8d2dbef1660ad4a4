import { OutgoingMessage } from '@interop/platform';

/** What to produce for one request message; then its offset may be committed. */
export interface Disposition {
  reply?: OutgoingMessage;
  deadLetter?: OutgoingMessage;
}
