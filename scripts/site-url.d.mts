export function resolveSiteUrl(env: Record<string, string | undefined>): string;
