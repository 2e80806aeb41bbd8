/** A time of day as the teacher's browser writes it: "10:31:05", or "10:31" without seconds. */
export function clock(at: Date | number, seconds = true) {
  return new Date(at).toLocaleTimeString([], {
    hour: "2-digit",
    minute: "2-digit",
    ...(seconds ? { second: "2-digit" } : {}),
  });
}
