/**
 * Makes sure the room's alarm rings by `at`. A room has one alarm for every job (scores to save,
 * the quiz to write to KV), so an earlier alarm is kept: each job re-arms itself if it is not done.
 */
export async function alarmBy(storage: DurableObjectStorage, at: number): Promise<void> {
  const current = await storage.getAlarm();
  if (current === null || current > at) await storage.setAlarm(at);
}
