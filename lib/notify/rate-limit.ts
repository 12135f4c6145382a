// Telegram's limits, kept by the sender: at least `chatGapMs` between two messages to one chat and at most
// `perSecond` messages a second overall; a 429's retry_after holds a chat (or everything) until it passes.
// Time is injected so the tests drive it.
export interface TelegramLimiter {
  /** Resolves when a message to `chatId` may be sent, and books that slot. */
  take(chatId: string): Promise<void>;
  /** Telegram answered 429: nothing more to this chat (and, being a global flood limit, to any) before `untilMs`. */
  hold(untilMs: number, chatId?: string): void;
}

export function createTelegramLimiter(options: { chatGapMs: number; perSecond: number; now?: () => number; sleep?: (ms: number) => Promise<void> }): TelegramLimiter {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const nextForChat = new Map<string, number>();
  const sent: number[] = [];
  let heldUntil = 0;
  let queue: Promise<void> = Promise.resolve();

  async function book(chatId: string): Promise<void> {
    for (;;) {
      const at = now();
      while (sent.length && sent[0]! <= at - 1000) sent.shift();
      const waits = [heldUntil - at, (nextForChat.get(chatId) ?? 0) - at, sent.length >= options.perSecond ? sent[0]! + 1000 - at : 0];
      const wait = Math.max(...waits);
      if (wait <= 0) {
        sent.push(at);
        nextForChat.set(chatId, at + options.chatGapMs);
        return;
      }
      await sleep(wait);
    }
  }

  return {
    take(chatId) {
      // One booking at a time, in call order, so two callers never take the same slot.
      const turn = queue.then(() => book(chatId));
      queue = turn.catch(() => undefined);
      return turn;
    },
    hold(untilMs, chatId) {
      if (chatId) nextForChat.set(chatId, Math.max(nextForChat.get(chatId) ?? 0, untilMs));
      else heldUntil = Math.max(heldUntil, untilMs);
    },
  };
}
