import { type ClientResponse, DetailedError, hc, parseResponse } from "hono/client";
// A type-only import: erased from the bundle, it gives the client the API's exact routes, bodies
// and responses. client/tsconfig.json explains how the worker's types reach this DOM program.
import type { AppType } from "../../worker/app";

/** The one way the client talks to the server: Hono's typed client over the worker's routes. */
export const api = hc<AppType>("/").api;

/** Why a request failed, in words a student can act on; `status` 0 means the network. */
export class RequestError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** Worth trying again: the network, the server having a bad moment, or a rate limit. */
  get retryable() {
    return this.status === 0 || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** The API's one error shape. */
type ErrorBody = { error: { code: string; message: string } };

/**
 * The body of a successful response. Some error responses are typed with a non-literal status
 * (`ContentfulStatusCode`), so their `{error}` body shows up among the success types; a 2xx never
 * carries it, so it is removed here.
 */
type SuccessBody<T extends ClientResponse<unknown>> = Exclude<
  Awaited<ReturnType<typeof parseResponse<T>>>,
  ErrorBody
>;

/**
 * Awaits a typed request and returns its success body, or throws a `RequestError` that carries
 * the API's `{error:{code,message}}` (or a network failure as status 0).
 */
export async function send<T extends ClientResponse<unknown>>(
  request: Promise<T>,
): Promise<SuccessBody<T>> {
  try {
    return (await parseResponse(request)) as SuccessBody<T>;
  } catch (err) {
    if (err instanceof DetailedError) {
      const body = (err.detail as { data?: Partial<ErrorBody> } | undefined)?.data?.error;
      const status = Number(err.statusCode) || 500;
      throw new RequestError(
        status,
        body?.code ?? `http_${status}`,
        body?.message ?? "The server could not do that.",
      );
    }
    throw new RequestError(0, "network", "We couldn't reach the server. Check your connection.");
  }
}

/** Request options that present an attempt's token. */
export function bearer(token: string) {
  return { headers: { Authorization: `Bearer ${token}` } };
}
