export const root: string;
export const SELLER_CENTRAL_HOSTS: string[];
export function referencePages(): { name: string; file: string; url: string }[];
