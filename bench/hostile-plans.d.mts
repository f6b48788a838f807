export declare const HOSTILE_BYTES: number;
export declare const hostilePlans: Record<string, (bytes?: number) => string>;
