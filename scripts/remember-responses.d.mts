import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function rememberResponses(
  handler: Handler,
  options?: { maxBytes?: number; maxFileBytes?: number },
): Handler & { size(): { responses: number; bytes: number } };
