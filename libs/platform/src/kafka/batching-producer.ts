import { Message } from 'kafkajs';

/** The part of a kafkajs producer used here. */
export interface TopicSender {
  send(record: { topic: string; messages: Message[] }): Promise<unknown>;
}

interface Queued {
  message: Message;
  settle: (error?: unknown) => void;
}

/**
 * Produces to each topic one request at a time, carrying every message queued for it meanwhile.
 * At a low rate each message goes at once; under load, messages share produce requests instead
 * of each paying for its own, which is most of what producing costs. Topics are independent, so
 * a failing topic (a reply topic that does not exist) never holds back the others.
 */
export class BatchingProducer {
  private readonly lanes = new Map<string, Queued[]>();

  constructor(private readonly producer: TopicSender) {}

  send(topic: string, message: Message): Promise<void> {
    return new Promise((resolve, reject) => {
      const settle = (error?: unknown) => (error === undefined ? resolve() : reject(error));
      const waiting = this.lanes.get(topic);
      if (waiting) {
        waiting.push({ message, settle });
        return;
      }
      this.lanes.set(topic, []);
      void this.drain(topic, [{ message, settle }]);
    });
  }

  private async drain(topic: string, batch: Queued[]): Promise<void> {
    while (batch.length > 0) {
      try {
        await this.producer.send({ topic, messages: batch.map(({ message }) => message) });
        batch.forEach(({ settle }) => settle());
      } catch (error) {
        batch.forEach(({ settle }) => settle(error));
      }
      batch = this.lanes.get(topic)!.splice(0);
    }
    this.lanes.delete(topic);
  }
}
