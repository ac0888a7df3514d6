export function findNginx(options?: { install?: boolean }): string | null;
export function startNginx(options: { root: string; port: number; bin?: string | null }): Promise<{ url: string; stop: () => Promise<void> }>;
