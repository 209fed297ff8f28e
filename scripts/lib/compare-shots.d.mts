export function differingShots(a: string, b: string): string[];
