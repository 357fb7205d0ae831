export const DEV_URL: string;
export function productionUrl(): string;
export function productionManifest(xml: string, publicUrl: string): string;
