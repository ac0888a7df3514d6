export function locateBrowser(): string | null;
export const CHROMIUM_ARGS: string[];
