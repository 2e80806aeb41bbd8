const KEY = "factquiz:device";

/**
 * This browser's device id, made once and kept in localStorage: with "one scored attempt per
 * student", a second try from the same phone is practice. Not a secret and not a login; a browser
 * that refuses storage gets a fresh id each time (and so counts as a new device).
 */
export function deviceId(): string {
  try {
    let id = localStorage.getItem(KEY);
    if (!id || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      id = crypto.randomUUID();
      localStorage.setItem(KEY, id);
    }
    return id;
  } catch {
    return crypto.randomUUID();
  }
}
