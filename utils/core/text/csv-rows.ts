/**
 * The number a person sees for a CSV record in a spreadsheet: the header is row 1, so the first
 * record is row 2. Both CSV importers (accounts, library) report problems by this number.
 */
export const spreadsheetRow = (recordIndex: number): number => recordIndex + 2;
