/**
 * The general government line (12345), offered wherever nothing more specific answers: on every life-event
 * page and on a search that finds nothing that matches well. Its purpose is shown from its own record.
 * A module of its own so that the search page does not pull in the life-event view and its formatters.
 */
export const GENERAL_LINE = '12345';
