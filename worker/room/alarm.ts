/** The room's one alarm, shared by its jobs (scores to write to KV, the quiz to write to KV). */
export type RoomAlarm = {
  /**
   * Makes sure the alarm rings by `at`, without awaiting: called in the same synchronous stretch
   * as the SQL that makes the job necessary, the two are committed together (a Durable Object
   * coalesces the writes made between two awaits into one atomic write), so no job is recorded
   * without its alarm. An earlier alarm is kept: each job re-arms itself if it is not done.
   */
  by(at: number): void;
  /** Called when the alarm rings: it is no longer set. */
  rang(): void;
};

/** The room's alarm, its time read once when the room wakes so `by` never has to await. */
export function roomAlarm(ctx: DurableObjectState): RoomAlarm {
  let next: number | null = null;
  void ctx.blockConcurrencyWhile(async () => {
    next = await ctx.storage.getAlarm();
  });
  return {
    by(at) {
      if (next !== null && next <= at) return;
      next = at;
      void ctx.storage.setAlarm(at);
    },
    rang() {
      next = null;
    },
  };
}
