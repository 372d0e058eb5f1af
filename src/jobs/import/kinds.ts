/** What can be moved in and out as CSV (SPEC §8): one file per kind. */
export const transferKinds = ['accounts', 'contacts', 'financials', 'activities'] as const;
export type TransferKind = (typeof transferKinds)[number];

export const isTransferKind = (value: string): value is TransferKind => (transferKinds as readonly string[]).includes(value);

/** The value separator inside one cell that lists several things (e.g. our_emails). */
export const listSeparator = ';';
