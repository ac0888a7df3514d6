export interface BuildInputs {
  catalog: string;
  code: string;
  siteUrl: string;
}
export const RECORD: string;
export function buildInputs(root?: string, env?: Record<string, string | undefined>): BuildInputs;
export function recordedInputs(root?: string): BuildInputs | null;
export function changedInputs(recorded: BuildInputs | null, now: BuildInputs): string[];
